// The dashboards' rollups (migration 019 and the poll rollups): equal to the GROUP BY over the raw
// rows after seeding and after random changes (the triggers), rebuilt and checked by
// `diwan-admin rollup`, and the per-clerk throughput refused to everyone but managers.
#include "dashboards/rollupcommand.h"
#include "dashboards/rollups.h"
#include "db/database.h"
#include "db/dialect.h"
#include "demo/seeder.h"
#include "testdatabase.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace {

Seeder::Options options(const TestDatabase &t)
{
    Seeder::Options o;
    o.transactions = 600;
    o.seed = 14;
    o.now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    o.profile = t.profile();
    o.password = t.password();
    o.createAccounts = false;
    return o;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

class TstRollups : public QObject
{
    Q_OBJECT
private slots:
    void triggersKeepRollupsEqual_data() { TestDatabase::addRows(); }
    void triggersKeepRollupsEqual();
    void segmentsFollowPollRollups_data() { TestDatabase::addRows(); }
    void segmentsFollowPollRollups();
    void commandRebuildsAndChecks_data() { TestDatabase::addRows(); }
    void commandRebuildsAndChecks();
    void clerkThroughputForManagersOnly();
};

void TstRollups::triggersKeepRollupsEqual()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QVERIFY(Seeder::seed(db, options(*t)).ok());
    QCOMPARE(Rollups::differencesText(db), QString());
    // Every transaction is counted once, and every decision.
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(transactions) FROM service_rollup")), 600);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT sum(decisions) FROM service_decision_rollup")),
        scalar(db,
               QStringLiteral("SELECT count(*) FROM transactions WHERE decided_at IS NOT NULL")));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(DISTINCT municipality) FROM transactions"))
            >= 6);
    // And by month (migration 027): the same transactions and decisions.
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(transactions) FROM service_month_rollup")), 600);
    for (const QString &table : {QStringLiteral("service_decision_day_rollup"),
                                 QStringLiteral("service_decision_month_rollup")})
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(decisions) FROM %1").arg(table)),
                 scalar(db, QStringLiteral("SELECT sum(decisions) FROM service_decision_rollup")));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM service_decision_month_rollup"))
            < scalar(db, QStringLiteral("SELECT count(*) FROM service_decision_day_rollup")));

    // Random changes, each as the application makes them: decisions (some late), moves of the
    // applicant's municipality, new transactions, withdrawals, deletions.
    QRandomGenerator rng(1414);
    static const char *const places[] = {"doha", "al_khor", "al_shamal", "unknown"};
    const qint64 lastId = scalar(db, QStringLiteral("SELECT max(id) FROM transactions"));
    for (int i = 0; i < 120; ++i) {
        const qint64 id = 1 + rng.bounded(int(lastId));
        switch (rng.bounded(5)) {
        case 0: {
            const QString when
                = Database::fromDateTime(QDateTime(QDate(2026, 11, 28),
                                                   QTime(rng.bounded(24), rng.bounded(60)),
                                                   QTimeZone::utc()))
                      .toString();
            QVERIFY(
                exec(db,
                     QStringLiteral("UPDATE transactions SET state = 'approved', decided_at = %1 "
                                    "WHERE id = ? AND state IN ('in_review', 'escalated')")
                         .arg(Dialect::of(db).timestampParam(QStringLiteral("?"))),
                     {when, id}));
            break;
        }
        case 1:
            QVERIFY(exec(db,
                         QStringLiteral("UPDATE transactions SET municipality = ? WHERE id = ?"),
                         {QLatin1String(places[rng.bounded(4)]), id}));
            break;
        case 2:
            QVERIFY(
                exec(db,
                     QStringLiteral(
                         "UPDATE transactions SET state = 'withdrawn' WHERE id = ? AND state IN "
                         "('submitted', 'in_review', 'awaiting_applicant', 'escalated')"),
                     {id}));
            break;
        case 3:
            QVERIFY(
                exec(db,
                     QStringLiteral("INSERT INTO transactions (reference, service_id, state, "
                                    "applicant_name, applicant_name_norm, qid, submitted_at, "
                                    "due_at, municipality) SELECT ?, service_id, 'submitted', "
                                    "'n', 'n', '28463400123', submitted_at, due_at, ? "
                                    "FROM transactions WHERE id = ?"),
                     {QStringLiteral("R-%1").arg(i), QLatin1String(places[rng.bounded(4)]), id}));
            break;
        default:
            QVERIFY(exec(db,
                         QStringLiteral("UPDATE transactions SET assigned_to = NULL WHERE id = ?"),
                         {id}));
            break;
        }
    }
    QVERIFY(exec(db,
                 QStringLiteral("DELETE FROM transactions WHERE reference = 'R-3' OR reference = "
                                "'R-8' OR reference = 'R-13'")));
    QCOMPARE(Rollups::differencesText(db), QString());
}

void TstRollups::segmentsFollowPollRollups()
{
    // The per-segment poll rollups (migration 024) follow poll_rollup and poll_participation
    // through their triggers: rows taken away, put back and counted up and down again leave
    // them equal to the GROUP BY over the answers.
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QVERIFY(Seeder::seed(db, options(*t)).ok());
    QCOMPARE(Rollups::differencesText(db), QString());
    const qint64 answers = scalar(db, QStringLiteral("SELECT count(*) FROM poll_answers"));
    QVERIFY(answers > 100);
    for (const char *segment : {"all", "gender", "municipality"}) {
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT sum(answers) FROM poll_segment_rollup WHERE "
                                       "segment = ?"),
                        {QLatin1String(segment)}),
                 answers);
    }
    const qint64 poll = scalar(db, QStringLiteral("SELECT min(poll_id) FROM poll_participation"));
    // (Not prepared: PostgreSQL prepares no CREATE TABLE AS.)
    QSqlQuery keep(db);
    QVERIFY2(keep.exec(QStringLiteral("CREATE TEMP TABLE kept AS SELECT * FROM poll_rollup WHERE "
                                      "poll_id = %1")
                           .arg(poll)),
             qPrintable(keep.lastError().text()));
    QVERIFY2(keep.exec(QStringLiteral("CREATE TEMP TABLE kept_people AS SELECT * FROM "
                                      "poll_participation WHERE poll_id = %1")
                           .arg(poll)),
             qPrintable(keep.lastError().text()));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM poll_rollup WHERE poll_id = ?"), {poll}));
    QVERIFY(exec(db, QStringLiteral("DELETE FROM poll_participation WHERE poll_id = ?"), {poll}));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM poll_segment_rollup WHERE poll_id = ?"),
                    {poll}),
             0);
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM poll_segment_participation WHERE poll_id = ?"),
               {poll}),
        0);
    QVERIFY(exec(db, QStringLiteral("INSERT INTO poll_rollup SELECT * FROM kept")));
    QVERIFY(exec(db, QStringLiteral("INSERT INTO poll_participation SELECT * FROM kept_people")));
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE poll_rollup SET answers = answers + 2 WHERE poll_id = ?"),
                 {poll}));
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE poll_rollup SET answers = answers - 2 WHERE poll_id = ?"),
                 {poll}));
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE poll_participation SET responses = responses + 1 WHERE "
                                "poll_id = ?"),
                 {poll}));
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE poll_participation SET responses = responses - 1 WHERE "
                                "poll_id = ?"),
                 {poll}));
    QCOMPARE(Rollups::differencesText(db), QString());
}

void TstRollups::commandRebuildsAndChecks()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QVERIFY(Seeder::seed(db, options(*t)).ok());
    QString out;
    QString err;
    {
        QTextStream o(&out);
        QTextStream e(&err);
        QCOMPARE(Dashboards::runRollupCommand(db, true, o, e), 0);
    }
    QVERIFY2(out.startsWith(QLatin1String("every rollup equals its GROUP BY (service_rollup, "
                                          "service_decision_rollup, clerk_rollup")),
             qPrintable(out));
    // A rollup row off by one, and one missing: both named, exit 1.
    QVERIFY(exec(db,
                 QStringLiteral("UPDATE service_rollup SET transactions = transactions + 1 WHERE "
                                "day = (SELECT min(day) FROM service_rollup) AND service_id = "
                                "(SELECT min(service_id) FROM service_rollup WHERE day = "
                                "(SELECT min(day) FROM service_rollup))")));
    QVERIFY(exec(db,
                 QStringLiteral("DELETE FROM clerk_rollup WHERE day = (SELECT max(day) FROM "
                                "clerk_rollup)")));
    QVERIFY(exec(db,
                 QStringLiteral("DELETE FROM service_decision_month_rollup WHERE month = (SELECT "
                                "max(month) FROM service_decision_month_rollup)")));
    out.clear();
    {
        QTextStream o(&out);
        QTextStream e(&err);
        QCOMPARE(Dashboards::runRollupCommand(db, true, o, e), 1);
    }
    QVERIFY2(out.contains(QLatin1String("service_rollup: day=")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("clerk_rollup: day=")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("service_decision_month_rollup: month=")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(": rollup 0, raw rows ")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String(" differences\n")), qPrintable(out));
    // Rebuilt from scratch: equal again.
    out.clear();
    {
        QTextStream o(&out);
        QTextStream e(&err);
        QCOMPARE(Dashboards::runRollupCommand(db, false, o, e), 0);
    }
    QVERIFY2(out.contains(QLatin1String("rebuilt service_rollup: ")), qPrintable(out));
    QCOMPARE(Rollups::differencesText(db), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(transactions) FROM service_rollup")), 600);
}

void TstRollups::clerkThroughputForManagersOnly()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        return; // the database's refusal is PostgreSQL's; SQLite has no logins
    }
    QString error;
    auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    QVERIFY(Seeder::seed(db, options(*t)).ok());
    const QString call = QStringLiteral(
        "SELECT sum(decided) FROM diwan.clerk_throughput('2025-01-01', '2027-01-01', NULL)");
    const qint64 decided = scalar(
        db, QStringLiteral("SELECT count(*) FROM transactions WHERE decided_at IS NOT NULL"));
    QVERIFY(decided > 0);
    const Session manager = t->signInAs(QStringLiteral("boss"), Role::Manager);
    QVERIFY(manager.isValid());
    QCOMPARE(scalar(QSqlDatabase::database(manager.connectionName), call), decided);
    for (const auto &[name, role] : {std::pair{QStringLiteral("clerk"), Role::Clerk},
                                     std::pair{QStringLiteral("editor"), Role::Editor},
                                     std::pair{QStringLiteral("moderator"), Role::Moderator}}) {
        const Session s = t->signInAs(name, role, true);
        QVERIFY(s.isValid());
        QSqlDatabase other = QSqlDatabase::database(s.connectionName);
        for (const QString &sql :
             {call, QStringLiteral("SELECT count(*) FROM diwan.clerk_rollup")}) {
            QSqlQuery q(other);
            QVERIFY2(!q.exec(sql), qPrintable(name + QLatin1Char(' ') + sql));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
    }
}

QTEST_GUILESS_MAIN(TstRollups)
#include "tst_rollups.moc"
