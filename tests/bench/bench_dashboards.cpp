// diwan-bench operations of the dashboards: opening the Opinion dashboard of the busiest poll
// with a segment breakdown, opening the Services dashboard, and the XLSX export's peak memory.
// Each checks its figures against the naive GROUP BY over the raw rows, which it also times.
#include "benchsupport.h"

#include "dashboards/dashboardsql.h"
#include "dashboards/opiniondashboard.h"
#include "dashboards/rollups.h"
#include "dashboards/servicesdashboard.h"
#include "dashboards/tableexport.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>

namespace {

using Bench::Context;

// The whole span the rollups cover, so that every row counts.
DashboardFilters everything(Context &c, const QString &table)
{
    DashboardFilters f = DashboardFilters::defaults(QDate(2026, 11, 30));
    const QList<QVariantList> span
        = c.rowsOf(QStringLiteral("SELECT min(day), max(day) FROM %1").arg(table));
    if (!span.isEmpty() && span.first().value(0).isValid()) {
        f.from = DashboardSql::toDate(span.first().value(0));
        f.to = DashboardSql::toDate(span.first().value(1));
    }
    return f;
}

const Bench::Registration dashboardOpen(QStringLiteral("dashboard_open"), [](Context &c) {
    Bench::Result r;
    r.name = QStringLiteral("dashboard_open");
    const QList<QVariantList> busiest = c.rowsOf(QStringLiteral(
        "SELECT poll_id, sum(responses) FROM poll_participation GROUP BY poll_id ORDER BY 2 DESC "
        "LIMIT 1"));
    if (busiest.isEmpty()) {
        r.note = QStringLiteral("no poll with responses");
        c.results << r;
        return;
    }
    DashboardFilters f = everything(c, QStringLiteral("poll_participation"));
    f.pollId = busiest.first().value(0).toLongLong();
    f.segment = QStringLiteral("municipality");
    OpinionDashboard::Result result;
    QList<double> ours;
    for (int i = 0; i < std::max(3, c.repeats()); ++i)
        ours << Bench::timeMs([&] { OpinionDashboard::load(c.db(), f, &result); });
    // The naive way: the same figures straight from the answers (results and the breakdown).
    const QString day = Rollups::qatarDay(c.dialect(), QStringLiteral("r.submitted_at"));
    const QString naive
        = QStringLiteral("SELECT a.option_id, r.municipality, %1, count(*) FROM poll_answers a "
                         "JOIN poll_responses r ON r.id = a.response_id WHERE r.poll_id = ? "
                         "AND a.question_id = ? GROUP BY a.option_id, r.municipality, %1")
              .arg(day);
    QList<QVariantList> rows;
    QList<double> slow;
    for (int i = 0; i < std::max(1, c.repeats() / 2); ++i)
        slow << Bench::timeMs([&] { rows = c.rowsOf(naive, {f.pollId, result.question.id}); });
    QMap<qint64, qint64> perOption;
    for (const QVariantList &row : std::as_const(rows))
        perOption[row.value(0).toLongLong()] += row.value(3).toLongLong();
    bool same = !result.results.rows.isEmpty();
    for (int i = 0; i < result.question.options.size() && same; ++i)
        same = result.results.rows.at(i).value(1).toLongLong()
               == perOption.value(result.question.options.at(i).id);
    r.rows = busiest.first().value(1).toLongLong();
    Bench::Context::record(r, ours, {}, slow);
    r.note
        = QStringLiteral("every figure of the Opinion dashboard (results, breakdown by "
                         "municipality, daily trend, participation, two-period comparison) of "
                         "the busiest poll (%1 responses); naive: one GROUP BY over its answers; "
                         "%2x; target <= 100 ms and >= 100x at 5 million")
              .arg(r.rows)
              .arg(r.ours > 0 ? r.naive / r.ours : 0, 0, 'f', 1);
    if (!same) {
        r.note += QStringLiteral("; FAILED: the results differ from the naive counts");
        c.fail();
    }
    c.results << r;
});

const Bench::Registration servicesOpen(QStringLiteral("services_dashboard_open"), [](Context &c) {
    Bench::Result r;
    r.name = QStringLiteral("services_dashboard_open");
    const DashboardFilters f = everything(c, QStringLiteral("service_rollup"));
    const QDate today(2026, 11, 30);
    ServicesDashboard::Result result;
    QList<double> ours;
    for (int i = 0; i < std::max(3, c.repeats()); ++i)
        ours << Bench::timeMs([&] { ServicesDashboard::load(c.db(), f, today, true, &result); });
    const QString naive = QStringLiteral(
        "SELECT service_id, municipality, state, count(*), sum(CASE WHEN decided_at IS NOT NULL "
        "THEN 1 ELSE 0 END) FROM transactions GROUP BY service_id, municipality, state");
    QList<QVariantList> rows;
    QList<double> slow;
    for (int i = 0; i < std::max(1, c.repeats() / 2); ++i)
        slow << Bench::timeMs([&] { rows = c.rowsOf(naive); });
    qint64 naiveTotal = 0;
    for (const QVariantList &row : std::as_const(rows))
        naiveTotal += row.value(3).toLongLong();
    qint64 total = 0;
    for (const QVariantList &row : result.byService.rows)
        total += row.value(1).toLongLong();
    // The default period too, the last 90 days: it starts mid-month (migration 027 reads its
    // whole months by month and the days before them by day).
    const DashboardFilters recent = DashboardFilters::defaults(today);
    ServicesDashboard::Result recentResult;
    QList<double> recentMs;
    for (int i = 0; i < std::max(3, c.repeats()); ++i)
        recentMs << Bench::timeMs(
            [&] { ServicesDashboard::load(c.db(), recent, today, true, &recentResult); });
    r.rows = c.count(QStringLiteral("SELECT count(*) FROM transactions"));
    Bench::Context::record(r, ours, {}, slow);
    r.note = QStringLiteral("every figure of the Services dashboard (volume by service and "
                            "municipality, backlog by age, SLA, median and p90, per clerk) over "
                            "all %1 transactions (%2 to %3); the last 90 days (%4 to %5): median "
                            "%6 ms; naive: one GROUP BY over transactions; target <= 100 ms at 2 "
                            "million")
                 .arg(r.rows)
                 .arg(f.from.toString(Qt::ISODate),
                      f.to.toString(Qt::ISODate),
                      recent.from.toString(Qt::ISODate),
                      recent.to.toString(Qt::ISODate))
                 .arg(Bench::median(recentMs), 0, 'f', 2);
    if (total != naiveTotal) {
        r.note += QStringLiteral("; FAILED: %1 transactions counted, %2 in the table")
                      .arg(total)
                      .arg(naiveTotal);
        c.fail();
    }
    c.results << r;
});

const Bench::Registration exportXlsx(QStringLiteral("export_xlsx"), [](Context &c) {
    Bench::Result r;
    r.name = QStringLiteral("export_xlsx");
    // A year, day by day, per option of a ten-option question: 3 650 rows of the trend's shape.
    DataTable t(QStringLiteral("opinion-trend"),
                QStringLiteral("trend"),
                QString(),
                {QStringLiteral("Period"),
                 QStringLiteral("Answer"),
                 QStringLiteral("Answers"),
                 QStringLiteral("Sample size"),
                 QStringLiteral("Share"),
                 QStringLiteral("Lower bound"),
                 QStringLiteral("Upper bound")});
    t.percentColumns = {4, 5, 6};
    const QDate first(2025, 12, 1);
    for (int d = 0; d < 365; ++d) {
        for (int o = 0; o < 10; ++o)
            t.rows.append({first.addDays(d),
                           QStringLiteral("خيار %1").arg(o + 1),
                           qint64(100 + (d * 7 + o * 13) % 900),
                           qint64(10000),
                           0.1,
                           0.09,
                           0.11});
    }
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("export.xlsx"));
    QList<double> ours;
    bool ok = true;
    for (int i = 0; i < std::max(3, c.repeats()); ++i)
        ours << Bench::timeMs([&] {
            ok = TableExport::writeXlsx({t}, path, QStringLiteral("bench"), true).ok && ok;
        });
    r.rows = t.rows.size();
    Bench::Context::record(r, ours, {}, {});
    r.note = QStringLiteral("a year's daily table per option (%1 rows) to XLSX, constant-memory "
                            "mode; rss is the process's peak so far (the seeded data included); "
                            "target peak RSS <= 200 MB")
                 .arg(r.rows);
    if (!ok) {
        r.note += QStringLiteral("; FAILED: the workbook was not written");
        c.fail();
    }
    c.results << r;
});

} // namespace
