#include "moderation/moderationpage.h"

#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "moderation/blockedwordsdialog.h"
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
        m_shownId = 0;
        showDetail();
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
        m_searchIds.clear();
        // The words the search found are marked in the rows and the detail: the same analysis
        // as the search (ArabicText::searchTermList).
        m_searchTerms = m_searching ? ArabicText::searchTermList(text) : QStringList();
        m_textDelegate->setTerms(m_searchTerms);
        m_view->viewport()->update();
        if (m_searching) {
            QList<ContributionSearch::Hit> hits;
            QSqlDatabase database = readDb();
            if (DbError e = ContributionSearch::search(database, text, &hits, searchLimit); !e.ok())
                Page::report(e);
            for (const ContributionSearch::Hit &h : std::as_const(hits))
                m_searchIds << h.id;
        }
        updateFilter();
    });

    m_view = makeTable();
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
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ModerationPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // The first one is shown at once, so that A, R and H act on something visible.
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0
            && m_model->data(m_model->index(0, 0), ContributionQueueModel::LoadedRole).toBool())
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateButtons();
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()
            && m_model->data(current, ContributionQueueModel::IdRole).toLongLong() != m_shownId)
            showDetail();
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
              << addShortcut(Qt::Key_X,
                             [this] {
                                 const QModelIndex current = m_view->currentIndex();
                                 if (current.isValid())
                                     m_view->selectionModel()->select(
                                         current,
                                         QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
                             })
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
    m_shownId = 0;
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

void ModerationPage::showDetail()
{
    const QModelIndex current = m_view ? m_view->currentIndex() : QModelIndex();
    const ContributionRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    const qint64 id = row ? row->id : 0;
    if (id != m_looking)
        look(id);
    m_shownId = id;
    m_detail->showRow(db(), row, m_holder, m_session.staffId, m_searchTerms);
    updateButtons();
}

void ModerationPage::step(int delta)
{
    const int rows = m_model->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_view->currentIndex().row() + delta, rows - 1);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void ModerationPage::act(Act act)
{
    using ModerationService::Action;
    if (!m_session.has(Role::Moderator))
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    // Redaction and unblocking concern the contribution shown.
    if ((act == Act::Redact || act == Act::Unblock) && m_view->currentIndex().isValid())
        rows = {m_view->currentIndex().row()};
    if (rows.isEmpty() && act != Act::Undo)
        return;
    std::sort(rows.begin(), rows.end());
    ModerationService::Request request;
    const ContributionRow *shown
        = m_view->currentIndex().isValid() ? m_model->rowAt(m_view->currentIndex().row()) : nullptr;
    switch (act) {
    case Act::Approve:
        request.action = Action::Approve;
        break;
    case Act::Reject: {
        RejectDialog dialog(int(rows.size()), this);
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
        for (const int row : std::as_const(rows)) {
            const QModelIndex index = m_model->index(row, 0);
            if (!m_model->data(index, ContributionQueueModel::LoadedRole).toBool())
                continue;
            ModerationService::Request r = request;
            r.id = m_model->data(index, ContributionQueueModel::IdRole).toLongLong();
            r.version = m_model->data(index, ContributionQueueModel::VersionRole).toInt();
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
    report(outcomes);
    m_shownId = 0;
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

void ModerationPage::report(const QList<ModerationService::Outcome> &outcomes)
{
    int done = 0;
    QString firstProblem;
    for (const ModerationService::Outcome &o : outcomes) {
        if (o.error.ok()) {
            ++done;
            continue;
        }
        if (!firstProblem.isEmpty())
            continue;
        if (o.error.kind == DbError::Kind::Conflict && o.actedAt.isValid())
            firstProblem = conflictText(o);
        else
            firstProblem = o.error.userMessage();
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
