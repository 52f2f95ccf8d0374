// diwan --read-replica: searches read from a hot standby of the central database (a real
// streaming replica that test.sh makes with pg_basebackup -R), and Diwan reads from the central
// database instead when the replica is not a standby or stops answering.
#include "auth/session.h"
#include "db/database.h"
#include "fixtures.h"
#include "shell/languagemanager.h"
#include "shell/mainwindow.h"
#include "testdatabase.h"
#include "transactions/transactionspage.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

class TestReadReplica : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void searchesReadTheReplica();
    void theCentralDatabaseIsNotAReplica();
    void aReplicaThatStopsAnsweringIsLeftForTheCentralDatabase();
    void cleanup();

private:
    // The replica's superuser profile for the test's database.
    ConnectionProfile replicaAdmin() const;
    // Waits until the replica has replayed everything the central database has written so far.
    void catchUp();
    QString admin(const QString &sql);
    Session clerk();

    std::unique_ptr<TestDatabase> m_t;
    const QString m_replicaAdmin = QStringLiteral("replica-admin");
};

ConnectionProfile TestReadReplica::replicaAdmin() const
{
    ConnectionProfile p
        = ConnectionProfile::fromUrl(qEnvironmentVariable("DIWAN_TEST_PG_REPLICA_URL")).value();
    p.database = m_t->profile().database;
    return p;
}

void TestReadReplica::init()
{
    if (qEnvironmentVariableIsEmpty("DIWAN_TEST_PG_REPLICA_URL")) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_REPLICA_URL is not");
        QSKIP("no streaming replica (run ./test.sh, or diwan_pg_replica_start)");
    }
    QString error;
    m_t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(m_t, qPrintable(error));
    QVERIFY(Fixtures::service(m_t->db(),
                              {.code = QStringLiteral("a"),
                               .nameAr = QStringLiteral("a"),
                               .nameEn = QStringLiteral("Service A")}));
    QVERIFY(Fixtures::transaction(m_t->db(),
                                  {.reference = QStringLiteral("MOI-2026-0000001"),
                                   .service = QStringLiteral("a"),
                                   .applicantName = QStringLiteral("سالم راشد الكواري")}));
    // The new database reaches the replica with the rest of the write-ahead log.
    QSqlQuery q(m_t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_catalog.pg_current_wal_insert_lsn()")) && q.next());
    const QString lsn = q.value(0).toString();
    ConnectionProfile cluster
        = ConnectionProfile::fromUrl(qEnvironmentVariable("DIWAN_TEST_PG_REPLICA_URL")).value();
    QVERIFY(Database::open(cluster, TestDatabase::postgresAdminPassword(), m_replicaAdmin).ok());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            QSqlQuery r(QSqlDatabase::database(m_replicaAdmin, false));
            return r.exec(QStringLiteral("SELECT pg_catalog.pg_last_wal_replay_lsn() >= '%1'")
                              .arg(lsn))
                   && r.next() && r.value(0).toBool();
        }(),
        60000);
    Database::close(m_replicaAdmin);
    QVERIFY(
        Database::open(replicaAdmin(), TestDatabase::postgresAdminPassword(), m_replicaAdmin).ok());
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestReadReplica::cleanup()
{
    if (QSqlDatabase::contains(m_replicaAdmin)) {
        admin(QStringLiteral("SELECT pg_catalog.pg_wal_replay_resume()"));
        Database::close(m_replicaAdmin);
    }
    m_t.reset();
}

QString TestReadReplica::admin(const QString &sql)
{
    QSqlQuery q(QSqlDatabase::database(m_replicaAdmin, false));
    if (!q.exec(sql))
        return q.lastError().text();
    return q.next() ? q.value(0).toString() : QString();
}

void TestReadReplica::catchUp()
{
    QSqlQuery q(m_t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT pg_catalog.pg_current_wal_insert_lsn()")) && q.next());
    const QString lsn = q.value(0).toString();
    QTRY_COMPARE_WITH_TIMEOUT(
        admin(QStringLiteral("SELECT pg_catalog.pg_last_wal_replay_lsn() >= '%1'").arg(lsn)),
        QStringLiteral("true"),
        60000);
}

Session TestReadReplica::clerk()
{
    Session s = m_t->signInAs(QStringLiteral("reader"), Role::Clerk, true);
    catchUp(); // the clerk's login and staff row
    return s;
}

void TestReadReplica::searchesReadTheReplica()
{
    Session s = clerk();
    const DbError e = openReadReplica(s, replicaAdmin(), QStringLiteral("password-123"));
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(s.readConnection(), s.connectionName + QStringLiteral("-read"));
    MainWindow window(s, QStringLiteral("password-123"));
    // The status bar names both: "PostgreSQL: db @ host:port; reads from db @ host:port".
    QVERIFY2(
        window.statusText().contains(QStringLiteral("; reads from \u2066%1 @ 127.0.0.1:%2\u2069")
                                         .arg(m_t->profile().database)
                                         .arg(replicaAdmin().port)),
        qPrintable(window.statusText()));
    auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
    QVERIFY(page);
    page->search(QStringLiteral("الكوارى"));
    QCOMPARE(page->searchResultCount(), 1);

    // With the replica held back, a transaction just written on the central database is not
    // found yet: the search asked the replica. Once it catches up, it is.
    QCOMPARE(
        admin(QStringLiteral("SELECT 'paused' FROM (SELECT pg_catalog.pg_wal_replay_pause()) p")),
        QStringLiteral("paused"));
    QTRY_COMPARE_WITH_TIMEOUT(
        admin(QStringLiteral("SELECT pg_catalog.pg_get_wal_replay_pause_state()")),
        QStringLiteral("paused"),
        60000);
    QVERIFY(Fixtures::transaction(m_t->db(),
                                  {.reference = QStringLiteral("MOI-2026-0000002"),
                                   .service = QStringLiteral("a"),
                                   .applicantName = QStringLiteral("نورة حمد المري")}));
    page->search(QStringLiteral("نوره المري"));
    QCOMPARE(page->searchResultCount(), 0);
    admin(QStringLiteral("SELECT pg_catalog.pg_wal_replay_resume()"));
    catchUp();
    page->search(QStringLiteral("نوره المري"));
    QCOMPARE(page->searchResultCount(), 1);
}

void TestReadReplica::theCentralDatabaseIsNotAReplica()
{
    Session s = clerk();
    const DbError e = openReadReplica(s, m_t->profile(), QStringLiteral("password-123"));
    QCOMPARE(e.userMessage(),
             QStringLiteral("The read replica's address leads to a server that accepts writes, "
                            "not to a standby."));
    QVERIFY(s.readConnectionName.isEmpty());
    QCOMPARE(s.readConnection(), s.connectionName);
    QVERIFY(!QSqlDatabase::contains(s.connectionName + QStringLiteral("-read")));
    MainWindow window(s, QStringLiteral("password-123"));
    auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
    QVERIFY(page);
    page->search(QStringLiteral("الكوارى"));
    QCOMPARE(page->searchResultCount(), 1);
}

void TestReadReplica::aReplicaThatStopsAnsweringIsLeftForTheCentralDatabase()
{
    Session s = clerk();
    const DbError e = openReadReplica(s, replicaAdmin(), QStringLiteral("password-123"));
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    MainWindow window(s, QStringLiteral("password-123"));
    auto *page = qobject_cast<TransactionsPage *>(window.currentPage());
    QVERIFY(page);
    QSignalSpy messages(page, &Page::message);
    // The replica ends the clerk's session (as a restart or a failover would).
    QCOMPARE(admin(QStringLiteral("SELECT count(pg_catalog.pg_terminate_backend(pid)) FROM "
                                  "pg_catalog.pg_stat_activity WHERE usename = '%1'")
                       .arg(s.login)),
             QStringLiteral("1"));
    page->search(QStringLiteral("الكوارى"));
    QCOMPARE(page->searchResultCount(), 1);
    QCOMPARE(messages.count(), 1);
    QCOMPARE(messages.first().first().toString(),
             QStringLiteral("The read replica does not answer: searches and dashboards read from "
                            "the central database."));
    // The window's connection check opens it again; searches go back to it.
    window.checkConnection();
    QVERIFY(Database::isAlive(QSqlDatabase::database(s.readConnectionName, false)));
    QCOMPARE(admin(QStringLiteral("SELECT count(*) FROM pg_catalog.pg_stat_activity WHERE "
                                  "usename = '%1'")
                       .arg(s.login)),
             QStringLiteral("1"));
}

QTEST_MAIN(TestReadReplica)
#include "tst_readreplica.moc"
