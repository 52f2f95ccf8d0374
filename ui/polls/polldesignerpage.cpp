#include "polls/polldesignerpage.h"

#include "common/boundedquerymodel.h"
#include "common/domaintext.h"
#include "common/overviewqueries.h"
#include "common/presenter.h"
#include "db/dialect.h"
#include "polls/polleditor.h"
#include "polls/polljson.h"
#include "polls/pollresults.h"
#include "polls/pollresultsview.h"
#include "polls/pollservice.h"
#include "polls/polltemplates.h"
#include "polls/pollvalidator.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

using Kind = BoundedQueryModel::Kind;

PollDesignerPage::PollDesignerPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_polls(new BoundedQueryModel(this))
    , m_drafts(session.profile.toUrl() + QLatin1Char('\n') + session.login)
    , m_autosave(new QTimer(this))
{
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(2000);
    connect(m_autosave, &QTimer::timeout, this, &PollDesignerPage::autosave);
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
    m_fromTemplate = new QPushButton(listPage);
    m_fromTemplate->setMenu(new QMenu(m_fromTemplate));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_fromTemplate);
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
    connect(m_editor, &PollEditor::moveRequested, this, &PollDesignerPage::move);
    connect(m_editor, &PollEditor::newVersionRequested, this, &PollDesignerPage::newVersion);
    connect(m_editor, &PollEditor::duplicateRequested, this, &PollDesignerPage::duplicate);
    connect(m_editor->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (m_editor->isEditable())
            m_autosave->start();
    });
    retranslate();
}

void PollDesignerPage::retranslate()
{
    setHeaderText(tr("Poll designer"),
                  tr("Opinion polls: drafts, polls in review, scheduled, open and closed."));
    m_new->setText(tr("New poll"));
    m_open->setText(tr("Open the poll"));
    m_fromTemplate->setText(tr("New from a template"));
    QMenu *templates = m_fromTemplate->menu();
    templates->clear();
    const bool arabic = Presenter::current().language() == QLatin1String("ar");
    for (int i = 0; i < Polls::pollTemplates().size(); ++i) {
        const Polls::PollTemplate &t = Polls::pollTemplates().at(i);
        templates->addAction(arabic ? t.nameAr : t.nameEn, this, [this, i] { newFromTemplate(i); });
    }
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

qint64 PollDesignerPage::busiestPollId() const
{
    qint64 best = 0;
    qint64 most = 0;
    for (int row = 0; row < m_polls->rowCount(); ++row) {
        const qint64 n = m_polls->raw(row, QStringLiteral("responses")).toLongLong();
        if (n > most) {
            most = n;
            best = m_polls->raw(row, QStringLiteral("id")).toLongLong();
        }
    }
    return best;
}

void PollDesignerPage::showResults(bool results)
{
    m_editor->showResults(results);
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
    Polls::PollResults results;
    if (DbError e = Polls::PollResults::load(database, id, &results); !e.ok()) {
        report(e);
        return false;
    }
    m_stored = stored;
    m_editor->setPoll(stored.id, stored.version, stored.state, stored.poll);
    m_editor->results()->setResults(results);
    m_stack->setCurrentWidget(m_editor);
    restoreDraft();
    return true;
}

void PollDesignerPage::newPoll()
{
    Polls::Poll poll;
    Polls::Question question;
    question.options = {{}, {}};
    poll.questions = {question};
    m_stored = {};
    m_editor->setPoll(0, 0, QStringLiteral("draft"), poll);
    m_editor->results()->setResults({});
    m_stack->setCurrentWidget(m_editor);
    restoreDraft();
}

bool PollDesignerPage::newFromTemplate(int index)
{
    if (index < 0 || index >= Polls::pollTemplates().size())
        return false;
    newPoll();
    m_editor->edit(Polls::pollTemplates().at(index).poll);
    return true;
}

void PollDesignerPage::showList()
{
    m_stack->setCurrentIndex(0);
    refresh();
}

bool PollDesignerPage::save()
{
    if (!m_editor->isEditable())
        return reviseTexts();
    qint64 id = 0;
    int version = 0;
    QSqlDatabase database = db();
    // Sent again after a lost answer, a new draft (or copy) is the one the first send created.
    bool repeated = false;
    const DbError e = m_keys.send(
        database,
        QStringLiteral("%1/save").arg(m_editor->pollId()),
        [&] {
            return Polls::PollService::saveDraft(database,
                                                 m_session.login,
                                                 m_editor->pollId(),
                                                 m_editor->version(),
                                                 m_editor->poll(),
                                                 &id,
                                                 &version);
        },
        &repeated);
    if (!e.ok()) {
        report(e);
        return false;
    }
    if (repeated && !m_savingAgain) {
        // The first send was stored but its answer lost, and the form may have changed since:
        // what it says now is saved over it (with a new key: the first one is spent), so that
        // nothing typed after the failure is marked saved without being stored.
        m_editor->setSaved(id, version);
        const QScopedValueRollback<bool> once(m_savingAgain, true);
        return save();
    }
    m_drafts.remove(draftKey()); // "poll-new" for a new poll
    m_editor->setSaved(id, version);
    m_drafts.remove(draftKey());
    emit message(tr("The poll is saved."));
    return true;
}

bool PollDesignerPage::submitForReview()
{
    QSqlDatabase database = db();
    const qint64 id = m_editor->pollId();
    const DbError e = m_keys.send(database, QStringLiteral("%1/submit").arg(id), [&] {
        return Polls::PollService::submitForReview(
            database, m_session.login, id, m_editor->version());
    });
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
    const DbError e = m_keys.send(database, QStringLiteral("%1/approve").arg(id), [&] {
        return Polls::PollService::approve(database, m_session.login, id, m_editor->version());
    });
    if (!e.ok()) {
        report(e);
        return false;
    }
    emit message(tr("The poll is approved and scheduled."));
    return openPoll(id);
}

bool PollDesignerPage::move(Polls::Move move)
{
    QSqlDatabase database = db();
    const qint64 id = m_editor->pollId();
    const DbError e
        = m_keys.send(database, QStringLiteral("%1/move-%2").arg(id).arg(int(move)), [&] {
              return Polls::PollService::move(
                  database, m_session.login, id, m_editor->version(), move);
          });
    if (!e.ok()) {
        report(e);
        return false;
    }
    emit message(move == Polls::Move::Open    ? tr("The poll is open.")
                 : move == Polls::Move::Close ? tr("The poll is closed.")
                                              : tr("The poll is archived."));
    return openPoll(id);
}

bool PollDesignerPage::newVersion()
{
    QSqlDatabase database = db();
    qint64 made = 0;
    const qint64 id = m_editor->pollId();
    const DbError e = m_keys.send(database, QStringLiteral("%1/new-version").arg(id), [&] {
        return Polls::PollService::newVersion(database, m_session.login, id, &made);
    });
    if (!e.ok()) {
        report(e);
        return false;
    }
    emit message(tr("A new version of the poll is saved as a draft."));
    return openPoll(made);
}

void PollDesignerPage::duplicate()
{
    Polls::Poll copy = m_editor->poll();
    copy.opensAt = {};
    copy.closesAt = {};
    m_stored = {};
    m_editor->setPoll(0, 0, QStringLiteral("draft"), copy);
    m_editor->results()->setResults({});
    emit message(tr("A copy of the poll: save it to keep it."));
}

bool PollDesignerPage::reviseTexts()
{
    const Polls::Poll &now = m_editor->poll();
    const Polls::Poll &was = m_stored.poll;
    struct Change
    {
        qint64 question;
        qint64 option;
        const char *field;
        QString text;
    };
    QList<Change> changes;
    if (now.titleAr != was.titleAr)
        changes.append({0, 0, "title_ar", now.titleAr});
    if (now.titleEn != was.titleEn)
        changes.append({0, 0, "title_en", now.titleEn});
    if (now.descriptionAr != was.descriptionAr)
        changes.append({0, 0, "description_ar", now.descriptionAr});
    if (now.descriptionEn != was.descriptionEn)
        changes.append({0, 0, "description_en", now.descriptionEn});
    for (qsizetype i = 0;
         i < now.questions.size() && i < was.questions.size() && i < m_stored.questionIds.size();
         ++i) {
        const Polls::Question &a = now.questions.at(i);
        const Polls::Question &b = was.questions.at(i);
        const qint64 question = m_stored.questionIds.at(i);
        if (a.textAr != b.textAr)
            changes.append({question, 0, "text_ar", a.textAr});
        if (a.textEn != b.textEn)
            changes.append({question, 0, "text_en", a.textEn});
        for (qsizetype k = 0;
             k < a.options.size() && k < b.options.size() && k < m_stored.optionIds.at(i).size();
             ++k) {
            const qint64 option = m_stored.optionIds.at(i).at(k);
            if (a.options.at(k).textAr != b.options.at(k).textAr)
                changes.append({question, option, "text_ar", a.options.at(k).textAr});
            if (a.options.at(k).textEn != b.options.at(k).textEn)
                changes.append({question, option, "text_en", a.options.at(k).textEn});
        }
    }
    QSqlDatabase database = db();
    int version = m_editor->version();
    for (const Change &c : std::as_const(changes)) {
        // The same text for the same field is the same action; done by an earlier send, it
        // leaves the poll's version unknown here: it is read again.
        const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                                .arg(m_editor->pollId())
                                .arg(c.question)
                                .arg(c.option)
                                .arg(QLatin1String(c.field), c.text);
        bool repeated = false;
        Polls::StoredPoll now;
        DbError e = m_keys.send(
            database,
            key,
            [&] {
                return Polls::PollService::reviseText(database,
                                                      m_session.login,
                                                      m_editor->pollId(),
                                                      version,
                                                      c.question,
                                                      c.option,
                                                      QLatin1String(c.field),
                                                      c.text,
                                                      &version);
            },
            &repeated);
        if (e.ok() && repeated
            && (e = Polls::PollService::load(database, m_editor->pollId(), &now)).ok())
            version = now.version;
        if (!e.ok()) {
            report(e);
            openPoll(m_editor->pollId());
            return false;
        }
    }
    emit message(tr("%n text revision(s) recorded.", nullptr, int(changes.size())));
    return openPoll(m_editor->pollId());
}

QString PollDesignerPage::draftKey() const
{
    return m_editor->pollId() > 0 ? QStringLiteral("poll-%1").arg(m_editor->pollId())
                                  : QStringLiteral("poll-new");
}

void PollDesignerPage::restoreDraft()
{
    if (!m_editor->isEditable())
        return;
    const QString kept = m_drafts.load(draftKey());
    if (kept.isEmpty())
        return;
    const Polls::JsonImport draft = Polls::PollJson::fromJson(kept.toUtf8());
    if (!draft.poll || *draft.poll == m_editor->poll()) {
        m_drafts.remove(draftKey());
        return;
    }
    m_editor->edit(*draft.poll);
    emit message(tr("Your unsaved changes to this poll are back (Ctrl+Z takes them away)."));
}

void PollDesignerPage::autosave()
{
    m_autosave->stop();
    if (!m_editor->isEditable() || m_editor->undoStack()->isClean())
        return;
    m_drafts.save(draftKey(), QString::fromUtf8(Polls::PollJson::toJson(m_editor->poll())));
    const QList<Polls::Problem> problems
        = Polls::PollValidator::validate(m_editor->poll(), QDateTime::currentDateTimeUtc());
    for (const Polls::Problem &p : problems)
        if (p.severity == Polls::Problem::Severity::Error)
            return; // kept on this computer until it is valid
    save();
}
