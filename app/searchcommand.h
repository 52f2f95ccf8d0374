#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTextStream>

// diwan-admin search: the GUI's searches from the command line. Prints one line per match,
// "AREA<TAB>ID<TAB>TEXT" with the words that matched in [brackets], in the order the GUI shows
// them (transactions, then contributions); when nothing matches, the website's hint and, as the
// transactions page does, the closest names. The text is searched for as it is: quotes,
// operators, percent signs and control characters are words or separators, never syntax.
namespace SearchCommand {

enum class Area { Transactions, Contributions, All };

// Exit status: 0 with matches or "nothing found", 1 on a database error.
int run(QSqlDatabase &db,
        Area area,
        int limit,
        const QString &text,
        QTextStream &out,
        QTextStream &err);

} // namespace SearchCommand
