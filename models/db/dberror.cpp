#include "db/dberror.h"

#include <QCoreApplication>
#include <QSqlError>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("DbError", text);
}
} // namespace

DbError DbError::fromSql(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return {};
    const QString code = error.nativeErrorCode();
    const QString text = error.text();
    const QString lower = text.toLower();
    DbError e{Kind::Other, text, code, {}};
    if (code == QLatin1String("28P01")
        || lower.contains(QLatin1String("password authentication failed"))
        || lower.contains(QLatin1String("no password supplied")))
        e.kind = Kind::WrongPassword;
    else if (code == QLatin1String("28000")
             || (lower.contains(QLatin1String("does not exist"))
                 && lower.contains(QLatin1String("role"))))
        e.kind
            = Kind::WrongPassword; // an unknown user must not be told apart from a wrong password
    else if (lower.contains(QLatin1String("ssl")) || lower.contains(QLatin1String("certificate")))
        e.kind = Kind::Tls;
    else if (lower.contains(QLatin1String("timeout expired"))
             || lower.contains(QLatin1String("timed out")))
        e.kind = Kind::Timeout;
    else if (code == QLatin1String("57P01") || code == QLatin1String("57P02")
             || code == QLatin1String("57P03")
             || lower.contains(QLatin1String("server closed the connection"))
             || lower.contains(QLatin1String("no connection to the server"))
             || lower.contains(QLatin1String("terminating connection")))
        e.kind = Kind::ConnectionLost;
    else if (lower.contains(QLatin1String("could not connect"))
             || lower.contains(QLatin1String("connection refused"))
             || lower.contains(QLatin1String("could not translate host name"))
             || lower.contains(QLatin1String("connection to server")))
        e.kind = Kind::Unreachable;
    // The diwan.* functions and triggers refuse a login that is no active member of staff with
    // these words (resources/sql/postgresql/012_write_functions.sql).
    else if (code == QLatin1String("42501")
             && lower.contains(QLatin1String("is not set up in diwan")))
        e.kind = Kind::NotSetUp;
    else if (code == QLatin1String("42501") && lower.contains(QLatin1String("is deactivated")))
        e.kind = Kind::Deactivated;
    else if (code == QLatin1String("42501") || lower.contains(QLatin1String("permission denied"))
             || lower.contains(QLatin1String("row-level security")))
        e.kind = Kind::Forbidden;
    else if (code.startsWith(QLatin1String("23"))
             || lower.contains(QLatin1String("constraint failed"))
             || lower.contains(QLatin1String("illegal transaction state")))
        e.kind = Kind::Invalid;
    else if (code == QLatin1String("P0002")) // no_data_found, raised by the diwan.* functions
        e.kind = Kind::NotFound;
    else if (code == QLatin1String("40001") || code == QLatin1String("40P01")
             || lower.contains(QLatin1String("database is locked")))
        e.kind = Kind::Conflict;
    return e;
}

QString DbError::userMessage() const
{
    if (!message.isEmpty() && kind != Kind::None)
        return message;
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::WrongPassword:
        return tr("The user name or password is not correct. Check them and try again.");
    case Kind::Unreachable:
        return tr("The database server cannot be reached. Check the address and your network, then "
                  "try again.");
    case Kind::Timeout:
        return tr("The database server did not answer in time. Try again in a moment.");
    case Kind::Tls:
        return tr("A secure (TLS) connection to the server could not be established: its "
                  "certificate was not accepted.");
    case Kind::MissingRole:
        return tr("Your account exists but has no Diwan role. Ask the system administrator to "
                  "grant you one.");
    case Kind::SchemaTooNew:
        return tr("This database was upgraded by a newer version of Diwan. Install the newer "
                  "version to use it.");
    case Kind::SchemaTooOld:
        return tr("This database needs an upgrade before this version of Diwan can use it. Ask the "
                  "system administrator to run the migration.");
    case Kind::NoSchema:
        return tr("This database has not been prepared for Diwan. Ask the system administrator to "
                  "run the migration.");
    case Kind::DriverMissing:
        return tr("The database driver is not installed on this computer.");
    case Kind::BadUrl:
        return tr("The database address is not valid.");
    case Kind::Conflict:
        return tr("Someone else changed this record at the same time. Reload it and try again; "
                  "nothing was saved.");
    case Kind::Forbidden:
        return tr("You are not allowed to do this. Nothing was changed.");
    case Kind::Invalid:
        return tr(
            "The database refused the change because the data is not valid. Nothing was changed.");
    case Kind::NotFound:
        return tr("The record no longer exists.");
    case Kind::ConnectionLost:
        return tr("The connection to the database was lost. Diwan is reconnecting; your unsaved "
                  "work is kept.");
    case Kind::NotSetUp:
        return tr("Your account is not set up in Diwan: it can reach the database but has no staff "
                  "account. Ask the system administrator to add you as a member of staff.");
    case Kind::Deactivated:
        return tr("Your Diwan account has been deactivated. Ask the system administrator if you "
                  "still need access.");
    case Kind::Other:
        break;
    }
    return tr("The database reported an error. Nothing was changed.");
}

QString DbError::toString() const
{
    if (ok())
        return {};
    QString s = userMessage();
    if (!detail.isEmpty())
        s += QLatin1String(" (") + detail.trimmed() + QLatin1Char(')');
    return s;
}
