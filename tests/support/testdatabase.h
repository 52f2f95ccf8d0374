#pragma once

#include "auth/roles.h"
#include "auth/session.h"
#include "db/connectionprofile.h"
#include "db/dberror.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class LostAnswerProxy;

// A fresh database per test, of either kind, as Qt's own SQL tests do: `addRows()` in a _data()
// function lists "sqlite" and "postgresql"; DIWAN_OPEN_DB in the test creates the database.
// PostgreSQL comes from DIWAN_TEST_PG_URL / DIWAN_TEST_PG_PASSWORD (a superuser on the
// throwaway cluster test.sh starts); without it the PostgreSQL rows skip, unless
// DIWAN_REQUIRE_POSTGRES is set (CI), where they fail.
class TestDatabase
{
public:
    ~TestDatabase();

    static void addRows(); // QTest::addColumn<QString>("dbKind") + two rows
    static bool postgresAvailable();
    static bool postgresRequired();
    // Superuser (PostgreSQL) URL of the cluster, and its password.
    static ConnectionProfile postgresAdminProfile();
    static QString postgresAdminPassword();

    // Every row of a query's result as "a|b|c" (positional values bound in order); a failed
    // query gives {"error"} and a warning naming it.
    static QStringList
    resultRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    // Creates an empty database (migrated if asked) and opens an admin connection to it.
    static std::unique_ptr<TestDatabase> create(const QString &kind, bool migrate, QString *error);

    bool isPostgres() const { return m_profile.isPostgres(); }
    const ConnectionProfile &profile() const { return m_profile; } // admin (superuser) profile
    QString password() const { return m_password; }
    QString connectionName() const { return m_connection; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }
    // A unique PostgreSQL login name for this database (roles are cluster-wide).
    QString uniqueLogin(const QString &base) const;
    // The profile a staff member would use (PostgreSQL: their login; SQLite: the same file).
    ConnectionProfile profileFor(const QString &login) const;
    // Creates a staff member (password "password-123", English name "Clerk <base>"), links them
    // to every service if asked, and signs them in on a connection of their own.
    Session signInAs(const QString &base, Roles roles, bool allServices = false) const;
    // A lost connection, for a test of what a person sees: on PostgreSQL `signedIn`'s login is
    // signed in again through `relay` (started here, without TLS) and loseNextAnswer() makes the
    // relay lose the answer to the next COMMIT (the server committed, the connection is cut); on
    // SQLite the session is `signedIn` and loseNextAnswer() closes its connection.
    Session signInThrough(LostAnswerProxy &relay, const Session &signedIn) const;
    void loseNextAnswer(LostAnswerProxy &relay, const Session &s) const;
    // The website's connection: on PostgreSQL a new login that is a member of diwan_portal and
    // nothing else; on SQLite the test's own.
    QSqlDatabase portalConnection() const;

private:
    TestDatabase() = default;
    ConnectionProfile m_profile;
    QString m_password;
    QString m_connection;
    QString m_suffix;
    std::unique_ptr<QTemporaryDir> m_dir;
};

// In a data-driven test: QFETCH the kind, skip or fail when PostgreSQL is missing, create it.
#define DIWAN_OPEN_DB(var, migrate)                                                                \
    QFETCH(QString, dbKind);                                                                       \
    if (dbKind == QLatin1String("postgresql") && !TestDatabase::postgresAvailable()) {             \
        if (TestDatabase::postgresRequired())                                                      \
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");                   \
        QSKIP("no PostgreSQL (set DIWAN_TEST_PG_URL, or run ./test.sh)");                          \
    }                                                                                              \
    QString var##Error;                                                                            \
    auto var = TestDatabase::create(dbKind, migrate, &var##Error);                                 \
    QVERIFY2(var, qPrintable(var##Error))
