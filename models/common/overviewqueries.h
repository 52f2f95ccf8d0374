#pragma once

#include "db/dialect.h"

#include <QString>

// The bounded SELECTs behind the overview pages of each work area (all end in LIMIT ? or
// aggregate to a handful of rows), kept here so that SQL stays out of ui/.
namespace OverviewQueries {

// service code, name_ar, name_en, submitted, in_review, awaiting_applicant, escalated, overdue
QString serviceCounters(const Dialect &d);
// reference, service name ar, service name en, applicant, submitted_at, seconds until due,
// state, priority, owner login
QString mostUrgentOpen(const Dialect &d);
// id, topic title ar, topic title en, author, body, flags, reports, submitted_at, state
QString contributionsToReview(const Dialect &d);
// id, title_ar, title_en, state, questions, opens_at, closes_at, responses
QString polls(const Dialect &d);
// login, display_name_ar, display_name_en, roles, active
QString staff(const Dialect &d);
// code, name_ar, name_en, category, sla_hours, documents
QString services(const Dialect &d);
// Poll trend: month (YYYY-MM), option text ar, option text en, answers — for the first
// choice question of the given poll (bound), from the daily rollup table.
QString pollMonthlyTrend(const Dialect &d);
// id, title_ar, title_en of the poll the dashboard opens on (most responses, open first).
QString dashboardPoll(const Dialect &d);

} // namespace OverviewQueries
