#include "transactionspage.h"

#include "boundedquerymodel.h"
#include "dialect.h"
#include "domaintext.h"
#include "overviewqueries.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

TransactionsPage::TransactionsPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_counters(new BoundedQueryModel(this))
    , m_urgent(new BoundedQueryModel(this))
{
    setUpHeader();
    m_counters->setColumns({
        {[this] { return tr("Service"); }, Kind::Text, 1, 2},
        {[this] { return tr("Submitted"); }, Kind::Number, 3},
        {[this] { return tr("In review"); }, Kind::Number, 4},
        {[this] { return tr("Awaiting applicant"); }, Kind::Number, 5},
        {[this] { return tr("Escalated"); }, Kind::Number, 6},
        {[this] { return tr("Overdue"); }, Kind::Number, 7},
    });
    m_urgent->setColumns({
        {[this] { return tr("Reference"); }, Kind::Code, 0},
        {[this] { return tr("Service"); }, Kind::Text, 1, 2},
        {[this] { return tr("Applicant"); }, Kind::Name, 3},
        {[this] { return tr("Submitted"); }, Kind::DateTime, 4},
        {[this] { return tr("Due"); }, Kind::DueIn, 5},
        {[this] { return tr("State"); },
         Kind::Mapped,
         6,
         -1,
         [](const QVariant &v) {
             return DomainText::transactionState(v.toString());
         }},
        {[this] { return tr("Priority"); },
         Kind::Mapped,
         7,
         -1,
         [](const QVariant &v) {
             return DomainText::priority(v.toInt());
         }},
        {[this] { return tr("Assigned to"); }, Kind::Code, 8},
    });
    m_countersLabel = new QLabel(this);
    m_urgentLabel = new QLabel(this);
    auto *counters = makeTable();
    counters->setModel(m_counters);
    counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *urgent = makeTable();
    urgent->setModel(m_urgent);
    urgent->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    urgent->horizontalHeader()->setStretchLastSection(true);
    m_layout->addWidget(m_countersLabel);
    m_layout->addWidget(counters, 2);
    m_layout->addWidget(m_urgentLabel);
    m_layout->addWidget(urgent, 3);
    retranslate();
}

void TransactionsPage::retranslate()
{
    setHeaderText(tr("Transactions"),
                  tr("E-service transactions submitted through the portal, by service and state."));
    m_countersLabel->setText(tr("Open transactions per service"));
    m_urgentLabel->setText(tr("Most urgent open transactions (first %1)").arg(50));
    m_counters->retranslate();
    m_urgent->retranslate();
}

void TransactionsPage::refresh()
{
    const Dialect d = Dialect::of(db());
    report(m_counters->load(db(), OverviewQueries::serviceCounters(d), {}, 100));
    report(m_urgent->load(db(), OverviewQueries::mostUrgentOpen(d), {}, 50));
}
