#include "demo/seedconnection.h"

#include "db/database.h"
#include "db/pgcopy.h"
#include "demo/seeder.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace Seeder {

namespace {

// PostgreSQL: the COPY connection's settings, from the options or else from the open connection.
ConnectionProfile copyProfile(const QSqlDatabase &db, const Options &options, QString *password)
{
    *password = options.password;
    if (options.profile.isPostgres())
        return options.profile;
    ConnectionProfile p;
    p.kind = ConnectionProfile::Kind::Postgres;
    p.host = db.hostName();
    p.port = db.port() > 0 ? db.port() : 5432;
    p.database = db.databaseName();
    p.user = db.userName();
    for (const QString &part : db.connectOptions().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq > 0)
            p.options.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    if (password->isEmpty())
        *password = db.password();
    return p;
}

} // namespace

SeedConnection::SeedConnection(QSqlDatabase db)
    : m_db(db)
{}

SeedConnection::~SeedConnection()
{
    // Back to the connection's own page cache once the load is over.
    if (!m_copy && m_cacheSize != 0)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
}

DbError
SeedConnection::open(QSqlDatabase &db, const Options &options, std::unique_ptr<SeedConnection> *out)
{
    std::unique_ptr<SeedConnection> c(new SeedConnection(db));
    if (db.driverName() == QLatin1String("QPSQL")) {
        c->m_copy = std::make_unique<PgCopy>();
        QString password;
        const ConnectionProfile profile = copyProfile(db, options, &password);
        if (DbError e = c->m_copy->open(profile, password); !e.ok())
            return e;
        c->m_sink = std::make_unique<RowSink>(*c->m_copy);
    } else {
        // One transaction of millions of rows: with the default 2 MB page cache SQLite keeps
        // spilling dirty pages to the WAL, several times slower than a roomy cache.
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
            c->m_cacheSize = q.value(0).toLongLong();
        q.exec(QStringLiteral("PRAGMA cache_size = -262144"));
        c->m_sink = std::make_unique<RowSink>(db);
    }
    *out = std::move(c);
    return {};
}

DbError SeedConnection::transaction(const std::function<DbError()> &work)
{
    const auto guarded = [this, &work] {
        DbError e = work();
        if (!e.ok())
            m_sink->abort();
        return e;
    };
    if (!m_copy)
        return Database::transaction(m_db, guarded);
    if (DbError e = m_copy->exec(QStringLiteral("BEGIN")); !e.ok())
        return e;
    DbError e = guarded();
    if (e.ok())
        e = m_copy->exec(QStringLiteral("COMMIT"));
    if (!e.ok())
        m_copy->exec(QStringLiteral("ROLLBACK"));
    return e;
}

DbError
SeedConnection::exec(const QString &sql, const QVariantList &params, QList<QVariantList> *rows)
{
    if (m_copy)
        return execPostgres(sql, params, rows);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return DbError::fromSql(q.lastError());
    if (DbError e = Database::exec(q, params); !e.ok())
        return e;
    if (rows) {
        rows->clear();
        while (q.next()) {
            QVariantList row;
            for (int c = 0; c < q.record().count(); ++c)
                row << q.value(c);
            rows->append(row);
        }
    }
    return {};
}

DbError SeedConnection::execPostgres(const QString &sql,
                                     const QVariantList &params,
                                     QList<QVariantList> *rows)
{
    QStringList texts;
    for (const QVariant &p : params) {
        if (p.isNull())
            texts << QString();
        else if (p.typeId() == QMetaType::Bool)
            texts << (p.toBool() ? QStringLiteral("t") : QStringLiteral("f"));
        else
            texts << p.toString();
    }
    QList<QStringList> textRows;
    if (DbError e = m_copy->exec(sql, texts, rows ? &textRows : nullptr); !e.ok())
        return e;
    if (rows) {
        rows->clear();
        for (const QStringList &r : std::as_const(textRows)) {
            QVariantList row;
            for (const QString &v : r)
                row << (v.isNull() ? QVariant() : QVariant(v));
            rows->append(row);
        }
    }
    return {};
}

DbError SeedConnection::scalar(const QString &sql, qint64 *value, const QVariantList &params)
{
    QList<QVariantList> rows;
    if (DbError e = exec(sql, params, &rows); !e.ok())
        return e;
    *value = rows.isEmpty() || rows.first().isEmpty() ? 0 : rows.first().first().toLongLong();
    return {};
}

} // namespace Seeder
