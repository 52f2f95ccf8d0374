#include "administration/staffadmin.h"
#include "auth/session.h"
#include "db/database.h"
#include "db/migrator.h"
#include "testdatabase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// Each way signing in can go wrong gets its own error (and so its own sentence on screen).
class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void rightAndWrongPassword_data() { TestDatabase::addRows(); }
    void rightAndWrongPassword();
    void missingRole_data() { TestDatabase::addRows(); }
    void missingRole();
    void groupMemberWithoutStaffAccount();
    void deactivatedAccount_data() { TestDatabase::addRows(); }
    void deactivatedAccount();
    void schemaVersions_data() { TestDatabase::addRows(); }
    void schemaVersions();
    void createStaffValidates_data() { TestDatabase::addRows(); }
    void createStaffValidates();
    void unreachableServer();
    void silentServerTimesOut();
    void verifyFull_data();
    void verifyFull();
    void sqliteFileMissing();
    void everyErrorHasAMessage();
};

static StaffAdmin::NewStaff newStaff(const QString &login, Roles roles)
{
    return {login,
            QStringLiteral(u"\u0623\u0645\u0644"),
            QStringLiteral("Amal"),
            roles,
            QStringLiteral("correct horse 1")};
}

void TestSignIn::rightAndWrongPassword()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QString login = t->uniqueLogin(QStringLiteral("amal"));
    qint64 id = 0;
    const DbError created
        = StaffAdmin::createStaff(db, newStaff(login, Role::Clerk | Role::Manager), &id);
    QVERIFY2(created.ok(), qPrintable(created.toString()));
    QVERIFY(id > 0);

    const SignInResult ok = signIn(t->profileFor(login),
                                   login,
                                   QStringLiteral("correct horse 1"),
                                   QStringLiteral("signin-ok"));
    QVERIFY2(ok.error.ok(), qPrintable(ok.error.toString()));
    QCOMPARE(ok.session.login, login);
    QCOMPARE(ok.session.roles, Role::Clerk | Role::Manager);
    QCOMPARE(ok.session.staffId, id);
    QCOMPARE(ok.session.displayName(QStringLiteral("en")), QStringLiteral("Amal"));
    QVERIFY(QSqlDatabase::database(QStringLiteral("signin-ok"), false).isOpen());
    Database::close(QStringLiteral("signin-ok"));

    const SignInResult wrong = signIn(
        t->profileFor(login), login, QStringLiteral("wrong horse"), QStringLiteral("signin-wrong"));
    QCOMPARE(wrong.error.kind, DbError::Kind::WrongPassword);
    QVERIFY(!wrong.session.isValid());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("signin-wrong")));

    // An unknown user is told the same as a wrong password.
    const QString ghost = t->uniqueLogin(QStringLiteral("ghost"));
    const SignInResult unknown
        = signIn(t->profileFor(ghost), ghost, QStringLiteral("x"), QStringLiteral("signin-ghost"));
    QCOMPARE(unknown.error.kind, DbError::Kind::WrongPassword);
}

void TestSignIn::missingRole()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QString login = t->uniqueLogin(QStringLiteral("noroles"));
    QSqlQuery q(db);
    if (t->isPostgres()) {
        // A login that exists on the server but is in no Diwan group.
        QVERIFY2(
            q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'some password'").arg(login)),
            qPrintable(q.lastError().text()));
    } else {
        QVERIFY(StaffAdmin::createStaff(db, newStaff(login, Role::Clerk)).ok());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE staff SET roles = '' WHERE login = '%1'").arg(login)));
    }
    const QString password
        = t->isPostgres() ? QStringLiteral("some password") : QStringLiteral("correct horse 1");
    const SignInResult r
        = signIn(t->profileFor(login), login, password, QStringLiteral("signin-noroles"));
    QCOMPARE(r.error.kind, DbError::Kind::MissingRole);
}

// An LDAP or Kerberos login added to a Diwan group before anyone set it up in Diwan: the database
// refuses everything it would do, so it is told so at sign-in instead of getting a window.
void TestSignIn::groupMemberWithoutStaffAccount()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        QSKIP("no PostgreSQL (set DIWAN_TEST_PG_URL, or run ./test.sh)");
    }
    QString error;
    auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    const QString login = t->uniqueLogin(QStringLiteral("ldap"));
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'some password' IN ROLE "
                                   "diwan_clerk, diwan_manager")
                        .arg(login)),
             qPrintable(q.lastError().text()));
    const SignInResult r = signIn(t->profileFor(login),
                                  login,
                                  QStringLiteral("some password"),
                                  QStringLiteral("signin-ldap"));
    QCOMPARE(r.error.kind, DbError::Kind::NotSetUp);
    QVERIFY2(r.error.userMessage().contains(QStringLiteral("not set up in Diwan")),
             qPrintable(r.error.userMessage()));
    QVERIFY(!r.session.isValid());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("signin-ldap")));

    // Once an administrator adds the staff account, the same login signs in.
    QVERIFY(
        q.exec(QStringLiteral("INSERT INTO staff (login, display_name_ar, display_name_en) VALUES "
                              "('%1', 'x', 'LDAP user')")
                   .arg(login)));
    const SignInResult ok = signIn(t->profileFor(login),
                                   login,
                                   QStringLiteral("some password"),
                                   QStringLiteral("signin-ldap"));
    QVERIFY2(ok.error.ok(), qPrintable(ok.error.toString()));
    QCOMPARE(ok.session.roles, Role::Clerk | Role::Manager);
    Database::close(QStringLiteral("signin-ldap"));
}

// A deactivated account does not sign in, on either kind of database, and is told why.
void TestSignIn::deactivatedAccount()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QString login = t->uniqueLogin(QStringLiteral("gone"));
    qint64 id = 0;
    QVERIFY(StaffAdmin::createStaff(db, newStaff(login, Role::Clerk), &id).ok());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET active = %1 WHERE id = %2")
                       .arg(t->isPostgres() ? QStringLiteral("false") : QStringLiteral("0"))
                       .arg(id)));
    const SignInResult r = signIn(t->profileFor(login),
                                  login,
                                  QStringLiteral("correct horse 1"),
                                  QStringLiteral("signin-gone"));
    QCOMPARE(r.error.kind, DbError::Kind::Deactivated);
    QVERIFY2(r.error.userMessage().contains(QStringLiteral("deactivated")),
             qPrintable(r.error.userMessage()));
    QVERIFY(!r.session.isValid());
    QVERIFY(!QSqlDatabase::contains(QStringLiteral("signin-gone")));
}

void TestSignIn::schemaVersions()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QString login = t->uniqueLogin(QStringLiteral("clerk"));
    QVERIFY(StaffAdmin::createStaff(db, newStaff(login, Role::Clerk)).ok());
    const int latest = Migrator(db).latestVersion();
    QVERIFY2(latest >= 2, "a too-old database needs at least two migrations to exist");
    auto attempt = [&]() {
        return signIn(t->profileFor(login),
                      login,
                      QStringLiteral("correct horse 1"),
                      QStringLiteral("signin-schema"))
            .error.kind;
    };
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version = %1").arg(latest)));
    QCOMPARE(attempt(), DbError::Kind::SchemaTooOld);
    QVERIFY(q.exec(
        QStringLiteral("INSERT INTO schema_version (version, name) VALUES (%1, 'x'), (%2, 'y')")
            .arg(latest)
            .arg(latest + 1)));
    QCOMPARE(attempt(), DbError::Kind::SchemaTooNew);
    QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version > %1").arg(latest)));
    QCOMPARE(attempt(), DbError::Kind::None);
    Database::close(QStringLiteral("signin-schema"));
}

void TestSignIn::createStaffValidates()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QString login = t->uniqueLogin(QStringLiteral("valid"));
    auto bad = newStaff(QStringLiteral("Robert'); DROP TABLE staff;--"), Role::Clerk);
    QCOMPARE(StaffAdmin::createStaff(db, bad).kind, DbError::Kind::Invalid);
    QCOMPARE(StaffAdmin::createStaff(db, newStaff(login, Roles())).kind, DbError::Kind::Invalid);
    auto shortPassword = newStaff(login, Role::Clerk);
    shortPassword.password = QStringLiteral("short");
    QCOMPARE(StaffAdmin::createStaff(db, shortPassword).kind, DbError::Kind::Invalid);
    QVERIFY(StaffAdmin::createStaff(db, newStaff(login, Role::Clerk)).ok());
    // The same login twice: refused, and the first account is untouched.
    QVERIFY(!StaffAdmin::createStaff(db, newStaff(login, Role::Admin)).ok());
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM staff")) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
}

void TestSignIn::unreachableServer()
{
    // Nothing listens on a port we just closed.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    auto p = ConnectionProfile::fromUrl(
        QStringLiteral("postgresql://amal@127.0.0.1:%1/diwan").arg(port));
    QVERIFY(p);
    const SignInResult r = signIn(
        *p, QStringLiteral("amal"), QStringLiteral("x"), QStringLiteral("signin-unreachable"));
    QCOMPARE(r.error.kind, DbError::Kind::Unreachable);
}

void TestSignIn::silentServerTimesOut()
{
    // A server that accepts the connection and never answers: sign-in must give up, not hang.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    auto p = ConnectionProfile::fromUrl(
        QStringLiteral("postgresql://amal@127.0.0.1:%1/diwan?connect_timeout=2")
            .arg(server.serverPort()));
    QVERIFY(p);
    SignInResult r;
    QThread *worker = QThread::create([&] {
        r = signIn(
            *p, QStringLiteral("amal"), QStringLiteral("x"), QStringLiteral("signin-silent"));
    });
    worker->start();
    QTRY_VERIFY_WITH_TIMEOUT(worker->isFinished(), 15000);
    delete worker;
    QCOMPARE(r.error.kind, DbError::Kind::Timeout);
}

void TestSignIn::verifyFull_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("rootCert"); // the environment variable naming the CA file
    QTest::addColumn<bool>("accepted");
    // test.sh's cluster presents a certificate for 127.0.0.1 signed by the tests' own CA.
    QTest::newRow("the right CA and host") << "127.0.0.1"
                                           << "DIWAN_TEST_PG_CA" << true;
    QTest::newRow("a CA that did not sign it") << "127.0.0.1"
                                               << "DIWAN_TEST_PG_OTHER_CA" << false;
    QTest::newRow("another host name") << "localhost"
                                       << "DIWAN_TEST_PG_CA" << false;
    QTest::newRow("no CA file at all") << "127.0.0.1"
                                       << "" << false;
}

// sslmode=verify-full as production uses it: accepted with the right authority for the right
// host; refused as a TLS problem, with the sentence that says so, otherwise.
void TestSignIn::verifyFull()
{
    QFETCH(QString, host);
    QFETCH(QString, rootCert);
    QFETCH(bool, accepted);
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        QSKIP("no PostgreSQL");
    }
    if (qEnvironmentVariable("DIWAN_TEST_PG_CA").isEmpty())
        QFAIL("DIWAN_TEST_PG_CA is not set: run ./test.sh, whose cluster has a certificate");
    QString error;
    const auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const QString login = t->uniqueLogin(QStringLiteral("tls"));
    QSqlDatabase admin = t->db();
    QVERIFY(StaffAdmin::createStaff(admin, newStaff(login, Role::Clerk)).ok());
    ConnectionProfile p = t->profileFor(login);
    p.host = host;
    p.options.insert(QStringLiteral("sslmode"), QStringLiteral("verify-full"));
    const QTemporaryDir home; // no ~/.postgresql/root.crt to fall back on
    struct HomeFor
    {
        QByteArray before = qgetenv("HOME");
        ~HomeFor() { qputenv("HOME", before); }
    } restoreHome;
    qputenv("HOME", home.path().toLocal8Bit());
    p.options.insert(QStringLiteral("sslrootcert"),
                     rootCert.isEmpty() ? home.filePath(QStringLiteral("missing.crt"))
                                        : qEnvironmentVariable(qPrintable(rootCert)));
    const SignInResult r = signIn(p,
                                  login,
                                  QStringLiteral("correct horse 1"),
                                  QStringLiteral("signin-tls-%1").arg(QTest::currentDataTag()));
    if (accepted) {
        QVERIFY2(r.error.ok(), qPrintable(r.error.toString()));
        QSqlQuery q(
            QSqlDatabase::database(QStringLiteral("signin-tls-%1").arg(QTest::currentDataTag())));
        QVERIFY(q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"))
                && q.next());
        QVERIFY2(q.value(0).toBool(), "signed in, but not over TLS");
    } else {
        QCOMPARE(r.error.kind, DbError::Kind::Tls);
        QCOMPARE(r.error.userMessage(),
                 QStringLiteral("A secure (TLS) connection to the server could not be "
                                "established: its certificate was not accepted."));
    }
    Database::close(QStringLiteral("signin-tls-%1").arg(QTest::currentDataTag()));
}

void TestSignIn::sqliteFileMissing()
{
    const auto p = ConnectionProfile::sqlite(QStringLiteral("/nonexistent/folder/diwan.db"));
    const SignInResult r
        = signIn(p, QStringLiteral("admin"), QStringLiteral("x"), QStringLiteral("signin-missing"));
    QCOMPARE(r.error.kind, DbError::Kind::NotFound);
}

void TestSignIn::everyErrorHasAMessage()
{
    // Each kind its own sentence (none empty, no two alike), ending as a sentence does.
    QSet<QString> seen;
    for (int k = int(DbError::Kind::WrongPassword); k <= int(DbError::Kind::Other); ++k) {
        const QString message = DbError::make(DbError::Kind(k)).userMessage();
        QVERIFY2(!message.isEmpty() && message.endsWith(QLatin1Char('.')),
                 qPrintable(QString::number(k) + QLatin1String(": ") + message));
        QVERIFY2(!seen.contains(message), qPrintable(message));
        seen.insert(message);
    }
    // The ones a clerk meets first, word for word.
    QCOMPARE(DbError::make(DbError::Kind::WrongPassword).userMessage(),
             QStringLiteral("The user name or password is not correct. Check them and try again."));
    QCOMPARE(DbError::make(DbError::Kind::Unreachable).userMessage().left(42),
             QStringLiteral("The database server cannot be reached. Che"));
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
