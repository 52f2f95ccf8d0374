#pragma once

#include "db/dberror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class Dialect;

// The dashboards' rollup tables (transactions by service, decisions, per clerk; poll answers and
// participation when migration 016 is there), each with the GROUP BY over the raw rows it must
// equal: `diwan-admin rollup` rebuilds them from it, `--check` compares them with it, and the
// seeder fills them with it. The triggers of migration 019 use the same expressions.
namespace Rollups {

struct Table
{
    QString name;
    QStringList keys; // the grouping columns, in order
    QString value;    // the counted column
    QString groupBy;  // SELECT <keys>, <count> FROM the raw rows GROUP BY <keys>
    QString fill;     // the same rows from a rollup rebuilt before it, if cheaper (else groupBy)
};

// The Asia/Qatar day of a timestamp column, in the dialect (text YYYY-MM-DD on SQLite).
QString qatarDay(const Dialect &d, const QString &column);
// Whole hours from submitted_at to decided_at (or between the two columns given), capped at 2000.
QString decisionHours(const Dialect &d,
                      const QString &from = QStringLiteral("submitted_at"),
                      const QString &to = QStringLiteral("decided_at"));
// The first day of the Asia/Qatar month of a timestamp column, or of a day column when
// `timestamp` is false (text YYYY-MM-01 on SQLite).
QString qatarMonth(const Dialect &d, const QString &column, bool timestamp = true);
// decided_at <= due_at (1/0 on SQLite).
QString onTime(const Dialect &d);

// Every rollup present in the database.
QList<Table> tables(const QSqlDatabase &db);

// Rebuilds them all from scratch in one transaction (writers to the raw tables wait on
// PostgreSQL); `log` gets a line per table.
DbError rebuild(QSqlDatabase &db, QStringList *log = nullptr);
// The rebuild statements alone (of the tables named, or all), for a caller that runs them in its
// own transaction (the seeder, which fills the poll rollups itself).
QStringList rebuildStatements(const QSqlDatabase &db, const QStringList &only = {});
// The rollups of migrations 019 and 027 (services).
QStringList serviceTables();
// The poll rollups by one demographic at a time (migration 024), filled from poll_rollup and
// poll_participation: the Opinion dashboard reads them.
QStringList segmentTables();
// The segments of those, as stored in their `segment` column ('all': every respondent, value '').
QStringList segments();

struct Difference
{
    QString table;
    QString key;       // "column=value, ..." of the row
    qint64 rollup = 0; // what the rollup holds (0 when it lacks the row)
    qint64 raw = 0;    // what the GROUP BY gives (0 when it has no such row)
};

// Compares every rollup with its GROUP BY; the differences, at most `limit` per table.
DbError check(QSqlDatabase &db, QList<Difference> *differences, int limit = 50);
// The same as lines "table key: rollup vs raw" (empty when every rollup equals its GROUP BY, the
// error's text when the comparison failed), for tests to compare with an empty string.
QString differencesText(QSqlDatabase &db);

} // namespace Rollups
