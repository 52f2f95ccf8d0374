#pragma once

#include "db/dberror.h"
#include "db/preparedstatements.h"
#include "transactions/queue/queuefilter.h"
#include "transactions/queue/queuerow.h"

#include <QAtomicInteger>
#include <QObject>

// Reads a transaction queue on its own thread and its own database connection: the first page
// at once, then the count and the bookmarks (the sort key of every page's first row, read in
// one index-only pass), then any page asked for by seeking from its bookmark. Every answer
// carries the generation it was asked under, so the model can drop stale ones.
class QueueLoader : public QObject
{
    Q_OBJECT
public:
    // `sourceConnection` is cloned on the loader's thread (QSqlDatabase::cloneDatabase by name).
    QueueLoader(const QString &sourceConnection, int pageSize);
    ~QueueLoader() override;

    int pageSize() const { return m_pageSize; }
    // Thread-safe: tells the loader that answers for older generations are no longer wanted.
    void setLatest(quint64 generation) { m_latest.storeRelease(generation); }

    // SQL, exposed for tests and the benchmark (alias t; placeholders positional).
    static QString selectColumns(const Dialect &d,
                                 QueueFilter::Sort sort = QueueFilter::Sort::DueFirst);
    static QString pageSql(const Dialect &d,
                           const QString &where,
                           bool seek,
                           QueueFilter::Sort sort = QueueFilter::Sort::DueFirst);
    static QString bookmarkSql(const Dialect &d,
                               const QString &where,
                               QueueFilter::Sort sort = QueueFilter::Sort::DueFirst);

public slots:
    void start(quint64 generation, const QueueFilter &filter);
    void loadPage(quint64 generation, int page, const QueueKey &from);
    // Ends the connection; call on the loader's thread before it stops.
    void shutdown();

signals:
    void pageLoaded(quint64 generation, int page, const QList<QueueRow> &rows);
    void counted(quint64 generation, qint64 rows);
    void bookmarksLoaded(quint64 generation, const QList<QueueKey> &bookmarks);
    void failed(quint64 generation, const DbError &error);

private:
    bool ensureConnection(quint64 generation);
    QList<QueueRow> readPage(quint64 generation, const QueueKey *from, bool *ok);

    QString m_source;
    QString m_connection;
    int m_pageSize;
    quint64 m_generation = 0;
    QAtomicInteger<quint64> m_latest = 0;
    QueueFilter m_filter;
    PreparedStatements m_statements;
};
