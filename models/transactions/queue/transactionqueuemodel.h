#pragma once

#include "common/pagecache.h"
#include "transactions/queue/queuefilter.h"
#include "transactions/queue/queuerow.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QThread>

class QueueLoader;

// A transaction queue of any length: keyset pages from a loader on its own thread and
// connection, a bounded page cache, bookmarks for deep jumps. data() never blocks: a row not
// yet loaded shows a placeholder and is asked for; it appears when its page arrives.
class TransactionQueueModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Reference,
        Service,
        Applicant,
        Submitted,
        Due,
        State,
        Priority,
        Owner,
        LastColumn
    };
    enum Role { IdRole = Qt::UserRole + 1, VersionRole, LoadedRole };

    explicit TransactionQueueModel(const QString &connectionName,
                                   int pageSize = 200,
                                   int maxCachedPages = 64,
                                   QObject *parent = nullptr);
    ~TransactionQueueModel() override;

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    void refresh();
    // Language or digits changed: repaint headers and cells (formatting happens in data()).
    void retranslate();

    bool isCounted() const { return m_counted; }
    bool hasBookmarks() const { return m_bookmarksReady; }
    int cachedPages() const { return m_cache.size(); }
    int pageSize() const { return m_pageSize; }
    // The row if its page is in memory; nullptr otherwise (and the page is requested).
    const QueueRow *rowAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);
    void countChanged(qint64 rows);
    void pageArrived(int page);

private:
    void onPageLoaded(quint64 generation, int page, const QList<QueueRow> &rows);
    void onCounted(quint64 generation, qint64 rows);
    void onBookmarks(quint64 generation, const QList<QueueKey> &bookmarks);
    void request(int page) const;
    void resize(int rows);

    QThread m_thread;
    QueueLoader *m_loader = nullptr;
    QueueFilter m_filter;
    int m_pageSize;
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_counted = false;
    bool m_bookmarksReady = false;
    QList<QueueKey> m_bookmarks;
    mutable PageCache<QueueRow> m_cache;
    mutable QSet<int> m_pending;
};
