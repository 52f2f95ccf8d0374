// Every figure of the three dashboards against the naive SQL over the raw rows (responses,
// answers, transactions, contributions) on seeded random data (literal seed), both databases.
#include "common/hijricalendar.h"
#include "common/presenter.h"
#include "dashboards/dashboardloader.h"
#include "dashboards/dashboardsql.h"
#include "dashboards/dashboardtext.h"
#include "dashboards/rollups.h"
#include "db/dialect.h"
#include "demo/seeder.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <QTimeZone>
#include <tuple>

namespace {

const QDate today(2026, 11, 28);

Seeder::Options options(const TestDatabase &t)
{
    Seeder::Options o;
    o.transactions = 1500;
    o.seed = 4114;
    o.now = QDateTime(today, QTime(9, 0), QTimeZone::utc());
    o.profile = t.profile();
    o.password = t.password();
    o.createAccounts = false;
    return o;
}

// key -> count from a two-column query.
QMap<QString, qint64> counts(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QList<QVariantList> rows;
    const DbError e = DashboardSql::select(db, sql, values, &rows);
    if (!e.ok())
        qWarning() << sql << e.toString();
    QMap<QString, qint64> out;
    for (const QVariantList &r : std::as_const(rows))
        out[r.at(0).toString()] += r.at(1).toLongLong();
    return out;
}

QString day(const Dialect &d, const QString &column)
{
    return Rollups::qatarDay(d, column);
}

// Every figure of the Services dashboard of the period [from, to] against the naive SQL over
// transactions (as a manager reads them).
void checkServices(const QSqlDatabase &db, const QSqlDatabase &reader, QDate from, QDate to)
{
    const Dialect d = Dialect::of(db);
    const QString between = QStringLiteral(" BETWEEN %1 AND %1").arg(DashboardSql::dayParam(d));
    DashboardFilters f = DashboardFilters::defaults(today);
    f.from = from;
    f.to = to;
    const QVariantList period{DashboardSql::day(f.from), DashboardSql::day(f.to)};
    ServicesDashboard::Result s;
    const DbError e = ServicesDashboard::load(reader, f, today, true, &s);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    const QString submitted = day(d, QStringLiteral("t.submitted_at")) + between;
    const QMap<QString, qint64> byService = counts(
        db,
        QStringLiteral("SELECT s.name_en, count(*) FROM transactions t JOIN services s ON s.id = "
                       "t.service_id WHERE %1 GROUP BY s.name_en")
            .arg(submitted),
        period);
    QCOMPARE(s.byService.rows.size(), byService.size());
    const QMap<QString, qint64> byServiceAr = counts(
        db,
        QStringLiteral("SELECT s.name_ar, count(*) FROM transactions t JOIN services s ON s.id = "
                       "t.service_id WHERE %1 GROUP BY s.name_ar")
            .arg(submitted),
        period);
    for (const QVariantList &row : s.byService.rows)
        QCOMPARE(row.at(1).toLongLong(),
                 byServiceAr.value(row.at(0).toString(), byService.value(row.at(0).toString())));
    const QMap<QString, qint64> byPlace = counts(
        db,
        QStringLiteral("SELECT t.municipality, count(*) FROM transactions t WHERE %1 GROUP BY 1")
            .arg(submitted),
        period);
    qint64 placed = 0;
    for (const QVariantList &row : s.byMunicipality.rows)
        placed += row.at(1).toLongLong();
    qint64 all = 0;
    for (qint64 n : byPlace)
        all += n;
    QCOMPARE(placed, all);
    QCOMPARE(s.byMunicipality.rows.at(0).at(1).toLongLong(), byPlace.value(QStringLiteral("doha")));
    // Backlog by age: the open ones, whatever the period.
    const QMap<QString, qint64> open = counts(
        db,
        QStringLiteral("SELECT %1, count(*) FROM transactions t WHERE t.state IN ('submitted', "
                       "'in_review', 'awaiting_applicant', 'escalated') GROUP BY 1")
            .arg(d.isPostgres() ? QStringLiteral("CAST(%1 AS text)")
                                      .arg(day(d, QStringLiteral("t.submitted_at")))
                                : day(d, QStringLiteral("t.submitted_at"))),
        {});
    QList<qint64> ages(6, 0);
    for (auto it = open.cbegin(); it != open.cend(); ++it) {
        const qint64 age = QDate::fromString(it.key(), Qt::ISODate).daysTo(today);
        const int bucket = age <= 1    ? 0
                           : age <= 3  ? 1
                           : age <= 7  ? 2
                           : age <= 14 ? 3
                           : age <= 30 ? 4
                                       : 5;
        ages[bucket] += it.value();
    }
    for (int i = 0; i < 6; ++i)
        QCOMPARE(s.backlog.rows.at(i).at(1).toLongLong(), ages.at(i));
    // SLA: decided in the period on time and late; open late, on track, paused.
    const QString decided = day(d, QStringLiteral("t.decided_at")) + between;
    const QMap<QString, qint64> sla = counts(
        db,
        QStringLiteral(
            "SELECT CASE WHEN %1 THEN 'on' ELSE 'late' END, count(*) FROM transactions t "
            "WHERE t.decided_at IS NOT NULL AND %2 GROUP BY 1")
            .arg(d.isPostgres() ? QStringLiteral("t.decided_at <= t.due_at")
                                : QStringLiteral("julianday(t.decided_at) <= julianday(t.due_at)"),
                 decided),
        period);
    QCOMPARE(s.sla.rows.at(0).at(1).toLongLong(), sla.value(QStringLiteral("on")));
    QCOMPARE(s.sla.rows.at(1).at(1).toLongLong(), sla.value(QStringLiteral("late")));
    const QMap<QString, qint64> openSla = counts(
        db,
        QStringLiteral("SELECT CASE WHEN t.state = 'awaiting_applicant' THEN 'paused' WHEN %1 < "
                       "%2 THEN 'late' ELSE 'track' END, count(*) FROM transactions t WHERE "
                       "t.state IN ('submitted', 'in_review', 'awaiting_applicant', 'escalated') "
                       "GROUP BY 1")
            .arg(day(d, QStringLiteral("t.due_at")), DashboardSql::dayParam(d)),
        {DashboardSql::day(today)});
    QCOMPARE(s.sla.rows.at(2).at(1).toLongLong(), openSla.value(QStringLiteral("track")));
    QCOMPARE(s.sla.rows.at(3).at(1).toLongLong(), openSla.value(QStringLiteral("late")));
    QCOMPARE(s.sla.rows.at(4).at(1).toLongLong(), openSla.value(QStringLiteral("paused")));
    // Median and 90th percentile of the hours to decision, all services.
    QSqlQuery q(db);
    const QString hours = Rollups::decisionHours(
        d, QStringLiteral("t.submitted_at"), QStringLiteral("t.decided_at"));
    qint64 decisions = sla.value(QStringLiteral("on")) + sla.value(QStringLiteral("late"));
    QVERIFY(decisions > 20);
    QCOMPARE(s.timeToDecision.rows.at(0).at(1).toLongLong(), decisions);
    for (const auto &[num, den, column] : {std::tuple{1, 2, 2}, std::tuple{9, 10, 3}}) {
        // percentile_disc: the value at position ceil(p n) in the sorted list.
        const qint64 position = (decisions * num + den - 1) / den;
        QVERIFY(q.prepare(QStringLiteral("SELECT %1 FROM transactions t WHERE t.decided_at IS NOT "
                                         "NULL AND %2 ORDER BY 1 LIMIT 1 OFFSET %3")
                              .arg(hours, decided)
                              .arg(position - 1)));
        q.addBindValue(period.at(0));
        q.addBindValue(period.at(1));
        QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
        QCOMPARE(s.timeToDecision.rows.at(0).at(column).toLongLong(), q.value(0).toLongLong());
    }
    // And per service: its decisions and its median (rows after "All services").
    QVERIFY(s.timeToDecision.rows.size() >= 3);
    for (const QVariantList &row : s.timeToDecision.rows.mid(1)) {
        QVERIFY(q.prepare(QStringLiteral("SELECT %1 FROM transactions t JOIN services v ON v.id = "
                                         "t.service_id WHERE t.decided_at IS NOT NULL AND %2 AND "
                                         "(v.name_en = ? OR v.name_ar = ?) ORDER BY 1")
                              .arg(hours, decided)));
        for (const QVariant &v : {period.at(0), period.at(1), row.at(0), row.at(0)})
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QList<qint64> sorted;
        while (q.next())
            sorted << q.value(0).toLongLong();
        QCOMPARE(row.at(1).toLongLong(), sorted.size());
        QCOMPARE(row.at(2).toLongLong(), sorted.at((sorted.size() + 1) / 2 - 1));
    }
    // Per clerk (the caller here is the database's owner: a manager's view).
    const QMap<QString, qint64> clerks = counts(
        db,
        QStringLiteral("SELECT coalesce(t.assigned_to, 0), count(*) FROM transactions t WHERE "
                       "t.decided_at IS NOT NULL AND %1 GROUP BY 1")
            .arg(decided),
        period);
    QCOMPARE(s.clerks.rows.size(), clerks.size());
    qint64 clerkTotal = 0;
    for (const QVariantList &row : s.clerks.rows)
        clerkTotal += row.at(1).toLongLong();
    QCOMPARE(clerkTotal, decisions);
}

} // namespace

class TstDashboards : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }
    void figuresEqualNaiveSql_data() { TestDatabase::addRows(); }
    void figuresEqualNaiveSql();
    void periodSplit_data();
    void periodSplit();
    void hijriLabels();
    void ummAlQura_data();
    void ummAlQura();
    void ummAlQuraRoundTrip();
    void calendarIsRemembered();
};

void TstDashboards::figuresEqualNaiveSql()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QVERIFY(Seeder::seed(db, options(*t)).ok());
    const Dialect d = Dialect::of(db);
    const QString between = QStringLiteral(" BETWEEN %1 AND %1").arg(DashboardSql::dayParam(d));

    DashboardFilters f = DashboardFilters::defaults(today);
    f.from = QDate(2026, 3, 1);
    f.segment = QStringLiteral("municipality");
    const QVariantList period{DashboardSql::day(f.from), DashboardSql::day(f.to)};
    // Read as a manager reads them (on PostgreSQL: their grants, and clerk_throughput).
    const Session manager = t->signInAs(QStringLiteral("boss"), Role::Manager, true);
    QVERIFY(manager.isValid());
    const QSqlDatabase reader = QSqlDatabase::database(manager.connectionName);
    DashboardLoader::Results r = DashboardLoader::loadAll(reader, f, today, true);
    QVERIFY2(r.error.ok(), qPrintable(r.error.toString()));
    QVERIFY(!r.polls.isEmpty());
    f.pollId = r.filters.pollId;

    // Opinion: every question with options, every figure.
    int checked = 0;
    for (const OpinionDashboard::Question &q : std::as_const(r.questions)) {
        if (q.options.isEmpty() || q.kind == QLatin1String("ranking"))
            continue;
        f.questionId = q.id;
        const DashboardLoader::Results one = DashboardLoader::loadAll(reader, f, today, true);
        QVERIFY2(one.error.ok(), qPrintable(one.error.toString()));
        const OpinionDashboard::Result &o = one.opinion;
        QCOMPARE(o.question.id, q.id);
        const QString answers
            = QStringLiteral("FROM poll_answers a JOIN poll_responses r ON r.id = "
                             "a.response_id WHERE r.poll_id = ? AND a.question_id = ? AND %1")
                  .arg(day(d, QStringLiteral("r.submitted_at")) + between);
        const QMap<QString, qint64> naive
            = counts(db,
                     QStringLiteral("SELECT a.option_id, count(*) ") + answers
                         + QStringLiteral(" GROUP BY a.option_id"),
                     {f.pollId, q.id, period.at(0), period.at(1)});
        const QMap<QString, qint64> respondents
            = counts(db,
                     QStringLiteral(
                         "SELECT 'all', count(*) FROM poll_responses r WHERE r.poll_id = ? AND %1")
                         .arg(day(d, QStringLiteral("r.submitted_at")) + between),
                     {f.pollId, period.at(0), period.at(1)});
        qint64 total = 0;
        for (qint64 n : naive)
            total += n;
        const qint64 n = q.kind == QLatin1String("multiple")
                             ? respondents.value(QStringLiteral("all"))
                             : total;
        QCOMPARE(o.n, n);
        QCOMPARE(o.results.rows.size(), q.options.size());
        for (int i = 0; i < q.options.size(); ++i) {
            const qint64 x = naive.value(QString::number(q.options.at(i).id));
            QCOMPARE(o.results.rows.at(i).at(1).toLongLong(), x);
            QCOMPARE(o.results.rows.at(i).at(2).toDouble(), n > 0 ? double(x) / double(n) : 0.0);
        }
        // Breakdown by municipality.
        const QStringList places{QStringLiteral("doha"),
                                 QStringLiteral("al_rayyan"),
                                 QStringLiteral("al_wakrah"),
                                 QStringLiteral("umm_salal"),
                                 QStringLiteral("al_khor"),
                                 QStringLiteral("al_shamal"),
                                 QStringLiteral("al_daayen"),
                                 QStringLiteral("al_sheehaniya")};
        QCOMPARE(o.breakdown.rows.size(), places.size());
        for (int p = 0; p < places.size(); ++p) {
            const QMap<QString, qint64> group
                = counts(db,
                         QStringLiteral("SELECT a.option_id, count(*) ") + answers
                             + QStringLiteral(" AND r.municipality = ? GROUP BY a.option_id"),
                         {f.pollId, q.id, period.at(0), period.at(1), places.at(p)});
            const QMap<QString, qint64> people = counts(
                db,
                QStringLiteral("SELECT 'all', count(*) FROM poll_responses r WHERE r.poll_id = ? "
                               "AND %1 AND r.municipality = ?")
                    .arg(day(d, QStringLiteral("r.submitted_at")) + between),
                {f.pollId, period.at(0), period.at(1), places.at(p)});
            qint64 groupTotal = 0;
            for (qint64 c : group)
                groupTotal += c;
            const qint64 gn = q.kind == QLatin1String("multiple")
                                  ? people.value(QStringLiteral("all"))
                                  : groupTotal;
            QCOMPARE(o.breakdown.rows.at(p).at(1).toLongLong(), gn);
            for (int i = 0; i < q.options.size(); ++i) {
                const qint64 x = group.value(QString::number(q.options.at(i).id));
                QCOMPARE(o.breakdown.rows.at(p).at(2 + i).toDouble(),
                         gn > 0 ? double(x) / double(gn) : 0.0);
            }
        }
        // Trend: each day's answers per option.
        const QMap<QString, qint64> perDay = counts(
            db,
            QStringLiteral("SELECT %1 || '/' || a.option_id, count(*) ")
                    .arg(d.isPostgres() ? QStringLiteral("CAST(%1 AS text)")
                                              .arg(day(d, QStringLiteral("r.submitted_at")))
                                        : day(d, QStringLiteral("r.submitted_at")))
                + answers + QStringLiteral(" GROUP BY 1"),
            {f.pollId, q.id, period.at(0), period.at(1)});
        qint64 trendTotal = 0;
        for (const QVariantList &row : o.trend.rows) {
            const QString label = row.at(1).toString();
            qint64 option = 0;
            for (const auto &opt : q.options) {
                if (opt.text == label)
                    option = opt.id;
            }
            QCOMPARE(row.at(2).toLongLong(),
                     perDay.value(row.at(0).toDate().toString(Qt::ISODate) + QLatin1Char('/')
                                  + QString::number(option)));
            trendTotal += row.at(2).toLongLong();
        }
        QCOMPARE(trendTotal, total);
        // Comparison of the halves.
        const auto a = OpinionDashboard::firstHalf(f);
        const auto b = OpinionDashboard::secondHalf(f);
        for (int half = 0; half < 2; ++half) {
            const auto range = half == 0 ? a : b;
            const QMap<QString, qint64> h = counts(
                db,
                QStringLiteral("SELECT a.option_id, count(*) ") + answers
                    + QStringLiteral(" GROUP BY a.option_id"),
                {f.pollId, q.id, DashboardSql::day(range.first), DashboardSql::day(range.second)});
            for (int i = 0; i < q.options.size(); ++i)
                QCOMPARE(o.comparison.rows.at(i).at(half == 0 ? 1 : 3).toLongLong(),
                         h.value(QString::number(q.options.at(i).id)));
        }
        ++checked;
    }
    QVERIFY(checked >= 2);
    // Participation per day.
    const QMap<QString, qint64> perDay = counts(
        db,
        QStringLiteral(
            "SELECT %1, count(*) FROM poll_responses r WHERE r.poll_id = ? AND %2 GROUP BY 1")
            .arg(d.isPostgres() ? QStringLiteral("CAST(%1 AS text)")
                                      .arg(day(d, QStringLiteral("r.submitted_at")))
                                : day(d, QStringLiteral("r.submitted_at")),
                 day(d, QStringLiteral("r.submitted_at")) + between),
        {f.pollId, period.at(0), period.at(1)});
    QCOMPARE(r.opinion.participation.rows.size(), perDay.size());
    for (const QVariantList &row : r.opinion.participation.rows)
        QCOMPARE(row.at(1).toLongLong(), perDay.value(row.at(0).toDate().toString(Qt::ISODate)));

    // Services, over the period above and others starting or ending mid-month (migration 027:
    // whole months from the monthly rollups, the other days from the daily ones).
    checkServices(db, reader, f.from, f.to);
    if (QTest::currentTestFailed())
        return;
    const QList<std::pair<QDate, QDate>> periods{
        {QDate(2026, 3, 17), QDate(2026, 11, 28)}, // mid-month to mid-month, months between
        {QDate(2026, 5, 31), QDate(2026, 8, 1)},   // a day at each end, June and July whole
        {QDate(2026, 6, 10), QDate(2026, 7, 20)},  // across a month's end, no whole month
        {QDate(2026, 9, 1), QDate(2026, 9, 30)},   // one whole month
        {QDate(2026, 10, 5), QDate(2026, 10, 25)}, // within a month
    };
    for (const auto &[from, to] : periods) {
        checkServices(db, reader, from, to);
        if (QTest::currentTestFailed()) {
            qWarning() << "Services dashboard differs for" << from << to;
            return;
        }
    }

    // Discussions.
    const DiscussionsDashboard::Result &dd = r.discussions;
    const QVariantList stamps{DashboardSql::periodStart(f.from), DashboardSql::periodEnd(f.to)};
    const QString inPeriod = QStringLiteral("c.submitted_at >= %1 AND c.submitted_at < %1")
                                 .arg(d.timestampParam(QStringLiteral("?")));
    const QMap<QString, qint64> states
        = counts(db,
                 QStringLiteral("SELECT c.state, count(*) FROM contributions c WHERE %1 GROUP BY 1")
                     .arg(inPeriod),
                 stamps);
    QCOMPARE(dd.states.rows.at(0).at(1).toLongLong(), states.value(QStringLiteral("published")));
    QCOMPARE(dd.states.rows.at(1).at(1).toLongLong(), states.value(QStringLiteral("rejected")));
    QCOMPARE(dd.states.rows.at(2).at(1).toLongLong(), states.value(QStringLiteral("hidden")));
    QCOMPARE(dd.states.rows.at(3).at(1).toLongLong(), states.value(QStringLiteral("pending")));
    qint64 perTopic = 0;
    for (const QVariantList &row : dd.perTopic.rows)
        perTopic += row.at(2).toLongLong();
    qint64 contributions = 0;
    for (qint64 n : states)
        contributions += n;
    QCOMPARE(perTopic, contributions);
    const QMap<QString, qint64> reasons = counts(
        db,
        QStringLiteral("SELECT r.reason, count(*) FROM contribution_reports r WHERE r.reported_at "
                       ">= %1 AND r.reported_at < %1 GROUP BY 1")
            .arg(d.timestampParam(QStringLiteral("?"))),
        stamps);
    qint64 reported = 0;
    for (const QVariantList &row : dd.reasons.rows)
        reported += row.at(1).toLongLong();
    qint64 naiveReported = 0;
    for (qint64 n : reasons)
        naiveReported += n;
    QCOMPARE(reported, naiveReported);
    QCOMPARE(dd.reasons.rows.at(1).at(1).toLongLong(), reasons.value(QStringLiteral("abusive")));
    // Moderation backlog: pending today by age, whatever the period.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT %1 FROM contributions c WHERE c.state = 'pending'")
                       .arg(day(d, QStringLiteral("c.submitted_at")))));
    QList<qint64> pendingAges(6, 0);
    while (q.next())
        ++pendingAges[DashboardText::ageBucket(DashboardSql::toDate(q.value(0)).daysTo(today))];
    for (int i = 0; i < 6; ++i)
        QCOMPARE(dd.backlog.rows.at(i).at(1).toLongLong(), pendingAges.at(i));
    // Time to moderation decision, all topics: how many, the median and the 90th percentile.
    QVERIFY(q.prepare(QStringLiteral("SELECT %1 FROM contributions c WHERE c.state <> 'pending' "
                                     "AND c.moderated_at >= %2 AND c.moderated_at < %2 ORDER BY 1")
                          .arg(Rollups::decisionHours(d,
                                                      QStringLiteral("c.submitted_at"),
                                                      QStringLiteral("c.moderated_at")),
                               d.timestampParam(QStringLiteral("?")))));
    q.addBindValue(stamps.at(0));
    q.addBindValue(stamps.at(1));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QList<qint64> hours;
    while (q.next())
        hours << q.value(0).toLongLong();
    QVERIFY(hours.size() > 10);
    QCOMPARE(dd.timeToDecision.rows.at(0).at(1).toLongLong(), hours.size());
    QCOMPARE(dd.timeToDecision.rows.at(0).at(2).toLongLong(), hours.at((hours.size() + 1) / 2 - 1));
    QCOMPARE(dd.timeToDecision.rows.at(0).at(3).toLongLong(),
             hours.at((hours.size() * 9 + 9) / 10 - 1));
}

void TstDashboards::periodSplit_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("parts"); // months first..last | head end | tail start
    QTest::newRow("whole months") << QDate(2026, 3, 1) << QDate(2026, 5, 31)
                                  << "2026-03-01..2026-05-01|2026-02-28|2026-06-01";
    QTest::newRow("mid-month both ends") << QDate(2026, 3, 17) << QDate(2026, 11, 28)
                                         << "2026-04-01..2026-10-01|2026-03-31|2026-11-01";
    QTest::newRow("a day each side") << QDate(2026, 5, 31) << QDate(2026, 8, 1)
                                     << "2026-06-01..2026-07-01|2026-05-31|2026-08-01";
    QTest::newRow("across a month's end") << QDate(2026, 6, 10) << QDate(2026, 7, 20)
                                          << "2026-07-01..2026-06-01|2026-07-20|2026-07-21";
    QTest::newRow("one day") << QDate(2026, 2, 28) << QDate(2026, 2, 28)
                             << "2026-03-01..2026-02-01|2026-02-28|2026-03-01";
    QTest::newRow("leap February") << QDate(2028, 2, 1) << QDate(2028, 2, 29)
                                   << "2028-02-01..2028-02-01|2028-01-31|2028-03-01";
    QTest::newRow("across a year") << QDate(2025, 12, 2) << QDate(2026, 1, 31)
                                   << "2026-01-01..2026-01-01|2025-12-31|2026-02-01";
}

void TstDashboards::periodSplit()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, parts);
    const DashboardSql::PeriodParts p = DashboardSql::split(from, to);
    QCOMPARE(QStringLiteral("%1..%2|%3|%4")
                 .arg(p.firstMonth.toString(Qt::ISODate),
                      p.lastMonth.toString(Qt::ISODate),
                      p.headEnd.toString(Qt::ISODate),
                      p.tailStart.toString(Qt::ISODate)),
             parts);
}

void TstDashboards::hijriLabels()
{
    // The Umm al-Qura calendar (HijriCalendar, through ICU), not Qt's tabular Islamic civil one:
    // 30 November 2026 is 20 Jumada II 1448 there (19 in the tabular calendar), and 16 June 2026
    // already 1 Muharram 1448 (30 Dhu al-Hijjah 1447 in the tabular calendar; Dhu al-Hijjah 1447
    // has 29 days in Umm al-Qura).
    Presenter::setCurrent(Presenter(QStringLiteral("en")));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 11, 30), true), QStringLiteral("20 Jumada II"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 3, 20), true), QStringLiteral("1 Shawwal"));
    QCOMPARE(DashboardText::dayLabel(QDate(2025, 3, 1), true), QStringLiteral("1 Ramadan"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 6, 16), true), QStringLiteral("1 Muharram"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 6, 15), true),
             QStringLiteral("29 Dhu\u02BBl-Hijjah"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 11, 30), false), QStringLiteral("30 Nov"));
    QCOMPARE(DashboardText::dateText(QDate(2026, 11, 30), false), QStringLiteral("30/11/2026"));
    QCOMPARE(DashboardText::dateText(QDate(2026, 11, 30), true),
             QStringLiteral("20 Jumada II 1448 AH"));

    Presenter::setCurrent(Presenter(QStringLiteral("ar"), Presenter::Digits::ArabicIndic));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 11, 30), true), QStringLiteral("٢٠ جمادى الآخرة"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 3, 20), true), QStringLiteral("١ شوال"));
    QCOMPARE(DashboardText::dayLabel(QDate(2025, 3, 1), true), QStringLiteral("١ رمضان"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 6, 16), true), QStringLiteral("١ محرم"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 6, 15), true), QStringLiteral("٢٩ ذو الحجة"));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 11, 30), false), QStringLiteral("٣٠ نوفمبر"));
    // (The era's " هـ" comes from the translations, not loaded here: tst_dashboardspage.)
    QVERIFY(DashboardText::dateText(QDate(2026, 2, 18), true)
                .startsWith(QStringLiteral("١ رمضان ١٤٤٧ ")));
    Presenter::setCurrent(Presenter(QStringLiteral("ar"), Presenter::Digits::Latin));
    QCOMPARE(DashboardText::dayLabel(QDate(2026, 11, 30), true), QStringLiteral("20 جمادى الآخرة"));
    Presenter::setCurrent(Presenter());
}

void TstDashboards::ummAlQura_data()
{
    QTest::addColumn<QDate>("gregorian");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    // Published Umm al-Qura / Saudi Supreme Court dates.
    QTest::newRow("1 Ramadan 1447") << QDate(2026, 2, 18) << 1447 << 9 << 1;
    QTest::newRow("1 Ramadan 1445") << QDate(2024, 3, 11) << 1445 << 9 << 1;
    QTest::newRow("1 Shawwal 1446") << QDate(2025, 3, 30) << 1446 << 10 << 1;
    QTest::newRow("1 Muharram 1444") << QDate(2022, 7, 30) << 1444 << 1 << 1;
    QTest::newRow("30 Dhu al-Hijjah 1443") << QDate(2022, 7, 29) << 1443 << 12 << 30;
    QTest::newRow("1 Muharram 1448") << QDate(2026, 6, 16) << 1448 << 1 << 1;
}

void TstDashboards::ummAlQura()
{
    QFETCH(QDate, gregorian);
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, day);
    const HijriCalendar::Date h = HijriCalendar::fromDate(gregorian);
    QCOMPARE(h.year, year);
    QCOMPARE(h.month, month);
    QCOMPARE(h.day, day);
    QCOMPARE(HijriCalendar::toDate(year, month, day), gregorian);
}

void TstDashboards::ummAlQuraRoundTrip()
{
    // Every day from 2022 to 2027 there and back; months of 29 or 30 days, none skipped.
    HijriCalendar::Date previous = HijriCalendar::fromDate(QDate(2021, 12, 31));
    for (QDate d(2022, 1, 1); d <= QDate(2027, 12, 31); d = d.addDays(1)) {
        const HijriCalendar::Date h = HijriCalendar::fromDate(d);
        QCOMPARE(HijriCalendar::toDate(h.year, h.month, h.day), d);
        if (h.day == 1) {
            QVERIFY(previous.day == 29 || previous.day == 30);
            QCOMPARE(HijriCalendar::daysInMonth(previous.year, previous.month), previous.day);
        } else {
            QCOMPARE(h.day, previous.day + 1);
        }
        previous = h;
    }
    QVERIFY(!HijriCalendar::toDate(1447, 9, 31).isValid());
}

void TstDashboards::calendarIsRemembered()
{
    const QDate today(2026, 11, 30);
    DashboardFilters f = DashboardFilters::defaults(today);
    QVERIFY(!f.hijri);
    f.hijri = true;
    QCOMPARE(f.toMap().value(QStringLiteral("calendar")).toString(), QStringLiteral("hijri"));
    QVERIFY(DashboardFilters::fromMap(f.toMap(), today).hijri);
    f.hijri = false;
    QVERIFY(!DashboardFilters::fromMap(f.toMap(), today).hijri);
    // A settings map from before the choice existed: Gregorian.
    QVERIFY(!DashboardFilters::fromMap({}, today).hijri);
}

QTEST_GUILESS_MAIN(TstDashboards)
#include "tst_dashboards.moc"
