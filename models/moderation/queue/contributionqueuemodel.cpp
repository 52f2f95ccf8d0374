#include "moderation/queue/contributionqueuemodel.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/presenter.h"

#include <QCoreApplication>

namespace {
// "Abusive 2, Spam 1": the open reports by reason, the most frequent first.
QString reasonsText(const ContributionRow &row, const Presenter &p)
{
    QStringList parts;
    for (const auto &[code, n] : row.reasons)
        parts << QCoreApplication::translate("ContributionQueueModel",
                                             "%1 %2",
                                             "a report reason, then how many reports gave it")
                     .arg(DomainText::reportReason(code), p.number(n));
    return parts.join(QCoreApplication::translate("ContributionQueueModel", ", "));
}
} // namespace

ContributionQueueModel::ContributionQueueModel(const QString &connectionName,
                                               int pageSize,
                                               int maxCachedPages,
                                               QObject *parent)
    : KeysetTableModel(new ContributionLoader(connectionName, pageSize),
                       QStringLiteral("contribution-loader"),
                       pageSize,
                       maxCachedPages,
                       parent)
{
    connect(
        loader(),
        &ContributionLoader::tabsCounted,
        this,
        [this](quint64 generation, const QList<qint64> &counts) {
            if (!isCurrent(generation))
                return;
            m_tabCounts = counts;
            emit tabCountsChanged();
        },
        Qt::QueuedConnection);
}

void ContributionQueueModel::setTab(ContributionTab tab)
{
    m_tab = tab;
    refresh();
}

void ContributionQueueModel::refresh()
{
    restart([tab = m_tab, filter = m_filter](ContributionLoader *loader, quint64 generation) {
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

qint64 ContributionQueueModel::tabCount(ContributionTab tab) const
{
    const int i = int(tab);
    return i >= 0 && i < m_tabCounts.size() ? m_tabCounts.at(i) : -1;
}

int ContributionQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::LastColumn);
}

QVariant ContributionQueueModel::data(const QModelIndex &index, int role) const
{
    // No row (no current one yet): nothing, quietly; a wrong index still warns.
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContributionRow *row = rowFor(index);
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
            return row->reasons.isEmpty() ? p.number(row->reportCount) : reasonsText(*row, p);
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
    case Qt::TextAlignmentRole: // a bare count lines up on the right in both directions
        if (Column(index.column()) == Column::Reports && row->reasons.isEmpty())
            return int(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Reports && row->reportCount > 0)
            return p.digitsOf(QCoreApplication::translate(
                       "ContributionQueueModel", "%n open report(s)", nullptr, row->reportCount))
                   + (row->reasons.isEmpty() ? QString()
                                             : QStringLiteral(": ") + reasonsText(*row, p));
        return {};
    case ReportCountRole:
        return row->reportCount;
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
