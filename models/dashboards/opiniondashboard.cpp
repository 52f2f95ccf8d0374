#include "dashboards/opiniondashboard.h"

#include "common/presenter.h"
#include "common/statistics.h"
#include "dashboards/dashboardsql.h"
#include "dashboards/dashboardtext.h"
#include "dashboards/significance.h"
#include "db/dialect.h"

#include <QCoreApplication>
#include <QMap>

namespace OpinionDashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OpinionDashboard", text);
}

QString pick(const QVariant &ar, const QVariant &en)
{
    return Presenter::current().isArabic() ? ar.toString() : en.toString();
}

bool isRating(const Question &q)
{
    return q.kind == QLatin1String("rating");
}

// The rows of a question's results: its options, or the ratings 1 to 10.
QList<QPair<qint64, QString>> rowsOf(const Question &q)
{
    QList<QPair<qint64, QString>> out;
    if (isRating(q)) {
        for (int v = 1; v <= 10; ++v)
            out.append({v, Presenter::current().number(v)});
        return out;
    }
    for (const Option &o : q.options)
        out.append({o.id, o.text});
    return out;
}

// Which row an aggregated (option, value) pair counts for, or -1.
qint64 rowKey(const Question &q, qint64 option, qint64 value)
{
    if (isRating(q))
        return value;
    if (q.kind == QLatin1String("ranking"))
        return value == 1 ? option : -1;
    return option;
}

// Answers per row key and the n of the question for one slice of the rollup.
struct Counts
{
    QMap<qint64, qint64> byRow;
    qint64 n = 0;
};

Counts counts(const Question &q,
              const QList<QVariantList> &rows,
              int option,
              int value,
              int answers,
              qint64 respondents)
{
    Counts c;
    for (const QVariantList &r : rows) {
        const qint64 key = rowKey(q, r.at(option).toLongLong(), r.at(value).toLongLong());
        if (key < 0)
            continue;
        c.byRow[key] += r.at(answers).toLongLong();
        c.n += r.at(answers).toLongLong();
    }
    if (q.kind == QLatin1String("multiple"))
        c.n = respondents;
    return c;
}

QString range(const Dialect &d)
{
    return QStringLiteral("day BETWEEN %1 AND %1").arg(DashboardSql::dayParam(d));
}

DbError answersBetween(const QSqlDatabase &db,
                       const DashboardFilters &f,
                       const Question &q,
                       const QDate &from,
                       const QDate &to,
                       QList<QVariantList> *rows,
                       qint64 *respondents)
{
    const Dialect d = Dialect::of(db);
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT option_id, value_int, sum(answers) FROM poll_segment_rollup "
                           "WHERE poll_id = ? AND question_id = ? AND segment = 'all' AND %1 "
                           "GROUP BY option_id, value_int")
                .arg(range(d)),
            {f.pollId, q.id, DashboardSql::day(from), DashboardSql::day(to)},
            rows);
        !e.ok())
        return e;
    QList<QVariantList> total;
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT coalesce(sum(responses), 0) FROM poll_segment_participation "
                           "WHERE poll_id = ? AND segment = 'all' AND %1")
                .arg(range(d)),
            {f.pollId, DashboardSql::day(from), DashboardSql::day(to)},
            &total);
        !e.ok())
        return e;
    *respondents = total.isEmpty() ? 0 : total.first().value(0).toLongLong();
    return {};
}

QVariantList shareRow(const QString &label, qint64 x, qint64 n)
{
    const Statistics::Interval i = Statistics::wilson(double(x), double(n));
    return {label, x, n > 0 ? double(x) / double(n) : 0.0, i.low, i.high};
}

} // namespace

QPair<QDate, QDate> firstHalf(const DashboardFilters &f)
{
    const qint64 days = f.from.daysTo(f.to) + 1;
    return {f.from, f.from.addDays(std::max<qint64>(1, days / 2) - 1)};
}

QPair<QDate, QDate> secondHalf(const DashboardFilters &f)
{
    return {firstHalf(f).second.addDays(1), f.to};
}

DbError polls(const QSqlDatabase &db, QList<Poll> *out)
{
    QList<QVariantList> rows;
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral(
                "SELECT p.id, p.title_ar, p.title_en FROM polls p WHERE EXISTS (SELECT 1 FROM "
                "poll_participation c WHERE c.poll_id = p.id) ORDER BY CASE p.state WHEN 'open' "
                "THEN 0 WHEN 'closed' THEN 1 ELSE 2 END, p.id LIMIT 500"),
            {},
            &rows);
        !e.ok())
        return e;
    for (const QVariantList &r : std::as_const(rows))
        out->append({r.at(0).toLongLong(), pick(r.at(1), r.at(2))});
    return {};
}

DbError questions(const QSqlDatabase &db, qint64 pollId, QList<Question> *out)
{
    QList<QVariantList> rows;
    if (DbError e = DashboardSql::select(db,
                                         QStringLiteral("SELECT id, kind, text_ar, text_en FROM "
                                                        "poll_questions WHERE poll_id = ? ORDER BY "
                                                        "position, id"),
                                         {pollId},
                                         &rows);
        !e.ok())
        return e;
    QMap<qint64, int> index;
    for (const QVariantList &r : std::as_const(rows)) {
        index[r.at(0).toLongLong()] = int(out->size());
        out->append({r.at(0).toLongLong(), r.at(1).toString(), pick(r.at(2), r.at(3)), {}});
    }
    rows.clear();
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT o.id, o.question_id, o.text_ar, o.text_en FROM poll_options o "
                           "JOIN poll_questions q ON q.id = o.question_id WHERE q.poll_id = ? "
                           "ORDER BY o.question_id, o.position, o.id"),
            {pollId},
            &rows);
        !e.ok())
        return e;
    for (const QVariantList &r : std::as_const(rows)) {
        const auto it = index.constFind(r.at(1).toLongLong());
        if (it != index.cend())
            (*out)[*it].options.append({r.at(0).toLongLong(), pick(r.at(2), r.at(3))});
    }
    return {};
}

DbError load(const QSqlDatabase &db, const DashboardFilters &f, Result *out)
{
    *out = {};
    const Dialect d = Dialect::of(db);
    QList<Question> all;
    if (DbError e = questions(db, f.pollId, &all); !e.ok())
        return e;
    for (const Question &q : std::as_const(all)) {
        if (q.id == f.questionId || (f.questionId == 0 && !q.options.isEmpty())) {
            out->question = q;
            break;
        }
    }
    if (out->question.id == 0 && !all.isEmpty())
        out->question = all.first();
    const Question &q = out->question;
    const QList<QPair<qint64, QString>> labels = rowsOf(q);

    // Results.
    QList<QVariantList> rows;
    qint64 respondents = 0;
    if (DbError e = answersBetween(db, f, q, f.from, f.to, &rows, &respondents); !e.ok())
        return e;
    const Counts total = counts(q, rows, 0, 1, 2, respondents);
    out->n = total.n;
    out->results
        = {QStringLiteral("opinion-results"),
           tr("Results"),
           tr("The share of each answer with its 95% confidence interval (Wilson)."),
           {tr("Answer"), tr("Answers"), tr("Share"), tr("Lower bound"), tr("Upper bound")}};
    out->results.percentColumns = {2, 3, 4};
    for (const auto &[key, label] : labels)
        out->results.rows.append(shareRow(label, total.byRow.value(key), total.n));
    if (total.n < smallSample)
        out->results.note = tr("Small sample: %1 answers (fewer than %2); the shares are "
                               "uncertain.")
                                .arg(Presenter::current().number(total.n),
                                     Presenter::current().number(smallSample));

    // Breakdown by the segment (a column name from a fixed list, never user text).
    const QString segment
        = DashboardFilters::isSegment(f.segment) ? f.segment : QStringLiteral("gender");
    rows.clear();
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT segment_value, option_id, value_int, sum(answers) FROM "
                           "poll_segment_rollup WHERE poll_id = ? AND question_id = ? AND "
                           "segment = '%1' AND %2 GROUP BY segment_value, option_id, value_int")
                .arg(segment, range(d)),
            {f.pollId, q.id, DashboardSql::day(f.from), DashboardSql::day(f.to)},
            &rows);
        !e.ok())
        return e;
    QList<QVariantList> people;
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT segment_value, sum(responses) FROM poll_segment_participation "
                           "WHERE poll_id = ? AND segment = '%1' AND %2 GROUP BY segment_value")
                .arg(segment, range(d)),
            {f.pollId, DashboardSql::day(f.from), DashboardSql::day(f.to)},
            &people);
        !e.ok())
        return e;
    QMap<QString, QList<QVariantList>> bySegment;
    for (const QVariantList &r : std::as_const(rows))
        bySegment[r.at(0).toString()].append(r);
    QMap<QString, qint64> peopleBySegment;
    for (const QVariantList &r : std::as_const(people))
        peopleBySegment[r.at(0).toString()] = r.at(1).toLongLong();
    out->breakdown = {QStringLiteral("opinion-breakdown"),
                      tr("Breakdown by %1").arg(DashboardText::segmentName(segment)),
                      tr("The share of each answer within each group of respondents."),
                      {DashboardText::segmentName(segment), tr("Answers")}};
    for (const auto &l : labels) {
        out->breakdown.percentColumns << int(out->breakdown.columns.size());
        out->breakdown.columns << l.second;
    }
    for (const QString &value : DashboardText::segmentValues(segment)) {
        const Counts c = counts(q, bySegment.value(value), 1, 2, 3, peopleBySegment.value(value));
        QVariantList row{DashboardText::segmentValue(segment, value), c.n};
        for (const auto &l : labels)
            row << (c.n > 0 ? double(c.byRow.value(l.first)) / double(c.n) : 0.0);
        out->breakdown.rows.append(row);
    }

    // Trend by day or week.
    const QString period
        = f.weekly ? DashboardSql::weekStart(d, QStringLiteral("day")) : QStringLiteral("day");
    rows.clear();
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT %1 AS period, option_id, value_int, sum(answers) FROM "
                           "poll_segment_rollup WHERE poll_id = ? AND question_id = ? AND "
                           "segment = 'all' AND %2 GROUP BY 1, option_id, value_int ORDER BY 1")
                .arg(period, range(d)),
            {f.pollId, q.id, DashboardSql::day(f.from), DashboardSql::day(f.to)},
            &rows);
        !e.ok())
        return e;
    people.clear();
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT %1 AS period, sum(responses) FROM poll_segment_participation "
                           "WHERE poll_id = ? AND segment = 'all' AND %2 GROUP BY 1")
                .arg(period, range(d)),
            {f.pollId, DashboardSql::day(f.from), DashboardSql::day(f.to)},
            &people);
        !e.ok())
        return e;
    QMap<QDate, QList<QVariantList>> byPeriod;
    for (const QVariantList &r : std::as_const(rows))
        byPeriod[DashboardSql::toDate(r.at(0))].append(r);
    QMap<QDate, qint64> peopleByPeriod;
    for (const QVariantList &r : std::as_const(people))
        peopleByPeriod[DashboardSql::toDate(r.at(0))] = r.at(1).toLongLong();
    out->trend = {QStringLiteral("opinion-trend"),
                  f.weekly ? tr("Weekly trend") : tr("Daily trend"),
                  tr("The share of each answer per period, with its 95% confidence interval."),
                  {tr("Period"),
                   tr("Answer"),
                   tr("Answers"),
                   tr("Sample size"),
                   tr("Share"),
                   tr("Lower bound"),
                   tr("Upper bound")}};
    out->trend.percentColumns = {4, 5, 6};
    for (auto it = byPeriod.cbegin(); it != byPeriod.cend(); ++it) {
        const Counts c = counts(q, it.value(), 1, 2, 3, peopleByPeriod.value(it.key()));
        for (const auto &[key, label] : labels) {
            const qint64 x = c.byRow.value(key);
            const Statistics::Interval i = Statistics::wilson(double(x), double(c.n));
            out->trend.rows.append(
                {it.key(), label, x, c.n, c.n > 0 ? double(x) / double(c.n) : 0.0, i.low, i.high});
        }
    }

    // Participation per day.
    people.clear();
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT day, sum(responses) FROM poll_segment_participation WHERE "
                           "poll_id = ? AND segment = 'all' AND %1 GROUP BY day ORDER BY day")
                .arg(range(d)),
            {f.pollId, DashboardSql::day(f.from), DashboardSql::day(f.to)},
            &people);
        !e.ok())
        return e;
    out->participation = {QStringLiteral("opinion-participation"),
                          tr("Participation per day"),
                          tr("Responses to the poll per day."),
                          {tr("Day"), tr("Responses")}};
    for (const QVariantList &r : std::as_const(people))
        out->participation.rows.append({DashboardSql::toDate(r.at(0)), r.at(1).toLongLong()});

    // The two halves of the period.
    const auto a = firstHalf(f);
    const auto b = secondHalf(f);
    QList<QVariantList> rowsA;
    QList<QVariantList> rowsB;
    qint64 respondentsA = 0;
    qint64 respondentsB = 0;
    if (DbError e = answersBetween(db, f, q, a.first, a.second, &rowsA, &respondentsA); !e.ok())
        return e;
    if (DbError e = answersBetween(db, f, q, b.first, b.second, &rowsB, &respondentsB); !e.ok())
        return e;
    const Counts ca = counts(q, rowsA, 0, 1, 2, respondentsA);
    const Counts cb = counts(q, rowsB, 0, 1, 2, respondentsB);
    const Presenter &p = Presenter::current();
    out->comparison
        = {QStringLiteral("opinion-comparison"),
           tr("Comparison of two periods"),
           tr("%1 to %2 against %3 to %4: changes with p below 0.05 (two-proportion z-test) are "
              "marked significant.")
               .arg(p.date(a.first), p.date(a.second), p.date(b.first), p.date(b.second)),
           {tr("Answer"),
            tr("First period: answers"),
            tr("First period: share"),
            tr("Second period: answers"),
            tr("Second period: share"),
            tr("Change (points)"),
            tr("p-value"),
            tr("Significant")}};
    out->comparison.percentColumns = {2, 4};
    for (const auto &[key, label] : labels) {
        const qint64 xa = ca.byRow.value(key);
        const qint64 xb = cb.byRow.value(key);
        const Significance::ZTest t = Significance::twoProportion(xa, ca.n, xb, cb.n);
        out->comparison.rows.append({label,
                                     xa,
                                     ca.n > 0 ? double(xa) / double(ca.n) : 0.0,
                                     xb,
                                     cb.n > 0 ? double(xb) / double(cb.n) : 0.0,
                                     100.0
                                         * ((cb.n > 0 ? double(xb) / double(cb.n) : 0.0)
                                            - (ca.n > 0 ? double(xa) / double(ca.n) : 0.0)),
                                     t.valid ? QVariant(t.pValue) : QVariant(),
                                     Significance::isSignificant(t) ? tr("Yes") : tr("No")});
    }
    return {};
}

} // namespace OpinionDashboard
