#pragma once

#include "db/dberror.h"
#include "demo/calendar.h"
#include "demo/seededtables.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

class PgCopy;

namespace Seeder {

// Where seeded rows go, one table at a time: a prepared INSERT per row on SQLite, COPY on
// PostgreSQL (db/pgcopy.h). For each row, one value call per column of the table's entry in
// seededtables.cpp, in that order, then endRow().
class RowSink
{
public:
    explicit RowSink(const QSqlDatabase &sqlite);
    explicit RowSink(PgCopy &copy);

    DbError begin(SeededTable table);
    void null();
    void integer(qint64 value);
    void boolean(bool value);
    void text(const QString &value); // a null QString is written as ''
    void ascii(const char *value, int size);
    void ascii(const char *value) { ascii(value, int(qstrlen(value))); }
    void time(qint64 ms); // noTime: NULL
    void id(qint64 value) { value > 0 ? integer(value) : null(); }
    void textOrNull(const QString &value) { value.isNull() ? null() : text(value); }
    DbError endRow();
    DbError end();
    // After a failure: drops the statement or the COPY in progress, before the rollback.
    void abort();

private:
    PgCopy *m_copy = nullptr;
    QSqlQuery m_query;
    int m_columns = 0;
    int m_position = 0;
};

} // namespace Seeder
