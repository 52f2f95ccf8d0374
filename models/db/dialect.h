#pragma once

#include <QString>

class QSqlDatabase;

// Every SQL difference between PostgreSQL and SQLite, in one place (the idea of KMyMoney's
// MyMoneyDbDriver). Services write portable SQL and ask the dialect for the parts that differ.
class Dialect
{
public:
    enum class Kind { Sqlite, Postgres };

    explicit Dialect(Kind kind)
        : m_kind(kind)
    {}
    static Dialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    QString name() const; // "sqlite" / "postgresql": the folder of its migrations

    // Row locking for work queues: " FOR UPDATE SKIP LOCKED" on PostgreSQL, nothing on SQLite
    // (a SQLite write transaction already excludes every other writer).
    QString forUpdateSkipLocked() const;
    // Current time as the database stores it.
    QString now() const;
    // An expression adding `hoursParam` (a bound placeholder) hours to the timestamp `expr`.
    QString addHours(const QString &expr, const QString &hoursParam) const;
    // The current time plus `secondsParam` (a bound placeholder, may be fractional).
    QString nowPlusSeconds(const QString &secondsParam) const;
    // "INSERT ... ON CONFLICT (key) DO UPDATE SET" works on both (SQLite >= 3.24); the excluded
    // row:
    QString excluded(const QString &column) const;
    // RETURNING is supported by both (SQLite >= 3.35).
    QString returning(const QString &columns) const;
    // Casts a bound parameter holding a timestamp.
    QString timestampParam(const QString &param) const;
    // Whether this database can LISTEN/NOTIFY (else the UI polls).
    bool hasNotifications() const { return isPostgres(); }
    // Statement sent right after connecting.
    QStringList sessionSetup() const;

private:
    Kind m_kind;
};
