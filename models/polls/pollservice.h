#pragma once

#include "db/dberror.h"
#include "polls/poll.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// Saving polls and moving them through their lifecycle: draft -> in review -> scheduled
// (approved by someone other than the author). On PostgreSQL each call is one diwan.* function
// (migration 014), which checks the caller and the rules itself; on SQLite (a single-user demo,
// not a security boundary) the same checks are made here in one transaction. A draft is saved as
// a whole, never half: the poll is validated first (PollValidator) and refused with the first
// problem when it has errors.
namespace Polls {

struct StoredPoll
{
    qint64 id = 0;
    int version = 0;
    QString state;
    qint64 createdBy = 0;
    qint64 reviewedBy = 0;
    Poll poll;
};

class PollService
{
public:
    // id 0: a new draft. login: the person saving (SQLite; PostgreSQL uses session_user).
    static DbError saveDraft(QSqlDatabase &db,
                             const QString &login,
                             qint64 id,
                             int version,
                             const Poll &poll,
                             qint64 *savedId,
                             int *savedVersion,
                             const QDateTime &now = QDateTime::currentDateTimeUtc());
    static DbError submitForReview(
        QSqlDatabase &db, const QString &login, qint64 id, int version, int *newVersion = nullptr);
    // Four eyes: refused for the author.
    static DbError approve(
        QSqlDatabase &db, const QString &login, qint64 id, int version, int *newVersion = nullptr);
    static DbError schedule(QSqlDatabase &db,
                            const QString &login,
                            qint64 id,
                            int version,
                            const QDateTime &opensAt,
                            const QDateTime &closesAt,
                            int *newVersion = nullptr);
    static DbError load(QSqlDatabase &db, qint64 id, StoredPoll *stored);
};

} // namespace Polls
