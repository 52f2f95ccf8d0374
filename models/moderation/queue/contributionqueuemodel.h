#pragma once

#include "common/pagecache.h"
#include "moderation/queue/contributionfilter.h"
#include "moderation/queue/contributionrow.h"

#include <QAbstractTableModel>
#include <QSet>
#include <QThread>

#include <functional>

class ContributionLoader;

// One tab of the moderation queue, of any length: keyset pages from a loader on its own thread
// and connection, a bounded page cache, bookmarks for deep jumps, generations that drop stale
// answers (the transactions' TransactionQueueModel, for contributions). data() never blocks: a
// row not yet loaded shows a placeholder and is asked for. Also counts every tab (tabCount()).
// The column titles are the page's to say (setHeaderText), the model holding no UI wording.
class ContributionQueueModel : public QAbstractTableModel
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
    };

    explicit ContributionQueueModel(const QString &connectionName,
                                    int pageSize = 200,
                                    int maxCachedPages = 64,
                                    QObject *parent = nullptr);
    ~ContributionQueueModel() override;

    void setTab(ContributionTab tab);
    ContributionTab tab() const { return m_tab; }
    // Narrows and sorts the tab (and reads it again when that changes anything).
    void setFilter(const ContributionFilter &filter);
    const ContributionFilter &filter() const { return m_filter; }
    // Reads the tab again (after an action, or a NOTIFY); rows stay on screen meanwhile.
    void refresh();
    void setHeaderText(std::function<QString(Column)> text);
    void retranslate();

    bool isCounted() const { return m_counted; }
    bool hasBookmarks() const { return m_bookmarksReady; }
    int cachedPages() const { return m_cache.size(); }
    // A tab's count, at most ContributionLoader::CountCap; -1 until known.
    qint64 tabCount(ContributionTab tab) const;
    const ContributionRow *rowAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void loadFailed(const QString &message);
    void countChanged(qint64 rows);
    void tabCountsChanged();

private:
    void onPageLoaded(quint64 generation, int page, const QList<ContributionRow> &rows);
    void onCounted(quint64 generation, qint64 rows);
    void onBookmarks(quint64 generation, const QList<ContributionKey> &bookmarks);
    void request(int page) const;
    void resize(int rows);

    QThread m_thread;
    ContributionLoader *m_loader = nullptr;
    ContributionTab m_tab = ContributionTab::Pending;
    ContributionFilter m_filter;
    int m_pageSize;
    quint64 m_generation = 0;
    int m_rows = 0;
    bool m_counted = false;
    bool m_bookmarksReady = false;
    QList<ContributionKey> m_bookmarks;
    QList<qint64> m_tabCounts;
    std::function<QString(Column)> m_headerText;
    mutable PageCache<ContributionRow> m_cache;
    mutable QSet<int> m_pending;
};
