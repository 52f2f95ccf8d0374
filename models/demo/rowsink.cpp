#include "demo/rowsink.h"

#include "db/pgcopy.h"

#include <QSqlError>
#include <QVariant>

namespace Seeder {

RowSink::RowSink(const QSqlDatabase &sqlite)
    : m_query(sqlite)
{}

RowSink::RowSink(PgCopy &copy)
    : m_copy(&copy)
{}

DbError RowSink::begin(SeededTable table)
{
    const SeededTableInfo &info = SeededTables::info(table);
    const QStringList columns = info.columnNames();
    Q_ASSERT(!columns.isEmpty());
    m_columns = int(columns.size());
    m_position = 0;
    if (m_copy)
        return m_copy->beginCopy(info.tableName(), columns);
    QStringList marks;
    for (qsizetype i = 0; i < columns.size(); ++i)
        marks << QStringLiteral("?");
    m_query.finish();
    if (!m_query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(info.tableName(),
                                  columns.join(QLatin1String(", ")),
                                  marks.join(QLatin1String(", ")))))
        return DbError::fromSql(m_query.lastError());
    return {};
}

void RowSink::null()
{
    ++m_position;
    if (m_copy)
        m_copy->addNull();
    else
        m_query.bindValue(m_position - 1, QVariant());
}

void RowSink::integer(qint64 value)
{
    ++m_position;
    if (m_copy)
        m_copy->addInt(value);
    else
        m_query.bindValue(m_position - 1, value);
}

void RowSink::boolean(bool value)
{
    ++m_position;
    if (m_copy)
        m_copy->addBool(value);
    else
        m_query.bindValue(m_position - 1, value ? 1 : 0);
}

void RowSink::text(const QString &value)
{
    ++m_position;
    if (m_copy)
        m_copy->addText(value);
    else // a null QString would bind as NULL; text() always means a (possibly empty) string
        m_query.bindValue(m_position - 1, value.isNull() ? QStringLiteral("") : value);
}

void RowSink::ascii(const char *value, int size)
{
    ++m_position;
    if (m_copy)
        m_copy->addLatin1(value, size);
    else
        m_query.bindValue(m_position - 1, QString::fromLatin1(value, size));
}

void RowSink::time(qint64 ms)
{
    if (ms == noTime) {
        null();
        return;
    }
    const TimeText t = formatTime(ms);
    ascii(t.text, 24);
}

DbError RowSink::endRow()
{
    const int written = m_position;
    m_position = 0;
    if (written != m_columns)
        return DbError::make(DbError::Kind::Other,
                             QStringLiteral("seeder: a row of %1 values for %2 columns")
                                 .arg(written)
                                 .arg(m_columns));
    if (m_copy)
        return m_copy->endRow();
    if (!m_query.exec())
        return DbError::fromSql(m_query.lastError());
    return {};
}

DbError RowSink::end()
{
    if (m_copy)
        return m_copy->endCopy();
    m_query.finish();
    return {};
}

void RowSink::abort()
{
    if (m_copy) {
        if (m_copy->inCopy())
            m_copy->endCopy();
    } else {
        m_query.finish();
    }
}

} // namespace Seeder
