#pragma once

#include "dashboards/dashboardfilters.h"
#include "dashboards/datatable.h"
#include "db/dberror.h"

#include <QSqlDatabase>

// The Discussions dashboard's figures, by indexed aggregate queries over contributions, reports
// and moderation (the indexes of migration 019): contributions per topic per week, the share of
// each state (published, rejected, hidden, pending), report reasons, the pending backlog by age
// and the median and 90th-percentile hours from submission to a moderator's decision.
namespace DiscussionsDashboard {

struct Result
{
    DataTable perTopic;       // week, topic, contributions
    DataTable states;         // state, contributions, share
    DataTable reasons;        // reason, reports
    DataTable backlog;        // age, pending contributions
    DataTable timeToDecision; // topic, decisions, median hours, 90th percentile hours
    QList<DataTable> all() const { return {perTopic, states, reasons, backlog, timeToDecision}; }
};

struct Topic
{
    qint64 id = 0;
    QString title;
};
DbError topics(const QSqlDatabase &db, QList<Topic> *out);

DbError
load(const QSqlDatabase &db, const DashboardFilters &filters, const QDate &today, Result *out);

} // namespace DiscussionsDashboard
