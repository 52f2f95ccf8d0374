#include "demo/seeder.h"

#include "dashboards/rollups.h"
#include "demo/content.h"
#include "demo/contributiongenerator.h"
#include "demo/deferredindexes.h"
#include "demo/pollgenerator.h"
#include "demo/portalanswers.h"
#include "demo/seedconnection.h"
#include "demo/seedcontext.h"
#include "demo/seededtables.h"
#include "demo/staffgenerator.h"
#include "demo/transactiongenerator.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <memory>

namespace Seeder {

namespace {

// PostgreSQL: the session settings of a bulk load; `superuser` says whether triggers can be
// switched off and indexes dropped. Both: refuses a database someone else seeded meanwhile.
DbError prepare(SeedContext &c, bool *superuser)
{
    SeedConnection &db = c.connection;
    *superuser = false;
    if (db.isPostgres()) {
        QList<QVariantList> rows;
        if (DbError e = db.exec(QStringLiteral("SELECT rolsuper, rolbypassrls FROM "
                                               "pg_catalog.pg_roles WHERE rolname = current_user"),
                                {},
                                &rows);
            !e.ok())
            return e;
        const bool super
            = !rows.isEmpty() && rows.first().value(0).toString() == QLatin1String("t");
        const bool bypass
            = !rows.isEmpty() && rows.first().value(1).toString() == QLatin1String("t");
        if (!super && !bypass)
            return DbError::make(
                DbError::Kind::Forbidden,
                QStringLiteral("seeding PostgreSQL loads tables under row-level security "
                               "with COPY: connect as a superuser or a BYPASSRLS role"));
        QStringList settings{QStringLiteral("SET LOCAL synchronous_commit = off"),
                             QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"),
                             QStringLiteral("SET LOCAL work_mem = '64MB'")};
        // Bulk load without the per-row audit, version and foreign-key triggers (the seeder
        // writes consistent rows); only a superuser may.
        if (super)
            settings << QStringLiteral("SET LOCAL session_replication_role = replica");
        *superuser = super;
        for (const QString &s : std::as_const(settings)) {
            if (DbError e = db.exec(s); !e.ok())
                return e;
        }
    }
    // Checked again inside the transaction: another seeder may have been quicker.
    qint64 existing = 0;
    if (DbError e
        = db.scalar(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM transactions LIMIT 1) t"),
                    &existing);
        !e.ok())
        return e;
    if (existing > 0)
        return DbError::make(
            DbError::Kind::Invalid,
            QStringLiteral("the database already holds transactions; seed only a fresh database"));
    return {};
}

// Everything inside the one transaction.
DbError load(SeedContext &c)
{
    bool superuser = false;
    if (DbError e = prepare(c, &superuser); !e.ok())
        return e;
    if (DbError e = c.readBases(); !e.ok())
        return e;
    DeferredIndexes indexes(c.connection);
    if (c.transactions >= 50000 && (!c.connection.isPostgres() || superuser)) {
        if (DbError e = indexes.drop(); !e.ok())
            return e;
    }
    if (DbError e = StaffGenerator(c).seed(); !e.ok())
        return e;
    if (DbError e = TransactionGenerator(c).seed(); !e.ok())
        return e;
    if (DbError e = ContributionGenerator(c).seed(); !e.ok())
        return e;
    PollGenerator polls(c);
    if (DbError e = polls.seed(); !e.ok())
        return e;
    if (DbError e = indexes.restore([&c](qint64 done, qint64 total) {
            c.progress(QStringLiteral("indexes"), done, total);
        });
        !e.ok())
        return e;
    if (DbError e = polls.seedRollups(); !e.ok())
        return e;
    // The service rollups from the rows just loaded, and the poll rollups by segment from the
    // poll rollups (triggers are off on a superuser's PostgreSQL load, and whatever they summed
    // on SQLite is summed again).
    c.progress(QStringLiteral("rollups"), 0, 1);
    for (const QString &sql : Rollups::rebuildStatements(
             c.connection.database(), Rollups::serviceTables() + Rollups::segmentTables())) {
        if (DbError e = c.connection.exec(sql); !e.ok())
            return e;
    }
    c.progress(QStringLiteral("rollups"), 1, 1);
    if (!c.connection
             .isPostgres()) // the search index followed the inserts (migration 004's triggers)
        return {};
    // Identity columns continue after the explicit ids.
    for (const QString &table : SeededTables::names(SeededTableInfo::HasId)) {
        if (DbError e = c.connection.exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('diwan.%1', 'id'), max(id)) "
                               "FROM diwan.%1")
                    .arg(table));
            !e.ok())
            return e;
    }
    return {};
}

// Fresh statistics, or the first queries plan for empty tables. After the commit: a failed
// ANALYZE only delays good plans until autovacuum's.
void analyze(SeedContext &c)
{
    if (!c.connection.isPostgres()) {
        // SQLite plans without statistics pick the state index and sort the open queue; with
        // them it walks transactions_open_due_idx in order.
        if (DbError a = c.connection.exec(QStringLiteral("ANALYZE")); !a.ok())
            qWarning("seeder: ANALYZE failed: %s", qPrintable(a.detail));
        return;
    }
    // And the service rollups just rebuilt (the Services dashboard planned for empty tables
    // until autovacuum came by).
    const QStringList tables
        = SeededTables::names(SeededTableInfo::Analyze) + Rollups::serviceTables();
    for (qsizetype i = 0; i < tables.size(); ++i) {
        c.progress(QStringLiteral("analyze"), i, tables.size());
        if (DbError a = c.connection.exec(QStringLiteral("ANALYZE ") + tables.at(i)); !a.ok())
            qWarning(
                "seeder: ANALYZE %s failed: %s", qPrintable(tables.at(i)), qPrintable(a.detail));
    }
    c.progress(QStringLiteral("analyze"), tables.size(), tables.size());
}

QList<DemoAccount> loadAccounts()
{
    QList<DemoAccount> out;
    for (const StaffDef &s : staffDefs())
        out << DemoAccount{s.login, s.password, s.roles, s.name.ar, s.name.en};
    return out;
}

} // namespace

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts = loadAccounts();
    return accounts;
}

bool isSeeded(QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM transactions LIMIT 1")) && q.next();
}

DbError seed(QSqlDatabase &db, const Options &options, Report *report)
{
    if (!db.isOpen())
        return DbError::make(DbError::Kind::ConnectionLost,
                             QStringLiteral("the database is not open"));
    if (isSeeded(db))
        return DbError::make(
            DbError::Kind::Invalid,
            QStringLiteral("the database already holds transactions; seed only a fresh database"));
    std::unique_ptr<SeedConnection> connection;
    if (DbError e = SeedConnection::open(db, options, &connection); !e.ok())
        return e;
    QElapsedTimer timer;
    timer.start();
    SeedContext context(options, *connection);
    if (DbError e = loadContent(&context.content); !e.ok())
        return e;
    if (DbError e = connection->transaction([&context] { return load(context); }); !e.ok())
        return e;
    analyze(context);
    if (options.portalPollAnswers) {
        int sent = 0;
        if (DbError e = sendPortalPollAnswers(
                db, options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc(), &sent);
            !e.ok())
            return e;
        context.report.pollResponses += sent;
    }
    context.report.milliseconds = timer.elapsed();
    if (report)
        *report = context.report;
    return {};
}

} // namespace Seeder
