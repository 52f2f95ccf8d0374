#pragma once

#include "db/dialect.h"

#include <QString>

// The bounded SELECTs behind the read-only overview pages of the work areas that have no
// service of their own yet (polls, administration; each ends in LIMIT ?
// or aggregates to a handful of rows), so that SQL stays out of ui/. Each moves into its work
// area's folder when that area gets one. Columns are read by the names listed.
namespace OverviewQueries {

// id, title_ar, title_en, state, questions, opens_at, closes_at, responses
QString polls(const Dialect &d);
// login, display_name_ar, display_name_en, roles, active
QString staff(const Dialect &d);
// code, name_ar, name_en, category, sla_hours, documents
QString services(const Dialect &d);

} // namespace OverviewQueries
