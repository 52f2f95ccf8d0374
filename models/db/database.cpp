#include "db/database.h"

#include "common/arabictextsqlite.h"
#include "common/contributionflags.h"
#include "db/dialect.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QTimeZone>

#include <memory>

namespace Database {

namespace {
QMutex keptMutex;
QHash<QString, QHash<QString, QSqlQuery *>> keptQueries; // by connection, then SQL

void forgetKept(const QString &connectionName)
{
    QHash<QString, QSqlQuery *> queries;
    {
        const QMutexLocker lock(&keptMutex);
        queries = keptQueries.take(connectionName);
    }
    qDeleteAll(queries);
}
} // namespace

DbError kept(QSqlDatabase &db, const QString &sql, QSqlQuery **query)
{
    {
        const QMutexLocker lock(&keptMutex);
        if (QSqlQuery *q = keptQueries.value(db.connectionName()).value(sql)) {
            *query = q;
            return {};
        }
    }
    auto q = std::make_unique<QSqlQuery>(db);
    q->setForwardOnly(true);
    if (!q->prepare(sql))
        return DbError::fromSql(q->lastError());
    *query = q.get();
    const QMutexLocker lock(&keptMutex);
    keptQueries[db.connectionName()].insert(sql, q.release());
    return {};
}

bool inTransaction(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->property("diwanInTransaction").toBool();
}

// The statements that failed inside a transaction on PostgreSQL, by connection (a connection is
// used on one thread only). A failed statement aborts the transaction, and QPSQL frees a prepared
// statement (DEALLOCATE) when its last QSqlQuery goes or is prepared again: inside the aborted
// transaction that is refused ("Unable to free statement") and the statement stays on the server
// for the connection's life. A failed query is shared here until the transaction has rolled
// back, so that it is freed then (QSqlQuery is implicitly shared; prepare() on the caller's copy
// detaches it).
static thread_local QHash<const QSqlDriver *, QList<QSqlQuery>> failedInTransaction;

void markTransaction(const QSqlDatabase &db, bool open)
{
    if (!db.driver())
        return;
    db.driver()->setProperty("diwanInTransaction", open);
    if (!open) {
        // Freed now that the transaction is over (or when the list goes out of scope).
        const QList<QSqlQuery> failed = failedInTransaction.take(db.driver());
        Q_UNUSED(failed)
    }
}

DbError begin(QSqlDatabase &db)
{
    if (Dialect::of(db).isPostgres())
        return db.transaction() ? DbError() : transactionFailed(db);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return DbError::fromSql(q.lastError());
    return {};
}

DbError transactionFailed(const QSqlDatabase &db)
{
    const DbError e = DbError::fromSql(db.lastError());
    return e.ok()
               ? DbError::make(DbError::Kind::ConnectionLost, QStringLiteral("database not open"))
               : e;
}

static DbError setUp(QSqlDatabase &db)
{
    const QStringList setup = Dialect::of(db).sessionSetup();
    if (DbError e = execBatch(db, setup); !e.ok() || Dialect::of(db).isPostgres())
        return e;
    // The search terms the FTS5 triggers store (migration 018).
    if (DbError e = ArabicTextSqlite::install(db); !e.ok())
        return e;
    // The normaliser and the flags of open poll answers (migration 022's trigger).
    return ContributionFlags::installSqlite(db);
}

DbError
open(const ConnectionProfile &profile, const QString &password, const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(profile.driverName()))
        return DbError::make(DbError::Kind::DriverMissing, profile.driverName());
    forgetKept(connectionName);
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = QSqlDatabase::addDatabase(profile.driverName(), connectionName);
    if (profile.kind == ConnectionProfile::Kind::Sqlite) {
        db.setDatabaseName(profile.path);
    } else {
        db.setHostName(profile.host);
        db.setPort(profile.port);
        db.setDatabaseName(profile.database);
        db.setUserName(profile.user);
        db.setPassword(password);
    }
    db.setConnectOptions(profile.connectOptions());
    if (!db.open()) {
        DbError e = DbError::fromSql(db.lastError());
        if (e.kind == DbError::Kind::Other || e.kind == DbError::Kind::ConnectionLost)
            e.kind = DbError::Kind::Unreachable;
        db.setPassword({});
        return e;
    }
    return setUp(db);
}

DbError cloneConnection(const QString &source, const QString &connectionName)
{
    forgetKept(connectionName);
    if (QSqlDatabase::contains(connectionName))
        QSqlDatabase::removeDatabase(connectionName);
    QSqlDatabase db = QSqlDatabase::cloneDatabase(source, connectionName);
    if (!db.open())
        return DbError::fromSql(db.lastError());
    return setUp(db);
}

bool isAlive(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1")) && q.next();
}

DbError reconnect(const QString &connectionName)
{
    forgetKept(connectionName);
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (!db.isValid())
        return DbError::make(DbError::Kind::Unreachable, connectionName);
    db.close();
    if (!db.open()) {
        DbError e = DbError::fromSql(db.lastError());
        if (e.kind == DbError::Kind::Other || e.kind == DbError::Kind::ConnectionLost)
            e.kind = DbError::Kind::Unreachable;
        return e;
    }
    return setUp(db);
}

void close(const QString &connectionName)
{
    forgetKept(connectionName);
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

DbError exec(QSqlQuery &query)
{
    if (query.exec())
        return {};
    const DbError e = DbError::fromSql(query.lastError());
    const QSqlDriver *driver = query.driver();
    if (driver && driver->dbmsType() == QSqlDriver::PostgreSQL
        && driver->property("diwanInTransaction").toBool())
        failedInTransaction[driver].append(query);
    return e;
}

DbError exec(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    return exec(query);
}

DbError execBatch(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s))
            return DbError::fromSql(q.lastError());
    }
    return {};
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC();
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
        dt.setTimeZone(QTimeZone::utc());
    return dt.toUTC();
}

QVariant fromDateTime(const QDateTime &value)
{
    if (!value.isValid())
        return QVariant(QMetaType(QMetaType::QString));
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("%1-%2").arg(prefix).arg(++counter);
}

} // namespace Database
