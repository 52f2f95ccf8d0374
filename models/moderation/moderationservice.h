#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What a moderator does to a contribution, one database transaction per action, checked against
// the version the moderator read: on PostgreSQL through diwan.approve_contribution and its
// siblings (migration 013; the database checks the caller, the state machine and the version),
// on SQLite with the same checks here. Each action writes the moderation log; a rejection also
// leaves the author a message in both languages (contribution_messages: the portal has no
// contact details of its authors, only their account). Bulk is one call per item, each with
// its own outcome. Migration 017 adds redaction (the original text stays in the audit trail
// only), blocking and unblocking an item's author with a justification (their pending items are
// hidden), undo of one's own last action within undoMinutes, and the soft claim: who is looking
// at an item, for claimMinutes unless renewed.
namespace ModerationService {

enum class Action {
    Approve,
    Reject,
    Hide,
    Restore,
    DismissReports,
    Redact,        // redactFrom/redactLength of the body become redactionMark(); reason optional
    BlockAuthor,   // the item's author; reason: the justification (required)
    UnblockAuthor, // the same; the version is not checked (nothing of the item changes)
    Undo,          // the caller's own last action on the item, within undoMinutes
};

// "approve", "reject", "hide", "restore", "dismiss_reports", "redact", "block_author",
// "unblock_author", "undo": as the moderation log says it.
QString actionKey(Action action);

// How long a look at an item holds it for others to see, and how long an action can be undone
// (diwan.contribution_claim_length and diwan.moderation_undo_window say the same).
constexpr int claimMinutes = 3;
constexpr int undoMinutes = 5;

// What a redaction leaves in the text (diwan.redaction_mark).
QString redactionMark();

// The reasons a rejection gives, as stored.
QStringList reasonCodes();

struct Request
{
    qint64 id = 0;
    int version = 0; // as the moderator read it
    Action action = Action::Approve;
    QString reasonCode; // Reject: one of reasonCodes()
    QString reason;     // Reject "other": the moderator's words; Hide: optional note;
                        // Block/Unblock: the justification; Redact: optional note
    int redactFrom = 0; // Redact: the passage, in QString positions
    int redactLength = 0;
};

struct Outcome
{
    qint64 id = 0;
    DbError error;
    int version = 0; // the new version, when it worked
    // When another moderator acted first (error.kind == Conflict): who, what and when.
    QString actedByAr;
    QString actedByEn;
    QString actedAction;
    QDateTime actedAt;
};

// `staffId` is the acting moderator's (SQLite; PostgreSQL takes session_user).
Outcome act(QSqlDatabase &db, qint64 staffId, const Request &request);
QList<Outcome> actOnEach(QSqlDatabase &db, qint64 staffId, const QList<Request> &requests);

// The soft claim. lookAt takes or renews the caller's claim unless another moderator's still
// runs, and says who holds the item now (`holder`: staffId 0 when nobody).
struct Claim
{
    qint64 staffId = 0;
    QString nameAr;
    QString nameEn;
    QDateTime since;
};
DbError lookAt(QSqlDatabase &db, qint64 staffId, qint64 contributionId, Claim *holder);
DbError leave(QSqlDatabase &db, qint64 staffId, qint64 contributionId);

// The reports on a contribution, oldest first (at most 200), with whether a moderator dismissed
// them.
struct Report
{
    QString reason; // a reason code
    QString note;
    QDateTime at;
    bool dismissed = false;
};
DbError reports(QSqlDatabase &db, qint64 contributionId, QList<Report> *reports);

// The message to the author of a rejected contribution: {Arabic, English}.
std::pair<QString, QString> rejectionMessage(const QString &reasonCode, const QString &reason);

// The moderators' list of abusive words (blocked_words), which the `abuse` flag is computed
// from (migration 032): read by moderators and administrators, kept by moderators only, each
// change one transaction and audited. A word counts for contributions submitted from then on;
// those stored keep their flags. On PostgreSQL diwan.add_blocked_word and
// diwan.remove_blocked_word check the caller and the word; on SQLite the same checks are here
// (blockedwords.cpp). Refusals come back with a sentence in the user's language
// (DbError::userMessage): an empty word, a key under two characters, a word over 100
// characters, a key listed already (naming the listed word), removing a word not listed.
struct BlockedWord
{
    QString word;
    QString key;       // what it is matched on: ContributionFlags::matchKey(word)
    QString addedByAr; // empty for the starting list the migration wrote
    QString addedByEn;
    QDateTime addedAt;
};
// Arabic words first, then the others, each in the order of their keys.
DbError blockedWords(QSqlDatabase &db, QList<BlockedWord> *words);
// The key a word would be matched on (the word trimmed).
QString blockedWordKey(const QString &word);
// `key`, when given, receives the key the word was listed under.
DbError
addBlockedWord(QSqlDatabase &db, qint64 staffId, const QString &word, QString *key = nullptr);
// Removes the listed word of `word`'s key.
DbError removeBlockedWord(QSqlDatabase &db, qint64 staffId, const QString &word);
constexpr int blockedWordMaxLength = 100;

} // namespace ModerationService
