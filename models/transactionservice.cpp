#include "transactionservice.h"

#include "database.h"
#include "dialect.h"

#include <QSqlQuery>

namespace TransactionService {

namespace {

QString leaseUntil(const Dialect &d)
{
    return d.nowPlusSeconds(QStringLiteral("?"));
}

// The history event and the notification that go with every change.
DbError recordEvent(QSqlDatabase &db,
                    qint64 id,
                    qint64 staffId,
                    const QString &kind,
                    const QString &oldState,
                    const QString &newState)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO transaction_events (transaction_id, staff_id, kind, old_state, new_state) "
        "VALUES (?, ?, ?, ?, ?)"));
    if (DbError e = Database::exec(q, {id, staffId, kind, oldState, newState}); !e.ok())
        return e;
    if (Dialect::of(db).isPostgres()) {
        q.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
        return Database::exec(q, {channel(), QString::number(id)});
    }
    return {};
}

} // namespace

DbError takeNext(QSqlDatabase &db, qint64 staffId, Claim *claim, int leaseMinutes)
{
    *claim = {};
    const Dialect d = Dialect::of(db);
    // Unclaimed first (the partial index transactions_unclaimed_idx), then expired leases.
    const QString candidates[2] = {
        QStringLiteral("SELECT t.id FROM transactions t WHERE t.assigned_to IS NULL "
                       "AND t.state IN ('submitted', 'in_review') "
                       "AND t.service_id IN (SELECT ss.service_id FROM staff_services ss WHERE "
                       "ss.staff_id = ?) "
                       "ORDER BY t.priority, t.due_at, t.id LIMIT 1")
            + d.forUpdateSkipLocked(),
        QStringLiteral("SELECT t.id FROM transactions t WHERE t.assigned_to IS NOT NULL AND "
                       "t.lease_expires_at < %1 "
                       "AND t.state IN ('submitted', 'in_review') "
                       "AND t.service_id IN (SELECT ss.service_id FROM staff_services ss WHERE "
                       "ss.staff_id = ?) "
                       "ORDER BY t.priority, t.due_at, t.id LIMIT 1")
                .arg(d.now())
            + d.forUpdateSkipLocked(),
    };
    const double seconds = leaseMinutes * 60.0;
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        for (const QString &candidate : candidates) {
            // The claim re-checks "still free" in the UPDATE itself: on SQLite the statement holds
            // the write lock, on PostgreSQL the row is locked by the subquery.
            q.prepare(QStringLiteral(
                          "UPDATE transactions SET assigned_to = ?, lease_expires_at = %1, "
                          "state = CASE WHEN state = 'submitted' THEN 'in_review' ELSE state END, "
                          "version = version + 1 WHERE id = (%2) "
                          "AND (assigned_to IS NULL OR lease_expires_at < %3) "
                          "RETURNING id, reference, version, lease_expires_at")
                          .arg(leaseUntil(d), candidate, d.now()));
            if (DbError e = Database::exec(q, {staffId, seconds, staffId}); !e.ok())
                return e;
            if (q.next()) {
                claim->id = q.value(0).toLongLong();
                claim->reference = q.value(1).toString();
                claim->version = q.value(2).toInt();
                claim->leaseExpiresAt = Database::toDateTime(q.value(3));
                q.finish();
                return recordEvent(db, claim->id, staffId, QStringLiteral("claimed"), {}, {});
            }
        }
        return {}; // nothing to take
    });
}

DbError renewLease(QSqlDatabase &db, qint64 transactionId, qint64 staffId, int leaseMinutes)
{
    const Dialect d = Dialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
                  "UPDATE transactions SET lease_expires_at = %1 WHERE id = ? AND assigned_to = ?")
                  .arg(leaseUntil(d)));
    if (DbError e = Database::exec(q, {leaseMinutes * 60.0, transactionId, staffId}); !e.ok())
        return e;
    if (q.numRowsAffected() != 1)
        return DbError::make(DbError::Kind::Conflict,
                             QStringLiteral("the transaction is no longer yours"));
    return {};
}

DbError release(QSqlDatabase &db, qint64 transactionId, qint64 staffId)
{
    return Database::transaction(db, [&]() -> DbError {
        // The event first: only the holder may write history, and after this they no longer hold
        // it.
        if (DbError e = recordEvent(db, transactionId, staffId, QStringLiteral("released"), {}, {});
            !e.ok())
            return e.kind == DbError::Kind::Forbidden
                       ? DbError::make(DbError::Kind::Conflict,
                                       QStringLiteral("the transaction is no longer yours"))
                       : e;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE transactions SET assigned_to = NULL, lease_expires_at = NULL, "
                           "version = version + 1 WHERE id = ? AND assigned_to = ?"));
        if (DbError e = Database::exec(q, {transactionId, staffId}); !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return DbError::make(DbError::Kind::Conflict,
                                 QStringLiteral("the transaction is no longer yours"));
        return {};
    });
}

} // namespace TransactionService
