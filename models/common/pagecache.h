#pragma once

#include <QHash>
#include <QList>

// A bounded cache of pages of rows, least recently used evicted first, so that scrolling a
// two-million-row list end to end keeps memory flat. Any keyset-paged list model uses it with its
// own row type. No Qt application needed to test it.
template<typename Row> class PageCache
{
public:
    explicit PageCache(int maxPages = 64)
        : m_maxPages(maxPages > 0 ? maxPages : 1)
    {}

    // nullptr if absent; a hit makes the page the most recently used.
    const QList<Row> *page(int index)
    {
        auto it = m_pages.find(index);
        if (it == m_pages.end())
            return nullptr;
        it->used = ++m_clock;
        return &it->rows;
    }
    bool contains(int index) const { return m_pages.contains(index); }
    // Every page in memory, in no order, none made more recent: f(index, rows).
    template<typename F> void forEach(F f) const
    {
        for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
            f(it.key(), it->rows);
    }
    // Returns the index evicted to make room, or -1.
    int insert(int index, QList<Row> rows)
    {
        int evicted = -1;
        if (!m_pages.contains(index) && m_pages.size() >= m_maxPages) {
            auto oldest = m_pages.begin();
            for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
                if (it->used < oldest->used)
                    oldest = it;
            }
            evicted = oldest.key();
            m_pages.erase(oldest);
        }
        m_pages.insert(index, Entry{std::move(rows), ++m_clock});
        return evicted;
    }
    void clear() { m_pages.clear(); }
    int size() const { return int(m_pages.size()); }
    int maxPages() const { return m_maxPages; }

private:
    struct Entry
    {
        QList<Row> rows;
        quint64 used = 0;
    };
    QHash<int, Entry> m_pages;
    int m_maxPages;
    quint64 m_clock = 0;
};
