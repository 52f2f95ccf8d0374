#pragma once

#include "db/dberror.h"

#include <QSqlDatabase>
#include <QString>

// The two steps every change to a transaction ends with, shared by the services that change
// transactions and what hangs off them (decisions, claims, document reviews).
namespace TransactionService {

// A history event. Written before the change it records: only the holder may write history
// (row security on PostgreSQL), and a release or decision may end that.
DbError recordEvent(QSqlDatabase &db,
                    qint64 id,
                    qint64 staffId,
                    const QString &kind,
                    const QString &oldState = {},
                    const QString &newState = {},
                    const QString &note = {},
                    bool visibleToApplicant = false);

// Tells every listening window (PostgreSQL; SQLite windows poll) that the transaction changed.
DbError notifyChanged(QSqlDatabase &db, qint64 id);

} // namespace TransactionService
