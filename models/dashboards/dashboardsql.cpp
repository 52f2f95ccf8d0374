#include "dashboards/dashboardsql.h"

#include "common/presenter.h"
#include "db/database.h"
#include "db/dialect.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimeZone>

namespace DashboardSql {

QString dayParam(const Dialect &d)
{
    return d.isPostgres() ? QStringLiteral("CAST(? AS date)") : QStringLiteral("?");
}

QVariant day(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString weekStart(const Dialect &d, const QString &dayExpression)
{
    if (d.isPostgres())
        return QStringLiteral("(%1 - CAST(extract(dow FROM %1) AS integer))").arg(dayExpression);
    return QStringLiteral("date(%1, '-6 days', 'weekday 0')").arg(dayExpression);
}

static const QTimeZone &qatar()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Qatar"));
    return zone;
}

QVariant periodStart(const QDate &from)
{
    return Database::fromDateTime(QDateTime(from, QTime(0, 0), qatar()).toUTC());
}

QVariant periodEnd(const QDate &to)
{
    return Database::fromDateTime(QDateTime(to.addDays(1), QTime(0, 0), qatar()).toUTC());
}

QDate toDate(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QDate)
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

PeriodParts split(const QDate &from, const QDate &to)
{
    const QDate firstMonth
        = from.day() == 1 ? from : QDate(from.year(), from.month(), 1).addMonths(1);
    const QDate lastWholeDay
        = to.day() == to.daysInMonth() ? to : QDate(to.year(), to.month(), 1).addDays(-1);
    const QDate lastMonth(lastWholeDay.year(), lastWholeDay.month(), 1);
    if (firstMonth > lastMonth) // no whole month: every day from the daily rows
        return {firstMonth, lastMonth, to, to.addDays(1)};
    return {firstMonth, lastMonth, firstMonth.addDays(-1), lastWholeDay.addDays(1)};
}

DbError select(const QSqlDatabase &db,
               const QString &sql,
               const QVariantList &values,
               QList<QVariantList> *rows)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return DbError::fromSql(q.lastError());
    if (DbError e = Database::exec(q, values); !e.ok())
        return e;
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        rows->append(row);
    }
    return {};
}

qint64 percentile(const QList<QPair<qint64, qint64>> &histogram, int num, int den)
{
    qint64 total = 0;
    for (const auto &bin : histogram)
        total += bin.second;
    if (total <= 0)
        return -1;
    qint64 cumulative = 0;
    for (const auto &bin : histogram) {
        cumulative += bin.second;
        if (cumulative * den >= total * num)
            return bin.first;
    }
    return histogram.last().first;
}

void appendPercentileRows(const QList<QVariantList> &rows,
                          const QString &allLabel,
                          DataTable *table)
{
    const bool arabic = Presenter::current().isArabic();
    QList<qint64> order;
    QMap<qint64, QString> names;
    QMap<qint64, QList<QPair<qint64, qint64>>> perGroup;
    QMap<qint64, qint64> overall;
    for (const QVariantList &r : rows) {
        const qint64 id = r.at(0).toLongLong();
        if (!names.contains(id))
            order << id;
        names[id] = (arabic ? r.at(1) : r.at(2)).toString();
        perGroup[id].append({r.at(3).toLongLong(), r.at(4).toLongLong()});
        overall[r.at(3).toLongLong()] += r.at(4).toLongLong();
    }
    const auto addRow = [table](const QString &name, const QList<QPair<qint64, qint64>> &h) {
        qint64 n = 0;
        for (const auto &bin : h)
            n += bin.second;
        table->rows.append({name, n, percentile(h, 1, 2), percentile(h, 9, 10)});
    };
    QList<QPair<qint64, qint64>> all;
    for (auto it = overall.cbegin(); it != overall.cend(); ++it)
        all.append({it.key(), it.value()});
    if (!all.isEmpty())
        addRow(allLabel, all);
    for (qint64 id : std::as_const(order))
        addRow(names.value(id), perGroup.value(id));
}

} // namespace DashboardSql
