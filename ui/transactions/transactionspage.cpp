#include "transactions/transactionspage.h"

#include "common/arabictext.h"
#include "common/boundedquerymodel.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "db/database.h"
#include "db/dialect.h"
#include "transactions/bulkresultdialog.h"
#include "transactions/queue/transactionqueuemodel.h"
#include "transactions/transactionform.h"
#include "transactions/transactionoverview.h"
#include "transactions/transactionsearch.h"
#include "transactions/transactionservice.h"
#include "transactions/transactionstate.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

namespace {
enum Period { AnyTime, Today, Last7Days, Last30Days, Between };

QDateTime startOfQatarDay(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), Presenter::timeZone()).toUTC();
}
} // namespace

TransactionsPage::TransactionsPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_counters(new BoundedQueryModel(this))
    , m_queue(new TransactionQueueModel(session.connectionName, 200, 64, this))
    , m_views(new QStackedWidget(this))
    , m_list(new QWidget(m_views))
    , m_form(new TransactionForm(session, m_views))
    , m_ownership(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_sla(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_savedViews(new QComboBox(this))
    , m_saveView(new QPushButton(this))
    , m_deleteView(new QPushButton(this))
    , m_takeNext(new QPushButton(this))
    , m_search(new QLineEdit(this))
    , m_results(new QTableWidget(this))
    , m_searchHint(new QLabel(this))
{
    setUpHeader();
    m_layout->addWidget(m_views, 1);
    m_views->addWidget(m_list);
    m_views->addWidget(m_form);
    auto *list = new QVBoxLayout(m_list);
    list->setContentsMargins(0, 0, 0, 0);

    // Search.
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_results->hide();
            m_searchHint->hide();
        }
    });
    auto *focusSearch = new QShortcut(QKeySequence::Find, m_list);
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
    connect(m_results, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_results->item(row, 0))
            openTransaction(item->data(Qt::UserRole).toLongLong());
    });
    m_searchHint->setWordWrap(true);
    m_searchHint->hide();
    list->addWidget(m_search);
    list->addWidget(m_searchHint);
    list->addWidget(m_results);

    // Counters per service and state; a click filters the queue to that cell.
    m_counters->setColumns({
        {[this] { return tr("Service"); }, Kind::Text, "name_ar", "name_en"},
        {[] { return TransactionStates::text(TransactionState::Submitted); },
         Kind::Number,
         "submitted"},
        {[] { return TransactionStates::text(TransactionState::InReview); },
         Kind::Number,
         "in_review"},
        {[] { return TransactionStates::text(TransactionState::AwaitingApplicant); },
         Kind::Number,
         "awaiting_applicant"},
        {[] { return TransactionStates::text(TransactionState::Escalated); },
         Kind::Number,
         "escalated"},
        {[this] { return tr("Overdue"); }, Kind::Number, "overdue"},
    });
    // Compact, and folded away on request (remembered): the queue is what a clerk works in.
    m_urgentLabel = new QLabel(this);
    auto *counters = makeTable();
    m_countersView = counters;
    counters->setModel(m_counters);
    counters->setSelectionBehavior(QAbstractItemView::SelectItems);
    counters->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    counters->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    counters->horizontalHeader()->setStretchLastSection(false);
    counters->setMaximumHeight(counters->horizontalHeader()->sizeHint().height()
                               + 4 * counters->verticalHeader()->defaultSectionSize() + 4);
    connect(counters, &QTableView::activated, this, &TransactionsPage::openCounter);
    connect(counters, &QTableView::clicked, this, &TransactionsPage::openCounter);
    m_countersToggle = new QToolButton(this);
    m_countersToggle->setCheckable(true);
    m_countersToggle->setAutoRaise(true);
    m_countersToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const bool countersShown
        = QSettings().value(QStringLiteral("transactions/countersShown"), true).toBool();
    m_countersToggle->setChecked(countersShown);
    counters->setVisible(countersShown);
    const auto foldCounters = [this, counters](bool shown) {
        counters->setVisible(shown);
        // Icons, not arrow types: a tool button draws its arrow over the text right to left.
        m_countersToggle->setIcon(style()->standardIcon(
            shown ? QStyle::SP_ArrowDown
                  : (layoutDirection() == Qt::RightToLeft ? QStyle::SP_ArrowLeft
                                                          : QStyle::SP_ArrowRight)));
    };
    foldCounters(countersShown);
    connect(m_countersToggle, &QToolButton::toggled, this, [foldCounters](bool shown) {
        foldCounters(shown);
        QSettings().setValue(QStringLiteral("transactions/countersShown"), shown);
    });

    // The queue.
    m_queueView = makeTable();
    m_queueView->setModel(m_queue);
    // Widths from the header and typical contents (no ResizeToContents: that would read every
    // row of a million-row queue); service and applicant share what is left, so the queue never
    // needs a horizontal scroll bar.
    m_queueView->horizontalHeader()->setStretchLastSection(false);
    m_queueView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (const auto column :
         {TransactionQueueModel::Column::Service, TransactionQueueModel::Column::Applicant})
        m_queueView->horizontalHeader()->setSectionResizeMode(int(column), QHeaderView::Stretch);
    m_queueView->setSortingEnabled(false);
    // A click on "Submitted" or "SLA due" sorts by it; a second click turns the order round.
    m_queueView->horizontalHeader()->setSortIndicatorShown(true);
    m_queueView->horizontalHeader()->setSectionsClickable(true);
    connect(
        m_queueView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
            using S = QueueFilter::Sort;
            const S now = S(m_sort->currentIndex());
            if (section == int(TransactionQueueModel::Column::Due))
                m_sort->setCurrentIndex(int(now == S::DueFirst ? S::DueLast : S::DueFirst));
            else if (section == int(TransactionQueueModel::Column::Submitted))
                m_sort->setCurrentIndex(
                    int(now == S::NewestFirst ? S::OldestFirst : S::NewestFirst));
            else
                filterChanged(); // put the indicator back where the order is
        });
    connect(m_queueView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const qint64 id = m_queue->data(index, TransactionQueueModel::IdRole).toLongLong();
        if (id)
            openTransaction(id, index.row());
    });
    connect(m_queue, &TransactionQueueModel::countChanged, this, &TransactionsPage::updateCount);
    connect(m_queue, &TransactionQueueModel::loadFailed, this, [this](const QString &) {
        report(DbError::make(DbError::Kind::ConnectionLost));
    });

    // Filters and saved views.
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(Presenter::timeZone()).date();
    m_from->setDate(today.addDays(-7));
    m_to->setDate(today);
    m_from->hide();
    m_to->hide();
    for (QComboBox *box : {m_ownership, m_service, m_state, m_sla, m_period, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &TransactionsPage::filterChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &TransactionsPage::filterChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &TransactionsPage::filterChanged);
    for (QComboBox *box : {m_ownership, m_service, m_state, m_sla, m_period, m_sort, m_savedViews})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_savedViews, &QComboBox::activated, this, [this](int index) {
        if (index > 0)
            loadView(m_savedViews->itemText(index));
    });
    connect(m_saveView, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
            this,
            tr("Save view"),
            tr("Name of the view (e.g. \"My overdue visas\"):"),
            QLineEdit::Normal,
            m_savedViews->currentIndex() > 0 ? m_savedViews->currentText() : QString(),
            &ok);
        if (ok)
            saveView(name);
    });
    connect(m_deleteView, &QPushButton::clicked, this, [this] {
        const int index = m_savedViews->currentIndex();
        if (index < 1 || index > m_viewList.size())
            return;
        const SavedViews::View view = m_viewList.at(index - 1);
        if (QMessageBox::question(
                this, tr("Delete view"), tr("Delete the view \"%1\"?").arg(view.name))
            != QMessageBox::Yes)
            return;
        QSqlDatabase database = db();
        if (DbError e = SavedViews::remove(database, view.id, view.version); !e.ok())
            report(e);
        loadViews();
    });
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_ownership);
    filters->addWidget(m_service);
    filters->addWidget(m_state);
    filters->addWidget(m_sla);
    filters->addWidget(m_period);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addStretch(1);

    // Supervisors: reassign, take over, re-prioritise, escalate; one or many, with a reason.
    m_supervise = new QPushButton(this);
    auto *superviseMenu = new QMenu(m_supervise);
    for (const auto &[action, key] :
         {std::pair{Supervision::Action::Reassign, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
          {Supervision::Action::TakeOver, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
          {Supervision::Action::SetPriority, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
          {Supervision::Action::Escalate, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}}) {
        auto *a = new QAction(this);
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const Supervision::Action which = action;
        connect(a, &QAction::triggered, this, [this, which] { supervise(which); });
        addAction(a);
        superviseMenu->addAction(a);
        m_superviseActions.insert(int(action), a);
    }
    m_supervise->setMenu(superviseMenu);
    const bool supervisor = m_session.has(Role::Manager);
    m_supervise->setVisible(supervisor);
    for (QAction *a : std::as_const(m_superviseActions))
        a->setEnabled(supervisor);

    auto *queueBar = new QHBoxLayout;
    queueBar->addWidget(m_urgentLabel, 1);
    queueBar->addWidget(m_sort);
    queueBar->addWidget(m_savedViews);
    queueBar->addWidget(m_saveView);
    queueBar->addWidget(m_deleteView);
    queueBar->addWidget(m_supervise);
    queueBar->addWidget(m_takeNext);
    m_takeNext->setVisible(m_session.has(Role::Clerk));
    // Ctrl+N works from the queue and from an open transaction alike.
    m_takeNextAction = new QAction(this);
    m_takeNextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_takeNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_takeNextAction->setEnabled(m_session.has(Role::Clerk));
    addAction(m_takeNextAction);
    connect(m_takeNextAction, &QAction::triggered, this, &TransactionsPage::takeNext);
    connect(m_takeNext, &QPushButton::clicked, m_takeNextAction, &QAction::trigger);
    m_openAction = new QAction(this); // for the shortcut sheet: Enter opens the selected row
    m_openAction->setShortcut(QKeySequence(Qt::Key_Return));
    m_openAction->setShortcutContext(Qt::WidgetShortcut);

    list->addWidget(m_countersToggle, 0, Qt::AlignLeading);
    list->addWidget(counters);
    list->addLayout(filters);
    list->addLayout(queueBar);
    list->addWidget(m_queueView, 3);

    connect(m_form, &TransactionForm::closeRequested, this, [this] { showQueue(); });
    connect(m_form, &TransactionForm::navigate, this, &TransactionsPage::navigate);
    connect(m_form, &TransactionForm::message, this, &Page::message);
    connect(m_form, &TransactionForm::databaseError, this, &Page::databaseError);
    connect(m_form, &TransactionForm::changed, this, [this] {
        m_queue->refresh();
        refreshCounters();
    });
    retranslate();
}

TransactionsPage::~TransactionsPage()
{
    // Give back an undecided claim when the window closes or the user signs out (quietly: the
    // window that would show a message is going away too).
    m_form->blockSignals(true);
    if (db().isOpen())
        m_form->leave();
}

QList<QAction *> TransactionsPage::shortcutActions() const
{
    QList<QAction *> actions{m_takeNextAction, m_openAction};
    if (m_session.has(Role::Manager))
        for (const Supervision::Action a : {Supervision::Action::Reassign,
                                            Supervision::Action::TakeOver,
                                            Supervision::Action::SetPriority,
                                            Supervision::Action::Escalate})
            actions << m_superviseActions.value(int(a));
    return actions + m_form->shortcutActions();
}

void TransactionsPage::retranslate()
{
    setHeaderText(tr("Transactions"),
                  tr("E-service transactions submitted through the portal, by service and state."));
    m_countersToggle->setText(tr("Open transactions per service"));
    m_countersToggle->setToolTip(tr("Show or hide the counters; click a number to see those "
                                    "transactions"));
    fitQueueColumns();
    m_takeNextAction->setText(tr("Take next"));
    m_openAction->setText(tr("Open the selected transaction"));
    m_takeNext->setText(
        tr("Take next (%1)").arg(m_takeNextAction->shortcut().toString(QKeySequence::NativeText)));
    m_takeNext->setToolTip(tr("Claim the most urgent unclaimed transaction of your services"));
    m_search->setPlaceholderText(tr("Search by reference, QID, phone or applicant name (Ctrl+F)"));
    m_results->setHorizontalHeaderLabels(
        {tr("Reference"), tr("Applicant"), tr("QID"), tr("State")});
    m_supervise->setText(tr("Supervise"));
    m_supervise->setToolTip(tr("Reassign, take over, change the priority of or escalate the "
                               "selected transactions (Shift or Ctrl to select many)"));
    m_superviseActions.value(int(Supervision::Action::Reassign))->setText(tr("Reassign…"));
    m_superviseActions.value(int(Supervision::Action::TakeOver))->setText(tr("Take over…"));
    m_superviseActions.value(int(Supervision::Action::SetPriority))
        ->setText(tr("Change priority…"));
    m_superviseActions.value(int(Supervision::Action::Escalate))->setText(tr("Escalate…"));
    m_saveView->setText(tr("Save view…"));
    m_deleteView->setText(tr("Delete view"));
    m_from->setToolTip(tr("Submitted from"));
    m_to->setToolTip(tr("Submitted until (inclusive)"));
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_to->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    {
        m_applying = true;
        auto refill = [](QComboBox *box, const QStringList &items) {
            const int current = qMax(0, box->currentIndex());
            box->clear();
            box->addItems(items);
            box->setCurrentIndex(current);
        };
        refill(m_ownership, {tr("Everyone's"), tr("Unclaimed"), tr("Mine")});
        QStringList states{tr("All open states")};
        for (const QString &s : QueueFilter::knownStates())
            states << TransactionStates::text(s);
        refill(m_state, states);
        refill(m_sla, {tr("Any time limit"), tr("Due within 8 hours"), tr("Overdue")});
        refill(m_sort,
               {tr("Most urgent first"),
                tr("Latest due first"),
                tr("Newest first"),
                tr("Oldest first")});
        refill(m_period,
               {tr("Submitted any time"),
                tr("Submitted today"),
                tr("Submitted in the last 7 days"),
                tr("Submitted in the last 30 days"),
                tr("Submitted between…")});
        m_applying = false;
    }
    loadServices();
    loadViews();
    updateCount(m_queue->rowCount());
    m_counters->retranslate();
    m_queue->retranslate();
}

void TransactionsPage::fitQueueColumns()
{
    // The widest of the header and of what the column typically shows, in this language.
    const Presenter &p = Presenter::current();
    const QDateTime sampleTime(QDate(2026, 12, 28), QTime(22, 48), Qt::UTC);
    QStringList states;
    for (TransactionState s : TransactionStates::all())
        states << TransactionStates::text(s);
    // Countdowns: days with hours (under ten days), hours with minutes, and a long wait. Which
    // is widest depends on the language's plural forms (in Arabic "and one minute" is longer
    // than "and 59 minutes"), so one number of each form: 1, 2, 3-10, 11-99.
    QStringList countdowns{p.countdown(-(364 * 86400))};
    const QList<int> forms{1, 2, 3, 10, 11, 23};
    for (const int sign : {-1, 1}) {
        for (const int days : {1, 2, 3, 9})
            for (const int hours : forms)
                countdowns << p.countdown(sign * (days * 86400 + hours * 3600));
        for (const int hours : forms)
            for (const int minutes : {1, 2, 3, 10, 11, 59})
                countdowns << p.countdown(sign * (hours * 3600 + minutes * 60));
    }
    using C = TransactionQueueModel::Column;
    const QList<std::pair<C, QStringList>> samples{
        {C::Reference, {p.code(QStringLiteral("MOI-2026-0000000"))}},
        {C::Submitted, {p.dateTime(sampleTime)}},
        {C::Due, countdowns},
        {C::State, states},
        {C::Priority, {DomainText::priority(1), DomainText::priority(2), DomainText::priority(4)}},
        {C::Owner, {QStringLiteral("supervisor.k")}},
    };
    // Overdue times are drawn in bold (TableDelegate).
    QFont bold = m_queueView->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int padding = 2 * m_queueView->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 12;
    QHeaderView *header = m_queueView->horizontalHeader();
    for (const auto &[column, texts] : samples) {
        int width = header->sectionSizeHint(int(column));
        for (const QString &text : texts)
            width = qMax(width, fm.horizontalAdvance(text) + padding);
        m_queueView->setColumnWidth(int(column), width);
    }
}

void TransactionsPage::loadServices()
{
    const qint64 current = m_service->currentData().toLongLong();
    m_applying = true;
    m_service->clear();
    m_service->addItem(tr("All services"), 0);
    QSqlDatabase database = db();
    QList<TransactionOverview::ServiceName> services;
    if (database.isOpen()
        && TransactionOverview::serviceNames(database, Presenter::current().language(), &services)
               .ok())
        for (const auto &service : std::as_const(services))
            m_service->addItem(service.name, service.id);
    m_service->setCurrentIndex(qMax(0, m_service->findData(current)));
    m_applying = false;
}

void TransactionsPage::loadViews()
{
    QSqlDatabase database = db();
    if (!database.isOpen())
        return;
    if (DbError e = SavedViews::list(database, m_session.login, key(), &m_viewList); !e.ok())
        report(e);
    const QString current
        = m_savedViews->currentIndex() > 0 ? m_savedViews->currentText() : QString();
    const QSignalBlocker blocker(m_savedViews);
    m_savedViews->clear();
    m_savedViews->addItem(tr("Saved views"));
    for (const auto &v : std::as_const(m_viewList))
        m_savedViews->addItem(v.name);
    m_savedViews->setCurrentIndex(qMax(0, m_savedViews->findText(current)));
    m_deleteView->setEnabled(!m_viewList.isEmpty());
}

QStringList TransactionsPage::viewNames() const
{
    QStringList names;
    for (const auto &v : m_viewList)
        names << v.name;
    return names;
}

bool TransactionsPage::saveView(const QString &name)
{
    QSqlDatabase database = db();
    const DbError e = SavedViews::save(
        database, m_session.login, key(), name, SavedViews::toJson(currentFilter()));
    if (!e.ok()) {
        if (e.kind == DbError::Kind::Invalid)
            QMessageBox::warning(this, tr("Save view"), e.userMessage());
        else
            report(e);
        return false;
    }
    loadViews();
    m_savedViews->setCurrentIndex(qMax(0, m_savedViews->findText(name.simplified())));
    emit message(tr("View \"%1\" saved.").arg(name.simplified()));
    return true;
}

bool TransactionsPage::loadView(const QString &name)
{
    for (const auto &v : std::as_const(m_viewList)) {
        if (v.name != name)
            continue;
        applyFilter(SavedViews::queueFilterFromJson(v.definition, m_session.staffId));
        const QSignalBlocker blocker(m_savedViews);
        m_savedViews->setCurrentIndex(qMax(0, m_savedViews->findText(name)));
        return true;
    }
    return false;
}

QueueFilter TransactionsPage::currentFilter() const
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
    default:
        break;
    }
    if (const qint64 service = m_service->currentData().toLongLong())
        filter.serviceIds = {service};
    if (const int state = m_state->currentIndex(); state > 0)
        filter.states = {QueueFilter::knownStates().value(state - 1)};
    filter.sort = QueueFilter::Sort(qBound(0, m_sort->currentIndex(), 3));
    filter.sla = m_sla->currentIndex() == 1   ? QueueFilter::Sla::DueSoon
                 : m_sla->currentIndex() == 2 ? QueueFilter::Sla::Overdue
                                              : QueueFilter::Sla::Any;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(Presenter::timeZone()).date();
    switch (m_period->currentIndex()) {
    case Today:
        filter.submittedFrom = startOfQatarDay(today);
        break;
    case Last7Days:
        filter.submittedFrom = startOfQatarDay(today.addDays(-6));
        break;
    case Last30Days:
        filter.submittedFrom = startOfQatarDay(today.addDays(-29));
        break;
    case Between:
        filter.submittedFrom = startOfQatarDay(m_from->date());
        filter.submittedTo = startOfQatarDay(m_to->date().addDays(1));
        break;
    default:
        break;
    }
    return filter;
}

void TransactionsPage::applyFilter(const QueueFilter &filter)
{
    m_applying = true;
    m_ownership->setCurrentIndex(filter.ownership == QueueFilter::Ownership::Unclaimed ? 1
                                 : filter.ownership == QueueFilter::Ownership::Mine    ? 2
                                                                                       : 0);
    m_service->setCurrentIndex(filter.serviceIds.size() == 1
                                   ? qMax(0, m_service->findData(filter.serviceIds.first()))
                                   : 0);
    m_state->setCurrentIndex(filter.states.size() == 1
                                 ? QueueFilter::knownStates().indexOf(filter.states.first()) + 1
                                 : 0);
    m_sort->setCurrentIndex(int(filter.sort));
    m_sort->setCurrentIndex(int(filter.sort));
    m_sla->setCurrentIndex(filter.sla == QueueFilter::Sla::DueSoon   ? 1
                           : filter.sla == QueueFilter::Sla::Overdue ? 2
                                                                     : 0);
    if (filter.submittedFrom.isValid() || filter.submittedTo.isValid()) {
        m_period->setCurrentIndex(Between);
        const QDate today
            = QDateTime::currentDateTimeUtc().toTimeZone(Presenter::timeZone()).date();
        m_from->setDate(filter.submittedFrom.isValid()
                            ? filter.submittedFrom.toTimeZone(Presenter::timeZone()).date()
                            : today.addYears(-10));
        m_to->setDate(filter.submittedTo.isValid()
                          ? filter.submittedTo.toTimeZone(Presenter::timeZone()).date().addDays(-1)
                          : today);
    } else {
        m_period->setCurrentIndex(AnyTime);
    }
    m_applying = false;
    filterChanged();
}

void TransactionsPage::filterChanged()
{
    if (m_applying)
        return;
    const bool between = m_period->currentIndex() == Between;
    m_from->setVisible(between);
    m_to->setVisible(between);
    const QSignalBlocker blocker(m_savedViews);
    m_savedViews->setCurrentIndex(0);
    setQueueFilter(currentFilter());
}

void TransactionsPage::setQueueFilter(const QueueFilter &filter)
{
    using S = QueueFilter::Sort;
    m_queueView->horizontalHeader()->setSortIndicator(
        int(filter.sort == S::DueFirst || filter.sort == S::DueLast
                ? TransactionQueueModel::Column::Due
                : TransactionQueueModel::Column::Submitted),
        filter.descending() ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_queue->setFilter(filter);
}

void TransactionsPage::openCounter(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    QueueFilter filter;
    const qint64 service = m_counters->raw(index.row(), QStringLiteral("service_id")).toLongLong();
    if (service)
        filter.serviceIds = {service};
    // The counter's column is its state's key (or "overdue").
    const QString column = m_counters->columnSource(index.column());
    if (TransactionStates::fromKey(column))
        filter.states = {column};
    else if (column == QLatin1String("overdue"))
        filter.sla = QueueFilter::Sla::Overdue;
    applyFilter(filter);
    m_queueView->setFocus();
}

QList<QPair<qint64, int>> TransactionsPage::selectedItems() const
{
    QList<QPair<qint64, int>> items;
    if (isFormShown()) {
        if (m_form->transactionId())
            items.append({m_form->transactionId(), m_form->detail().version});
        return items;
    }
    for (const QModelIndex &index : m_queueView->selectionModel()->selectedRows()) {
        if (items.size() >= 500)
            break;
        if (const QueueRow *row = m_queue->rowAt(index.row()))
            items.append({row->id, row->version});
    }
    return items;
}

void TransactionsPage::supervise(Supervision::Action action)
{
    const QList<QPair<qint64, int>> items = selectedItems();
    if (items.isEmpty()) {
        emit message(tr("Select the transactions first (Shift or Ctrl with the arrows or the "
                        "mouse), or open one."));
        return;
    }
    BulkResultDialog::run(this, m_session.connectionName, m_session.staffId, action, items);
    m_queue->refresh();
    refreshCounters();
    if (isFormShown())
        m_form->reload();
}

void TransactionsPage::updateCount(qint64 rows)
{
    m_urgentLabel->setText(Presenter::current().digitsOf(
        tr("In this view: %n transaction(s)", nullptr, int(qMin<qint64>(rows, INT_MAX)))));
}

bool TransactionsPage::openTransaction(qint64 id, int row)
{
    if (!m_form->open(id))
        return false;
    m_formRow = row;
    m_views->setCurrentWidget(m_form);
    m_form->setFocus();
    return true;
}

void TransactionsPage::showQueue(bool releaseClaim)
{
    m_form->leave(releaseClaim);
    m_views->setCurrentWidget(m_list);
    if (m_formRow >= 0 && m_formRow < m_queue->rowCount())
        m_queueView->selectRow(m_formRow);
    m_queueView->setFocus();
}

bool TransactionsPage::isFormShown() const
{
    return m_views->currentWidget() == m_form;
}

void TransactionsPage::navigate(int step)
{
    if (m_formRow < 0) {
        emit message(tr("This transaction was not opened from the queue: there is no next one."));
        return;
    }
    // If the open transaction left the queue (decided), the next one has slid into its place.
    const QueueRow *here = m_queue->rowAt(m_formRow);
    const bool stillThere = here && here->id == m_form->transactionId();
    const int target = stillThere ? m_formRow + step : (step > 0 ? m_formRow : m_formRow - 1);
    if (target < 0 || target >= m_queue->rowCount()) {
        emit message(step > 0 ? tr("This was the last transaction of the queue.")
                              : tr("This was the first transaction of the queue."));
        return;
    }
    const QueueRow *next = m_queue->rowAt(target);
    if (!next) {
        emit message(tr("The queue is still loading; try again in a moment."));
        return;
    }
    openTransaction(next->id, target);
    m_queueView->selectRow(target);
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
    openTransaction(claim.id);
    m_queue->refresh();
    refreshCounters();
}

void TransactionsPage::search(const QString &text)
{
    m_search->setText(text);
    QSqlDatabase database = readDb();
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
        auto *reference = new QTableWidgetItem(p.code(hit.reference));
        reference->setData(Qt::UserRole, hit.id);
        m_results->setItem(row, 0, reference);
        m_results->setItem(row, 1, new QTableWidgetItem(ArabicText::isolate(hit.applicant)));
        m_results->setItem(row, 2, new QTableWidgetItem(p.code(hit.qid)));
        m_results->setItem(row, 3, new QTableWidgetItem(TransactionStates::text(hit.state)));
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

QString TransactionsPage::badge() const
{
    // Says what it counts: the queue's own count is of the view's filter.
    return m_unclaimed < 0 ? QString()
                           : Presenter::current().digitsOf(tr(
                               "%n unclaimed", nullptr, int(qMin<qint64>(m_unclaimed, INT_MAX))));
}

QString TransactionsPage::badgeToolTip() const
{
    if (m_unclaimed < 0)
        return {};
    const Presenter &p = Presenter::current();
    const int unclaimed = int(qMin<qint64>(m_unclaimed, INT_MAX));
    const int mine = int(qMin<qint64>(m_mine, INT_MAX));
    return m_session.has(Role::Clerk)
               ? p.digitsOf(tr("%n unclaimed in your services", nullptr, unclaimed)
                            + QLatin1String("; ") + tr("%n held by you", nullptr, mine))
               : p.digitsOf(tr("%n unclaimed", nullptr, unclaimed));
}

void TransactionsPage::refreshCounters()
{
    const Dialect d = Dialect::of(db());
    report(m_counters->load(db(), TransactionOverview::serviceCounters(d), {}, 100));
    QSqlDatabase database = db();
    TransactionOverview::Counts counts;
    if (TransactionOverview::counts(
            database, m_session.staffId, m_session.has(Role::Clerk), &counts)
            .ok()) {
        m_unclaimed = counts.unclaimed;
        m_mine = counts.mine;
        emit badgeChanged();
    }
}

void TransactionsPage::refresh()
{
    refreshCounters();
    if (m_service->count() <= 1)
        loadServices();
    if (m_savedViews->count() == 0)
        loadViews();
    setQueueFilter(currentFilter());
    if (isFormShown())
        m_form->reload();
}
