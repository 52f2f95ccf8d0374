#include "demo/deferredindexes.h"

#include "demo/seedconnection.h"
#include "demo/seededtables.h"

#include <QRegularExpression>

namespace Seeder {

DbError DeferredIndexes::drop()
{
    QStringList quoted;
    for (const QString &name : SeededTables::names(SeededTableInfo::DeferIndexes))
        quoted << QLatin1Char('\'') + name + QLatin1Char('\'');
    const QString tables = QLatin1Char('(') + quoted.join(QLatin1String(", ")) + QLatin1Char(')');
    const bool postgres = m_connection.isPostgres();
    const QString sql
        = postgres ? QStringLiteral("SELECT c.relname, pg_catalog.pg_get_indexdef(i.indexrelid) "
                                    "FROM pg_catalog.pg_index i "
                                    "JOIN pg_catalog.pg_class c ON c.oid = i.indexrelid "
                                    "JOIN pg_catalog.pg_class t ON t.oid = i.indrelid "
                                    "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                                    "WHERE n.nspname = 'diwan' AND t.relname IN %1 "
                                    "AND NOT i.indisprimary AND NOT i.indisunique "
                                    "AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint k "
                                    "WHERE k.conindid = i.indexrelid) "
                                    "ORDER BY t.relname, c.relname")
                         .arg(tables)
                   : QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                    "AND tbl_name IN %1 AND sql IS NOT NULL "
                                    "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY tbl_name, name")
                         .arg(tables);
    QList<QVariantList> rows;
    if (DbError e = m_connection.exec(sql, {}, &rows); !e.ok())
        return e;
    static const QRegularExpression plainName(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    const QString schema = postgres ? QStringLiteral("diwan.") : QString();
    for (const QVariantList &r : std::as_const(rows)) {
        const QString name = r.value(0).toString();
        if (!plainName.match(name).hasMatch())
            continue;
        if (DbError e = m_connection.exec(QStringLiteral("DROP INDEX %1%2").arg(schema, name));
            !e.ok())
            return e;
        m_statements << r.value(1).toString();
    }
    return {};
}

DbError DeferredIndexes::restore(const std::function<void(qint64, qint64)> &progress)
{
    for (qsizetype i = 0; i < m_statements.size(); ++i) {
        progress(i, m_statements.size());
        if (DbError e = m_connection.exec(m_statements.at(i)); !e.ok())
            return e;
    }
    progress(m_statements.size(), m_statements.size());
    m_statements.clear();
    return {};
}

} // namespace Seeder
