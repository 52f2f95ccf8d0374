#include "db/preparedstatements.h"

#include "db/database.h"

#include <QSqlDatabase>
#include <QSqlError>

QSqlQuery *PreparedStatements::get(const QString &connection, const QString &sql, DbError *error)
{
    if (auto it = m_statements.find(sql); it != m_statements.end())
        return it->second.get();
    if (m_statements.size() >= m_capacity)
        m_statements.clear();
    auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(connection, false));
    q->setForwardOnly(true);
    if (!q->prepare(sql)) {
        *error = DbError::fromSql(q->lastError());
        return nullptr;
    }
    return m_statements.emplace(sql, std::move(q)).first->second.get();
}

QSqlQuery *PreparedStatements::exec(const QString &connection,
                                    const QString &sql,
                                    const QVariantList &values,
                                    DbError *error)
{
    QSqlQuery *q = get(connection, sql, error);
    if (!q)
        return nullptr;
    if (DbError e = Database::exec(*q, values); !e.ok()) {
        m_statements.erase(sql);
        *error = e;
        return nullptr;
    }
    return q;
}
