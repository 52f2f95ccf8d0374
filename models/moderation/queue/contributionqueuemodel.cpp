#include "moderation/queue/contributionqueuemodel.h"

#include "common/arabictext.h"
#include "common/presenter.h"
#include "moderation/queue/contributionloader.h"

ContributionQueueModel::ContributionQueueModel(const QString &connectionName,
                                               int pageSize,
                                               int maxCachedPages,
                                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new ContributionLoader(connectionName, pageSize))
    , m_pageSize(pageSize)
    , m_cache(maxCachedPages)
{
    m_thread.setObjectName(QStringLiteral("contribution-loader"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader,
            &ContributionLoader::pageLoaded,
            this,
            &ContributionQueueModel::onPageLoaded,
            Qt::QueuedConnection);
    connect(m_loader,
            &ContributionLoader::counted,
            this,
            &ContributionQueueModel::onCounted,
            Qt::QueuedConnection);
    connect(m_loader,
            &ContributionLoader::bookmarksLoaded,
            this,
            &ContributionQueueModel::onBookmarks,
            Qt::QueuedConnection);
    connect(
        m_loader,
        &ContributionLoader::tabsCounted,
        this,
        [this](quint64 generation, const QList<qint64> &counts) {
            if (generation != m_generation)
                return;
            m_tabCounts = counts;
            emit tabCountsChanged();
        },
        Qt::QueuedConnection);
    connect(
        m_loader,
        &ContributionLoader::failed,
        this,
        [this](quint64 generation, const DbError &error) {
            if (generation == m_generation)
                emit loadFailed(error.userMessage());
        },
        Qt::QueuedConnection);
    m_thread.start();
}

ContributionQueueModel::~ContributionQueueModel()
{
    m_loader->setLatest(~quint64(0));
    QMetaObject::invokeMethod(
        m_loader, &ContributionLoader::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ContributionQueueModel::setTab(ContributionTab tab)
{
    m_tab = tab;
    refresh();
}

void ContributionQueueModel::refresh()
{
    const quint64 generation = ++m_generation;
    m_loader->setLatest(generation);
    m_counted = false;
    m_bookmarksReady = false;
    m_bookmarks.clear();
    m_pending.clear();
    QMetaObject::invokeMethod(m_loader,
                              [loader = m_loader, generation, tab = m_tab, filter = m_filter] {
                                  loader->start(generation, tab, filter);
                              });
}

void ContributionQueueModel::setFilter(const ContributionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    refresh();
}

void ContributionQueueModel::setHeaderText(std::function<QString(Column)> text)
{
    m_headerText = std::move(text);
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::LastColumn) - 1);
}

void ContributionQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::LastColumn) - 1);
    if (m_rows > 0)
        emit dataChanged(
            index(0, 0), index(m_rows - 1, int(Column::LastColumn) - 1), {Qt::DisplayRole});
}

qint64 ContributionQueueModel::tabCount(ContributionTab tab) const
{
    const int i = int(tab);
    return i >= 0 && i < m_tabCounts.size() ? m_tabCounts.at(i) : -1;
}

void ContributionQueueModel::resize(int rows)
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

void ContributionQueueModel::onPageLoaded(quint64 generation,
                                          int page,
                                          const QList<ContributionRow> &rows)
{
    if (generation != m_generation)
        return;
    m_pending.remove(page);
    if (page == 0 && !m_counted) {
        // First page of a new read: what the old one cached goes.
        m_cache.clear();
        const int provisional = int(rows.size());
        if (provisional < m_pageSize || m_rows < provisional)
            resize(provisional);
    }
    m_cache.insert(page, rows);
    const int first = page * m_pageSize;
    const int last = qMin(m_rows, first + int(rows.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, int(Column::LastColumn) - 1));
}

void ContributionQueueModel::onCounted(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;
    m_counted = true;
    resize(int(qMin<qint64>(rows, std::numeric_limits<int>::max())));
    emit countChanged(rows);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, int(Column::LastColumn) - 1));
}

void ContributionQueueModel::onBookmarks(quint64 generation,
                                         const QList<ContributionKey> &bookmarks)
{
    if (generation != m_generation)
        return;
    m_bookmarks = bookmarks;
    m_bookmarksReady = true;
    if (m_rows > 0)
        emit dataChanged(
            index(0, 0), index(m_rows - 1, int(Column::LastColumn) - 1), {Qt::DisplayRole});
}

void ContributionQueueModel::request(int page) const
{
    if (m_pending.contains(page) || page >= m_bookmarks.size())
        return;
    const ContributionKey from = m_bookmarks.at(page);
    m_pending.insert(page);
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, generation = m_generation, page, from] {
        loader->loadPage(generation, page, from);
    });
}

const ContributionRow *ContributionQueueModel::rowAt(int row)
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / m_pageSize;
    const QList<ContributionRow> *rows = m_cache.page(page);
    if (!rows) {
        request(page);
        return nullptr;
    }
    const int offset = row % m_pageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

int ContributionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ContributionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::LastColumn);
}

QVariant ContributionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContributionRow *row = const_cast<ContributionQueueModel *>(this)->rowAt(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("\u2026"))
                                                              : QVariant();
    const Presenter &p = Presenter::current();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Text:
            // Public text: its controls shown, never obeyed; on one line in the list.
            return ArabicText::revealControls(row->body.simplified());
        case Column::Topic:
            return ArabicText::isolate(p.isArabic() ? row->topicAr : row->topicEn);
        case Column::Author:
            return ArabicText::isolate(row->author);
        case Column::Flags:
            return {}; // badges, drawn from FlagsRole
        case Column::Reports:
            return p.number(row->reportCount);
        case Column::Submitted:
            return p.dateTime(row->submittedAt);
        case Column::LookingAt:
            return row->claimedBy == 0
                       ? QString()
                       : ArabicText::isolate(p.isArabic() ? row->claimedByAr : row->claimedByEn);
        case Column::LastColumn:
            break;
        }
        return {};
    case Qt::TextAlignmentRole: // numbers line up on the right in both directions
        if (Column(index.column()) == Column::Reports)
            return int(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        return {};
    case IdRole:
        return row->id;
    case VersionRole:
        return row->version;
    case StateRole:
        return row->state;
    case FlagsRole:
        return row->flags;
    case AutoHiddenRole:
        return row->autoHidden;
    case BodyRole:
        return row->body;
    case ClaimedByRole:
        return row->claimedBy;
    case ClaimedByNameRole:
        return row->claimedBy == 0 ? QVariant()
                                   : QVariant(p.isArabic() ? row->claimedByAr : row->claimedByEn);
    default:
        return {};
    }
}

QVariant
ContributionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || !m_headerText || section < 0
        || section >= int(Column::LastColumn))
        return {};
    return m_headerText(Column(section));
}
