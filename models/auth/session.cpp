#include "auth/session.h"

#include "auth/passwordhash.h"
#include "db/database.h"
#include "db/migrator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The staff account of a login in a Diwan group. The database refuses every action of a group
// member with no active staff account; they are told so here instead of getting a main window
// in which nothing works (an LDAP or Kerberos login added to a group before an administrator
// set it up, or an account that was deactivated).
DbError loadStaff(QSqlDatabase &db, Session &s)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT id, display_name_ar, display_name_en, active FROM staff WHERE login = ?"));
    if (DbError e = Database::exec(q, {s.login}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotSetUp, s.login);
    if (!q.value(3).toBool())
        return DbError::make(DbError::Kind::Deactivated, s.login);
    s.staffId = q.value(0).toLongLong();
    s.displayNameAr = q.value(1).toString();
    s.displayNameEn = q.value(2).toString();
    return {};
}

SignInResult signInSqlite(const ConnectionProfile &profile,
                          const QString &login,
                          const QString &password,
                          const QString &connectionName)
{
    SignInResult r;
    if (!QFileInfo::exists(profile.path)) {
        r.error = DbError::make(DbError::Kind::NotFound, profile.path);
        return r;
    }
    r.error = Database::open(profile, {}, connectionName);
    if (!r.error.ok())
        return r;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    if (r.error = Migrator(db).checkCompatible(); !r.error.ok())
        return r;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT id, display_name_ar, display_name_en, roles, password_hash, active "
                       "FROM staff WHERE login = ?"));
    if (r.error = Database::exec(q, {login}); !r.error.ok())
        return r;
    // Verify even when the login is unknown, so that timing does not tell the two apart.
    static const QString dummy
        = PasswordHash::hash(QStringLiteral("-"), PasswordHash::defaultIterations);
    const bool found = q.next();
    const bool ok = PasswordHash::verify(password, found ? q.value(4).toString() : dummy) && found;
    if (!ok) {
        r.error = DbError::make(DbError::Kind::WrongPassword);
        return r;
    }
    Session &s = r.session;
    s.staffId = q.value(0).toLongLong();
    s.displayNameAr = q.value(1).toString();
    s.displayNameEn = q.value(2).toString();
    s.roles = RoleNames::parse(q.value(3).toString());
    if (!q.value(5).toBool()) {
        r.error = DbError::make(DbError::Kind::Deactivated);
        return r;
    }
    if (!s.roles) {
        r.error = DbError::make(DbError::Kind::MissingRole);
        return r;
    }
    q.finish();
    // Who is signed in, for the audit triggers.
    q.prepare(QStringLiteral("INSERT INTO app_session (id, login) VALUES (1, ?) "
                             "ON CONFLICT (id) DO UPDATE SET login = excluded.login"));
    r.error = Database::exec(q, {login});
    return r;
}

SignInResult signInPostgres(const ConnectionProfile &profile,
                            const QString &login,
                            const QString &password,
                            const QString &connectionName)
{
    SignInResult r;
    ConnectionProfile p = profile;
    p.user = login;
    r.error = Database::open(p, password, connectionName);
    if (!r.error.ok())
        return r;
    QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("SELECT r.rolname FROM pg_catalog.pg_roles r "
                           "WHERE r.rolname IN ('diwan_clerk', 'diwan_moderator', 'diwan_editor', "
                           "'diwan_manager', 'diwan_admin') "
                           "AND pg_catalog.pg_has_role(session_user, r.oid, 'MEMBER')"))) {
        r.error = DbError::fromSql(q.lastError());
        return r;
    }
    Session &s = r.session;
    while (q.next())
        s.roles |= RoleNames::parse(q.value(0).toString());
    if (!s.roles) {
        r.error = DbError::make(DbError::Kind::MissingRole, login);
        return r;
    }
    if (r.error = Migrator(db).checkCompatible(); !r.error.ok())
        return r;
    s.login = login;
    r.error = loadStaff(db, s);
    return r;
}

} // namespace

SignInResult signIn(const ConnectionProfile &profile,
                    const QString &login,
                    const QString &password,
                    const QString &connectionName)
{
    SignInResult r = profile.isPostgres() ? signInPostgres(profile, login, password, connectionName)
                                          : signInSqlite(profile, login, password, connectionName);
    if (!r.error.ok()) {
        Database::close(connectionName);
        r.session = {};
        return r;
    }
    r.session.profile = profile;
    r.session.connectionName = connectionName;
    r.session.login = login;
    r.session.schemaVersion
        = Migrator(QSqlDatabase::database(connectionName, false)).latestVersion();
    return r;
}

DbError openReadReplica(Session &session, const ConnectionProfile &replica, const QString &password)
{
    session.readReplicaRequested = true;
    session.readConnectionName.clear();
    if (!session.profile.isPostgres() || !replica.isPostgres())
        return DbError::said(DbError::Kind::BadUrl,
                             QCoreApplication::translate(
                                 "Session",
                                 "A read replica needs PostgreSQL, for the central database and "
                                 "for the replica."));
    const QString name = session.connectionName + QStringLiteral("-read");
    ConnectionProfile p = replica;
    p.user = session.login;
    if (DbError e = Database::open(p, password, name); !e.ok()) {
        Database::close(name);
        return e;
    }
    DbError e;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT pg_catalog.pg_is_in_recovery()")) || !q.next())
            e = DbError::fromSql(q.lastError());
        else if (!q.value(0).toBool())
            e = DbError::said(DbError::Kind::Invalid,
                              QCoreApplication::translate(
                                  "Session",
                                  "The read replica's address leads to a server that accepts "
                                  "writes, not to a standby."));
        q.finish();
        if (e.ok())
            e = Migrator(db).checkCompatible();
    }
    if (!e.ok()) {
        Database::close(name);
        return e;
    }
    session.readConnectionName = name;
    session.readProfile = replica;
    return {};
}
