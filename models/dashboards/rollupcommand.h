#pragma once

#include <QSqlDatabase>
#include <QTextStream>

// What `diwan-admin rollup` does, kept out of app/ so that it can be tested. Without --check it
// rebuilds every rollup from scratch (exit 0, a line per table); with --check it compares each
// with the GROUP BY over the raw rows, prints every difference and exits 1 if there is one.
namespace Dashboards {

int runRollupCommand(QSqlDatabase &db, bool check, QTextStream &out, QTextStream &err);

} // namespace Dashboards
