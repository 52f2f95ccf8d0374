#pragma once

#include "shell/page.h"
#include "transactions/savedviews.h"
#include "transactions/supervision.h"

class BoundedQueryModel;
class TransactionForm;
class TransactionQueueModel;
class QAction;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTableWidget;

// Transactions work area: the queue (filters, saved views, counters per service and state) and
// the transaction form it opens.
class TransactionsPage : public Page
{
    Q_OBJECT
public:
    explicit TransactionsPage(const Session &session, QWidget *parent = nullptr);
    ~TransactionsPage() override;
    QString key() const override { return QStringLiteral("transactions"); }
    QString title() const override { return tr("Transactions"); }
    void refresh() override;
    bool isBusy() const override;
    QList<QAction *> shortcutActions() const override;
    QString badge() const override;
    QString badgeToolTip() const override;

    // Claims the most urgent unclaimed transaction of the clerk's services and opens it (Ctrl+N).
    void takeNext();
    TransactionQueueModel *queue() const { return m_queue; }
    TransactionForm *form() const { return m_form; }
    QTableView *queueView() const { return m_queueView; }
    // Opens a transaction in the form; `row` is its place in the queue (-1: not from the queue).
    bool openTransaction(qint64 id, int row = -1);
    void showQueue(bool releaseClaim = true);
    bool isFormShown() const;
    // Finds by reference, QID, phone or name (Return in the search box; Ctrl+F focuses it).
    void search(const QString &text);
    int searchResultCount() const;
    QString searchHint() const;

    // Filters; public for tests and saved views.
    QueueFilter currentFilter() const;
    void applyFilter(const QueueFilter &filter);
    bool saveView(const QString &name);
    bool loadView(const QString &name);
    QStringList viewNames() const;
    // Supervisors: act on the open transaction, or on the rows selected in the queue (at most
    // the first 500 loaded), through the reason dialog and the per-item result list.
    void supervise(Supervision::Action action);
    QList<QPair<qint64, int>> selectedItems() const;

protected:
    void retranslate() override;

private:
    void filterChanged();
    void setQueueFilter(const QueueFilter &filter);
    void refreshCounters();
    void updateCount(qint64 rows);
    void loadServices();
    void fitQueueColumns();
    void loadViews();
    void navigate(int step);
    void openCounter(const QModelIndex &index);

    BoundedQueryModel *m_counters = nullptr;
    TransactionQueueModel *m_queue = nullptr;
    QStackedWidget *m_views = nullptr;
    QWidget *m_list = nullptr;
    TransactionForm *m_form = nullptr;
    QTableView *m_queueView = nullptr;
    QComboBox *m_ownership = nullptr;
    QComboBox *m_service = nullptr;
    QComboBox *m_state = nullptr;
    QComboBox *m_sla = nullptr;
    QComboBox *m_period = nullptr;
    QComboBox *m_sort = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_savedViews = nullptr;
    QPushButton *m_saveView = nullptr;
    QPushButton *m_deleteView = nullptr;
    QPushButton *m_takeNext = nullptr;
    QAction *m_takeNextAction = nullptr;
    QAction *m_openAction = nullptr;
    QHash<int, QAction *> m_superviseActions; // by Supervision::Action
    QPushButton *m_supervise = nullptr;
    QLineEdit *m_search = nullptr;
    QTableWidget *m_results = nullptr;
    QLabel *m_searchHint = nullptr;
    class QToolButton *m_countersToggle = nullptr; // shows or hides the counters
    QTableView *m_countersView = nullptr;
    QLabel *m_urgentLabel = nullptr;
    QList<SavedViews::View> m_viewList;
    int m_formRow = -1; // the open transaction's row in the queue
    bool m_applying = false;
    qint64 m_unclaimed = -1; // open and unclaimed in the clerk's services (or all, for managers)
    qint64 m_mine = 0;
};
