#include "transactionevents.h"

#include "database.h"
#include "dialect.h"
#include "transactionservice.h"

#include <QSqlQuery>

namespace TransactionService {

DbError recordEvent(QSqlDatabase &db,
                    qint64 id,
                    qint64 staffId,
                    const QString &kind,
                    const QString &oldState,
                    const QString &newState,
                    const QString &note,
                    bool visibleToApplicant)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO transaction_events (transaction_id, staff_id, kind, old_state, new_state, "
        "note, visible_to_applicant) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    return Database::exec(q, {id, staffId, kind, oldState, newState, note, visibleToApplicant});
}

DbError notifyChanged(QSqlDatabase &db, qint64 id)
{
    if (!Dialect::of(db).hasNotifications())
        return {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
    return Database::exec(q, {channel(), QString::number(id)});
}

} // namespace TransactionService
