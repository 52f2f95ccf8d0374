#include "common/pagecache.h"

const QList<QueueRow> *PageCache::page(int index)
{
    auto it = m_pages.find(index);
    if (it == m_pages.end())
        return nullptr;
    it->used = ++m_clock;
    return &it->rows;
}

int PageCache::insert(int index, QList<QueueRow> rows)
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

void PageCache::clear()
{
    m_pages.clear();
}
