#include "moderation/moderationpage.h"

#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "moderation/blockedwordsdialog.h"
#include "moderation/bulkresultsdialog.h"
#include "moderation/contributionsearch.h"
#include "moderation/highlightedtext.h"
#include "moderation/justificationdialog.h"
#include "moderation/moderationdetail.h"
#include "moderation/moderationfilterbar.h"
#include "moderation/moderationlog.h"
#include "moderation/moderationlogdialog.h"
#include "moderation/queue/contributionloader.h"
#include "moderation/queue/contributionqueuemodel.h"
#include "moderation/redactdialog.h"
#include "moderation/rejectdialog.h"
#include "moderation/similarlist.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using Column = ContributionQueueModel::Column;

namespace {
// The automatic flags of a row as words (the model keeps their codes).
class FlagsDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QStringList words;
        for (const QString &flag : index.data(ContributionQueueModel::FlagsRole).toStringList())
            words << ModerationPage::flagWords(flag);
        option->text = words.join(ModerationPage::tr(", "));
        option->features |= QStyleOptionViewItem::HasDisplay;
    }
};

// The search's hits the queue is narrowed to (the newest this many).
constexpr int searchLimit = 500;
} // namespace

ModerationPage::ModerationPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new ContributionQueueModel(session.connectionName, 200, 64, this))
    , m_tabs(new QTabBar(this))
    , m_filters(new ModerationFilterBar(this))
    , m_detail(new ModerationDetail(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_hide(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_redact(new QPushButton(this))
    , m_block(new QPushButton(this))
    , m_undo(new QPushButton(this))
    , m_myLog(new QPushButton(this))
    , m_blockedWords(new QPushButton(this))
    , m_renew(new QTimer(this))
    , m_undoWindow(new QTimer(this))
{
    setUpHeader();
    m_model->setHeaderText([](Column c) {
        switch (c) {
        case Column::Text:
            return tr("Contribution");
        case Column::Topic:
            return tr("Topic");
        case Column::Author:
            return tr("Author");
        case Column::Flags:
            return tr("Automatic flags");
        case Column::Reports:
            return tr("Reports");
        case Column::Submitted:
            return tr("Submitted", "when it was submitted");
        case Column::LookingAt:
            return tr("Being looked at by");
        case Column::LastColumn:
            break;
        }
        return QString();
    });
    for (int t = 0; t < int(ContributionTab::LastTab); ++t)
        m_tabs->addTab(QString());
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_model->setTab(ContributionTab(index));
        forgetPicks();
        if (m_searching) { // the search's newest matches in this tab
            runSearch();
            updateFilter();
        }
        // The new tab's first row is shown once it is read (the rows now are the last tab's).
    });
    {
        QList<ModerationLog::Named> topics;
        QList<ModerationLog::Named> moderators;
        QSqlDatabase database = db();
        if (DbError e = ModerationLog::topics(database, &topics); !e.ok())
            Page::report(e);
        if (DbError e = ModerationLog::moderators(database, &moderators); !e.ok())
            Page::report(e);
        m_filters->setChoices(topics, moderators);
    }
    connect(m_filters, &ModerationFilterBar::changed, this, &ModerationPage::updateFilter);
    connect(m_filters, &ModerationFilterBar::searchRequested, this, [this](const QString &text) {
        m_searching = !text.trimmed().isEmpty();
        m_searchText = text;
        // The words the search found are marked in the rows and the detail: the same analysis
        // as the search (ArabicText::searchTermList).
        m_searchTerms = m_searching ? ArabicText::searchTermList(text) : QStringList();
        m_textDelegate->setTerms(m_searchTerms);
        m_view->viewport()->update();
        runSearch();
        updateFilter();
    });

    m_view = makeTable();
    // Before the view's selection model hears of it (connected first, called first): the
    // current row it then moves is no choice of the moderator's.
    connect(
        m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_remapping = true; });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        // The selection model moves the current row after the removal, and the rows arrive
        // after that: until then the page, not the moderator, moves the selection.
        QTimer::singleShot(0, this, [this] {
            m_remapping = false;
            if (!m_view->currentIndex().isValid())
                showDetail(); // the tab emptied: nothing shown
        });
    });
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    auto *header = m_view->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(int(Column::Text), QHeaderView::Stretch);
    header->setSectionResizeMode(int(Column::Reports), QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(Column::Submitted), QHeaderView::ResizeToContents);
    header->setSectionResizeMode(int(Column::LookingAt), QHeaderView::ResizeToContents);
    header->resizeSection(int(Column::Topic), 170);
    header->resizeSection(int(Column::Author), 120);
    header->resizeSection(int(Column::Flags), 160);
    m_view->setItemDelegateForColumn(int(Column::Flags), new FlagsDelegate(m_view));
    m_textDelegate = new HighlightDelegate(m_view);
    m_view->setItemDelegateForColumn(int(Column::Text), m_textDelegate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        // Not while a refresh moves rows: keepPicks() decides what is shown once they are in.
        if (!m_remapping)
            showDetail();
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            [this](const QItemSelection &selected, const QItemSelection &deselected) {
                if (m_remapping)
                    return;
                for (const QModelIndex &index : deselected.indexes())
                    if (index.column() == 0)
                        if (const ContributionRow *row = m_model->rowAt(index.row()))
                            m_picked.remove(row->id);
                for (const QModelIndex &index : selected.indexes())
                    if (index.column() == 0)
                        if (const ContributionRow *row = m_model->rowAt(index.row()))
                            m_picked.insert(row->id, row->version);
                // More than one (Ctrl or Shift with the mouse): picked by hand.
                m_pickedByHand = m_picked.size() > 1;
            });
    // Rows removed at the end by a refresh are no choice of the moderator's.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        keepPicks();
        // The first one is shown at once, so that A, R and H act on something visible.
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0
            && m_model->data(m_model->index(0, 0), ContributionQueueModel::LoadedRole).toBool())
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateButtons();
        const QModelIndex current = m_view->currentIndex();
        const ContributionRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
        if (row && (row->id != m_shownId || m_reshow)) {
            const bool fresh = m_shownId == 0 && m_picked.isEmpty();
            m_reshow = false;
            showDetail();
            if (fresh) { // the first one shown, or the one after what was just done: picked
                m_view->selectionModel()->select(
                    current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
                m_picked.insert(row->id, row->version); // also while rows were being removed
            }
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ModerationPage::showDetail);
    connect(m_model, &ContributionQueueModel::tabCountsChanged, this, [this] {
        updateTabs();
        emit badgeChanged();
    });
    connect(m_model, &ContributionQueueModel::loadFailed, this, [this](const QString &text) {
        emit message(text);
    });

    connect(
        m_detail, &ModerationDetail::failed, this, [this](const DbError &e) { Page::report(e); });
    connect(m_detail, &ModerationDetail::unblockRequested, this, [this] { act(Act::Unblock); });
    connect(m_detail,
            &ModerationDetail::authorFilterRequested,
            m_filters,
            &ModerationFilterBar::setAuthor);
    connect(m_detail, &ModerationDetail::contributionLogRequested, this, [this] {
        if (m_shownId == 0)
            return;
        ModerationLogDialog dialog(db(), ModerationLogDialog::Scope::Contribution, m_shownId, this);
        dialog.exec();
    });
    connect(m_myLog, &QPushButton::clicked, this, [this] {
        ModerationLogDialog dialog(
            db(), ModerationLogDialog::Scope::Moderator, m_session.staffId, this);
        dialog.exec();
    });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b :
         {m_approve, m_reject, m_hide, m_restore, m_dismiss, m_redact, m_block, m_undo})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_myLog);
    buttons->addWidget(m_blockedWords);
    connect(m_blockedWords, &QPushButton::clicked, this, [this] {
        BlockedWordsDialog(db(), m_session.staffId, this).exec();
        m_detail->forgetListWords(); // the detail says which word of the list fired
        showDetail();
    });
    connect(m_approve, &QPushButton::clicked, this, [this] { act(Act::Approve); });
    connect(m_reject, &QPushButton::clicked, this, [this] { act(Act::Reject); });
    connect(m_hide, &QPushButton::clicked, this, [this] { act(Act::Hide); });
    connect(m_restore, &QPushButton::clicked, this, [this] { act(Act::Restore); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { act(Act::DismissReports); });
    connect(m_redact, &QPushButton::clicked, this, [this] { act(Act::Redact); });
    connect(m_block, &QPushButton::clicked, this, [this] { act(Act::Block); });
    connect(m_undo, &QPushButton::clicked, this, [this] { act(Act::Undo); });

    m_actions << addShortcut(Qt::Key_A, [this] { act(Act::Approve); })
              << addShortcut(Qt::Key_R, [this] { act(Act::Reject); })
              << addShortcut(Qt::Key_H, [this] { act(Act::Hide); })
              << addShortcut(Qt::Key_J, [this] { step(1); })
              << addShortcut(Qt::Key_K, [this] { step(-1); })
              << addShortcut(Qt::Key_X, [this] { togglePick(); })
              << addShortcut(QKeySequence::Undo, [this] { act(Act::Undo); });

    // A look lasts ModerationService::claimMinutes: renewed while the contribution is shown.
    m_renew->setInterval(60 * 1000);
    connect(m_renew, &QTimer::timeout, this, [this] {
        if (m_looking != 0)
            look(m_looking);
    });
    m_undoWindow->setSingleShot(true);
    m_undoWindow->setInterval(ModerationService::undoMinutes * 60 * 1000);
    connect(m_undoWindow, &QTimer::timeout, this, [this] {
        m_lastDone.clear();
        updateButtons();
    });

    // The list above, the selected contribution whole below it (with the contributions that
    // resemble it): the text keeps the page's width.
    m_detail->similarArea()->addWidget(new SimilarList(m_session, m_view, m_detail));
    auto *detail = new QScrollArea(this);
    detail->setWidget(m_detail);
    detail->setWidgetResizable(true);
    detail->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({330, 230});
    // Space, in the queue: the selected contribution whole, read from the keyboard (the detail
    // pane takes the focus and shows its start; J/K still step through the queue). Only in
    // the queue, so that Space still presses a focused button or opens a focused list.
    auto *open = new QAction(this);
    open->setShortcut(Qt::Key_Space);
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this, detail] {
        if (!m_view->currentIndex().isValid())
            return;
        showDetail();
        detail->ensureVisible(0, 0);
        detail->setFocus(Qt::ShortcutFocusReason);
    });
    m_view->addAction(open);
    m_actions << open;
    m_layout->addWidget(m_tabs);
    m_layout->addWidget(m_filters);
    m_layout->addWidget(splitter, 1);
    m_layout->addLayout(buttons);
    retranslate();
}

ModerationPage::~ModerationPage()
{
    QSqlDatabase database = db();
    if (m_looking != 0 && database.isOpen())
        ModerationService::leave(database, m_session.staffId, m_looking);
}

QAction *ModerationPage::addShortcut(const QKeySequence &key, const std::function<void()> &run)
{
    auto *action = new QAction(this);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(action, &QAction::triggered, this, run);
    addAction(action);
    return action;
}

QList<QAction *> ModerationPage::shortcutActions() const
{
    return m_actions;
}

bool ModerationPage::isBusy() const
{
    return !m_model->isCounted() || !m_model->hasBookmarks();
}

bool ModerationPage::canUndo() const
{
    return !m_lastDone.isEmpty();
}

QString ModerationPage::badge() const
{
    // The number alone: the navigation is narrow in Arabic; the tool tip says what it counts.
    const qint64 n = m_model->tabCount(ContributionTab::Pending);
    return n < 0 ? QString() : Presenter::current().number(n);
}

QString ModerationPage::badgeToolTip() const
{
    const qint64 n = m_model->tabCount(ContributionTab::Pending);
    return n < 0
               ? QString()
               : Presenter::current().digitsOf(tr(
                   "%n contributions waiting for review", nullptr, int(qMin<qint64>(n, INT_MAX))));
}

void ModerationPage::retranslate()
{
    setHeaderText(tr("Moderation"),
                  tr("Contributions to issues for discussion waiting for review, oldest first. "
                     "Hidden characters "
                     "in public text are shown, never obeyed."));
    m_approve->setText(tr("Approve (A)"));
    m_reject->setText(tr("Reject (R)"));
    m_hide->setText(tr("Hide (H)"));
    m_restore->setText(tr("Restore"));
    m_dismiss->setText(tr("Dismiss reports"));
    m_redact->setText(tr("Redact"));
    m_block->setText(tr("Block author"));
    m_undo->setText(tr("Undo"));
    m_myLog->setText(tr("My moderation log"));
    m_blockedWords->setText(tr("Blocked words"));
    const QStringList names{tr("Approve", "a contribution"),
                            tr("Reject", "a contribution"),
                            tr("Hide"),
                            tr("Next contribution"),
                            tr("Previous contribution"),
                            tr("Select or unselect"),
                            tr("Undo my last action"),
                            tr("Show the contribution whole")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setText(names.value(i));
    m_filters->retranslate();
    m_detail->retranslate();
    updateTabs();
    m_model->retranslate();
    m_shownId = 0;
    showDetail();
}

void ModerationPage::updateTabs()
{
    const Presenter &p = Presenter::current();
    const QStringList names{DomainText::contributionState(QStringLiteral("pending")),
                            tr("Reported"),
                            tr("Auto-hidden"),
                            DomainText::contributionState(QStringLiteral("hidden")),
                            DomainText::contributionState(QStringLiteral("published")),
                            DomainText::contributionState(QStringLiteral("rejected"))};
    for (int t = 0; t < names.size(); ++t) {
        const qint64 n = m_model->tabCount(ContributionTab(t));
        QString count;
        if (n >= ContributionLoader::CountCap)
            count = ArabicText::isolateLtr(p.number(n) + QLatin1Char('+'));
        else if (n >= 0)
            count = p.number(n);
        m_tabs->setTabText(t,
                           count.isEmpty()
                               ? names.at(t)
                               : names.at(t) + QStringLiteral(" (") + count + QLatin1Char(')'));
    }
}

void ModerationPage::updateFilter()
{
    ContributionFilter f = m_filters->filter();
    f.searching = m_searching;
    f.ids = m_searchIds;
    if (f == m_model->filter())
        return;
    forgetPicks();
    m_model->setFilter(f);
}

QString ModerationPage::flagWords(const QString &flag)
{
    if (flag == QLatin1String("link"))
        return tr("link");
    if (flag == QLatin1String("phone"))
        return tr("phone number");
    if (flag == QLatin1String("bidi"))
        return tr("hidden characters");
    if (flag == QLatin1String("abuse"))
        return tr("abusive words");
    if (flag == QLatin1String("duplicate"))
        return tr("duplicate");
    if (flag == QLatin1String("lookalike"))
        return tr("mixed-script words");
    if (flag == QLatin1String("email"))
        return tr("e-mail address");
    if (flag == QLatin1String("qid"))
        return tr("QID");
    return flag;
}

void ModerationPage::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const QString state = current.isValid()
                              ? m_model->data(current, ContributionQueueModel::StateRole).toString()
                              : QString();
    const bool moderator = m_session.has(Role::Moderator);
    m_approve->setEnabled(moderator && state == QLatin1String("pending"));
    m_reject->setEnabled(moderator && !state.isEmpty() && state != QLatin1String("rejected"));
    m_hide->setEnabled(
        moderator
        && (state == QLatin1String("pending") || state == QLatin1String("published")
            || m_model->data(current, ContributionQueueModel::AutoHiddenRole).toBool()));
    m_restore->setEnabled(
        moderator && (state == QLatin1String("hidden") || state == QLatin1String("rejected")));
    m_dismiss->setEnabled(moderator && current.isValid()
                          && m_model->data(current, ContributionQueueModel::ReportCountRole).toInt()
                                 > 0);
    m_redact->setEnabled(moderator && !state.isEmpty());
    m_block->setEnabled(moderator && !state.isEmpty() && !m_detail->author().blocked);
    m_undo->setEnabled(moderator && canUndo());
    m_myLog->setEnabled(moderator);
    m_blockedWords->setVisible(moderator);
}

void ModerationPage::look(qint64 id)
{
    QSqlDatabase database = db();
    if (m_looking != 0 && m_looking != id)
        ModerationService::leave(database, m_session.staffId, m_looking);
    m_looking = id;
    m_holder = {};
    if (id == 0 || !m_session.has(Role::Moderator)) {
        m_renew->stop();
        return;
    }
    if (DbError e = ModerationService::lookAt(database, m_session.staffId, id, &m_holder); !e.ok())
        Page::report(e);
    m_renew->start();
}

void ModerationPage::runSearch()
{
    m_searchIds.clear();
    if (!m_searching)
        return;
    // The tab's own newest matches: a tab's matches are never crowded out by other tabs'.
    QList<ContributionSearch::Hit> hits;
    QSqlDatabase database = readDb();
    if (DbError e = ContributionSearch::search(
            database, m_searchText, &hits, searchLimit, ContributionTab(m_tabs->currentIndex()));
        !e.ok())
        Page::report(e);
    for (const ContributionSearch::Hit &h : std::as_const(hits))
        m_searchIds << h.id;
    if (hits.size() >= searchLimit)
        emit message(tr("The newest %1 matches in this tab are shown: more words narrow the "
                        "search.")
                         .arg(Presenter::current().number(searchLimit)));
}

void ModerationPage::search(const QString &text)
{
    m_filters->search(text);
}

void ModerationPage::showPollAnswers(bool pollAnswers)
{
    m_filters->setTopic(pollAnswers ? -1 : 0);
}

void ModerationPage::showTab(ContributionTab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ModerationPage::showRowAt(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, 0));
}

void ModerationPage::forgetPicks()
{
    // Another tab or filter: what was picked is not in it.
    m_picked.clear();
    m_pickedByHand = false;
    m_shownId = 0;
    const QScopedValueRollback remapping(m_remapping, true);
    m_view->selectionModel()->clearSelection();
}

void ModerationPage::keepPicks()
{
    if (m_picked.isEmpty() && m_shownId == 0)
        return;
    QItemSelection selection;
    int shownRow = -1;
    const int last = m_model->columnCount() - 1;
    m_model->forEachLoaded([&](int row, const ContributionRow &r) {
        if (m_picked.contains(r.id))
            selection.select(m_model->index(row, 0), m_model->index(row, last));
        if (r.id == m_shownId)
            shownRow = row;
    });
    const QScopedValueRollback remapping(m_remapping, true);
    QItemSelectionModel *picks = m_view->selectionModel();
    if (selection != picks->selection())
        picks->select(selection, QItemSelectionModel::ClearAndSelect);
    const QModelIndex current = m_view->currentIndex();
    if (shownRow >= 0 && current.row() != shownRow) {
        picks->setCurrentIndex(m_model->index(shownRow, qMax(0, current.column())),
                               QItemSelectionModel::NoUpdate);
        return;
    }
    // The one being read left the tab (another moderator acted on it): said, not hidden.
    const ContributionRow *now = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (shownRow < 0 && now && now->id != m_shownId) {
        emit message(tr("Contribution #%1 is no longer in this tab: someone acted on it. The "
                        "one now in its place is shown.")
                         .arg(m_shownId));
        m_picked.remove(m_shownId);
    }
}

QList<std::pair<qint64, int>> ModerationPage::targets(Act act) const
{
    QList<std::pair<qint64, int>> targets;
    const bool shownOnly = act == Act::Redact || act == Act::Unblock;
    if (!shownOnly)
        for (auto it = m_picked.cbegin(); it != m_picked.cend(); ++it)
            targets.append({it.key(), it.value()});
    if (targets.isEmpty() && m_shownId != 0)
        targets.append({m_shownId, m_shownVersion});
    std::sort(targets.begin(), targets.end());
    return targets;
}

void ModerationPage::showDetail()
{
    const QModelIndex current = m_view ? m_view->currentIndex() : QModelIndex();
    const ContributionRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    const qint64 id = row ? row->id : 0;
    if (id != m_looking)
        look(id);
    m_shownId = id;
    m_shownVersion = row ? row->version : 0;
    m_detail->showRow(db(), row, m_holder, m_session.staffId, m_searchTerms);
    updateButtons();
}

void ModerationPage::step(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_view->currentIndex().row() + delta, rows - 1);
    // Picks made with X stay while J and K move on; otherwise the pick moves along.
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              m_pickedByHand ? QItemSelectionModel::NoUpdate
                                                             : QItemSelectionModel::ClearAndSelect
                                                                   | QItemSelectionModel::Rows);
}

void ModerationPage::togglePick()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    // The first X keeps the current one picked (it was, by being current) and starts picking by
    // hand; each X after it picks or unpicks the current one.
    m_view->selectionModel()->select(
        current,
        (m_pickedByHand ? QItemSelectionModel::Toggle : QItemSelectionModel::Select)
            | QItemSelectionModel::Rows);
    m_pickedByHand = !m_picked.isEmpty();
}

void ModerationPage::act(Act act)
{
    using ModerationService::Action;
    if (!m_session.has(Role::Moderator))
        return;
    // By contribution and the version the moderator saw, not by row: rows may have moved.
    const QList<std::pair<qint64, int>> picked = targets(act);
    if (picked.isEmpty() && act != Act::Undo)
        return;
    ModerationService::Request request;
    const ContributionRow *shown
        = m_view->currentIndex().isValid() ? m_model->rowAt(m_view->currentIndex().row()) : nullptr;
    switch (act) {
    case Act::Approve:
        request.action = Action::Approve;
        break;
    case Act::Reject: {
        RejectDialog dialog(int(picked.size()), this);
        if (m_rejectDraft)
            dialog.setReason(m_rejectDraft->first, m_rejectDraft->second);
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.action = Action::Reject;
        request.reasonCode = dialog.reasonCode();
        request.reason = dialog.reasonText();
        break;
    }
    case Act::Hide:
        request.action = Action::Hide;
        break;
    case Act::Restore:
        request.action = Action::Restore;
        break;
    case Act::DismissReports:
        request.action = Action::DismissReports;
        break;
    case Act::Redact: {
        if (!shown)
            return;
        RedactDialog dialog(shown->body, this);
        if (m_redactDraft && m_redactDraft->id == shown->id) { // what did not go through
            dialog.select(m_redactDraft->from, m_redactDraft->length);
            dialog.setReason(m_redactDraft->reason);
        }
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.action = Action::Redact;
        request.redactFrom = dialog.from();
        request.redactLength = dialog.length();
        request.reason = dialog.reason();
        break;
    }
    case Act::Block:
    case Act::Unblock: {
        const bool block = act == Act::Block;
        JustificationDialog dialog(
            block ? tr("Block author") : tr("Unblock author"),
            block ? tr("The authors of the selected contributions will not be able to contribute, "
                       "and their contributions waiting for review will be hidden.")
                  : tr("The author will be able to contribute again. What the block hid stays "
                       "hidden."),
            block ? tr("Block") : tr("Unblock"),
            this);
        if (m_justificationDraft)
            dialog.setJustification(*m_justificationDraft);
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.action = block ? Action::BlockAuthor : Action::UnblockAuthor;
        request.reason = dialog.justification();
        break;
    }
    case Act::Undo:
        request.action = Action::Undo;
        break;
    }
    QList<ModerationService::Request> requests;
    if (act == Act::Undo) {
        requests = m_lastDone;
    } else {
        for (const auto &[id, version] : picked) {
            ModerationService::Request r = request;
            r.id = id;
            r.version = version;
            requests << r;
        }
    }
    if (requests.isEmpty())
        return;
    QSqlDatabase database = db();
    QList<ModerationService::Outcome> outcomes;
    for (const ModerationService::Request &r : std::as_const(requests)) {
        ModerationService::Outcome &o = outcomes.emplace_back();
        m_keys.send(database, QStringLiteral("%1/%2").arg(r.id).arg(int(r.action)), [&] {
            o = ModerationService::act(database, m_session.staffId, r);
            return o.error;
        });
    }
    // What Undo can take back: this action's items that went through (an undo and an unblock
    // are not undone this way; undoing a block lets the author in again and brings back what it
    // hid, undoing a redaction brings back the text from the audit trail).
    const bool undoable = act != Act::Undo && act != Act::Unblock;
    m_lastDone.clear();
    m_undoWindow->stop();
    bool allDone = true;
    for (const ModerationService::Outcome &o : outcomes) {
        allDone = allDone && o.error.ok();
        if (undoable && o.error.ok() && o.version > 0) // a repeat too: the receipt's version
            m_lastDone.append({o.id, o.version, Action::Undo, {}, {}});
    }
    if (!m_lastDone.isEmpty())
        m_undoWindow->start();
    // A rejection that did not go through everywhere keeps what the moderator chose and typed.
    if (act == Act::Reject)
        m_rejectDraft
            = allDone ? std::nullopt : std::optional(std::pair{request.reasonCode, request.reason});
    // So do a block's or unblock's justification and a redaction's passage and reason.
    if (act == Act::Block || act == Act::Unblock)
        m_justificationDraft = allDone ? std::nullopt : std::optional(request.reason);
    if (act == Act::Redact)
        m_redactDraft = allDone || picked.isEmpty()
                            ? std::nullopt
                            : std::optional(RedactDraft{picked.first().first,
                                                        request.redactFrom,
                                                        request.redactLength,
                                                        request.reason});
    report(outcomes);
    // Several, not all done: which, and why, item by item.
    if (outcomes.size() > 1 && !allDone)
        showResults(request.action, outcomes);
    // What was done leaves the pick, and when it was the one shown, the row then in its place
    // is shown and picked (approve, then A again for the next one). What another moderator
    // changed first leaves the pick too, and is shown again as it now is, to be decided on
    // knowingly; what was not done for another reason (the connection) stays as it was, for
    // the same action again.
    bool shownDone = false;
    for (const ModerationService::Outcome &o : outcomes) {
        if (!o.error.ok() && o.error.kind != DbError::Kind::Conflict)
            continue;
        m_picked.remove(o.id);
        if (o.id == m_shownId) {
            shownDone = o.error.ok();
            m_reshow = !o.error.ok();
        }
    }
    if (shownDone || m_picked.isEmpty()) {
        const qint64 stillShown = shownDone ? 0 : m_shownId;
        forgetPicks();
        m_shownId = stillShown;
    }
    m_model->refresh();
    updateButtons();
}

QString ModerationPage::conflictText(const ModerationService::Outcome &o) const
{
    const Presenter &p = Presenter::current();
    const QString who
        = o.actedByEn.isEmpty() ? tr("The portal") : (p.isArabic() ? o.actedByAr : o.actedByEn);
    return tr("%1 acted on this contribution first: %2 (%3). Nothing was changed.")
        .arg(ArabicText::isolate(who),
             ModerationDetail::actionText(o.actedAction),
             p.dateTime(o.actedAt));
}

void ModerationPage::showResults(ModerationService::Action action,
                                 const QList<ModerationService::Outcome> &outcomes)
{
    QHash<qint64, QString> texts;
    m_model->forEachLoaded([&](int, const ContributionRow &r) { texts.insert(r.id, r.body); });
    QList<BulkResultsDialog::Item> items;
    for (const ModerationService::Outcome &o : outcomes)
        items.append({o.id, texts.value(o.id), o.error.ok(), problemText(o)});
    if (m_results)
        m_results->close();
    m_results = new BulkResultsDialog(
        ModerationDetail::actionText(ModerationService::actionKey(action)), items, this);
    m_results->setAttribute(Qt::WA_DeleteOnClose);
    m_results->show();
}

QString ModerationPage::problemText(const ModerationService::Outcome &o) const
{
    if (o.error.ok())
        return {};
    if (o.error.kind == DbError::Kind::Conflict && o.actedAt.isValid())
        return conflictText(o);
    return o.error.userMessage();
}

void ModerationPage::report(const QList<ModerationService::Outcome> &outcomes)
{
    int done = 0;
    QString firstProblem;
    for (const ModerationService::Outcome &o : outcomes) {
        if (o.error.ok())
            ++done;
        else if (firstProblem.isEmpty())
            firstProblem = problemText(o);
    }
    const Presenter &p = Presenter::current();
    QString text
        = tr("Done: %1. Not done: %2.").arg(p.number(done), p.number(outcomes.size() - done));
    if (!firstProblem.isEmpty())
        text += QLatin1Char(' ') + firstProblem;
    emit message(text);
}

void ModerationPage::refresh()
{
    m_model->refresh();
}
