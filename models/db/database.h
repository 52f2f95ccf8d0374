#pragma once

#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QVariant>

class QSqlQuery;

// Opening connections and the small helpers every service uses. One connection per thread:
// loaders and background work open their own with a unique name.
namespace Database {

// Opens (or re-opens) the named connection and runs the dialect's session set-up.
DbError
open(const ConnectionProfile &profile, const QString &password, const QString &connectionName);
// A fresh connection with the same settings as the connection named `source`, opened and set
// up on the calling thread (cloning by name is safe from another thread than source's).
DbError cloneConnection(const QString &source, const QString &connectionName);
void close(const QString &connectionName);
// Opens the named connection again with the settings and password it was opened with, after its
// server went away (stopped, restarted, a network cut): kept statements are dropped and the
// session set-up runs again. Notifications are not: a ChangeWatcher on it must start() again.
// On the connection's own thread; Unreachable while the server is still away.
DbError reconnect(const QString &connectionName);
// Whether the server still answers on this connection (QPSQL reports a dropped server once, then
// fails silently: ask it something).
bool isAlive(const QSqlDatabase &db);
// A statement prepared once on the connection and kept until the connection is closed or
// re-opened: for hot paths that run the same SQL many times (QPSQL otherwise prepares and
// deallocates it every time). Use it only on the connection's own thread.
DbError kept(QSqlDatabase &db, const QString &sql, QSqlQuery **query);

// Runs a prepared statement with bound values; the error, if any, is classified.
DbError exec(QSqlQuery &query);
DbError exec(QSqlQuery &query, const QVariantList &values);
DbError execBatch(QSqlDatabase &db, const QStringList &statements);

// Whether a transaction() is open on the connection (on this thread).
bool inTransaction(const QSqlDatabase &db);
// Begins a transaction: on SQLite BEGIN IMMEDIATE, which waits for the write lock (the busy
// timeout) up front, rather than a deferred BEGIN whose first write fails at once with
// "database is locked" when another connection wrote in between.
DbError begin(QSqlDatabase &db);
// Why beginning or committing a transaction failed: the driver's error, or the connection lost
// when it says nothing (QPSQL after its server went away: "Database not open", no error set).
DbError transactionFailed(const QSqlDatabase &db);
void markTransaction(const QSqlDatabase &db, bool open);

// Claims the key of the ActionReceipts::Scope open on the connection, if any, in the transaction
// just begun; *done when the action was committed before (ActionReceipts, actionreceipts.cpp).
DbError claimActionKey(QSqlDatabase &db, bool *done);

// One transaction around `work`; rolled back if `work` returns an error. Inside another
// transaction() on the same connection, `work` is part of that one: it runs as it is, and the
// outer one commits or rolls back. Inside an ActionReceipts::Scope, the first transaction claims
// the Scope's key before `work`, and runs nothing when the key was claimed before.
template<typename Work> DbError transaction(QSqlDatabase &db, Work &&work)
{
    if (inTransaction(db))
        return work();
    if (DbError b = begin(db); !b.ok())
        return b;
    struct Mark
    {
        const QSqlDatabase &db;
        explicit Mark(const QSqlDatabase &d)
            : db(d)
        {
            markTransaction(db, true);
        }
        ~Mark() { markTransaction(db, false); }
    } mark(db);
    bool done = false;
    DbError e = claimActionKey(db, &done);
    if (e.ok() && !done)
        e = work();
    if (!e.ok()) {
        db.rollback();
        return e;
    }
    if (!db.commit()) {
        DbError c = transactionFailed(db);
        db.rollback();
        return c;
    }
    return {};
}

// Timestamps: PostgreSQL returns QDateTime, SQLite ISO text; both become UTC QDateTime.
QDateTime toDateTime(const QVariant &value);
// What to bind for a timestamp, for either dialect.
QVariant fromDateTime(const QDateTime &value);

QString uniqueConnectionName(const QString &prefix);

} // namespace Database
