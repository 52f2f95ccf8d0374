#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

// The staff roles. On PostgreSQL each is a group role diwan_<name>; on SQLite a word in
// staff.roles.
enum class Role : unsigned {
    Clerk = 0x01,
    Moderator = 0x02,
    Editor = 0x04,
    Manager = 0x08,
    Admin = 0x10,
};
Q_DECLARE_FLAGS(Roles, Role)
Q_DECLARE_OPERATORS_FOR_FLAGS(Roles)

namespace RoleNames {
const QList<Role> &all();
QString key(Role role);         // "clerk"
QString groupRole(Role role);   // "diwan_clerk"
QString displayName(Role role); // translated: "Clerk" / "موظف المعاملات"
Roles parse(const QString &commaSeparated, QString *unknown = nullptr);
QStringList keys(Roles roles);
QString displayNames(Roles roles); // translated, comma separated
} // namespace RoleNames
