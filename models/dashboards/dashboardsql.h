#pragma once

#include "dashboards/datatable.h"
#include "db/dberror.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

class Dialect;

// What the dashboards' queries share: Asia/Qatar days and weeks in either dialect, the bounds of
// a period as bound values, running a prepared statement into rows, and percentiles from a
// histogram.
namespace DashboardSql {

// A day bound to compare with a rollup's day column (date on PostgreSQL, text on SQLite).
QString dayParam(const Dialect &d);
QVariant day(const QDate &date);
// The Sunday starting the week of a day expression (a rollup's day column or qatarDay()).
QString weekStart(const Dialect &d, const QString &dayExpression);
// Timestamps from the start of `from` to the end of `to`, Qatar time: [start, end).
QVariant periodStart(const QDate &from);
QVariant periodEnd(const QDate &to);
// The day as the rows give it back (QDate on PostgreSQL, text on SQLite).
QDate toDate(const QVariant &value);

// A period as its whole calendar months and the days outside them, for rollups kept both by
// month and by day: the months from `firstMonth` to `lastMonth` (their first days; none when
// firstMonth > lastMonth), the days from `from` to `headEnd` and from `tailStart` to `to` (none
// when the start is after the end). Without a whole month every day is in the head.
struct PeriodParts
{
    QDate firstMonth;
    QDate lastMonth;
    QDate headEnd;
    QDate tailStart;
};
PeriodParts split(const QDate &from, const QDate &to);

DbError select(const QSqlDatabase &db,
               const QString &sql,
               const QVariantList &values,
               QList<QVariantList> *rows);

// The smallest value whose cumulative count reaches the fraction num/den of the total (as
// PostgreSQL's percentile_disc); `histogram` is (value, count) sorted by value. -1 when empty.
qint64 percentile(const QList<QPair<qint64, qint64>> &histogram, int num, int den);

// Appends "name, count, median, 90th percentile" rows to `table`: one for all groups together
// (`allLabel`, when there are rows) and one per group, from rows (group id, name_ar, name_en,
// hours, count) sorted by group and hours.
void appendPercentileRows(const QList<QVariantList> &rows,
                          const QString &allLabel,
                          DataTable *table);

} // namespace DashboardSql
