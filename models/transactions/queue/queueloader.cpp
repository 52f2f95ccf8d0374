#include "transactions/queue/queueloader.h"

#include "db/database.h"

#include <QSqlError>
#include <QSqlQuery>

QueueLoader::QueueLoader(const QString &sourceConnection, int pageSize)
    : m_source(sourceConnection)
    , m_connection(Database::uniqueConnectionName(QStringLiteral("queue-loader")))
    , m_pageSize(pageSize)
{
    qRegisterMetaType<QueueRow>();
    qRegisterMetaType<QueueKey>();
    qRegisterMetaType<QList<QueueRow>>();
    qRegisterMetaType<QList<QueueKey>>();
    qRegisterMetaType<QueueFilter>();
    qRegisterMetaType<DbError>();
}

QueueLoader::~QueueLoader() = default;

void QueueLoader::shutdown()
{
    m_statements.clear(); // before their connection goes
    if (QSqlDatabase::contains(m_connection))
        Database::close(m_connection);
}

bool QueueLoader::ensureConnection(quint64 generation)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (db.isValid() && db.isOpen())
        return true;
    m_statements.clear(); // prepared on a connection that is gone
    if (DbError e = Database::cloneConnection(m_source, m_connection); !e.ok()) {
        emit failed(generation, e);
        return false;
    }
    return true;
}

QString QueueLoader::selectColumns(const Dialect &d, QueueFilter::Sort sort)
{
    QueueFilter order;
    order.sort = sort;
    const QString key = order.sortColumn();
    // On PostgreSQL the two moments come as epoch milliseconds: an integer is read without the
    // date parsing QPSQL does for timestamptz, which cost more than the query on a page. The
    // last column is the sort key exactly as the database has it, to seek from.
    if (d.isPostgres())
        return QStringLiteral("t.id, t.reference, s.name_ar, s.name_en, t.applicant_name, "
                              "CAST(extract(epoch FROM t.submitted_at) * 1000 AS bigint), "
                              "CAST(extract(epoch FROM t.due_at) * 1000 AS bigint), "
                              "t.state, t.priority, st.login, t.version, CAST(%1 AS text)")
            .arg(key);
    return QStringLiteral("t.id, t.reference, s.name_ar, s.name_en, t.applicant_name, "
                          "t.submitted_at, t.due_at, "
                          "t.state, t.priority, st.login, t.version, %1")
        .arg(key);
}

QString
QueueLoader::pageSql(const Dialect &d, const QString &where, bool seek, QueueFilter::Sort sort)
{
    QueueFilter order;
    order.sort = sort;
    const QString key = order.sortColumn();
    const QString direction = order.descending() ? QStringLiteral(" DESC") : QString();
    const QString from
        = QStringLiteral(" FROM transactions t JOIN services s ON s.id = t.service_id "
                         "LEFT JOIN staff st ON st.id = t.assigned_to WHERE 1 = 1");
    const QString seekClause
        = seek ? QStringLiteral(" AND (%1, t.id) %2 (%3, ?)")
                     .arg(key,
                          order.descending() ? QStringLiteral("<=") : QStringLiteral(">="),
                          d.timestampParam(QStringLiteral("?")))
               : QString();
    return QStringLiteral("SELECT ") + selectColumns(d, sort) + from + where + seekClause
           + QStringLiteral(" ORDER BY ") + key + direction + QStringLiteral(", t.id") + direction
           + QStringLiteral(" LIMIT ?");
}

QString QueueLoader::bookmarkSql(const Dialect &d, const QString &where, QueueFilter::Sort sort)
{
    QueueFilter order;
    order.sort = sort;
    const QString column = order.sortColumn();
    const QString direction = order.descending() ? QStringLiteral(" DESC") : QString();
    const QString key = d.isPostgres() ? QStringLiteral("CAST(%1 AS text)").arg(column) : column;
    return QStringLiteral("SELECT k, id FROM (SELECT %1 AS k, t.id AS id, "
                          "row_number() OVER (ORDER BY %3%4, t.id%4) AS rn FROM transactions t "
                          "WHERE 1 = 1%2) b "
                          "WHERE (rn - 1) % ? = 0 ORDER BY rn")
        .arg(key, where, column, direction);
}

namespace {
QDateTime momentOf(const QVariant &value)
{
    if (value.isNull())
        return {};
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
    return Database::toDateTime(value);
}
} // namespace

QList<QueueRow> QueueLoader::readPage(quint64 generation, const QueueKey *from, bool *ok)
{
    *ok = false;
    QList<QueueRow> rows;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Dialect d = Dialect::of(db);
    QVariantList values;
    const QString where = m_filter.where(d, values);
    if (from)
        values << from->due << from->id;
    values << m_pageSize;
    const QString sql = pageSql(d, where, from != nullptr, m_filter.sort);
    DbError e;
    QSqlQuery *q = m_statements.exec(m_connection, sql, values, &e);
    if (!q) {
        emit failed(generation, e);
        return rows;
    }
    rows.reserve(m_pageSize);
    while (q->next()) {
        QueueRow r;
        r.id = q->value(0).toLongLong();
        r.reference = q->value(1).toString();
        r.serviceAr = q->value(2).toString();
        r.serviceEn = q->value(3).toString();
        r.applicant = q->value(4).toString();
        r.submittedAt = momentOf(q->value(5));
        r.dueAt = momentOf(q->value(6));
        r.state = q->value(7).toString();
        r.priority = q->value(8).toInt();
        r.owner = q->value(9).toString();
        r.version = q->value(10).toInt();
        r.dueKey = q->value(11).toString();
        rows << r;
    }
    q->finish(); // the result goes, the prepared statement stays
    *ok = true;
    return rows;
}

void QueueLoader::start(quint64 generation, const QueueFilter &filter)
{
    m_generation = generation;
    m_filter = filter;
    if (!ensureConnection(generation))
        return;
    bool ok = false;
    const QList<QueueRow> first = readPage(generation, nullptr, &ok);
    if (!ok)
        return;
    emit pageLoaded(generation, 0, first);
    if (first.size() < m_pageSize) { // everything fits on one page: no need to count
        emit counted(generation, first.size());
        emit bookmarksLoaded(generation,
                             first.isEmpty()
                                 ? QList<QueueKey>{}
                                 : QList<QueueKey>{{first.first().dueKey, first.first().id}});
        return;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const Dialect d = Dialect::of(db);
    QVariantList values;
    const QString where = filter.where(d, values);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT count(*) FROM transactions t WHERE 1 = 1") + where);
    if (DbError e = Database::exec(q, values); !e.ok() || !q.next()) {
        emit failed(generation, e.ok() ? DbError::fromSql(q.lastError()) : e);
        return;
    }
    const qint64 count = q.value(0).toLongLong();
    q.finish();
    emit counted(generation, count);
    // A newer request is waiting: it will read its own bookmarks.
    if (m_latest.loadAcquire() != generation)
        return;
    values << m_pageSize;
    q.prepare(bookmarkSql(d, where, filter.sort));
    if (DbError e = Database::exec(q, values); !e.ok()) {
        emit failed(generation, e);
        return;
    }
    QList<QueueKey> bookmarks;
    bookmarks.reserve(int(count / m_pageSize) + 1);
    while (q.next())
        bookmarks << QueueKey{q.value(0).toString(), q.value(1).toLongLong()};
    emit bookmarksLoaded(generation, bookmarks);
}

void QueueLoader::loadPage(quint64 generation, int page, const QueueKey &from)
{
    if (generation != m_generation
        || m_latest.loadAcquire() != generation) // the filter has since changed
        return;
    if (!ensureConnection(generation))
        return;
    bool ok = false;
    QList<QueueRow> rows = readPage(generation, &from, &ok);
    if (ok)
        emit pageLoaded(generation, page, rows);
}
