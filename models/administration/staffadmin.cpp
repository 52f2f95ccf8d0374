#include "administration/staffadmin.h"

#include "db/database.h"
#include "db/dialect.h"
#include "auth/passwordhash.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace StaffAdmin {

bool isValidLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    return pattern.match(login).hasMatch() && !login.startsWith(QLatin1String("diwan_"))
           && !login.startsWith(QLatin1String("pg_")) && login != QLatin1String("postgres")
           && login != QLatin1String("public");
}

DbError createStaff(QSqlDatabase &db, const NewStaff &staff, qint64 *id)
{
    if (!isValidLogin(staff.login))
        return DbError::make(
            DbError::Kind::Invalid,
            QStringLiteral("login must be lower-case letters, digits, '_', '.' or '-'"));
    if (!staff.roles)
        return DbError::make(DbError::Kind::Invalid, QStringLiteral("at least one role is needed"));
    if (staff.password.size() < 8)
        return DbError::make(DbError::Kind::Invalid,
                             QStringLiteral("the password needs at least 8 characters"));
    const QString nameAr = staff.displayNameAr.isEmpty() ? staff.login : staff.displayNameAr;
    const QString nameEn = staff.displayNameEn.isEmpty() ? staff.login : staff.displayNameEn;
    const bool pg = Dialect::of(db).isPostgres();
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        if (pg) {
            // Identifiers cannot be bound; the login was validated above, the verifier is base64.
            const QString quoted = QLatin1Char('"') + staff.login + QLatin1Char('"');
            const QString verifier = PasswordHash::scramVerifier(staff.password);
            QStringList statements{
                QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(quoted, verifier)};
            for (const QString &group : RoleNames::keys(staff.roles))
                statements << QStringLiteral("GRANT diwan_%1 TO %2").arg(group, quoted);
            if (DbError e = Database::execBatch(db, statements); !e.ok())
                return e;
            q.prepare(QStringLiteral("INSERT INTO staff (login, display_name_ar, display_name_en) "
                                     "VALUES (?, ?, ?) RETURNING id"));
            if (DbError e = Database::exec(q, {staff.login, nameAr, nameEn}); !e.ok())
                return e;
        } else {
            q.prepare(
                QStringLiteral("INSERT INTO staff (login, display_name_ar, display_name_en, roles, "
                               "password_hash) VALUES (?, ?, ?, ?, ?) RETURNING id"));
            const QString roles = RoleNames::keys(staff.roles).join(QLatin1Char(','));
            if (DbError e = Database::exec(
                    q, {staff.login, nameAr, nameEn, roles, PasswordHash::hash(staff.password)});
                !e.ok())
                return e;
        }
        if (q.next() && id)
            *id = q.value(0).toLongLong();
        return {};
    });
}

DbError setServices(QSqlDatabase &db, qint64 staffId, const QList<qint64> &serviceIds)
{
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM staff_services WHERE staff_id = ?"));
        if (DbError e = Database::exec(q, {staffId}); !e.ok())
            return e;
        q.prepare(
            QStringLiteral("INSERT INTO staff_services (staff_id, service_id) VALUES (?, ?)"));
        for (qint64 service : serviceIds) {
            if (DbError e = Database::exec(q, {staffId, service}); !e.ok())
                return e;
        }
        return {};
    });
}

} // namespace StaffAdmin
