#include "db/dialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QStringList>

Dialect Dialect::of(const QSqlDatabase &db)
{
    return Dialect(db.driverName() == QLatin1String("QPSQL") ? Kind::Postgres : Kind::Sqlite);
}

QString Dialect::name() const
{
    return isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

QString Dialect::forUpdateSkipLocked() const
{
    return isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
}

QString Dialect::now() const
{
    return isPostgres() ? QStringLiteral("now()")
                        : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

QString Dialect::addHours(const QString &expr, const QString &hoursParam) const
{
    if (isPostgres())
        return QStringLiteral("(%1 + make_interval(hours => %2))").arg(expr, hoursParam);
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', %1, (%2) || ' hours')")
        .arg(expr, hoursParam);
}

QString Dialect::nowPlusSeconds(const QString &secondsParam) const
{
    if (isPostgres())
        return QStringLiteral("(now() + make_interval(secs => %1))").arg(secondsParam);
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now', (%1) || ' seconds')")
        .arg(secondsParam);
}

QString Dialect::excluded(const QString &column) const
{
    return QStringLiteral("excluded.") + column;
}

QString Dialect::returning(const QString &columns) const
{
    return QStringLiteral(" RETURNING ") + columns;
}

QString Dialect::timestampParam(const QString &param) const
{
    return isPostgres() ? QStringLiteral("CAST(%1 AS timestamptz)").arg(param) : param;
}

QStringList Dialect::sessionSetup() const
{
    if (isPostgres())
        return {QStringLiteral("SET search_path = diwan, public, pg_catalog"),
                QStringLiteral("SET TIME ZONE 'UTC'")};
    return {QStringLiteral("PRAGMA foreign_keys = ON"),
            QStringLiteral("PRAGMA journal_mode = WAL"),
            QStringLiteral("PRAGMA synchronous = NORMAL")};
}
