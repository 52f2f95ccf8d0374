#pragma once

#include "common/pagecache.h"
#include "db/dberror.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QThread>

// The paging core every keyset-paged list model shares (the transaction queue, each tab of the
// moderation queue): a loader on its own thread and connection answers with the first page, then
// the count, then the bookmarks (the sort key of every page's first row), then any page asked for
// by seeking from its bookmark. Every answer carries the generation it was asked under, so that
// answers to an older filter are dropped. data() never blocks: a row not yet loaded is asked for
// and appears when its page arrives; a bounded page cache keeps memory flat end to end.
//
// The part without a row type: the signals, the row count and the generation.
class KeysetModelBase : public QAbstractTableModel
{
    Q_OBJECT
public:
    bool isCounted() const { return m_counted; }
    bool hasBookmarks() const { return m_bookmarksReady; }
    int pageSize() const { return m_pageSize; }
    // Language or digits changed: repaint headers and cells (formatting happens in data()).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;

signals:
    void loadFailed(const QString &message);
    void countChanged(qint64 rows);
    void pageArrived(int page);

protected:
    KeysetModelBase(int pageSize, QObject *parent);

    // A new read: answers under older generations are dropped from now on.
    quint64 beginRead();
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    quint64 generation() const { return m_generation; }
    int rows() const { return m_rows; }
    void resize(int rows);
    void repaintAll(const QList<int> &roles = {});
    // A page of `count` rows has been put in the cache.
    void pageStored(int page, int count);
    void counted(qint64 rows);
    void bookmarksStored();
    // Whether the page may be asked for now; marks it asked.
    bool claimRequest(int page, int bookmarks) const;
    void requestAnswered(int page) { m_pending.remove(page); }

private:
    int m_pageSize;
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_counted = false;
    bool m_bookmarksReady = false;
    mutable QSet<int> m_pending;
};

// The part with the row and key types, over a Loader with this shape:
//   void setLatest(quint64 generation);            (thread-safe)
//   slots:   void loadPage(quint64, int page, const Key &from);  void shutdown();
//   signals: pageLoaded(quint64, int, const QList<Row> &); counted(quint64, qint64);
//            bookmarksLoaded(quint64, const QList<Key> &); failed(quint64, const DbError &)
// The model owns the loader and its thread. A subclass starts a read with restart(), giving the
// call that starts its loader, and gives columnCount(), data() and headerData().
template<typename Row, typename Key, typename Loader>
class KeysetTableModel : public KeysetModelBase
{
public:
    KeysetTableModel(Loader *loader,
                     const QString &threadName,
                     int pageSize,
                     int maxCachedPages,
                     QObject *parent)
        : KeysetModelBase(pageSize, parent)
        , m_loader(loader)
        , m_cache(maxCachedPages)
    {
        m_thread.setObjectName(threadName);
        m_loader->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
        QObject::connect(
            m_loader,
            &Loader::pageLoaded,
            this,
            [this](quint64 generation, int page, const QList<Row> &rows) {
                if (!isCurrent(generation))
                    return; // a stale answer to an older filter
                requestAnswered(page);
                if (page == 0 && !isCounted())
                    m_cache.clear(); // the first page of a new read: the old one's pages go
                m_cache.insert(page, rows);
                pageStored(page, int(rows.size()));
            },
            Qt::QueuedConnection);
        QObject::connect(
            m_loader,
            &Loader::counted,
            this,
            [this](quint64 generation, qint64 rows) {
                if (isCurrent(generation))
                    counted(rows);
            },
            Qt::QueuedConnection);
        QObject::connect(
            m_loader,
            &Loader::bookmarksLoaded,
            this,
            [this](quint64 generation, const QList<Key> &bookmarks) {
                if (!isCurrent(generation))
                    return;
                m_bookmarks = bookmarks;
                bookmarksStored();
            },
            Qt::QueuedConnection);
        QObject::connect(
            m_loader,
            &Loader::failed,
            this,
            [this](quint64 generation, const DbError &error) {
                if (isCurrent(generation))
                    emit loadFailed(error.userMessage());
            },
            Qt::QueuedConnection);
        m_thread.start();
    }

    ~KeysetTableModel() override
    {
        m_loader->setLatest(~quint64(0));
        QMetaObject::invokeMethod(m_loader, &Loader::shutdown, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }

    int cachedPages() const { return m_cache.size(); }

    // The row if its page is in memory; nullptr otherwise (and the page is asked for).
    const Row *rowAt(int row)
    {
        if (row < 0 || row >= rows())
            return nullptr;
        const int page = row / pageSize();
        const QList<Row> *cached = m_cache.page(page);
        if (!cached) {
            request(page);
            return nullptr;
        }
        const int offset = row % pageSize();
        return offset < cached->size() ? &cached->at(offset) : nullptr;
    }

    // Every row in memory with its row number (no page asked for): f(row, const Row &).
    template<typename F> void forEachLoaded(F f) const
    {
        const int size = pageSize();
        const int count = rows();
        m_cache.forEach([&](int page, const QList<Row> &rows) {
            for (int i = 0; i < rows.size() && page * size + i < count; ++i)
                f(page * size + i, rows.at(i));
        });
    }

protected:
    // Reads again: `start(loader, generation)` runs on the loader's thread. Rows stay on screen
    // until the new answer arrives: no flicker on a live refresh.
    template<typename Start> void restart(Start start)
    {
        const quint64 generation = beginRead();
        m_bookmarks.clear();
        m_loader->setLatest(generation);
        QMetaObject::invokeMethod(
            m_loader, [loader = m_loader, generation, start] { start(loader, generation); });
    }
    Loader *loader() const { return m_loader; }
    // data()'s row: rowAt() from a const method (asking for a page changes no row).
    const Row *rowFor(const QModelIndex &index) const
    {
        return const_cast<KeysetTableModel *>(this)->rowAt(index.row());
    }

private:
    void request(int page) const
    {
        // Without its bookmark a page cannot be sought yet; the view asks again when they come.
        if (!claimRequest(page, int(m_bookmarks.size())))
            return;
        const Key from = m_bookmarks.at(page);
        QMetaObject::invokeMethod(m_loader,
                                  [loader = m_loader, generation = generation(), page, from] {
                                      loader->loadPage(generation, page, from);
                                  });
    }

    QThread m_thread;
    Loader *m_loader;
    QList<Key> m_bookmarks;
    mutable PageCache<Row> m_cache;
};
