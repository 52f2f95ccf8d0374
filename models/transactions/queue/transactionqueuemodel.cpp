#include "transactions/queue/transactionqueuemodel.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/itemroles.h"
#include "common/presenter.h"
#include "transactions/queue/queueloader.h"
#include "transactions/transactionstate.h"

#include <QCoreApplication>

TransactionQueueModel::TransactionQueueModel(const QString &connectionName,
                                             int pageSize,
                                             int maxCachedPages,
                                             QObject *parent)
    : QAbstractTableModel(parent)
    , m_loader(new QueueLoader(connectionName, pageSize))
    , m_pageSize(pageSize)
    , m_cache(maxCachedPages)
{
    m_thread.setObjectName(QStringLiteral("queue-loader"));
    m_loader->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_loader, &QObject::deleteLater);
    connect(m_loader,
            &QueueLoader::pageLoaded,
            this,
            &TransactionQueueModel::onPageLoaded,
            Qt::QueuedConnection);
    connect(m_loader,
            &QueueLoader::counted,
            this,
            &TransactionQueueModel::onCounted,
            Qt::QueuedConnection);
    connect(m_loader,
            &QueueLoader::bookmarksLoaded,
            this,
            &TransactionQueueModel::onBookmarks,
            Qt::QueuedConnection);
    connect(
        m_loader,
        &QueueLoader::failed,
        this,
        [this](quint64 generation, const DbError &error) {
            if (generation == m_generation)
                emit loadFailed(error.userMessage());
        },
        Qt::QueuedConnection);
    m_thread.start();
}

TransactionQueueModel::~TransactionQueueModel()
{
    m_loader->setLatest(~quint64(0));
    QMetaObject::invokeMethod(m_loader, &QueueLoader::shutdown, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TransactionQueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    refresh();
}

void TransactionQueueModel::refresh()
{
    const quint64 generation = ++m_generation;
    m_loader->setLatest(generation);
    m_counted = false;
    m_bookmarksReady = false;
    m_bookmarks.clear();
    m_pending.clear();
    // Rows stay on screen until the new answer arrives: no flicker on a live refresh.
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, generation, filter = m_filter] {
        loader->start(generation, filter);
    });
}

void TransactionQueueModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, int(Column::LastColumn) - 1);
    if (m_rows > 0)
        emit dataChanged(
            index(0, 0), index(m_rows - 1, int(Column::LastColumn) - 1), {Qt::DisplayRole});
}

void TransactionQueueModel::resize(int rows)
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

void TransactionQueueModel::onPageLoaded(quint64 generation, int page, const QList<QueueRow> &rows)
{
    if (generation != m_generation)
        return; // a stale answer to an older filter
    m_pending.remove(page);
    if (page == 0 && !m_counted) {
        // First page of a new query: drop what the old one cached.
        m_cache.clear();
        if (!rows.isEmpty() || m_rows > 0) {
            const int provisional = int(rows.size());
            if (provisional < m_pageSize)
                resize(provisional);
            else if (m_rows < provisional)
                resize(provisional);
        }
    }
    m_cache.insert(page, rows);
    const int first = page * m_pageSize;
    const int last = qMin(m_rows, first + int(rows.size())) - 1;
    if (last >= first)
        emit dataChanged(index(first, 0), index(last, int(Column::LastColumn) - 1));
    emit pageArrived(page);
}

void TransactionQueueModel::onCounted(quint64 generation, qint64 rows)
{
    if (generation != m_generation)
        return;
    m_counted = true;
    resize(int(qMin<qint64>(rows, std::numeric_limits<int>::max())));
    emit countChanged(rows);
    if (m_rows > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, int(Column::LastColumn) - 1));
}

void TransactionQueueModel::onBookmarks(quint64 generation, const QList<QueueKey> &bookmarks)
{
    if (generation != m_generation)
        return;
    m_bookmarks = bookmarks;
    m_bookmarksReady = true;
    // Rows the view showed as placeholders can be fetched now.
    if (m_rows > 0)
        emit dataChanged(
            index(0, 0), index(m_rows - 1, int(Column::LastColumn) - 1), {Qt::DisplayRole});
}

void TransactionQueueModel::request(int page) const
{
    if (m_pending.contains(page))
        return;
    // Without its bookmark a page cannot be sought yet; the view asks again when they arrive.
    if (page >= m_bookmarks.size())
        return;
    const QueueKey from = m_bookmarks.at(page);
    m_pending.insert(page);
    QMetaObject::invokeMethod(m_loader, [loader = m_loader, generation = m_generation, page, from] {
        loader->loadPage(generation, page, from);
    });
}

const QueueRow *TransactionQueueModel::rowAt(int row)
{
    if (row < 0 || row >= m_rows)
        return nullptr;
    const int page = row / m_pageSize;
    const QList<QueueRow> *rows = m_cache.page(page);
    if (!rows) {
        request(page);
        return nullptr;
    }
    const int offset = row % m_pageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

int TransactionQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TransactionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::LastColumn);
}

QVariant TransactionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow *row = const_cast<TransactionQueueModel *>(this)->rowAt(index.row());
    if (role == LoadedRole)
        return row != nullptr;
    if (!row)
        return role == Qt::DisplayRole && index.column() == 0 ? QVariant(QStringLiteral("\u2026"))
                                                              : QVariant();
    const Presenter &p = Presenter::current();
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Column::Reference:
            return p.code(row->reference);
        case Column::Service:
            return p.isArabic() ? row->serviceAr : row->serviceEn;
        case Column::Applicant:
            return ArabicText::isolate(row->applicant);
        case Column::Submitted:
            return p.dateTime(row->submittedAt);
        case Column::Due:
            return row->state == TransactionStates::key(TransactionState::AwaitingApplicant)
                       ? QCoreApplication::translate("TransactionQueueModel", "paused")
                       : p.countdown(QDateTime::currentDateTimeUtc().secsTo(row->dueAt));
        case Column::State:
            return TransactionStates::text(row->state);
        case Column::Priority:
            return DomainText::priority(row->priority);
        case Column::Owner:
            return p.code(row->owner);
        case Column::LastColumn:
            break;
        }
        return {};
    case IdRole:
        return row->id;
    case VersionRole:
        return row->version;
    case ItemRoles::Urgency: {
        using Level = ItemRoles::UrgencyLevel;
        if (Column(index.column()) != Column::Due
            || row->state == TransactionStates::key(TransactionState::AwaitingApplicant))
            return int(Level::None);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(row->dueAt);
        return int(left < 0                           ? Level::Overdue
                   : left < ItemRoles::dueSoonSeconds ? Level::DueSoon
                                                      : Level::None);
    }
    default:
        return {};
    }
}

QVariant TransactionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (Column(section)) {
    case Column::Reference:
        return tr("Reference");
    case Column::Service:
        return tr("Service");
    case Column::Applicant:
        return tr("Applicant");
    case Column::Submitted:
        return tr("Submitted", "when it was submitted");
    case Column::Due:
        return tr("Due");
    case Column::State:
        return tr("State");
    case Column::Priority:
        return tr("Priority");
    case Column::Owner:
        return tr("Assigned to");
    case Column::LastColumn:
        break;
    }
    return {};
}
