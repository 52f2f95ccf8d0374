#pragma once

#include "db/dberror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

// The search analysis inside SQLite: registers diwan_search_terms(text), which is
// ArabicText::searchTerms, on a connection, so that the triggers that keep the FTS5 index current
// (migration 018) store exactly the terms the C++ searches for, whoever inserts the row.
// Database::open calls it for every SQLite connection; a database whose triggers use it cannot be
// written by a program that did not register it (the sqlite3 shell can still read it).
namespace ArabicTextSqlite {

DbError install(QSqlDatabase &db);

// Registers a deterministic SQL function of `arguments` text arguments computed in C++ (NULL
// when the first argument is NULL), on one connection: how other C++ text functions reach the
// triggers (ContributionFlags::installSqlite).
using TextFunction = QString (*)(const QList<QStringView> &args);
DbError installFunction(QSqlDatabase &db, const char *name, int arguments, TextFunction fn);

} // namespace ArabicTextSqlite
