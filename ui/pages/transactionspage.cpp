#include "transactionspage.h"

#include "arabictext.h"
#include "boundedquerymodel.h"
#include "dialect.h"
#include "domaintext.h"
#include "overviewqueries.h"
#include "presenter.h"
#include "transactionqueuemodel.h"
#include "transactionsearch.h"
#include "transactionservice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

TransactionsPage::TransactionsPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_counters(new BoundedQueryModel(this))
    , m_queue(new TransactionQueueModel(session.connectionName, 200, 64, this))
    , m_ownership(new QComboBox(this))
    , m_takeNext(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableWidget(this))
    , m_searchHint(new QLabel(this))
{
    setUpHeader();
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_results->hide();
            m_searchHint->hide();
        }
    });
    auto *focusSearch = new QShortcut(QKeySequence::Find, this);
    connect(focusSearch, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    m_results->setColumnCount(4);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setMaximumHeight(180);
    m_results->hide();
    m_searchHint->setWordWrap(true);
    m_searchHint->hide();
    m_layout->addWidget(m_search);
    m_layout->addWidget(m_searchHint);
    m_layout->addWidget(m_results);
    m_counters->setColumns({
        {[this] { return tr("Service"); }, Kind::Text, 1, 2},
        {[this] { return tr("Submitted"); }, Kind::Number, 3},
        {[this] { return tr("In review"); }, Kind::Number, 4},
        {[this] { return tr("Awaiting applicant"); }, Kind::Number, 5},
        {[this] { return tr("Escalated"); }, Kind::Number, 6},
        {[this] { return tr("Overdue"); }, Kind::Number, 7},
    });
    m_countersLabel = new QLabel(this);
    m_urgentLabel = new QLabel(this);
    auto *counters = makeTable();
    counters->setModel(m_counters);
    counters->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    counters->horizontalHeader()->setStretchLastSection(false);
    auto *queue = makeTable();
    queue->setModel(m_queue);
    // Fixed widths (no ResizeToContents: that would read every row of a million-row queue).
    queue->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const int em = queue->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    using C = TransactionQueueModel::Column;
    for (const auto &[column, width] : {std::pair{C::Reference, 12},
                                        {C::Service, 16},
                                        {C::Applicant, 13},
                                        {C::Submitted, 12},
                                        {C::Due, 15},
                                        {C::State, 13},
                                        {C::Priority, 7}})
        queue->setColumnWidth(int(column), width * em);
    queue->horizontalHeader()->setStretchLastSection(true);
    queue->verticalHeader()->setDefaultSectionSize(queue->fontMetrics().height() + 8);
    queue->setSortingEnabled(false);
    connect(m_queue, &TransactionQueueModel::countChanged, this, &TransactionsPage::updateCount);
    connect(m_queue, &TransactionQueueModel::loadFailed, this, [this](const QString &) {
        report(DbError::make(DbError::Kind::ConnectionLost));
    });
    connect(m_ownership, &QComboBox::currentIndexChanged, this, &TransactionsPage::applyFilter);

    auto *queueBar = new QHBoxLayout;
    queueBar->addWidget(m_urgentLabel, 1);
    queueBar->addWidget(m_ownership);
    queueBar->addWidget(m_takeNext);
    m_takeNext->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_takeNext->setVisible(m_session.has(Role::Clerk));
    connect(m_takeNext, &QPushButton::clicked, this, &TransactionsPage::takeNext);
    m_layout->addWidget(m_countersLabel);
    m_layout->addWidget(counters, 2);
    m_layout->addLayout(queueBar);
    m_layout->addWidget(queue, 3);
    retranslate();
}

void TransactionsPage::retranslate()
{
    setHeaderText(tr("Transactions"),
                  tr("E-service transactions submitted through the portal, by service and state."));
    m_countersLabel->setText(tr("Open transactions per service"));
    m_takeNext->setText(tr("Take next"));
    m_search->setPlaceholderText(tr("Search by reference, QID, phone or applicant name (Ctrl+F)"));
    m_results->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Applicant"), tr("QID"), tr("State")});
    m_takeNext->setToolTip(tr("Claim the most urgent unclaimed transaction of your services (%1)")
                               .arg(m_takeNext->shortcut().toString(QKeySequence::NativeText)));
    const int current = qMax(0, m_ownership->currentIndex());
    const QSignalBlocker blocker(m_ownership);
    m_ownership->clear();
    m_ownership->addItems({tr("All open"), tr("Unclaimed"), tr("Mine"), tr("Overdue")});
    m_ownership->setCurrentIndex(current);
    updateCount(m_queue->rowCount());
    m_counters->retranslate();
    m_queue->retranslate();
}

void TransactionsPage::updateCount(qint64 rows)
{
    m_urgentLabel->setText(
        tr("Queue, most urgent first: %1 transactions").arg(Presenter::current().number(rows)));
}

void TransactionsPage::applyFilter()
{
    QueueFilter filter;
    switch (m_ownership->currentIndex()) {
    case 1:
        filter.ownership = QueueFilter::Ownership::Unclaimed;
        break;
    case 2:
        filter.ownership = QueueFilter::Ownership::Mine;
        filter.staffId = m_session.staffId;
        break;
    case 3:
        filter.sla = QueueFilter::Sla::Overdue;
        break;
    default:
        break;
    }
    m_queue->setFilter(filter);
}

void TransactionsPage::takeNext()
{
    QSqlDatabase database = db();
    TransactionService::Claim claim;
    if (DbError e = TransactionService::takeNext(database, m_session.staffId, &claim); !e.ok()) {
        report(e);
        return;
    }
    if (!claim.id) {
        emit message(
            tr("Nothing to take: every open transaction of your services is already claimed."));
        return;
    }
    const Presenter &p = Presenter::current();
    emit message(tr("Transaction %1 is now yours until %2.")
                     .arg(p.code(claim.reference), p.time(claim.leaseExpiresAt)));
    m_ownership->setCurrentIndex(2); // show "Mine", with the new one in it
    refresh();
}

void TransactionsPage::search(const QString &text)
{
    m_search->setText(text);
    QSqlDatabase database = db();
    TransactionSearch::Result result;
    if (DbError e = TransactionSearch::search(database, text, &result); !e.ok()) {
        report(e);
        return;
    }
    const QList<TransactionSearch::Hit> &shown
        = result.hits.isEmpty() ? result.closest : result.hits;
    if (result.hits.isEmpty()) {
        // The portal's own words, then what comes closest.
        QString hint = tr("No transaction matches. If you don't find what you are looking for, use "
                          "more precise words.");
        if (!result.closest.isEmpty())
            hint += QLatin1Char(' ') + tr("Closest matches:");
        m_searchHint->setText(hint);
        m_searchHint->show();
    } else {
        m_searchHint->hide();
    }
    const Presenter &p = Presenter::current();
    m_results->setRowCount(0);
    for (const TransactionSearch::Hit &hit : shown) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        m_results->setItem(row, 0, new QTableWidgetItem(p.code(hit.reference)));
        m_results->setItem(row, 1, new QTableWidgetItem(ArabicText::isolate(hit.applicant)));
        m_results->setItem(row, 2, new QTableWidgetItem(p.code(hit.qid)));
        m_results->setItem(row, 3, new QTableWidgetItem(DomainText::transactionState(hit.state)));
    }
    m_results->resizeColumnsToContents();
    m_results->setVisible(!shown.isEmpty());
}

int TransactionsPage::searchResultCount() const
{
    return m_searchHint->isVisibleTo(this) ? 0 : m_results->rowCount();
}

QString TransactionsPage::searchHint() const
{
    return m_searchHint->isVisibleTo(this) ? m_searchHint->text() : QString();
}

bool TransactionsPage::isBusy() const
{
    if (!m_queue->hasBookmarks())
        return true;
    return m_queue->rowCount() > 0
           && !m_queue->data(m_queue->index(0, 0), TransactionQueueModel::LoadedRole).toBool();
}

void TransactionsPage::refresh()
{
    const Dialect d = Dialect::of(db());
    report(m_counters->load(db(), OverviewQueries::serviceCounters(d), {}, 100));
    applyFilter();
}
