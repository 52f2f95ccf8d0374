#include "polls/polleditor.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "polls/pollpreview.h"
#include "polls/pollresultsview.h"
#include "polls/typorule.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Polls;

namespace {

// One edit of the poll: the whole poll before and after (small values), so that every kind of
// edit undoes the same way.
class PollEditCommand : public QUndoCommand
{
public:
    PollEditCommand(PollEditor *editor, Poll before, Poll after, int mergeKey)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_key(mergeKey)
    {}
    void undo() override { m_editor->restore(m_before); }
    void redo() override { m_editor->restore(m_after); }
    int id() const override { return m_key > 0 ? m_key : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const PollEditCommand *>(other);
        if (next->m_key != m_key)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    PollEditor *m_editor;
    Poll m_before;
    Poll m_after;
    int m_key;
};

enum MergeKey {
    TitleAr = 1,
    TitleEn,
    TextAr,
    TextEn,
    DescriptionAr,
    DescriptionEn,
    OpensAt,
    ClosesAt,
    OptionText
};

QLabel *makeProblemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace

PollEditor::PollEditor(QWidget *parent)
    : QWidget(parent)
    , m_undo(new QUndoStack(this))
{
    m_undo->setUndoLimit(200);
    m_titleArLabel = new QLabel(this);
    m_titleEnLabel = new QLabel(this);
    m_titleAr = new QLineEdit(this);
    m_titleEn = new QLineEdit(this);
    m_titleAr->setLayoutDirection(Qt::RightToLeft);
    m_titleEn->setLayoutDirection(Qt::LeftToRight);
    auto *titles = new QGridLayout;
    titles->addWidget(m_titleArLabel, 0, 0);
    titles->addWidget(m_titleAr, 0, 1);
    titles->addWidget(problemLabel(QStringLiteral("title_ar")), 1, 1);
    titles->addWidget(m_titleEnLabel, 0, 2);
    titles->addWidget(m_titleEn, 0, 3);
    titles->addWidget(problemLabel(QStringLiteral("title_en")), 1, 3);
    // Description, audience and window.
    m_descriptionArLabel = new QLabel(this);
    m_descriptionEnLabel = new QLabel(this);
    m_descriptionAr = new QLineEdit(this);
    m_descriptionEn = new QLineEdit(this);
    m_descriptionAr->setLayoutDirection(Qt::RightToLeft);
    m_descriptionEn->setLayoutDirection(Qt::LeftToRight);
    titles->addWidget(m_descriptionArLabel, 2, 0);
    titles->addWidget(m_descriptionAr, 2, 1);
    titles->addWidget(problemLabel(QStringLiteral("description_ar")), 3, 1);
    titles->addWidget(m_descriptionEnLabel, 2, 2);
    titles->addWidget(m_descriptionEn, 2, 3);
    titles->addWidget(problemLabel(QStringLiteral("description_en")), 3, 3);
    m_audienceLabel = new QLabel(this);
    m_audience = new QComboBox(this);
    m_opensLabel = new QLabel(this);
    m_closesLabel = new QLabel(this);
    m_opens = new QDateTimeEdit(this);
    m_closes = new QDateTimeEdit(this);
    for (QDateTimeEdit *e : {m_opens, m_closes}) {
        // Qatar wall-clock time, shown as it is (the widget keeps it as UTC to convert nothing);
        // the earliest value means "not set".
        e->setTimeSpec(Qt::UTC);
        e->setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC));
        e->setCalendarPopup(true);
        // Digits and dashes read left to right, in Arabic too; the order of the date and the
        // time follows the language (retranslate).
        e->setLayoutDirection(Qt::LeftToRight);
        if (auto *text = e->findChild<QLineEdit *>())
            text->setLayoutDirection(Qt::LeftToRight);
    }
    m_places = new QToolButton(this);
    m_ages = new QToolButton(this);
    m_resultsLabel = new QLabel(this);
    m_resultsShown = new QComboBox(this);
    const auto checklist
        = [this](QToolButton *button, const QStringList &keys, QStringList Poll::*member) {
              button->setPopupMode(QToolButton::InstantPopup);
              auto *menu = new QMenu(button);
              for (const QString &key : keys) {
                  QAction *a = menu->addAction(key);
                  a->setCheckable(true);
                  a->setData(key);
                  connect(a, &QAction::toggled, this, [this, keys, member, key](bool on) {
                      if (m_updating)
                          return;
                      Poll after = m_poll;
                      QStringList chosen = after.*member;
                      chosen.removeAll(key);
                      if (on)
                          chosen.append(key);
                      // In the lists' own order, so that the same choice is the same poll.
                      QStringList ordered;
                      for (const QString &k : keys)
                          if (chosen.contains(k))
                              ordered << k;
                      after.*member = ordered;
                      edit(after);
                  });
              }
              button->setMenu(menu);
          };
    checklist(m_places, municipalityKeys(), &Poll::municipalities);
    checklist(m_ages, ageBandKeys(), &Poll::ageBands);
    auto *window = new QHBoxLayout;
    window->addWidget(m_audienceLabel);
    window->addWidget(m_audience, 1);
    window->addWidget(m_places);
    window->addWidget(m_ages);
    window->addWidget(m_resultsLabel);
    window->addWidget(m_resultsShown, 1);
    titles->addLayout(window, 4, 0, 1, 4);
    titles->addWidget(problemLabel(QStringLiteral("results")), 5, 0, 1, 4);
    auto *times = new QHBoxLayout;
    times->addWidget(m_opensLabel);
    times->addWidget(m_opens, 1);
    times->addWidget(m_closesLabel);
    times->addWidget(m_closes, 1);
    titles->addLayout(times, 6, 0, 1, 4);
    titles->addWidget(problemLabel(QStringLiteral("opens_at")), 7, 1);
    titles->addWidget(problemLabel(QStringLiteral("closes_at")), 7, 3);

    // The question list.
    m_questionsLabel = new QLabel(this);
    m_questions = new QListWidget(this);
    m_questions->setDragDropMode(QAbstractItemView::InternalMove);
    m_questions->setDefaultDropAction(Qt::MoveAction);
    // Long questions wrap in their column rather than scroll sideways.
    m_questions->setWordWrap(true);
    m_questions->setResizeMode(QListView::Adjust);
    m_questions->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_addQuestion = new QPushButton(this);
    m_removeQuestion = new QPushButton(this);
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_questionsLabel);
    listColumn->addWidget(m_questions, 1);
    listColumn->addWidget(problemLabel(QStringLiteral("questions")));
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addQuestion);
    listButtons->addWidget(m_removeQuestion);
    listColumn->addLayout(listButtons);

    // The selected question.
    m_kindLabel = new QLabel(this);
    m_kind = new QComboBox(this);
    m_textArLabel = new QLabel(this);
    m_textEnLabel = new QLabel(this);
    m_textAr = new QLineEdit(this);
    m_textEn = new QLineEdit(this);
    m_textAr->setLayoutDirection(Qt::RightToLeft);
    m_textEn->setLayoutDirection(Qt::LeftToRight);
    m_required = new QCheckBox(this);
    m_other = new QCheckBox(this);
    m_random = new QCheckBox(this);
    m_minLabel = new QLabel(this);
    m_maxLabel = new QLabel(this);
    m_min = new QSpinBox(this);
    m_max = new QSpinBox(this);
    m_min->setRange(0, OptionCountLimit);
    m_max->setRange(0, OptionCountLimit);
    m_showIfLabel = new QLabel(this);
    m_showIf = new QComboBox(this);
    m_optionsLabel = new QLabel(this);
    m_options = new QTableWidget(0, 2, this);
    m_options->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_options->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_addOption = new QPushButton(this);
    m_removeOption = new QPushButton(this);
    auto *form = new QFormLayout;
    form->addRow(m_kindLabel, m_kind);
    form->addRow(m_textArLabel, m_textAr);
    form->addRow(QString(), problemLabel(QStringLiteral("q.text_ar")));
    form->addRow(m_textEnLabel, m_textEn);
    form->addRow(QString(), problemLabel(QStringLiteral("q.text_en")));
    form->addRow(QString(), m_required);
    form->addRow(QString(), m_other);
    form->addRow(QString(), problemLabel(QStringLiteral("q.other")));
    form->addRow(QString(), m_random);
    form->addRow(m_minLabel, m_min);
    form->addRow(QString(), problemLabel(QStringLiteral("q.min_picks")));
    form->addRow(m_maxLabel, m_max);
    form->addRow(QString(), problemLabel(QStringLiteral("q.max_picks")));
    form->addRow(m_showIfLabel, m_showIf);
    form->addRow(QString(), problemLabel(QStringLiteral("q.show_if")));
    auto *questionColumn = new QVBoxLayout;
    questionColumn->addLayout(form);
    questionColumn->addWidget(m_optionsLabel);
    questionColumn->addWidget(m_options, 1);
    questionColumn->addWidget(problemLabel(QStringLiteral("q.options")));
    auto *optionButtons = new QHBoxLayout;
    optionButtons->addWidget(m_addOption);
    optionButtons->addWidget(m_removeOption);
    optionButtons->addStretch();
    questionColumn->addLayout(optionButtons);

    // The preview, Arabic and English side by side.
    m_previewArLabel = new QLabel(this);
    m_previewEnLabel = new QLabel(this);
    m_previewAr = new QTextBrowser(this);
    m_previewEn = new QTextBrowser(this);
    m_previewAr->setLayoutDirection(Qt::RightToLeft);
    m_previewEn->setLayoutDirection(Qt::LeftToRight);
    auto *previewPage = new QWidget(this);
    auto *preview = new QGridLayout(previewPage);
    preview->setContentsMargins(0, 0, 0, 0);
    preview->addWidget(m_previewArLabel, 0, 0);
    preview->addWidget(m_previewEnLabel, 0, 1);
    preview->addWidget(m_previewAr, 1, 0);
    preview->addWidget(m_previewEn, 1, 1);
    m_results = new PollResultsView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(previewPage, QString());
    m_tabs->addTab(m_results, QString());

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 3);
    columns->addLayout(questionColumn, 5);
    columns->addWidget(m_tabs, 6);

    m_back = new QPushButton(this);
    m_save = new QPushButton(this);
    m_submit = new QPushButton(this);
    m_approve = new QPushButton(this);
    m_openNow = new QPushButton(this);
    m_close = new QPushButton(this);
    m_archive = new QPushButton(this);
    m_newVersion = new QPushButton(this);
    m_duplicate = new QPushButton(this);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_back);
    bottom->addWidget(m_stateLabel, 1);
    bottom->addWidget(problemLabel(QStringLiteral("poll")), 2);
    bottom->addWidget(m_save);
    bottom->addWidget(m_submit);
    bottom->addWidget(m_approve);
    bottom->addWidget(m_openNow);
    bottom->addWidget(m_close);
    bottom->addWidget(m_archive);
    bottom->addWidget(m_newVersion);
    bottom->addWidget(m_duplicate);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(titles);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    m_undoAction = m_undo->createUndoAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_upAction = new QAction(this);
    m_upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_downAction = new QAction(this);
    m_downAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_optionUpAction = new QAction(this);
    m_optionUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_optionDownAction = new QAction(this);
    m_optionDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *a : editActions()) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    bindText(m_titleAr, TitleAr, [](Poll &p, const QString &t) { p.titleAr = t; });
    bindText(m_titleEn, TitleEn, [](Poll &p, const QString &t) { p.titleEn = t; });
    bindText(
        m_descriptionAr, DescriptionAr, [](Poll &p, const QString &t) { p.descriptionAr = t; });
    bindText(
        m_descriptionEn, DescriptionEn, [](Poll &p, const QString &t) { p.descriptionEn = t; });
    connect(m_audience, &QComboBox::activated, this, [this](int row) {
        if (m_updating)
            return;
        Poll after = m_poll;
        after.audience = static_cast<Audience>(row);
        edit(after);
    });
    connect(m_resultsShown, &QComboBox::activated, this, [this](int row) {
        if (m_updating)
            return;
        Poll after = m_poll;
        after.results = static_cast<ResultsVisibility>(row);
        edit(after);
    });
    auto when = [this](QDateTimeEdit *box, QDateTime Poll::*member, int mergeKey) {
        connect(box, &QDateTimeEdit::dateTimeChanged, this, [this, box, member, mergeKey] {
            if (m_updating)
                return;
            Poll after = m_poll;
            const QDateTime shown = box->dateTime();
            after.*member
                = shown == box->minimumDateTime()
                      ? QDateTime()
                      : QDateTime(shown.date(), shown.time(), Presenter::timeZone()).toUTC();
            edit(after, mergeKey);
        });
    };
    when(m_opens, &Poll::opensAt, OpensAt);
    when(m_closes, &Poll::closesAt, ClosesAt);
    connect(m_showIf, &QComboBox::activated, this, [this](int row) {
        if (m_updating || m_current < 0)
            return;
        Poll after = m_poll;
        const QVariant v = m_showIf->itemData(row);
        after.questions[m_current].showIf
            = v.isValid() ? std::optional<ShowIf>(ShowIf{v.toPoint().x(), v.toPoint().y()})
                          : std::nullopt;
        edit(after);
    });
    bindText(m_textAr, TextAr, [this](Poll &p, const QString &t) {
        if (m_current >= 0)
            p.questions[m_current].textAr = t;
    });
    bindText(m_textEn, TextEn, [this](Poll &p, const QString &t) {
        if (m_current >= 0)
            p.questions[m_current].textEn = t;
    });
    connect(m_kind, &QComboBox::activated, this, [this](int row) {
        if (m_updating || m_current < 0)
            return;
        Poll after = m_poll;
        Question &q = after.questions[m_current];
        q.kind = allKinds().at(row);
        if (!hasOwnOptions(q.kind))
            q.options.clear();
        if (q.kind != QuestionKind::Multiple)
            q.minPicks = q.maxPicks = 0;
        edit(after);
    });
    auto flag = [this](QCheckBox *box, bool Question::*member) {
        connect(box, &QCheckBox::toggled, this, [this, member](bool on) {
            if (m_updating || m_current < 0)
                return;
            Poll after = m_poll;
            after.questions[m_current].*member = on;
            edit(after);
        });
    };
    flag(m_required, &Question::required);
    flag(m_other, &Question::otherOption);
    flag(m_random, &Question::randomOrder);
    auto picksBox = [this](QSpinBox *box, int Question::*member) {
        connect(box, &QSpinBox::valueChanged, this, [this, member](int value) {
            if (m_updating || m_current < 0)
                return;
            Poll after = m_poll;
            after.questions[m_current].*member = value;
            edit(after);
        });
    };
    picksBox(m_min, &Question::minPicks);
    picksBox(m_max, &Question::maxPicks);
    connect(m_questions, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_updating)
            return;
        m_current = row;
        refreshQuestionEditor();
        refreshProblems();
    });
    // A drag in the list: read the new order from the items' original positions.
    connect(m_questions->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        if (m_updating)
            return;
        Poll after = m_poll;
        after.questions.clear();
        for (int i = 0; i < m_questions->count(); ++i)
            after.questions.append(
                m_poll.questions.at(m_questions->item(i)->data(Qt::UserRole).toInt()));
        m_current = m_questions->currentRow();
        edit(after);
    });
    connect(m_upAction, &QAction::triggered, this, [this] {
        if (m_current > 0)
            moveQuestion(m_current, m_current - 1);
    });
    connect(m_downAction, &QAction::triggered, this, [this] {
        if (m_current >= 0 && m_current + 1 < m_poll.questions.size())
            moveQuestion(m_current, m_current + 1);
    });
    connect(m_optionUpAction, &QAction::triggered, this, [this] {
        const int row = m_options->currentRow();
        if (row > 0)
            moveOption(row, row - 1);
    });
    connect(m_optionDownAction, &QAction::triggered, this, [this] {
        const int row = m_options->currentRow();
        if (m_current >= 0 && row >= 0 && row + 1 < m_poll.questions.at(m_current).options.size())
            moveOption(row, row + 1);
    });
    connect(m_addQuestion, &QPushButton::clicked, this, [this] {
        Poll after = m_poll;
        Question q;
        q.options = {{}, {}};
        after.questions.insert(m_current + 1, q);
        m_current = m_current + 1;
        edit(after);
    });
    connect(m_removeQuestion, &QPushButton::clicked, this, [this] {
        if (m_current < 0)
            return;
        Poll after = m_poll;
        after.questions.removeAt(m_current);
        for (Question &q : after.questions)
            if (q.showIf && q.showIf->question >= m_current)
                q.showIf.reset();
        m_current = std::min<int>(m_current, after.questions.size() - 1);
        edit(after);
    });
    connect(m_addOption, &QPushButton::clicked, this, [this] {
        if (m_current < 0 || !hasOwnOptions(m_poll.questions.at(m_current).kind))
            return;
        Poll after = m_poll;
        after.questions[m_current].options.append(Option());
        edit(after);
    });
    connect(m_removeOption, &QPushButton::clicked, this, [this] {
        const int row = m_options->currentRow();
        if (m_current < 0 || row < 0)
            return;
        Poll after = m_poll;
        after.questions[m_current].options.removeAt(row);
        edit(after);
    });
    connect(m_options, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (m_updating || m_current < 0)
            return;
        Poll after = m_poll;
        Option &o = after.questions[m_current].options[row];
        (column == 0 ? o.textAr : o.textEn) = m_options->item(row, column)->text();
        edit(after, OptionText * 1000 + row * 2 + column);
    });
    connect(m_saveAction, &QAction::triggered, this, &PollEditor::saveRequested);
    connect(m_save, &QPushButton::clicked, this, &PollEditor::saveRequested);
    connect(m_back, &QPushButton::clicked, this, &PollEditor::closeRequested);
    connect(m_submit, &QPushButton::clicked, this, &PollEditor::submitRequested);
    connect(m_approve, &QPushButton::clicked, this, &PollEditor::approveRequested);
    connect(m_openNow, &QPushButton::clicked, this, [this] { emit moveRequested(Move::Open); });
    connect(m_close, &QPushButton::clicked, this, [this] { emit moveRequested(Move::Close); });
    connect(m_archive, &QPushButton::clicked, this, [this] { emit moveRequested(Move::Archive); });
    connect(m_newVersion, &QPushButton::clicked, this, &PollEditor::newVersionRequested);
    connect(m_duplicate, &QPushButton::clicked, this, &PollEditor::duplicateRequested);
    connect(m_undo, &QUndoStack::cleanChanged, this, [this] { refresh(); });
    retranslate();
    refresh();
}

QList<QAction *> PollEditor::editActions() const
{
    return {m_saveAction,
            m_undoAction,
            m_redoAction,
            m_upAction,
            m_downAction,
            m_optionUpAction,
            m_optionDownAction};
}

QLabel *PollEditor::problemLabel(const QString &field)
{
    QLabel *label = makeProblemLabel(this);
    m_problemLabels.insert(field, label);
    return label;
}

void PollEditor::bindText(QLineEdit *edit,
                          int mergeKey,
                          const std::function<void(Poll &, const QString &)> &set)
{
    connect(edit, &QLineEdit::textEdited, this, [this, mergeKey, set](const QString &text) {
        Poll after = m_poll;
        set(after, text);
        this->edit(after, mergeKey);
    });
}

void PollEditor::setPoll(qint64 id, int version, const QString &state, const Poll &poll)
{
    m_id = id;
    m_version = version;
    m_state = state;
    m_poll = poll;
    m_original = poll;
    m_current = poll.questions.isEmpty() ? -1 : 0;
    m_undo->clear();
    m_undo->setClean();
    refresh();
}

void PollEditor::showResults(bool results)
{
    m_tabs->setCurrentIndex(results ? 1 : 0);
}

void PollEditor::setSaved(qint64 id, int version)
{
    m_id = id;
    m_version = version;
    m_original = m_poll;
    m_undo->setClean();
    refresh();
}

void PollEditor::selectQuestion(int index)
{
    m_current = index;
    refresh();
}

namespace {

// The poll without its texts: what a text revision must leave as it is.
Poll structureOf(Poll p)
{
    p.titleAr = p.titleEn = p.descriptionAr = p.descriptionEn = QString();
    for (Question &q : p.questions) {
        q.textAr = q.textEn = QString();
        for (Option &o : q.options)
            o.textAr = o.textEn = QString();
    }
    return p;
}

} // namespace

void PollEditor::edit(const Poll &after, int mergeKey)
{
    if (after == m_poll)
        return;
    if (!isEditable() && !(isTextRevisable() && structureOf(after) == structureOf(m_poll)))
        return;
    m_undo->push(new PollEditCommand(this, m_poll, after, mergeKey));
}

void PollEditor::moveQuestion(int from, int to)
{
    Poll after = m_poll;
    after.questions.move(from, to);
    // Conditions keep pointing at the same questions (the validator says if one now points ahead).
    for (Question &q : after.questions)
        if (q.showIf) {
            int &target = q.showIf->question;
            if (target == from)
                target = to;
            else if (from < to && target > from && target <= to)
                --target;
            else if (from > to && target >= to && target < from)
                ++target;
        }
    m_current = to;
    edit(after);
}

void PollEditor::moveOption(int from, int to)
{
    if (m_current < 0)
        return;
    Poll after = m_poll;
    after.questions[m_current].options.move(from, to);
    // Conditions on this question's answers keep pointing at the same option.
    for (Question &q : after.questions)
        if (q.showIf && q.showIf->question == m_current) {
            int &target = q.showIf->option;
            if (target == from)
                target = to;
            else if (target == to)
                target = from;
        }
    edit(after);
    m_options->setCurrentCell(to, std::max(0, m_options->currentColumn()));
}

void PollEditor::restore(const Poll &poll)
{
    m_poll = poll;
    if (m_current >= m_poll.questions.size())
        m_current = int(m_poll.questions.size()) - 1;
    if (m_current < 0 && !m_poll.questions.isEmpty())
        m_current = 0;
    refresh();
}

QHash<QString, QString> PollEditor::shownProblems() const
{
    return m_shown;
}

QString PollEditor::previewHtml(const QString &language) const
{
    return PollPreview::html(m_poll, language);
}

void PollEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PollEditor::retranslate()
{
    m_titleArLabel->setText(tr("Title in Arabic"));
    m_titleEnLabel->setText(tr("Title in English"));
    m_descriptionArLabel->setText(tr("Description in Arabic"));
    m_descriptionEnLabel->setText(tr("Description in English"));
    m_audienceLabel->setText(tr("Audience"));
    m_resultsLabel->setText(tr("Results shown to the public"));
    m_opensLabel->setText(tr("Opens (Doha time)"));
    m_closesLabel->setText(tr("Closes (Doha time)"));
    m_opens->setSpecialValueText(tr("Not set"));
    m_closes->setSpecialValueText(tr("Not set"));
    // The date is read first: on the left in English, on the right in Arabic (the box itself
    // stays left to right, so the time goes first in its text).
    const bool arabic = Presenter::current().language() == QLatin1String("ar");
    for (QDateTimeEdit *e : {m_opens, m_closes})
        e->setDisplayFormat(arabic ? QStringLiteral("HH:mm yyyy-MM-dd")
                                   : QStringLiteral("yyyy-MM-dd HH:mm"));
    m_showIfLabel->setText(tr("Show only if"));
    m_questionsLabel->setText(tr("Questions"));
    m_addQuestion->setText(tr("Add question"));
    m_removeQuestion->setText(tr("Remove question"));
    m_kindLabel->setText(tr("Kind"));
    m_textArLabel->setText(tr("Question in Arabic"));
    m_textEnLabel->setText(tr("Question in English"));
    m_required->setText(tr("Required"));
    m_other->setText(tr("Other (please specify)"));
    m_random->setText(tr("Random order"));
    m_minLabel->setText(tr("Fewest picks"));
    m_maxLabel->setText(tr("Most picks"));
    m_optionsLabel->setText(tr("Options"));
    m_options->setHorizontalHeaderLabels({tr("Arabic"), tr("English")});
    m_addOption->setText(tr("Add option"));
    m_removeOption->setText(tr("Remove option"));
    m_previewArLabel->setText(tr("Preview in Arabic"));
    m_previewEnLabel->setText(tr("Preview in English"));
    m_back->setText(tr("Back to the polls"));
    m_save->setText(tr("Save"));
    m_saveAction->setText(tr("Save the poll"));
    m_upAction->setText(tr("Move the question up"));
    m_downAction->setText(tr("Move the question down"));
    m_optionUpAction->setText(tr("Move the option up"));
    m_optionDownAction->setText(tr("Move the option down"));
    m_submit->setText(tr("Send for review"));
    m_approve->setText(tr("Approve and schedule"));
    m_openNow->setText(tr("Open now"));
    m_close->setText(tr("Close the poll"));
    m_archive->setText(tr("Archive"));
    m_newVersion->setText(tr("New version"));
    m_duplicate->setText(tr("Duplicate the poll"));
    m_tabs->setTabText(0, tr("Preview"));
    m_tabs->setTabText(1, tr("Results"));
    m_updating = true;
    m_kind->clear();
    for (QuestionKind kind : allKinds())
        m_kind->addItem(text(kind));
    m_audience->clear();
    m_audience->addItems({tr("Everyone"), tr("Residents"), tr("Verified QID holders")});
    m_resultsShown->clear();
    m_resultsShown->addItems(
        {tr("Live, while the poll is open"), tr("After the poll closes"), tr("Never")});
    m_updating = false;
    refresh();
}

void PollEditor::refresh()
{
    m_updating = true;
    if (m_titleAr->text() != m_poll.titleAr)
        m_titleAr->setText(m_poll.titleAr);
    if (m_titleEn->text() != m_poll.titleEn)
        m_titleEn->setText(m_poll.titleEn);
    m_updating = false;
    refreshSettings();
    const bool editable = isEditable();
    const bool texts = editable || isTextRevisable();
    for (QWidget *w : std::initializer_list<QWidget *>{m_addQuestion, m_removeQuestion})
        w->setEnabled(editable);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_titleAr, m_titleEn, m_descriptionAr, m_descriptionEn, m_save})
        w->setEnabled(texts);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_audience, m_places, m_ages, m_resultsShown, m_opens, m_closes})
        w->setEnabled(editable);
    m_save->setText(editable ? tr("Save") : tr("Record the text revisions"));
    m_save->setVisible(texts);
    m_questions->setDragEnabled(editable);
    m_submit->setVisible(editable && m_id > 0);
    m_submit->setEnabled(m_undo->isClean());
    m_approve->setVisible(m_state == QLatin1String("in_review"));
    m_openNow->setVisible(m_state == QLatin1String("scheduled"));
    m_close->setVisible(m_state == QLatin1String("open"));
    m_archive->setVisible(m_state == QLatin1String("closed"));
    m_newVersion->setVisible(m_id > 0 && !editable);
    m_duplicate->setVisible(m_id > 0);
    for (QPushButton *b : {m_openNow, m_close, m_archive, m_newVersion, m_duplicate})
        b->setEnabled(m_undo->isClean());
    refreshQuestionList();
    refreshQuestionEditor();
    refreshProblems();
    m_previewAr->setHtml(PollPreview::html(m_poll, QStringLiteral("ar")));
    m_previewEn->setHtml(PollPreview::html(m_poll, QStringLiteral("en")));
    if (isTextRevisable())
        m_stateLabel->setText(
            tr("This poll is %1: only its texts change, each change recorded as a revision.")
                .arg(DomainText::publicationState(m_state)));
    else if (!editable)
        m_stateLabel->setText(tr("This poll is %1: only a draft is edited.")
                                  .arg(DomainText::publicationState(m_state)));
    else
        m_stateLabel->setText(m_undo->isClean() ? QString() : tr("Not saved yet"));
}

void PollEditor::refreshQuestionList()
{
    m_updating = true;
    m_questions->clear();
    for (int i = 0; i < m_poll.questions.size(); ++i) {
        const Question &q = m_poll.questions.at(i);
        const QString text = q.textAr.isEmpty() ? q.textEn : q.textAr;
        auto *item = new QListWidgetItem(
            QStringLiteral("%1. %2").arg(i + 1).arg(ArabicText::isolate(text)), m_questions);
        item->setData(Qt::UserRole, i);
        item->setToolTip(Polls::text(q.kind));
    }
    m_questions->setCurrentRow(m_current);
    m_updating = false;
}

void PollEditor::refreshQuestionEditor()
{
    m_updating = true;
    const bool has = m_current >= 0 && m_current < m_poll.questions.size();
    const bool editable = isEditable() && has;
    const bool texts = (isEditable() || isTextRevisable()) && has;
    for (QWidget *w : std::initializer_list<QWidget *>{m_kind,
                                                       m_required,
                                                       m_other,
                                                       m_random,
                                                       m_min,
                                                       m_max,
                                                       m_options,
                                                       m_addOption,
                                                       m_removeOption})
        w->setEnabled(editable);
    const Question q = has ? m_poll.questions.at(m_current) : Question();
    m_kind->setCurrentIndex(has ? int(allKinds().indexOf(q.kind)) : -1);
    if (m_textAr->text() != q.textAr)
        m_textAr->setText(q.textAr);
    if (m_textEn->text() != q.textEn)
        m_textEn->setText(q.textEn);
    m_required->setChecked(q.required);
    m_other->setChecked(q.otherOption);
    m_random->setChecked(q.randomOrder);
    m_min->setValue(q.minPicks);
    m_max->setValue(q.maxPicks);
    const bool multiple = q.kind == QuestionKind::Multiple;
    m_min->setEnabled(editable && multiple);
    m_max->setEnabled(editable && multiple);
    const bool options = hasOwnOptions(q.kind);
    m_textAr->setEnabled(texts);
    m_textEn->setEnabled(texts);
    m_options->setEnabled(texts && options);
    m_addOption->setEnabled(editable && options);
    m_removeOption->setEnabled(editable && options && !q.options.isEmpty());
    refreshShowIf();
    m_options->setRowCount(int(q.options.size()));
    for (int row = 0; row < q.options.size(); ++row) {
        const QString texts[2] = {q.options.at(row).textAr, q.options.at(row).textEn};
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *item = m_options->item(row, column);
            if (!item) {
                item = new QTableWidgetItem;
                m_options->setItem(row, column, item);
            }
            if (item->text() != texts[column])
                item->setText(texts[column]);
        }
    }
    m_updating = false;
}

void PollEditor::refreshSettings()
{
    m_updating = true;
    if (m_descriptionAr->text() != m_poll.descriptionAr)
        m_descriptionAr->setText(m_poll.descriptionAr);
    if (m_descriptionEn->text() != m_poll.descriptionEn)
        m_descriptionEn->setText(m_poll.descriptionEn);
    m_audience->setCurrentIndex(int(m_poll.audience));
    m_resultsShown->setCurrentIndex(int(m_poll.results));
    for (QAction *a : m_places->menu()->actions()) {
        a->setText(municipalityName(a->data().toString()));
        a->setChecked(m_poll.municipalities.contains(a->data().toString()));
    }
    for (QAction *a : m_ages->menu()->actions())
        a->setChecked(m_poll.ageBands.contains(a->data().toString()));
    m_places->setText(m_poll.municipalities.isEmpty()
                          ? tr("All municipalities")
                          : tr("%n municipalities", nullptr, int(m_poll.municipalities.size())));
    m_ages->setText(m_poll.ageBands.isEmpty() ? tr("All ages") : m_poll.ageBands.join(tr(", ")));
    const auto show = [](QDateTimeEdit *box, const QDateTime &utc) {
        if (!utc.isValid()) {
            box->setDateTime(box->minimumDateTime());
            return;
        }
        const QDateTime doha = utc.toTimeZone(Presenter::timeZone());
        box->setDateTime(QDateTime(doha.date(), doha.time(), Qt::UTC));
    };
    show(m_opens, m_poll.opensAt);
    show(m_closes, m_poll.closesAt);
    m_updating = false;
}

void PollEditor::refreshShowIf()
{
    // Earlier questions answered by choosing: each of their answers can show this one.
    m_showIf->clear();
    m_showIf->addItem(tr("Always"));
    const bool has = m_current >= 0 && m_current < m_poll.questions.size();
    for (int i = 0; has && i < m_current; ++i) {
        const Question &q = m_poll.questions.at(i);
        QStringList answers;
        if (q.kind == QuestionKind::YesNo)
            answers = {PollPreview::word("yes", Presenter::current().language()),
                       PollPreview::word("no", Presenter::current().language())};
        else if (q.kind == QuestionKind::Likert)
            answers = PollPreview::scale("likert", Presenter::current().language());
        else if (q.kind == QuestionKind::Rating)
            for (int v = 1; v <= 10; ++v)
                answers << QString::number(v);
        else if (q.kind == QuestionKind::Single || q.kind == QuestionKind::Multiple)
            for (const Option &o : q.options)
                answers << (Presenter::current().language() == QLatin1String("ar")
                                    || o.textEn.isEmpty()
                                ? o.textAr
                                : o.textEn);
        for (int k = 0; k < answers.size(); ++k)
            m_showIf->addItem(tr("Question %1: %2").arg(i + 1).arg(answers.at(k)), QPoint(i, k));
    }
    const std::optional<ShowIf> current
        = has ? m_poll.questions.at(m_current).showIf : std::nullopt;
    m_showIf->setCurrentIndex(
        current ? std::max(0, m_showIf->findData(QPoint(current->question, current->option))) : 0);
    m_showIf->setEnabled(isEditable() && has && m_current > 0);
}

QList<Problem> PollEditor::revisionProblems() const
{
    QList<Problem> out;
    if (!isTextRevisable())
        return out;
    const auto check = [this, &out](const QString &field, const QString &was, const QString &now) {
        if (was != now && !TypoRule::check(was, now).allowed)
            out.append({field,
                        tr("More than a typo: keep the text as it was, or make a new version of "
                           "the poll."),
                        Problem::Severity::Error});
    };
    check(QStringLiteral("title_ar"), m_original.titleAr, m_poll.titleAr);
    check(QStringLiteral("title_en"), m_original.titleEn, m_poll.titleEn);
    check(QStringLiteral("description_ar"), m_original.descriptionAr, m_poll.descriptionAr);
    check(QStringLiteral("description_en"), m_original.descriptionEn, m_poll.descriptionEn);
    for (qsizetype i = 0; i < m_poll.questions.size() && i < m_original.questions.size(); ++i) {
        const Question &now = m_poll.questions.at(i);
        const Question &was = m_original.questions.at(i);
        const QString q = PollValidator::questionPath(int(i)) + QLatin1Char('.');
        check(q + QStringLiteral("text_ar"), was.textAr, now.textAr);
        check(q + QStringLiteral("text_en"), was.textEn, now.textEn);
        for (qsizetype k = 0; k < now.options.size() && k < was.options.size(); ++k) {
            const QString o = PollValidator::optionPath(int(i), int(k)) + QLatin1Char('.');
            check(
                o + QStringLiteral("text_ar"), was.options.at(k).textAr, now.options.at(k).textAr);
            check(
                o + QStringLiteral("text_en"), was.options.at(k).textEn, now.options.at(k).textEn);
        }
    }
    return out;
}

void PollEditor::refreshProblems()
{
    const QList<Problem> problems
        = PollValidator::validate(m_poll, QDateTime::currentDateTimeUtc()) + revisionProblems();
    QHash<QString, QStringList> byLabel;
    m_shown.clear();
    const QString prefix = m_current >= 0 ? PollValidator::questionPath(m_current) : QString();
    for (const Problem &p : problems) {
        // Past its draft, the window is the lifecycle's, not the editor's.
        if (!isEditable()
            && (p.field == QLatin1String("opens_at") || p.field == QLatin1String("closes_at")))
            continue;
        m_shown.insert(p.field, p.message);
        QString label;
        QString text = p.message;
        if (m_problemLabels.contains(p.field)) {
            label = p.field;
        } else if (!prefix.isEmpty() && p.field.startsWith(prefix + QLatin1Char('.'))) {
            const QString rest = p.field.mid(prefix.size() + 1);
            if (rest.startsWith(QLatin1String("options["))) {
                const int row = rest.mid(8, rest.indexOf(QLatin1Char(']')) - 8).toInt();
                label = QStringLiteral("q.options");
                text = tr("Option %1: %2").arg(row + 1).arg(p.message);
            } else {
                label = QStringLiteral("q.") + rest;
            }
        } else if (p.field.startsWith(QLatin1String("questions["))) {
            continue; // another question's: shown when it is selected
        } else {
            label = QStringLiteral("poll");
        }
        if (!m_problemLabels.contains(label))
            label = QStringLiteral("poll");
        byLabel[label].append(text);
    }
    for (auto it = m_problemLabels.constBegin(); it != m_problemLabels.constEnd(); ++it) {
        const QStringList lines = byLabel.value(it.key());
        it.value()->setText(lines.join(QLatin1Char('\n')));
        it.value()->setVisible(!lines.isEmpty());
    }
}
