#pragma once

#include "common/keysetmodel.h"
#include "moderation/queue/contributionloader.h"

#include <functional>

// One tab of the moderation queue, of any length: keyset pages from a ContributionLoader on its
// own thread and connection (the paging is KeysetTableModel's, as for the transaction queue).
// Also counts every tab (tabCount()). The column titles are the page's to say (setHeaderText),
// the model holding no UI wording.
class ContributionQueueModel
    : public KeysetTableModel<ContributionRow, ContributionKey, ContributionLoader>
{
    Q_OBJECT
public:
    enum class Column { Text, Topic, Author, Flags, Reports, Submitted, LookingAt, LastColumn };
    enum Role {
        IdRole = Qt::UserRole + 1,
        VersionRole,
        LoadedRole,
        StateRole,
        FlagsRole,         // QStringList of ContributionFlags codes
        AutoHiddenRole,    // bool
        BodyRole,          // the text exactly as stored
        ClaimedByRole,     // qint64: the moderator looking at it (0: nobody)
        ClaimedByNameRole, // their name in the UI's language
        ReportCountRole,   // int: the open reports
    };

    explicit ContributionQueueModel(const QString &connectionName,
                                    int pageSize = 200,
                                    int maxCachedPages = 64,
                                    QObject *parent = nullptr);

    void setTab(ContributionTab tab);
    ContributionTab tab() const { return m_tab; }
    // Narrows and sorts the tab (and reads it again when that changes anything).
    void setFilter(const ContributionFilter &filter);
    const ContributionFilter &filter() const { return m_filter; }
    // Reads the tab again (after an action, or a NOTIFY); rows stay on screen meanwhile.
    void refresh();
    void setHeaderText(std::function<QString(Column)> text);

    // A tab's count, at most ContributionLoader::CountCap; -1 until known.
    qint64 tabCount(ContributionTab tab) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void tabCountsChanged();

private:
    ContributionTab m_tab = ContributionTab::Pending;
    ContributionFilter m_filter;
    QList<qint64> m_tabCounts;
    std::function<QString(Column)> m_headerText;
};
