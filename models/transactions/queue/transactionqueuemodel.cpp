#include "transactions/queue/transactionqueuemodel.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/itemroles.h"
#include "common/presenter.h"
#include "transactions/transactionstate.h"

#include <QCoreApplication>

TransactionQueueModel::TransactionQueueModel(const QString &connectionName,
                                             int pageSize,
                                             int maxCachedPages,
                                             QObject *parent)
    : KeysetTableModel(new QueueLoader(connectionName, pageSize),
                       QStringLiteral("queue-loader"),
                       pageSize,
                       maxCachedPages,
                       parent)
{}

void TransactionQueueModel::setFilter(const QueueFilter &filter)
{
    m_filter = filter;
    refresh();
}

void TransactionQueueModel::refresh()
{
    restart([filter = m_filter](QueueLoader *loader, quint64 generation) {
        loader->start(generation, filter);
    });
}

int TransactionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::LastColumn);
}

QVariant TransactionQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow *row = rowFor(index);
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
