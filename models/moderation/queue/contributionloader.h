#pragma once

#include "db/dberror.h"
#include "db/preparedstatements.h"
#include "moderation/queue/contributionfilter.h"
#include "moderation/queue/contributionrow.h"

#include <QAtomicInteger>
#include <QObject>

class Dialect;

// Reads one tab of the moderation queue on its own thread and its own database connection, as
// the transactions' QueueLoader does: the first page at once, then the tab's count and every
// tab's count, then the bookmarks (the key of every page's first row), then any page asked for by
// seeking from its bookmark. Every answer carries its generation; stale ones are dropped.
class ContributionLoader : public QObject
{
    Q_OBJECT
public:
    ContributionLoader(const QString &sourceConnection, int pageSize);
    ~ContributionLoader() override;

    void setLatest(quint64 generation) { m_latest.storeRelease(generation); }

    // The filter's conditions (" AND ..."), its values appended to `values` in order.
    static QString
    filterWhere(const Dialect &d, const ContributionFilter &filter, QVariantList *values);
    // SQL, exposed for tests and the benchmark (placeholders positional: the filter's values,
    // then for a seek the key (rank unless by time, moment, id), then the page size).
    static QString pageSql(const Dialect &d, ContributionTab tab, bool seek);
    static QString
    pageSql(const Dialect &d, const QString &where, ContributionFilter::Sort sort, bool seek);
    static QString bookmarkSql(const Dialect &d, ContributionTab tab);
    static QString
    bookmarkSql(const Dialect &d, const QString &where, ContributionFilter::Sort sort);
    // Tab counts stop at this many (shown as "at least"): a count never reads the whole table.
    static constexpr qint64 CountCap = 100000;

public slots:
    void start(quint64 generation, ContributionTab tab, const ContributionFilter &filter);
    void loadPage(quint64 generation, int page, const ContributionKey &from);
    void shutdown();

signals:
    void pageLoaded(quint64 generation, int page, const QList<ContributionRow> &rows);
    void counted(quint64 generation, qint64 rows);
    void tabsCounted(quint64 generation, const QList<qint64> &counts);
    void bookmarksLoaded(quint64 generation, const QList<ContributionKey> &bookmarks);
    void failed(quint64 generation, const DbError &error);

private:
    bool ensureConnection(quint64 generation);
    QList<ContributionRow> readPage(quint64 generation, const ContributionKey *from, bool *ok);

    QString m_source;
    QString m_connection;
    int m_pageSize;
    quint64 m_generation = 0;
    QAtomicInteger<quint64> m_latest = 0;
    ContributionTab m_tab = ContributionTab::Pending;
    ContributionFilter m_filter;
    PreparedStatements m_statements;
};
