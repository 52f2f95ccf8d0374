#pragma once

#include "db/dberror.h"
#include "auth/roles.h"

#include <QSqlDatabase>
#include <QString>

// Creating staff accounts: on PostgreSQL a LOGIN role (SCRAM verifier computed here, so the
// clear password never reaches the server) in the group roles, plus its staff row; on SQLite a
// staff row with a PBKDF2 hash. Needs CREATEROLE on PostgreSQL.
namespace StaffAdmin {

struct NewStaff
{
    QString login;
    QString displayNameAr;
    QString displayNameEn;
    Roles roles;
    QString password;
};

bool isValidLogin(const QString &login);
DbError createStaff(QSqlDatabase &db, const NewStaff &staff, qint64 *id = nullptr);
DbError setServices(QSqlDatabase &db, qint64 staffId, const QList<qint64> &serviceIds);

} // namespace StaffAdmin
