#pragma once

#include "transactions/queue/queuerow.h"

#include <QHash>
#include <QList>

// A bounded cache of queue pages, least recently used evicted first, so that scrolling a
// two-million-row queue end to end keeps memory flat. No Qt application needed to test it.
class PageCache
{
public:
    explicit PageCache(int maxPages = 64)
        : m_maxPages(maxPages > 0 ? maxPages : 1)
    {}

    // nullptr if absent; a hit makes the page the most recently used.
    const QList<QueueRow> *page(int index);
    bool contains(int index) const { return m_pages.contains(index); }
    // Returns the index evicted to make room, or -1.
    int insert(int index, QList<QueueRow> rows);
    void clear();
    int size() const { return int(m_pages.size()); }
    int maxPages() const { return m_maxPages; }

private:
    struct Entry
    {
        QList<QueueRow> rows;
        quint64 used = 0;
    };
    QHash<int, Entry> m_pages;
    int m_maxPages;
    quint64 m_clock = 0;
};
