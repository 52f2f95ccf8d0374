#include "transactions/transactionevents.h"

#include "db/database.h"
#include "db/dialect.h"
#include "transactions/transactionservice.h"

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
    // What an event does not have (no state change, no note) is NULL, not an empty text.
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    };
    return Database::exec(
        q,
        {id, staffId, kind, orNull(oldState), orNull(newState), orNull(note), visibleToApplicant});
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
