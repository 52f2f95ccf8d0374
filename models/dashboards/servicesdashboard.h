#pragma once

#include "dashboards/dashboardfilters.h"
#include "dashboards/datatable.h"
#include "db/dberror.h"

#include <QSqlDatabase>

// The Services dashboard's figures, from the rollups of migrations 019 and 027 only (never a scan of
// transactions): volume by service and by municipality, the backlog by age, SLA compliance,
// median and 90th-percentile time to decision (whole hours), and per-clerk throughput, which
// PostgreSQL gives to managers alone (diwan.clerk_throughput) and SQLite only when `manager`.
namespace ServicesDashboard {

struct Result
{
    DataTable byService;      // service, transactions
    DataTable byMunicipality; // municipality, transactions
    DataTable backlog;        // age, open transactions
    DataTable sla;            // class, transactions, share
    DataTable timeToDecision; // service, decisions, median hours, 90th percentile hours
    DataTable clerks;         // clerk, decisions, on time, share on time (empty unless manager)
    QList<DataTable> all() const
    {
        return {byService, byMunicipality, backlog, sla, timeToDecision, clerks};
    }
};

struct ServiceChoice
{
    qint64 id = 0;
    QString name;
};
DbError services(const QSqlDatabase &db, QList<ServiceChoice> *out);

// `today` is the Qatar day the backlog's ages and lateness are counted from.
DbError load(const QSqlDatabase &db,
             const DashboardFilters &filters,
             const QDate &today,
             bool manager,
             Result *out);

} // namespace ServicesDashboard
