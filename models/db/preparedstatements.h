#pragma once

#include "db/dberror.h"

#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>

// A background loader's page statements on its own connection, prepared once each and reused
// for every page: on PostgreSQL this spares the PREPARE and DEALLOCATE round trips and, once
// the server keeps a generic plan, the planning (0.5 ms for the moderation queue's page, more
// than reading its 200 rows). A handful of shapes live at once (first page and seek, per filter);
// all are dropped when filters keep changing.
class PreparedStatements
{
public:
    explicit PreparedStatements(size_t capacity = 8)
        : m_capacity(capacity)
    {}

    // The prepared statement for `sql` on `connection`; nullptr and `error` set if it would not
    // prepare.
    QSqlQuery *get(const QString &connection, const QString &sql, DbError *error);
    // Runs it with `values`; a statement that failed is dropped (its connection may be gone).
    QSqlQuery *
    exec(const QString &connection, const QString &sql, const QVariantList &values, DbError *error);
    // Before their connection closes, or once it is gone.
    void clear() { m_statements.clear(); }

private:
    size_t m_capacity;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};
