#include "testdatabase.h"

#include "fixtures.h"

#include "administration/staffadmin.h"
#include "db/database.h"
#include "db/migrator.h"
#include "lostanswerproxy.h"

#include <QDebug>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

void TestDatabase::addRows()
{
    QTest::addColumn<QString>("dbKind");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool TestDatabase::postgresAvailable()
{
    return !qEnvironmentVariableIsEmpty("DIWAN_TEST_PG_URL");
}

bool TestDatabase::postgresRequired()
{
    return !qEnvironmentVariableIsEmpty("DIWAN_REQUIRE_POSTGRES");
}

ConnectionProfile TestDatabase::postgresAdminProfile()
{
    return ConnectionProfile::fromUrl(qEnvironmentVariable("DIWAN_TEST_PG_URL"))
        .value_or(ConnectionProfile{});
}

QString TestDatabase::postgresAdminPassword()
{
    return qEnvironmentVariable("DIWAN_TEST_PG_PASSWORD");
}

TestDatabase::~TestDatabase()
{
    Database::close(m_connection);
    if (m_profile.isPostgres()) {
        const QString admin = Database::uniqueConnectionName(QStringLiteral("test-drop"));
        ConnectionProfile p = postgresAdminProfile();
        if (Database::open(p, postgresAdminPassword(), admin).ok()) {
            QSqlDatabase db = QSqlDatabase::database(admin);
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)")
                       .arg(m_profile.database));
            // Logins made for this database only.
            q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE '%\\_%1'")
                       .arg(m_suffix));
            QStringList roles;
            while (q.next())
                roles << q.value(0).toString();
            for (const QString &r : roles)
                q.exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(r));
        }
        Database::close(admin);
    }
}

std::unique_ptr<TestDatabase>
TestDatabase::create(const QString &kind, bool migrate, QString *error)
{
    std::unique_ptr<TestDatabase> t(new TestDatabase);
    t->m_suffix = QString::number(QRandomGenerator::global()->generate() % 100000000, 36);
    t->m_connection = Database::uniqueConnectionName(QStringLiteral("test"));
    if (kind == QLatin1String("postgresql")) {
        ConnectionProfile admin = postgresAdminProfile();
        t->m_password = postgresAdminPassword();
        const QString name = QStringLiteral("diwan_test_") + t->m_suffix;
        const QString maintenance = Database::uniqueConnectionName(QStringLiteral("test-create"));
        if (DbError e = Database::open(admin, t->m_password, maintenance); !e.ok()) {
            *error = e.toString();
            return nullptr;
        }
        {
            QSqlQuery q(QSqlDatabase::database(maintenance));
            if (!q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name))) {
                *error = q.lastError().text();
                return nullptr;
            }
        }
        Database::close(maintenance);
        admin.database = name;
        t->m_profile = admin;
    } else {
        t->m_dir = std::make_unique<QTemporaryDir>();
        t->m_profile = ConnectionProfile::sqlite(t->m_dir->filePath(QStringLiteral("diwan.db")));
    }
    if (DbError e = Database::open(t->m_profile, t->m_password, t->m_connection); !e.ok()) {
        *error = e.toString();
        return nullptr;
    }
    if (migrate) {
        QSqlDatabase db = t->db();
        if (DbError e = Migrator(db).migrate(); !e.ok()) {
            *error = e.toString();
            return nullptr;
        }
    }
    return t;
}

QString TestDatabase::uniqueLogin(const QString &base) const
{
    return isPostgres() ? base + QLatin1Char('_') + m_suffix : base;
}

ConnectionProfile TestDatabase::profileFor(const QString &login) const
{
    ConnectionProfile p = m_profile;
    if (p.isPostgres())
        p.user = login;
    return p;
}

Session TestDatabase::signInThrough(LostAnswerProxy &relay, const Session &signedIn) const
{
    if (!isPostgres())
        return signedIn;
    QString error;
    SignInResult r;
    ConnectionProfile p = profileFor(signedIn.login);
    if (relay.start(p.port, &error)) {
        p.port = relay.port();
        p.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
        r = ::signIn(p,
                     signedIn.login,
                     QStringLiteral("password-123"),
                     Database::uniqueConnectionName(QStringLiteral("relay")));
        error = r.error.toString();
    }
    if (!r.session.isValid())
        QTest::qFail(qPrintable(QLatin1String("cannot sign in through a relay: ") + error),
                     __FILE__,
                     __LINE__);
    return r.session;
}

void TestDatabase::loseNextAnswer(LostAnswerProxy &relay, const Session &s) const
{
    if (isPostgres())
        relay.loseNextAnswer("COMMIT");
    else
        QSqlDatabase::database(s.connectionName, false).close();
}

QSqlDatabase TestDatabase::portalConnection() const
{
    if (!isPostgres())
        return db();
    static int made = 0;
    const QString login = uniqueLogin(QStringLiteral("portal%1").arg(++made));
    QSqlQuery q(db());
    if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'portal-pass-1' IN ROLE "
                               "diwan_portal")
                    .arg(login)))
        QTest::qFail(qPrintable(q.lastError().text()), __FILE__, __LINE__);
    const QString name = Database::uniqueConnectionName(QStringLiteral("portal"));
    if (const DbError e = Database::open(profileFor(login), QStringLiteral("portal-pass-1"), name);
        !e.ok())
        QTest::qFail(qPrintable(e.toString()), __FILE__, __LINE__);
    return QSqlDatabase::database(name);
}

Session TestDatabase::signInAs(const QString &base, Roles roles, bool allServices) const
{
    QSqlDatabase database = db();
    const QString login = uniqueLogin(base);
    qint64 id = 0;
    if (DbError e = StaffAdmin::createStaff(database,
                                            {login,
                                             QString(),
                                             QStringLiteral("Clerk ") + base,
                                             roles,
                                             QStringLiteral("password-123")},
                                            &id);
        !e.ok())
        QTest::qFail(qPrintable(QLatin1String("cannot create ") + login + QLatin1String(": ")
                                + e.toString()),
                     __FILE__,
                     __LINE__);
    if (allServices && !Fixtures::staffServices(database, id))
        QTest::qFail(qPrintable(QLatin1String("no services for ") + login), __FILE__, __LINE__);
    const SignInResult r = ::signIn(profileFor(login),
                                    login,
                                    QStringLiteral("password-123"),
                                    Database::uniqueConnectionName(base));
    // A fixture that cannot sign in fails the test that asked for it, rather than letting it
    // go on with an empty session.
    if (!r.error.ok())
        QTest::qFail(qPrintable(QLatin1String("cannot sign in as ") + login + QLatin1String(": ")
                                + r.error.toString()),
                     __FILE__,
                     __LINE__);
    return r.session;
}

QStringList
TestDatabase::resultRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return {QStringLiteral("error")};
    }
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < q.record().count(); ++c)
            cells << q.value(c).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}
