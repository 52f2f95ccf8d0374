#include "dashboards/discussionsdashboard.h"

#include "common/domaintext.h"
#include "common/presenter.h"
#include "dashboards/dashboardsql.h"
#include "dashboards/dashboardtext.h"
#include "dashboards/rollups.h"
#include "db/dialect.h"

#include <QCoreApplication>
#include <QMap>

namespace DiscussionsDashboard {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DiscussionsDashboard", text);
}

// The period on a timestamp column, and the topic when one is chosen.
QString where(const Dialect &d,
              const QString &column,
              const DashboardFilters &f,
              QVariantList *values,
              const QString &topicColumn = QStringLiteral("topic_id"))
{
    values->append(DashboardSql::periodStart(f.from));
    values->append(DashboardSql::periodEnd(f.to));
    QString sql
        = QStringLiteral("%1 >= %2 AND %1 < %2").arg(column, d.timestampParam(QStringLiteral("?")));
    if (f.topicId > 0) {
        sql += QStringLiteral(" AND %1 = ?").arg(topicColumn);
        values->append(f.topicId);
    }
    return sql;
}

} // namespace

DbError topics(const QSqlDatabase &db, QList<Topic> *out)
{
    QList<QVariantList> rows;
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT id, title_ar, title_en FROM topics ORDER BY id DESC LIMIT 500"),
            {},
            &rows);
        !e.ok())
        return e;
    const bool arabic = Presenter::current().isArabic();
    for (const QVariantList &r : std::as_const(rows))
        out->append({r.at(0).toLongLong(), (arabic ? r.at(1) : r.at(2)).toString()});
    return {};
}

DbError load(const QSqlDatabase &db, const DashboardFilters &f, const QDate &today, Result *out)
{
    *out = {};
    const Dialect d = Dialect::of(db);
    const bool arabic = Presenter::current().isArabic();

    QVariantList values;
    QString w
        = where(d, QStringLiteral("c.submitted_at"), f, &values, QStringLiteral("c.topic_id"));
    QList<QVariantList> rows;
    const QString week
        = DashboardSql::weekStart(d, Rollups::qatarDay(d, QStringLiteral("c.submitted_at")));
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT %1 AS week, c.topic_id, t.title_ar, t.title_en, count(*) "
                           "FROM contributions c JOIN topics t ON t.id = c.topic_id WHERE %2 "
                           "GROUP BY 1, c.topic_id, t.title_ar, t.title_en ORDER BY 1, c.topic_id")
                .arg(week, w),
            values,
            &rows);
        !e.ok())
        return e;
    out->perTopic = {QStringLiteral("discussions-topics"),
                     tr("Contributions per topic"),
                     tr("Contributions submitted each week (from Sunday), per topic."),
                     {tr("Week"), tr("Topic"), tr("Contributions")}};
    for (const QVariantList &r : std::as_const(rows))
        out->perTopic.rows.append({DashboardSql::toDate(r.at(0)),
                                   (arabic ? r.at(2) : r.at(3)).toString(),
                                   r.at(4).toLongLong()});

    rows.clear();
    values.clear();
    w = where(d, QStringLiteral("submitted_at"), f, &values);
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT state, count(*) FROM contributions WHERE %1 GROUP BY state")
                .arg(w),
            values,
            &rows);
        !e.ok())
        return e;
    QMap<QString, qint64> byState;
    qint64 total = 0;
    for (const QVariantList &r : std::as_const(rows)) {
        byState[r.at(0).toString()] = r.at(1).toLongLong();
        total += r.at(1).toLongLong();
    }
    out->states = {QStringLiteral("discussions-states"),
                   tr("Moderation outcomes"),
                   tr("Contributions submitted in the period by what became of them: "
                      "approval, rejection and hiding rates."),
                   {tr("State"), tr("Contributions"), tr("Share")}};
    out->states.percentColumns = {2};
    for (const char *state : {"published", "rejected", "hidden", "pending"}) {
        const qint64 n = byState.value(QLatin1String(state));
        out->states.rows.append({DomainText::contributionState(QLatin1String(state)),
                                 n,
                                 total > 0 ? double(n) / double(total) : 0.0});
    }

    rows.clear();
    values.clear();
    w = where(d, QStringLiteral("r.reported_at"), f, &values, QStringLiteral("c.topic_id"));
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT r.reason, count(*) FROM contribution_reports r JOIN "
                           "contributions c ON c.id = r.contribution_id WHERE %1 "
                           "GROUP BY r.reason")
                .arg(w),
            values,
            &rows);
        !e.ok())
        return e;
    QMap<QString, qint64> byReason;
    for (const QVariantList &r : std::as_const(rows))
        byReason[r.at(0).toString()] = r.at(1).toLongLong();
    out->reasons = {QStringLiteral("discussions-reasons"),
                    tr("Report reasons"),
                    tr("Reports from the public in the period, by reason."),
                    {tr("Reason"), tr("Reports")}};
    for (const char *reason :
         {"off_topic", "abusive", "spam", "personal_data", "duplicate", "other"})
        out->reasons.rows.append({DomainText::reportReason(QLatin1String(reason)),
                                  byReason.value(QLatin1String(reason))});

    rows.clear();
    values.clear();
    QString topic;
    if (f.topicId > 0) {
        topic = QStringLiteral(" AND topic_id = ?");
        values << f.topicId;
    }
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT %1, count(*) FROM contributions WHERE state = 'pending'%2 "
                           "GROUP BY 1")
                .arg(Rollups::qatarDay(d, QStringLiteral("submitted_at")), topic),
            values,
            &rows);
        !e.ok())
        return e;
    QList<qint64> ages(6, 0);
    for (const QVariantList &r : std::as_const(rows))
        ages[DashboardText::ageBucket(DashboardSql::toDate(r.at(0)).daysTo(today))]
            += r.at(1).toLongLong();
    out->backlog = {QStringLiteral("discussions-backlog"),
                    tr("Moderation backlog"),
                    tr("Contributions pending review today, by the days since they were "
                       "submitted."),
                    {tr("Age"), tr("Pending contributions")}};
    const QStringList ageNames = DashboardText::ageBuckets();
    for (int i = 0; i < ageNames.size(); ++i)
        out->backlog.rows.append({ageNames.at(i), ages.at(i)});

    rows.clear();
    values.clear();
    w = where(d, QStringLiteral("c.moderated_at"), f, &values, QStringLiteral("c.topic_id"));
    if (DbError e = DashboardSql::select(
            db,
            QStringLiteral("SELECT c.topic_id, t.title_ar, t.title_en, %1 AS hours, count(*) "
                           "FROM contributions c JOIN topics t ON t.id = c.topic_id WHERE %2 "
                           "AND c.state <> 'pending' GROUP BY c.topic_id, t.title_ar, "
                           "t.title_en, 4 ORDER BY c.topic_id, 4")
                .arg(Rollups::decisionHours(
                         d, QStringLiteral("c.submitted_at"), QStringLiteral("c.moderated_at")),
                     w),
            values,
            &rows);
        !e.ok())
        return e;
    out->timeToDecision
        = {QStringLiteral("discussions-time"),
           tr("Time to moderation decision"),
           tr("Hours from submission to the moderator's decision, for the "
              "decisions of the period: median and 90th percentile, to the "
              "whole hour."),
           {tr("Topic"), tr("Decisions"), tr("Median (hours)"), tr("90th percentile (hours)")}};
    DashboardSql::appendPercentileRows(rows, tr("All topics"), &out->timeToDecision);
    return {};
}

} // namespace DiscussionsDashboard
