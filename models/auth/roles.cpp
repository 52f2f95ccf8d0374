#include "auth/roles.h"

#include <QCoreApplication>

namespace RoleNames {

const QList<Role> &all()
{
    static const QList<Role> roles{
        Role::Clerk, Role::Moderator, Role::Editor, Role::Manager, Role::Admin};
    return roles;
}

QString key(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QStringLiteral("clerk");
    case Role::Moderator:
        return QStringLiteral("moderator");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString groupRole(Role role)
{
    return QStringLiteral("diwan_") + key(role);
}

QString displayName(Role role)
{
    switch (role) {
    case Role::Clerk:
        return QCoreApplication::translate("Role", "Clerk");
    case Role::Moderator:
        return QCoreApplication::translate("Role", "Moderator");
    case Role::Editor:
        return QCoreApplication::translate("Role", "Editor");
    case Role::Manager:
        return QCoreApplication::translate("Role", "Manager");
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    }
    return {};
}

Roles parse(const QString &commaSeparated, QString *unknown)
{
    Roles roles;
    for (const QString &part : commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString word = part.trimmed().toLower();
        bool found = false;
        for (Role r : all()) {
            if (word == key(r) || word == groupRole(r)) {
                roles |= r;
                found = true;
            }
        }
        if (!found && unknown && unknown->isEmpty())
            *unknown = word;
    }
    return roles;
}

QStringList keys(Roles roles)
{
    QStringList out;
    for (Role r : all()) {
        if (roles.testFlag(r))
            out << key(r);
    }
    return out;
}

QString displayNames(Roles roles)
{
    QStringList out;
    for (Role r : all()) {
        if (roles.testFlag(r))
            out << displayName(r);
    }
    return out.join(QCoreApplication::translate("Role", ", "));
}

} // namespace RoleNames
