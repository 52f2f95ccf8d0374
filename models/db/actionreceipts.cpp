#include "db/actionreceipts.h"

#include "db/dialect.h"

#include <QSqlQuery>

namespace ActionReceipts {

// The open Scopes, by connection: a connection is used on one thread only.
static thread_local QHash<QString, Scope *> scopes;

Scope::Scope(const QSqlDatabase &db, const QUuid &key)
    : m_connection(db.connectionName())
    , m_key(key)
    , m_outer(scopes.value(m_connection))
{
    scopes.insert(m_connection, this);
}

Scope::~Scope()
{
    if (m_outer)
        scopes.insert(m_connection, m_outer);
    else
        scopes.remove(m_connection);
}

bool pending(const QSqlDatabase &db)
{
    const Scope *s = scopes.value(db.connectionName());
    return s && !s->m_taken && !s->m_key.isNull();
}

DbError claim(QSqlDatabase &db, const QUuid &key, bool *first)
{
    const QString text = key.toString(QUuid::WithoutBraces);
    QSqlQuery q(db);
    if (Dialect::of(db).isPostgres()) {
        q.prepare(QStringLiteral("SELECT diwan.claim_action_receipt(CAST(? AS uuid))"));
        if (DbError e = Database::exec(q, {text}); !e.ok())
            return e;
        *first = q.next() && q.value(0).toBool();
        return {};
    }
    // SQLite: the same in C++, on its single writer.
    q.prepare(
        QStringLiteral("DELETE FROM action_receipts WHERE receipt_key IN (SELECT receipt_key FROM "
                       "action_receipts WHERE claimed_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', "
                       "?) ORDER BY claimed_at LIMIT 100)"));
    if (DbError e = Database::exec(q, {QStringLiteral("-%1 days").arg(retentionDays)}); !e.ok())
        return e;
    q.prepare(QStringLiteral("INSERT INTO action_receipts (receipt_key) VALUES (?) "
                             "ON CONFLICT (receipt_key) DO NOTHING"));
    if (DbError e = Database::exec(q, {text}); !e.ok())
        return e;
    *first = q.numRowsAffected() == 1;
    return {};
}

const Scope *current(const QSqlDatabase &db)
{
    return scopes.value(db.connectionName());
}

DbError keepResult(QSqlDatabase &db, qint64 id, int version)
{
    const Scope *s = current(db);
    if (!s || s->m_key.isNull() || !s->m_taken || s->m_repeated)
        return {}; // no key, or not claimed by this transaction
    QSqlQuery q(db);
    const QString text = s->m_key.toString(QUuid::WithoutBraces);
    if (Dialect::of(db).isPostgres())
        q.prepare(QStringLiteral(
            "SELECT diwan.keep_action_result(CAST(? AS uuid), CAST(? AS bigint), ?)"));
    else
        q.prepare(QStringLiteral("UPDATE action_receipts SET result_id = ?, result_version = ? "
                                 "WHERE receipt_key = ?"));
    return Dialect::of(db).isPostgres() ? Database::exec(q, {text, id, version})
                                        : Database::exec(q, {id, version, text});
}

DbError keptResult(QSqlDatabase &db, qint64 *id, int *version)
{
    const Scope *s = current(db);
    if (!s || s->m_key.isNull())
        return DbError::make(DbError::Kind::NotFound, QStringLiteral("no action key"));
    QSqlQuery q(db);
    q.prepare(Dialect::of(db).isPostgres()
                  ? QStringLiteral("SELECT result_id, result_version FROM "
                                   "diwan.action_result(CAST(? AS uuid))")
                  : QStringLiteral("SELECT result_id, result_version FROM action_receipts "
                                   "WHERE receipt_key = ?"));
    if (DbError e = Database::exec(q, {s->m_key.toString(QUuid::WithoutBraces)}); !e.ok())
        return e;
    if (!q.next() || q.value(0).isNull())
        return DbError::make(DbError::Kind::NotFound,
                             QStringLiteral("action %1 kept no result")
                                 .arg(s->m_key.toString(QUuid::WithoutBraces)));
    *id = q.value(0).toLongLong();
    *version = q.value(1).toInt();
    return {};
}

QUuid Keys::key(const QString &action)
{
    QUuid &key = m_keys[action];
    if (key.isNull())
        key = QUuid::createUuid();
    return key;
}

void Keys::settle(const QString &action, const DbError &result, const QSqlDatabase &db)
{
    if (result.ok() || Database::isAlive(db))
        m_keys.remove(action);
}

} // namespace ActionReceipts

DbError Database::claimActionKey(QSqlDatabase &db, bool *done)
{
    *done = false;
    ActionReceipts::Scope *s = ActionReceipts::scopes.value(db.connectionName());
    if (!s || s->m_taken || s->m_key.isNull())
        return {};
    s->m_taken = true;
    bool first = true;
    if (DbError e = ActionReceipts::claim(db, s->m_key, &first); !e.ok())
        return e;
    s->m_repeated = !first;
    *done = !first;
    return {};
}
