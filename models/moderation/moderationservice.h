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
// its own outcome.
namespace ModerationService {

enum class Action { Approve, Reject, Hide, Restore, DismissReports };

// "approve", "reject", "hide", "restore", "dismiss_reports": as the moderation log says it.
QString actionKey(Action action);

// The reasons a rejection gives, as stored.
QStringList reasonCodes();

struct Request
{
    qint64 id = 0;
    int version = 0; // as the moderator read it
    Action action = Action::Approve;
    QString reasonCode; // Reject: one of reasonCodes()
    QString reason;     // Reject "other": the moderator's words; Hide: optional note
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

} // namespace ModerationService
