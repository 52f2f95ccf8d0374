#pragma once

#include "db/dberror.h"

#include <QSqlDatabase>

// The search analysis inside SQLite: registers diwan_search_terms(text), which is
// ArabicText::searchTerms, on a connection, so that the triggers that keep the FTS5 index current
// (migration 018) store exactly the terms the C++ searches for, whoever inserts the row.
// Database::open calls it for every SQLite connection; a database whose triggers use it cannot be
// written by a program that did not register it (the sqlite3 shell can still read it).
namespace ArabicTextSqlite {

DbError install(QSqlDatabase &db);

} // namespace ArabicTextSqlite
