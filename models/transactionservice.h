#pragma once

#include "dberror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

// What a clerk does to transactions, each action one database transaction: the row change
// (checked against its version), the history event and the change notification together.
namespace TransactionService {

// How long a claim lasts unless renewed while the transaction is open.
constexpr int defaultLeaseMinutes = 30;
// The notification channel every Diwan window listens on (lower-case ASCII: QPSQL quotes it).
inline QString channel()
{
    return QStringLiteral("diwan_transactions");
}

struct Claim
{
    qint64 id = 0; // 0: nothing left to take
    QString reference;
    int version = 0;
    QDateTime leaseExpiresAt;
};

// Claims the most urgent unclaimed transaction (priority, then SLA due) among the clerk's
// services, or one whose lease has expired; atomically (FOR UPDATE SKIP LOCKED on PostgreSQL,
// one write statement on SQLite), so no two clerks ever get the same one.
DbError
takeNext(QSqlDatabase &db, qint64 staffId, Claim *claim, int leaseMinutes = defaultLeaseMinutes);
// Extends the clerk's lease; Kind::Conflict if the transaction is no longer theirs.
DbError renewLease(QSqlDatabase &db,
                   qint64 transactionId,
                   qint64 staffId,
                   int leaseMinutes = defaultLeaseMinutes);
// Gives the transaction back to the queue.
DbError release(QSqlDatabase &db, qint64 transactionId, qint64 staffId);

} // namespace TransactionService
