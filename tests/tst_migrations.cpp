#include "db/database.h"
#include "db/dialect.h"
#include "db/migrator.h"
#include "fixtures.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

// Migrations from empty and re-run, refusal of a newer schema, and the SQL every dialect must
// accept, run against both databases.
class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    void fromEmpty_data() { TestDatabase::addRows(); }
    void fromEmpty();
    void rerunIsIdempotent_data() { TestDatabase::addRows(); }
    void rerunIsIdempotent();
    void newerSchemaRefused_data() { TestDatabase::addRows(); }
    void newerSchemaRefused();
    void dialectQueries_data() { TestDatabase::addRows(); }
    void dialectQueries();
    void versionColumnsAndTransitions_data() { TestDatabase::addRows(); }
    void versionColumnsAndTransitions();
    void splitter();
};

void TestMigrations::fromEmpty()
{
    DIWAN_OPEN_DB(t, false);
    QSqlDatabase db = t->db();
    Migrator m(db);
    QCOMPARE(m.currentVersion(), 0);
    QCOMPARE(m.checkCompatible().kind, DbError::Kind::NoSchema);
    int version = -1;
    const DbError e = m.migrate(&version);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(version, m.latestVersion());
    QVERIFY(m.latestVersion() >= 1);
    QVERIFY(m.checkCompatible().ok());
    // The core tables of all four work areas exist and are empty.
    for (const char *table : {"services",
                              "transactions",
                              "transaction_events",
                              "attachments",
                              "outbox",
                              "topics",
                              "contributions",
                              "contribution_reports",
                              "moderation_actions",
                              "polls",
                              "poll_questions",
                              "poll_options",
                              "poll_responses",
                              "poll_answers",
                              "staff"}) {
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))),
                 qPrintable(q.lastError().text()));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
}

void TestMigrations::rerunIsIdempotent()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    Migrator m(db);
    int version = 0;
    const DbError e = m.migrate(&version);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(version, m.latestVersion());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM schema_version")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), m.steps().size());
}

void TestMigrations::newerSchemaRefused()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QSqlQuery q(db);
    QVERIFY(q.prepare(QStringLiteral(
        "INSERT INTO schema_version (version, name) VALUES (?, 'from_the_future')")));
    Migrator m(db);
    q.addBindValue(m.latestVersion() + 1);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QCOMPARE(m.checkCompatible().kind, DbError::Kind::SchemaTooNew);
    QCOMPARE(m.migrate().kind, DbError::Kind::SchemaTooNew);
    QVERIFY(!DbError::make(DbError::Kind::SchemaTooNew).userMessage().isEmpty());
}

void TestMigrations::dialectQueries()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const Dialect d = Dialect::of(db);
    QCOMPARE(d.isPostgres(), t->isPostgres());
    QSqlQuery q(db);
    // Date arithmetic: a 24-hour SLA lands on the next day.
    QVERIFY(q.prepare(QStringLiteral("SELECT ")
                      + d.addHours(d.timestampParam(QStringLiteral("?")), QStringLiteral("?"))));
    q.addBindValue(QStringLiteral("2026-11-28T08:00:00.000Z"));
    q.addBindValue(24);
    QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
    QCOMPARE(Database::toDateTime(q.value(0)),
             QDateTime(QDate(2026, 11, 29), QTime(8, 0), QTimeZone::utc()));

    // Upsert and RETURNING.
    const QString upsert
        = QStringLiteral(
              "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
              "SET value = %1")
              .arg(d.excluded(QStringLiteral("value")))
          + d.returning(QStringLiteral("value"));
    for (const char *value : {"first", "second"}) {
        QVERIFY(q.prepare(upsert));
        q.addBindValue(QStringLiteral("theme"));
        q.addBindValue(QLatin1String(value));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(q.value(0).toString(), QLatin1String(value));
    }
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), max(version) FROM settings")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Row locking clause parses (empty on SQLite).
    QVERIFY2(q.exec(QStringLiteral("SELECT key FROM settings") + d.forUpdateSkipLocked()),
             qPrintable(q.lastError().text()));
}

void TestMigrations::versionColumnsAndTransitions()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QSqlQuery q(db);
    QVERIFY(Fixtures::service(db,
                              {.code = QStringLiteral("s"),
                               .nameAr = QStringLiteral("x"),
                               .nameEn = QStringLiteral("x")}));
    QVERIFY(Fixtures::transaction(db,
                                  {.reference = QStringLiteral("MOI-1"),
                                   .service = QStringLiteral("s"),
                                   .applicantName = QStringLiteral("a")}));
    // Optimistic locking: an update naming the version it read succeeds once, then is stale.
    for (int attempt = 0; attempt < 2; ++attempt) {
        QVERIFY(
            q.prepare(QStringLiteral("UPDATE transactions SET priority = 3, version = version + 1 "
                                     "WHERE reference = 'MOI-1' AND version = ?")));
        q.addBindValue(1);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QCOMPARE(q.numRowsAffected(), attempt == 0 ? 1 : 0);
    }
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM transactions WHERE reference = 'MOI-1'"))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    // Illegal state change refused by the database: submitted -> approved skips review.
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE transactions SET state = 'approved' WHERE reference = 'MOI-1'")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("illegal transaction state change")),
             qPrintable(q.lastError().text()));
    QVERIFY(q.exec(
        QStringLiteral("UPDATE transactions SET state = 'in_review' WHERE reference = 'MOI-1'")));
    // Rejection without a reason refused.
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE transactions SET state = 'rejected' WHERE reference = 'MOI-1'")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("a rejection needs a reason")),
             qPrintable(q.lastError().text()));
    QVERIFY2(
        q.exec(QStringLiteral("UPDATE transactions SET state = 'rejected', reason_code = 'docs', "
                              "reason_text = 'expired passport' WHERE reference = 'MOI-1'")),
        qPrintable(q.lastError().text()));
    // A bad QID is refused.
    QVERIFY(
        !q.exec(QStringLiteral("UPDATE transactions SET qid = '123' WHERE reference = 'MOI-1'")));
    QVERIFY2(q.lastError().text().contains(QLatin1String("qid")), qPrintable(q.lastError().text()));
}

void TestMigrations::splitter()
{
    const QStringList s = Migrator::splitStatements(
        QStringLiteral("-- comment; with semicolon\n"
                       "CREATE TABLE a (x text DEFAULT 'a;b');\n"
                       "/* block; comment */ CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                       "  INSERT INTO b VALUES (1); SELECT RAISE(ABORT, 'no; really');\n"
                       "END;\n"
                       "CREATE TABLE \"we;ird\" (y int)"));
    QCOMPARE(s.size(), 3);
    QVERIFY(s.at(0).startsWith(QStringLiteral("CREATE TABLE a")));
    QVERIFY(s.at(0).contains(QStringLiteral("'a;b'")));
    QVERIFY(s.at(1).startsWith(QStringLiteral("CREATE TRIGGER t")));
    QVERIFY(s.at(1).endsWith(QStringLiteral("END")));
    QVERIFY(s.at(2).contains(QStringLiteral("\"we;ird\"")));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
