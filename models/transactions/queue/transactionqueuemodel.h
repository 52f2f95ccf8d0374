#pragma once

#include "common/keysetmodel.h"
#include "transactions/queue/queueloader.h"

// A transaction queue of any length: keyset pages from a QueueLoader on its own thread and
// connection, a bounded page cache, bookmarks for deep jumps (the paging is KeysetTableModel's).
class TransactionQueueModel : public KeysetTableModel<QueueRow, QueueKey, QueueLoader>
{
    Q_OBJECT
public:
    enum class Column {
        Reference,
        Service,
        Applicant,
        Submitted,
        Due,
        State,
        Priority,
        Owner,
        LastColumn
    };
    enum Role { IdRole = Qt::UserRole + 1, VersionRole, LoadedRole };

    explicit TransactionQueueModel(const QString &connectionName,
                                   int pageSize = 200,
                                   int maxCachedPages = 64,
                                   QObject *parent = nullptr);

    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    void refresh();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QueueFilter m_filter;
};
