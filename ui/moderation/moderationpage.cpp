#include "moderation/moderationpage.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "moderation/moderationservice.h"
#include "moderation/queue/contributionloader.h"
#include "moderation/queue/contributionqueuemodel.h"
#include "moderation/rejectdialog.h"
#include "moderation/similarlist.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

using Column = ContributionQueueModel::Column;

namespace {
// The automatic flags of a row as words (the model keeps their codes).
class FlagsDelegate : public QStyledItemDelegate
{
public:
    FlagsDelegate(const ModerationPage *page, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_page(page)
    {}

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        QStringList words;
        for (const QString &flag : index.data(ContributionQueueModel::FlagsRole).toStringList())
            words << m_page->flagText(flag);
        option->text = words.join(ModerationPage::tr(", "));
        option->features |= QStyleOptionViewItem::HasDisplay;
    }

private:
    const ModerationPage *m_page;
};
} // namespace

ModerationPage::ModerationPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new ContributionQueueModel(session.connectionName, 200, 64, this))
    , m_tabs(new QTabBar(this))
    , m_detail(new QLabel(this))
    , m_approve(new QPushButton(this))
    , m_reject(new QPushButton(this))
    , m_hide(new QPushButton(this))
    , m_restore(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
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
        showDetail();
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
    header->resizeSection(int(Column::Topic), 180);
    header->resizeSection(int(Column::Author), 130);
    header->resizeSection(int(Column::Flags), 180);
    m_view->setItemDelegateForColumn(int(Column::Flags), new FlagsDelegate(this, m_view));
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ModerationPage::showDetail);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        // The oldest one is shown at once, so that A, R and H act on something visible.
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0
            && m_model->data(m_model->index(0, 0), ContributionQueueModel::LoadedRole).toBool())
            m_view->setCurrentIndex(m_model->index(0, 0));
        updateButtons();
        if (m_detail->text().isEmpty())
            showDetail();
    });
    connect(m_model, &ContributionQueueModel::tabCountsChanged, this, [this] {
        updateTabs();
        emit badgeChanged();
    });
    connect(m_model, &ContributionQueueModel::loadFailed, this, [this](const QString &text) {
        emit message(text);
    });

    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeading);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_approve, m_reject, m_hide, m_restore, m_dismiss})
        buttons->addWidget(b);
    buttons->addStretch(1);
    connect(m_approve, &QPushButton::clicked, this, [this] { act(Act::Approve); });
    connect(m_reject, &QPushButton::clicked, this, [this] { act(Act::Reject); });
    connect(m_hide, &QPushButton::clicked, this, [this] { act(Act::Hide); });
    connect(m_restore, &QPushButton::clicked, this, [this] { act(Act::Restore); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] { act(Act::DismissReports); });

    m_actions << addShortcut(Qt::Key_A, [this] { act(Act::Approve); })
              << addShortcut(Qt::Key_R, [this] { act(Act::Reject); })
              << addShortcut(Qt::Key_H, [this] { act(Act::Hide); })
              << addShortcut(Qt::Key_J, [this] { step(1); })
              << addShortcut(Qt::Key_K, [this] { step(-1); }) << addShortcut(Qt::Key_X, [this] {
                     const QModelIndex current = m_view->currentIndex();
                     if (current.isValid())
                         m_view->selectionModel()->select(
                             current, QItemSelectionModel::Toggle | QItemSelectionModel::Rows);
                 });

    // The list above, the selected contribution whole below it: the text keeps the page's width.
    auto *detail = new QScrollArea(this);
    detail->setWidget(m_detail);
    detail->setWidgetResizable(true);
    detail->setFrameShape(QFrame::NoFrame);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detail);
    splitter->addWidget(new SimilarList(m_session, m_view, this)); // modtopics: similar ones
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({380, 220});
    m_layout->addWidget(m_tabs);
    m_layout->addWidget(splitter, 1);
    m_layout->addLayout(buttons);
    retranslate();
}

QAction *ModerationPage::addShortcut(Qt::Key key, const std::function<void()> &run)
{
    auto *action = new QAction(this);
    action->setShortcut(QKeySequence(key));
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
    const QStringList names{tr("Approve", "a contribution"),
                            tr("Reject", "a contribution"),
                            tr("Hide"),
                            tr("Next contribution"),
                            tr("Previous contribution"),
                            tr("Select or unselect")};
    for (int i = 0; i < m_actions.size(); ++i)
        m_actions.at(i)->setText(names.value(i));
    updateTabs();
    m_model->retranslate();
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

QString ModerationPage::flagText(const QString &flag) const
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
    m_dismiss->setEnabled(
        moderator && current.isValid()
        && m_model->data(m_model->index(current.row(), int(Column::Reports))).toString()
               != Presenter::current().number(0));
}

void ModerationPage::showDetail()
{
    updateButtons();
    const QModelIndex current = m_view ? m_view->currentIndex() : QModelIndex();
    const ContributionRow *row = current.isValid() ? m_model->rowAt(current.row()) : nullptr;
    if (!row) {
        m_detail->setText(tr("Select a contribution to see it whole."));
        return;
    }
    const Presenter &p = Presenter::current();
    QStringList lines;
    lines << DomainText::contributionState(row->state)
                 + (row->autoHidden ? QStringLiteral(" \u2014 ") + tr("hidden by its reports")
                                    : QString());
    // Each line but the contribution itself runs in the page's direction, whatever script the
    // topic or the author's name is written in (a leading mark: the isolates do not decide it).
    const QString mark = QChar(p.isArabic() ? 0x200F : 0x200E);
    lines << mark + ArabicText::isolate(p.isArabic() ? row->topicAr : row->topicEn);
    lines << mark + ArabicText::isolate(row->author) + QStringLiteral(" \u2014 ")
                 + p.dateTime(row->submittedAt);
    lines << QString() << ArabicText::revealControls(row->body) << QString();
    if (!row->flags.isEmpty()) {
        QStringList flags;
        for (const QString &f : row->flags)
            flags << flagText(f);
        lines << tr("Automatic flags") + QStringLiteral(": ") + flags.join(tr(", "));
    }
    QList<ModerationService::Report> reports;
    QSqlDatabase database = db();
    if (row->reportCount > 0 || row->autoHidden) {
        if (const DbError e = ModerationService::reports(database, row->id, &reports); !e.ok())
            report(e);
    }
    if (!reports.isEmpty()) {
        lines << tr("Reports") + QStringLiteral(":");
        for (const ModerationService::Report &r : std::as_const(reports)) {
            QString line = mark + QStringLiteral("\u2022 ") + DomainText::reportReason(r.reason);
            if (!r.note.isEmpty())
                line += QStringLiteral(": ") + ArabicText::revealControls(r.note);
            line += QStringLiteral(" \u2014 ") + p.dateTime(r.at);
            lines << line;
        }
    }
    m_detail->setText(lines.join(QLatin1Char('\n')));
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
    if (!m_session.has(Role::Moderator))
        return;
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    ModerationService::Request request;
    switch (act) {
    case Act::Approve:
        request.action = ModerationService::Action::Approve;
        break;
    case Act::Reject: {
        RejectDialog dialog(int(rows.size()), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        request.action = ModerationService::Action::Reject;
        request.reasonCode = dialog.reasonCode();
        request.reason = dialog.reasonText();
        break;
    }
    case Act::Hide:
        request.action = ModerationService::Action::Hide;
        break;
    case Act::Restore:
        request.action = ModerationService::Action::Restore;
        break;
    case Act::DismissReports:
        request.action = ModerationService::Action::DismissReports;
        break;
    }
    QList<ModerationService::Request> requests;
    for (const int row : std::as_const(rows)) {
        const QModelIndex index = m_model->index(row, 0);
        if (!m_model->data(index, ContributionQueueModel::LoadedRole).toBool())
            continue;
        ModerationService::Request r = request;
        r.id = m_model->data(index, ContributionQueueModel::IdRole).toLongLong();
        r.version = m_model->data(index, ContributionQueueModel::VersionRole).toInt();
        requests << r;
    }
    QSqlDatabase database = db();
    const QList<ModerationService::Outcome> outcomes
        = ModerationService::actOnEach(database, m_session.staffId, requests);
    int done = 0;
    QString firstProblem;
    for (const ModerationService::Outcome &o : outcomes) {
        if (o.error.ok()) {
            ++done;
            continue;
        }
        if (!firstProblem.isEmpty())
            continue;
        const Presenter &p = Presenter::current();
        if (o.error.kind == DbError::Kind::Conflict && o.actedAt.isValid())
            firstProblem
                = tr("%1 acted on this contribution first (%2). Nothing was changed.")
                      .arg(ArabicText::isolate(o.actedByEn.isEmpty()
                                                   ? tr("The portal")
                                                   : (p.isArabic() ? o.actedByAr : o.actedByEn)),
                           p.dateTime(o.actedAt));
        else
            firstProblem = o.error.userMessage();
    }
    const Presenter &p = Presenter::current();
    QString text
        = tr("Done: %1. Not done: %2.").arg(p.number(done), p.number(outcomes.size() - done));
    if (!firstProblem.isEmpty())
        text += QLatin1Char(' ') + firstProblem;
    emit message(text);
    m_model->refresh();
}

void ModerationPage::refresh()
{
    m_model->refresh();
}
