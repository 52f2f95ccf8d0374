#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The public website's two ways into the moderation queue, callable from Diwan's own code (the
// seeder, the tests): on PostgreSQL they call diwan.submit_contribution and
// diwan.report_contribution (migration 013; the portal's only way in), on SQLite they do the
// same checks and writes here, in one transaction. A refusal is what the website shows the person
// (refusal(), with the code and SQLSTATE of README "Moderation: the website's entry points");
// anything else is a database error.
namespace PortalEntry {

enum class Refusal {
    None,
    TopicNotOpen,    // DW101
    AuthorBlocked,   // DW102
    TextEmpty,       // DW103
    TextTooLong,     // DW104
    AuthorMissing,   // DW105
    NotFound,        // DW111: no such published contribution
    AlreadyReported, // DW112
    BadReason,       // DW113
};

// "topic_not_open", "author_blocked", ...: the code the website maps to its own sentence.
QString code(Refusal refusal);
QString sqlState(Refusal refusal);
Refusal fromSqlState(const QString &state);

struct Submission
{
    qint64 topicId = 0;
    QString authorId;
    QString authorName;
    QString body;
};

struct Submitted
{
    Refusal refusal = Refusal::None;
    DbError error; // a database error (not a refusal)
    qint64 id = 0;
    QString state; // "pending" or "published"
    QString flags; // as stored in auto_flags
};

struct Reported
{
    Refusal refusal = Refusal::None;
    DbError error;
    qint64 reportId = 0;
    bool autoHidden = false; // this report reached the topic's threshold
};

// Longest report note the portal accepts, in characters.
constexpr int MaxNoteLength = 500;

Submitted submitContribution(QSqlDatabase &db, const Submission &submission);
Reported reportContribution(QSqlDatabase &db,
                            qint64 contributionId,
                            const QString &reporterId,
                            const QString &reason,
                            const QString &note = {});

// A moderator's message to an author (a rejection's reason, in both languages).
struct Message
{
    qint64 id = 0;
    qint64 contributionId = 0;
    QString reasonCode;
    QString bodyAr;
    QString bodyEn;
    QDateTime createdAt;
    bool firstRead = false; // unread until this call
};

struct Messages
{
    Refusal refusal = Refusal::None; // AuthorMissing
    DbError error;
    QList<Message> messages; // newest first, at most 200
};

// What the website shows an author in their account: their messages, which this marks read (a
// rejection the author has seen can no longer be undone by its moderator). PostgreSQL:
// diwan.author_messages (033); SQLite: the same in one transaction.
Messages authorMessages(QSqlDatabase &db, const QString &authorId);

// The channel both entry points (and the moderators' functions) NOTIFY, payload the id.
inline QString channel()
{
    return QStringLiteral("diwan_contributions");
}

} // namespace PortalEntry
