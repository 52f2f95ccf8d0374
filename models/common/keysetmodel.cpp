#include "common/keysetmodel.h"

KeysetModelBase::KeysetModelBase(int pageSize, QObject *parent)
    : QAbstractTableModel(parent)
    , m_pageSize(pageSize > 0 ? pageSize : 1)
{}

void KeysetModelBase::retranslate()
{
    const int columns = columnCount();
    if (columns > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columns - 1);
    repaintAll({Qt::DisplayRole});
}

int KeysetModelBase::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

quint64 KeysetModelBase::beginRead()
{
    m_counted = false;
    m_bookmarksReady = false;
    m_pending.clear();
    return ++m_generation;
}

void KeysetModelBase::resize(int rows)
{
    if (rows > m_rows) {
        beginInsertRows({}, m_rows, rows - 1);
        m_rows = rows;
        endInsertRows();
    } else if (rows < m_rows) {
        beginRemoveRows({}, rows, m_rows - 1);
        m_rows = rows;
        endRemoveRows();
    }
}

void KeysetModelBase::repaintAll(const QList<int> &roles)
{
    const int columns = columnCount();
    if (m_rows > 0 && columns > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columns - 1), roles);
}

void KeysetModelBase::pageStored(int page, int count)
{
    // Until the count comes, the first page says how many rows there are at least (or exactly,
    // when it is not full).
    if (page == 0 && !m_counted && (count < m_pageSize || m_rows < count))
        resize(count);
    const int first = page * m_pageSize;
    const int last = qMin(m_rows, first + count) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    emit pageArrived(page);
}

void KeysetModelBase::counted(qint64 rows)
{
    m_counted = true;
    resize(int(qMin<qint64>(rows, std::numeric_limits<int>::max())));
    emit countChanged(rows);
    repaintAll();
}

void KeysetModelBase::bookmarksStored()
{
    m_bookmarksReady = true;
    // Rows the view showed as placeholders can be fetched now.
    repaintAll({Qt::DisplayRole});
}

bool KeysetModelBase::claimRequest(int page, int bookmarks) const
{
    if (m_pending.contains(page) || page >= bookmarks)
        return false;
    m_pending.insert(page);
    return true;
}
