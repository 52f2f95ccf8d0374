#include "moderation/topicspage.h"

#include "common/boundedquerymodel.h"
#include "common/domaintext.h"
#include "db/dialect.h"
#include "moderation/justificationdialog.h"
#include "moderation/topiceditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;
using Topics::TopicService;

TopicsPage::TopicsPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_topics(new BoundedQueryModel(this))
{
    setUpHeader();
    m_topics->setColumns({
        {[this] { return tr("Topic"); }, Kind::Text, "title_ar", "title_en"},
        {[this] { return tr("State"); },
         Kind::Mapped,
         "state",
         {},
         [](const QVariant &v) {
             return DomainText::publicationState(v.toString());
         }},
        {[this] { return tr("Pinned"); },
         Kind::Mapped,
         "pinned",
         {},
         [](const QVariant &v) {
             return v.toBool() ? tr("Pinned") : QString();
         }},
        {[this] { return tr("Opens"); }, Kind::DateTime, "opens_at"},
        {[this] { return tr("Closes"); }, Kind::DateTime, "closes_at"},
        {[this] { return tr("Pending review"); }, Kind::Number, "pending"},
        {[this] { return tr("Published"); }, Kind::Number, "published"},
        {[this] { return tr("Hidden"); }, Kind::Number, "hidden"},
        {[this] { return tr("Reports"); }, Kind::Number, "reports"},
    });
    auto *listPage = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    m_view = makeTable();
    m_view->setModel(m_topics);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_new = new QPushButton(listPage);
    m_new->setVisible(canEdit());
    m_open = new QPushButton(listPage);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addStretch();
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_view, 1);

    m_editor = new TopicEditor(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(listPage);
    m_stack->addWidget(m_editor);
    m_layout->addWidget(m_stack, 1);

    auto openSelected = [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openTopic(m_topics->raw(current.row(), QStringLiteral("id")).toLongLong());
    };
    connect(m_view, &QTableView::activated, this, openSelected);
    connect(m_open, &QPushButton::clicked, this, openSelected);
    connect(m_new, &QPushButton::clicked, this, &TopicsPage::newTopic);
    connect(m_editor, &TopicEditor::saveRequested, this, &TopicsPage::save);
    connect(m_editor, &TopicEditor::closeRequested, this, &TopicsPage::showList);
    connect(m_editor, &TopicEditor::stepRequested, this, &TopicsPage::step);
    retranslate();
}

bool TopicsPage::canEdit() const
{
    return m_session.has(Role::Editor);
}

void TopicsPage::retranslate()
{
    setHeaderText(tr("Topics"),
                  tr("Issues for discussion: written by an editor, approved by another, open to "
                     "the public for their window."));
    m_new->setText(tr("New topic"));
    m_open->setText(tr("Open the topic"));
    m_topics->retranslate();
}

void TopicsPage::refresh()
{
    QSqlDatabase database = db();
    // The clock's part of the lifecycle first, so that the list shows what is open now.
    if (DbError e = TopicService::advance(database); !e.ok()) {
        report(e);
        return;
    }
    report(m_topics->load(database, TopicService::listSql(Dialect::of(database)), {}, 500));
    // Live: the topic open in the editor follows too, unless the editor has typed something.
    const qint64 shown = m_editor->topic().id;
    if (isEditing() && shown > 0 && !m_editor->isChanged())
        openTopic(shown);
}

qint64 TopicsPage::firstTopicId() const
{
    return m_topics->rowCount() > 0 ? m_topics->raw(0, QStringLiteral("id")).toLongLong() : 0;
}

bool TopicsPage::isEditing() const
{
    return m_stack->currentWidget() == m_editor;
}

bool TopicsPage::openTopic(qint64 id)
{
    QSqlDatabase database = db();
    Topics::Topic topic;
    Topics::Counters counters;
    if (DbError e = TopicService::load(database, id, &topic); !e.ok()) {
        report(e);
        return false;
    }
    if (DbError e = TopicService::counters(database, id, &counters); !e.ok()) {
        report(e);
        return false;
    }
    m_editor->setTopic(topic, counters, canEdit());
    m_stack->setCurrentWidget(m_editor);
    return true;
}

void TopicsPage::newTopic()
{
    m_editor->setTopic({}, {}, canEdit());
    m_stack->setCurrentWidget(m_editor);
}

void TopicsPage::showList()
{
    m_stack->setCurrentIndex(0);
    refresh();
}

bool TopicsPage::save()
{
    qint64 id = 0;
    int version = 0;
    QSqlDatabase database = db();
    const Topics::Topic topic = m_editor->topic();
    // Sent again after a lost answer, a new topic is the one the first send created.
    bool repeated = false;
    const DbError e = m_keys.send(
        database,
        QStringLiteral("%1/save").arg(topic.id),
        [&] { return TopicService::save(database, m_session.login, topic, &id, &version); },
        &repeated);
    if (!e.ok()) {
        // A refusal naming a field is shown beside it; what was typed stays in the form.
        if (e.kind == DbError::Kind::Invalid && !e.message.isEmpty() && !e.detail.contains(' '))
            m_editor->refreshProblems({e.detail, e.message});
        report(e);
        return false;
    }
    if (repeated && !m_savingAgain) {
        // The first send was stored but its answer lost, and the form may have changed since:
        // what it says now is saved over it (with a new key: the first one is spent), so that
        // nothing typed after the failure is lost when the stored topic is shown.
        m_editor->setSaved(id, version);
        const QScopedValueRollback<bool> once(m_savingAgain, true);
        return save();
    }
    m_editor->setSaved(id, version);
    emit message(tr("The topic is saved."));
    return openTopic(id);
}

bool TopicsPage::step(Topics::Step step)
{
    QSqlDatabase database = db();
    const Topics::Topic topic = m_editor->topic();
    QString reason;
    if (step == Topics::Step::Return) {
        // The author reads why (the topic keeps it; the audit trail too).
        JustificationDialog dialog(tr("Send back to draft"),
                                   tr("The author will see why the topic went back to draft."),
                                   tr("Send back"),
                                   this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        reason = dialog.justification();
    }
    const DbError e = m_keys.send(
        database, QStringLiteral("%1/%2").arg(topic.id).arg(TopicService::stepKey(step)), [&] {
            return TopicService::move(
                database, m_session.login, step, topic.id, topic.version, nullptr, reason);
        });
    if (!e.ok()) {
        report(e);
        return false;
    }
    switch (step) {
    case Topics::Step::Submit:
        emit message(tr("The topic is sent for review."));
        break;
    case Topics::Step::Approve:
        emit message(tr("The topic is approved."));
        break;
    case Topics::Step::Return:
        emit message(tr("The topic is back to draft."));
        break;
    case Topics::Step::Close:
        emit message(tr("The topic is closed."));
        break;
    case Topics::Step::Archive:
        emit message(tr("The topic is archived."));
        break;
    }
    return openTopic(topic.id);
}
