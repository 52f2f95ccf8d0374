#include "dashboards/servicesdashboard.h"

#include "common/presenter.h"
#include "dashboards/dashboardsql.h"
#include "dashboards/dashboardtext.h"
#include "db/dialect.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <tuple>

namespace ServicesDashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ServicesDashboard", text);
}

const QString openStates
    = QStringLiteral("('submitted', 'in_review', 'awaiting_applicant', 'escalated')");

QString serviceName(const QVariant &ar, const QVariant &en)
{
    return Presenter::current().isArabic() ? ar.toString() : en.toString();
}

// " AND service_id = ?" when one service is chosen.
QString serviceClause(const DashboardFilters &f, QVariantList *values, const QString &column)
{
    if (f.serviceId <= 0)
        return {};
    values->append(f.serviceId);
    return QStringLiteral(" AND %1 = ?").arg(column);
}

// The sums of `value` by `keys` (integer keys: PostgreSQL then sums in memory, a HashAggregate)
// over a period, from a rollup by month (its whole months) and one by day (the days outside
// them), as one UNION ALL (migration 027): a year of 2 million transactions is some 26 000
// monthly rows of decisions instead of 890 000 daily ones.
DbError periodSums(const QSqlDatabase &db,
                   const DashboardFilters &f,
                   const QStringList &keys,
                   const QString &value,
                   const QString &monthly,
                   const QString &daily,
                   QList<QVariantList> *rows)
{
    const DashboardSql::PeriodParts p = DashboardSql::split(f.from, f.to);
    const QString between
        = QStringLiteral(" BETWEEN %1 AND %1").arg(DashboardSql::dayParam(Dialect::of(db)));
    const QList<std::tuple<QString, QString, QDate, QDate>> parts{
        {monthly, QStringLiteral("r.month"), p.firstMonth, p.lastMonth},
        {daily, QStringLiteral("r.day"), f.from, p.headEnd},
        {daily, QStringLiteral("r.day"), p.tailStart, f.to}};
    QStringList columns;
    for (const QString &k : keys)
        columns << QStringLiteral("r.") + k;
    columns << QStringLiteral("r.") + value;
    QVariantList values;
    QStringList selects;
    for (const auto &[table, column, first, last] : parts) {
        values.append(DashboardSql::day(first));
        values.append(DashboardSql::day(last));
        selects << QStringLiteral("SELECT %1 FROM %2 r WHERE %3%4%5")
                       .arg(columns.join(QStringLiteral(", ")),
                            table,
                            column,
                            between,
                            serviceClause(f, &values, QStringLiteral("r.service_id")));
    }
    const QString grouped = keys.join(QStringLiteral(", "));
    return DashboardSql::select(
        db,
        QStringLiteral("SELECT %1, sum(%2) FROM (%3) p GROUP BY %1")
            .arg(grouped, value, selects.join(QStringLiteral(" UNION ALL "))),
        values,
        rows);
}

// id -> [id, name_ar, name_en]: the rollups are summed by integer keys alone (PostgreSQL then
// sums them in memory instead of grouping by the names), the names put on here.
DbError serviceNames(const QSqlDatabase &db, QMap<qint64, QVariantList> *out)
{
    QList<QVariantList> rows;
    if (DbError e = DashboardSql::select(
            db, QStringLiteral("SELECT id, name_ar, name_en FROM services"), {}, &rows);
        !e.ok())
        return e;
    for (const QVariantList &r : std::as_const(rows))
        out->insert(r.at(0).toLongLong(), r);
    return {};
}

DbError volume(const QSqlDatabase &db, const DashboardFilters &f, Result *out)
{
    // One pass over the period's rows (whole months by month, the other days from
    // service_rollup): per service and municipality, summed both ways here.
    QList<QVariantList> rows;
    if (DbError e = periodSums(db,
                               f,
                               {QStringLiteral("service_id"), QStringLiteral("municipality")},
                               QStringLiteral("transactions"),
                               QStringLiteral("service_month_rollup"),
                               QStringLiteral("service_rollup"),
                               &rows);
        !e.ok())
        return e;
    QMap<qint64, QVariantList> names;
    if (DbError e = serviceNames(db, &names); !e.ok())
        return e;
    QMap<qint64, QPair<QString, qint64>> byService;
    QMap<QString, qint64> byPlace;
    for (const QVariantList &r : std::as_const(rows)) {
        const qint64 id = r.at(0).toLongLong();
        auto &entry = byService[id];
        entry.first = serviceName(names.value(id).value(1), names.value(id).value(2));
        entry.second += r.at(2).toLongLong();
        byPlace[r.at(1).toString()] += r.at(2).toLongLong();
    }
    QList<qint64> order = byService.keys(); // most first, then by id
    std::stable_sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        return byService.value(a).second > byService.value(b).second;
    });
    out->byService = {QStringLiteral("services-volume"),
                      tr("Transactions by service"),
                      tr("Transactions submitted in the period, per service, most first."),
                      {tr("Service"), tr("Transactions")}};
    for (qint64 id : std::as_const(order))
        out->byService.rows.append({byService.value(id).first, byService.value(id).second});
    out->byMunicipality
        = {QStringLiteral("services-municipality"),
           tr("Transactions by municipality"),
           tr("Transactions submitted in the period, by the applicant's "
              "municipality."),
           {DashboardText::segmentName(QStringLiteral("municipality")), tr("Transactions")}};
    QStringList places = DashboardText::segmentValues(QStringLiteral("municipality"));
    places << QStringLiteral("unknown");
    for (const QString &place : std::as_const(places)) {
        if (byPlace.contains(place) || place != QLatin1String("unknown"))
            out->byMunicipality.rows.append(
                {DashboardText::municipality(place), byPlace.value(place)});
    }
    return {};
}

// The open ones today (backlog) and, with the period's decisions on time and late, the SLA.
DbError backlogAndSla(const QSqlDatabase &db,
                      const DashboardFilters &f,
                      const QDate &today,
                      qint64 onTime,
                      qint64 late,
                      Result *out)
{
    QVariantList values;
    const QString service = serviceClause(f, &values, QStringLiteral("r.service_id"));
    QList<QVariantList> rows;
    // The open ones now, whatever the period: by the day submitted, state and due day.
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT r.day, r.state, r.due_day, sum(r.transactions) FROM "
                           "service_rollup r WHERE r.state IN %1%2 GROUP BY r.day, r.state, "
                           "r.due_day")
                .arg(openStates, service),
            values,
            &rows);
        !e.ok())
        return e;
    const QStringList ageNames = DashboardText::ageBuckets();
    QList<qint64> ages(ageNames.size(), 0);
    qint64 paused = 0;
    qint64 openLate = 0;
    qint64 openOnTrack = 0;
    for (const QVariantList &r : std::as_const(rows)) {
        const qint64 age = DashboardSql::toDate(r.at(0)).daysTo(today);
        const qint64 n = r.at(3).toLongLong();
        ages[DashboardText::ageBucket(age)] += n;
        if (r.at(1).toString() == QLatin1String("awaiting_applicant"))
            paused += n;
        else if (DashboardSql::toDate(r.at(2)) < today)
            openLate += n;
        else
            openOnTrack += n;
    }
    out->backlog = {QStringLiteral("services-backlog"),
                    tr("Backlog by age"),
                    tr("Open transactions today, by the days since they were submitted."),
                    {tr("Age"), tr("Open transactions")}};
    for (int i = 0; i < ageNames.size(); ++i)
        out->backlog.rows.append({ageNames.at(i), ages.at(i)});

    const qint64 total = onTime + late + openOnTrack + openLate + paused;
    out->sla = {QStringLiteral("services-sla"),
                tr("SLA compliance"),
                tr("Decisions in the period on time and late; open transactions today on "
                   "track, late, and paused while the applicant is asked for documents."),
                {tr("Compliance"), tr("Transactions"), tr("Share")}};
    out->sla.percentColumns = {2};
    const QList<QPair<QString, qint64>> classes{{tr("Decided on time"), onTime},
                                                {tr("Decided late"), late},
                                                {tr("Open, on track"), openOnTrack},
                                                {tr("Open, late"), openLate},
                                                {tr("Paused (awaiting the applicant)"), paused}};
    for (const auto &c : classes)
        out->sla.rows.append(
            {c.first, c.second, total > 0 ? double(c.second) / double(total) : 0.0});
    return {};
}

// The period's decisions, in one pass: hours to decision per service (median, 90th percentile)
// and how many were on time or late (for the SLA).
DbError timeToDecision(
    const QSqlDatabase &db, const DashboardFilters &f, Result *out, qint64 *onTime, qint64 *late)
{
    // The hour histograms without municipality or outcome (no filter of the dashboard needs
    // them): whole months by month, the other days by day. Integer keys only (grouped with the
    // names and ordered, PostgreSQL sorted the 900 000 daily rows of 2 million transactions on
    // disk).
    QList<QVariantList> sums;
    if (DbError e = periodSums(
            db,
            f,
            {QStringLiteral("service_id"), QStringLiteral("hours"), QStringLiteral("on_time")},
            QStringLiteral("decisions"),
            QStringLiteral("service_decision_month_rollup"),
            QStringLiteral("service_decision_day_rollup"),
            &sums);
        !e.ok())
        return e;
    QMap<qint64, QVariantList> nameOf;
    if (DbError e = serviceNames(db, &nameOf); !e.ok())
        return e;
    std::sort(sums.begin(), sums.end(), [](const QVariantList &a, const QVariantList &b) {
        return std::pair(a.at(0).toLongLong(), a.at(1).toLongLong())
               < std::pair(b.at(0).toLongLong(), b.at(1).toLongLong());
    });
    // (An hour may come twice, on time and late: the percentiles add up the bins in order.)
    QList<QVariantList> rows;
    for (const QVariantList &r : std::as_const(sums)) {
        const QVariantList name = nameOf.value(r.at(0).toLongLong());
        rows.append({r.at(0), name.value(1), name.value(2), r.at(1), r.at(3)});
        (r.at(2).toBool() ? *onTime : *late) += r.at(3).toLongLong();
    }
    out->timeToDecision
        = {QStringLiteral("services-time"),
           tr("Time to decision"),
           tr("Hours from submission to decision, for the decisions of the "
              "period: median and 90th percentile, to the whole hour."),
           {tr("Service"), tr("Decisions"), tr("Median (hours)"), tr("90th percentile (hours)")}};
    DashboardSql::appendPercentileRows(rows, tr("All services"), &out->timeToDecision);
    return {};
}

DbError clerks(const QSqlDatabase &db, const DashboardFilters &f, Result *out)
{
    const Dialect d = Dialect::of(db);
    QList<QVariantList> rows;
    const QVariant service = f.serviceId > 0 ? QVariant(f.serviceId) : QVariant();
    DbError e;
    if (d.isPostgres()) {
        e = DashboardSql::select(
            db,
            QStringLiteral("SELECT clerk_id, clerk_name_ar, clerk_name_en, decided, "
                           "decided_on_time FROM diwan.clerk_throughput(CAST(? AS date), "
                           "CAST(? AS date), CAST(? AS bigint))"),
            {DashboardSql::day(f.from), DashboardSql::day(f.to), service},
            &rows);
    } else {
        QVariantList values{DashboardSql::day(f.from), DashboardSql::day(f.to)};
        const QString clause = serviceClause(f, &values, QStringLiteral("r.service_id"));
        e = DashboardSql::select(
            db,
            QStringLiteral("SELECT r.staff_id, coalesce(s.display_name_ar, ''), "
                           "coalesce(s.display_name_en, ''), sum(r.decisions), "
                           "sum(CASE WHEN r.on_time THEN r.decisions ELSE 0 END) "
                           "FROM clerk_rollup r LEFT JOIN staff s ON s.id = r.staff_id "
                           "WHERE r.day BETWEEN ? AND ?%1 "
                           "GROUP BY r.staff_id, s.display_name_ar, s.display_name_en "
                           "ORDER BY 4 DESC, 1")
                .arg(clause),
            values,
            &rows);
    }
    if (!e.ok())
        return e;
    for (const QVariantList &r : std::as_const(rows)) {
        const qint64 n = r.at(3).toLongLong();
        const qint64 ok = r.at(4).toLongLong();
        QString name = serviceName(r.at(1), r.at(2));
        if (r.at(0).toLongLong() == 0)
            name = tr("Nobody (unassigned)");
        out->clerks.rows.append({name, n, ok, n > 0 ? double(ok) / double(n) : 0.0});
    }
    return {};
}

} // namespace

DbError services(const QSqlDatabase &db, QList<ServiceChoice> *out)
{
    QList<QVariantList> rows;
    if (DbError e = DashboardSql::select(
            db, QStringLiteral("SELECT id, name_ar, name_en FROM services ORDER BY id"), {}, &rows);
        !e.ok())
        return e;
    for (const QVariantList &r : std::as_const(rows))
        out->append({r.at(0).toLongLong(), serviceName(r.at(1), r.at(2))});
    return {};
}

DbError load(const QSqlDatabase &db,
             const DashboardFilters &filters,
             const QDate &today,
             bool manager,
             Result *out)
{
    *out = {};
    out->clerks = {QStringLiteral("services-clerks"),
                   tr("Throughput per clerk"),
                   tr("Decisions in the period per clerk, and how many were on time (managers "
                      "only)."),
                   {tr("Clerk"), tr("Decisions"), tr("On time"), tr("Share on time")}};
    out->clerks.percentColumns = {3};
    if (DbError e = volume(db, filters, out); !e.ok())
        return e;
    qint64 onTime = 0;
    qint64 late = 0;
    if (DbError e = timeToDecision(db, filters, out, &onTime, &late); !e.ok())
        return e;
    if (DbError e = backlogAndSla(db, filters, today, onTime, late, out); !e.ok())
        return e;
    if (manager) {
        if (DbError e = clerks(db, filters, out); !e.ok())
            return e;
    }
    return {};
}

} // namespace ServicesDashboard
