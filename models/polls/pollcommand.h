#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

// What `diwan-admin poll import` and `poll export` do, kept out of app/ so that it can be tested
// and the command line stays wiring. Exit codes, which scripts rely on: 0 imported (or, with
// --dry-run, would be), 1 refused with the reason on stderr, 2 bad usage (decided by the caller).
namespace Polls {

class PollCommand
{
public:
    // FILE is a Diwan poll JSON or a LimeSurvey .lss; prints the import report on `out`. Saved as
    // a draft in the name of `login` (SQLite; on PostgreSQL the connection's own login).
    static int importFile(QSqlDatabase *db,
                          const QString &login,
                          const QString &file,
                          bool dryRun,
                          QTextStream &out,
                          QTextStream &err);
    // The poll as Diwan JSON on `out`.
    static int exportPoll(QSqlDatabase &db, qint64 id, QTextStream &out, QTextStream &err);
};

} // namespace Polls
