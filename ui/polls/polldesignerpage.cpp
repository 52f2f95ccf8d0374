#include "polls/polldesignerpage.h"

#include "common/boundedquerymodel.h"
#include "common/domaintext.h"
#include "common/overviewqueries.h"
#include "db/dialect.h"
#include "polls/polleditor.h"
#include "polls/pollservice.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

PollDesignerPage::PollDesignerPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_polls(new BoundedQueryModel(this))
{
    setUpHeader();
    m_polls->setColumns({
        {[this] { return tr("Poll"); }, Kind::Text, "title_ar", "title_en"},
        {[this] { return tr("State"); },
         Kind::Mapped,
         "state",
         {},
         [](const QVariant &v) {
             return DomainText::publicationState(v.toString());
         }},
        {[this] { return tr("Questions"); }, Kind::Number, "questions"},
        {[this] { return tr("Opens"); }, Kind::Date, "opens_at"},
        {[this] { return tr("Closes"); }, Kind::Date, "closes_at"},
        {[this] { return tr("Responses"); }, Kind::Number, "responses"},
    });
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_view = makeTable();
    m_view->setModel(m_polls);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_new = new QPushButton(listPage);
    m_open = new QPushButton(listPage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_view, 1);

    m_editor = new PollEditor(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_editor);
    m_layout->addWidget(m_stack, 1);

    auto openSelected = [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openPoll(m_polls->raw(current.row(), QStringLiteral("id")).toLongLong());
    };
    connect(m_view, &QTableView::activated, this, openSelected);
    connect(m_open, &QPushButton::clicked, this, openSelected);
    connect(m_new, &QPushButton::clicked, this, &PollDesignerPage::newPoll);
    connect(m_editor, &PollEditor::saveRequested, this, &PollDesignerPage::save);
    connect(m_editor, &PollEditor::closeRequested, this, &PollDesignerPage::showList);
    connect(m_editor, &PollEditor::submitRequested, this, &PollDesignerPage::submitForReview);
    connect(m_editor, &PollEditor::approveRequested, this, &PollDesignerPage::approve);
    retranslate();
}

void PollDesignerPage::retranslate()
{
    setHeaderText(tr("Poll designer"),
                  tr("Opinion polls: drafts, polls in review, scheduled, open and closed."));
    m_new->setText(tr("New poll"));
    m_open->setText(tr("Open the poll"));
    m_polls->retranslate();
}

void PollDesignerPage::refresh()
{
    report(m_polls->load(db(), OverviewQueries::polls(Dialect::of(db())), {}, 500));
}

qint64 PollDesignerPage::firstPollId() const
{
    return m_polls->rowCount() > 0 ? m_polls->raw(0, QStringLiteral("id")).toLongLong() : 0;
}

bool PollDesignerPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

bool PollDesignerPage::openPoll(qint64 id)
{
    Polls::StoredPoll stored;
    QSqlDatabase database = db();
    if (DbError e = Polls::PollService::load(database, id, &stored); !e.ok()) {
        report(e);
        return false;
    }
    m_editor->setPoll(stored.id, stored.version, stored.state, stored.poll);
    m_stack->setCurrentWidget(m_editor);
    return true;
}

void PollDesignerPage::newPoll()
{
    Polls::Poll poll;
    Polls::Question question;
    question.options = {{}, {}};
    poll.questions = {question};
    m_editor->setPoll(0, 0, QStringLiteral("draft"), poll);
    m_stack->setCurrentWidget(m_editor);
}

void PollDesignerPage::showList()
{
    m_stack->setCurrentIndex(0);
    refresh();
}

bool PollDesignerPage::save()
{
    qint64 id = 0;
    int version = 0;
    QSqlDatabase database = db();
    const DbError e = Polls::PollService::saveDraft(database,
                                                    m_session.login,
                                                    m_editor->pollId(),
                                                    m_editor->version(),
                                                    m_editor->poll(),
                                                    &id,
                                                    &version);
    if (!e.ok()) {
        report(e);
        return false;
    }
    m_editor->setSaved(id, version);
    emit message(tr("The poll is saved."));
    return true;
}

bool PollDesignerPage::submitForReview()
{
    QSqlDatabase database = db();
    const qint64 id = m_editor->pollId();
    const DbError e
        = Polls::PollService::submitForReview(database, m_session.login, id, m_editor->version());
    if (!e.ok()) {
        report(e);
        return false;
    }
    emit message(tr("The poll is sent for review."));
    return openPoll(id);
}

bool PollDesignerPage::approve()
{
    QSqlDatabase database = db();
    const qint64 id = m_editor->pollId();
    const DbError e
        = Polls::PollService::approve(database, m_session.login, id, m_editor->version());
    if (!e.ok()) {
        report(e);
        return false;
    }
    emit message(tr("The poll is approved and scheduled."));
    return openPoll(id);
}
