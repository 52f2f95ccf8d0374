#pragma once

#include "page.h"

class BoundedQueryModel;
class TransactionQueueModel;
class QComboBox;

// Transactions work area: open transactions per service and state, and the most urgent ones.
class TransactionsPage : public Page
{
    Q_OBJECT
public:
    explicit TransactionsPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("transactions"); }
    QString title() const override { return tr("Transactions"); }
    void refresh() override;
    bool isBusy() const override;
    // Claims the most urgent unclaimed transaction of the clerk's services (Ctrl+N).
    void takeNext();
    TransactionQueueModel *queue() const { return m_queue; }
    // Finds by reference, QID, phone or name (Return in the search box; Ctrl+F focuses it).
    void search(const QString &text);
    int searchResultCount() const;
    QString searchHint() const;

protected:
    void retranslate() override;

private:
    BoundedQueryModel *m_counters = nullptr;
    void applyFilter();
    void updateCount(qint64 rows);

    TransactionQueueModel *m_queue = nullptr;
    QComboBox *m_ownership = nullptr;
    class QPushButton *m_takeNext = nullptr;
    class QLineEdit *m_search = nullptr;
    class QTableWidget *m_results = nullptr;
    QLabel *m_searchHint = nullptr;
    class QLabel *m_countersLabel = nullptr;
    class QLabel *m_urgentLabel = nullptr;
};
