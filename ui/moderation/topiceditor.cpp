#include "moderation/topiceditor.h"

#include "common/arabictext.h"

#include "common/domaintext.h"
#include "common/presenter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

using Topics::Step;

namespace {

QDateTimeEdit *makeDateTimeEdit(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    // The wall-clock time in Qatar, held without a zone (Qt 6.4's editor has no time zone),
    // written left to right in both languages.
    edit->setTimeSpec(Qt::UTC);
    // Before the format: an editor that is right to left when given its format reverses it.
    edit->setLayoutDirection(Qt::LeftToRight);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

void showMoment(QDateTimeEdit *edit, const QDateTime &utc)
{
    const QDateTime local = utc.toTimeZone(Presenter::timeZone());
    edit->setDateTime(QDateTime(local.date(), local.time(), Qt::UTC));
}

QDateTime momentOf(const QDateTimeEdit *edit)
{
    const QDateTime shown = edit->dateTime();
    return QDateTime(shown.date(), shown.time(), Presenter::timeZone()).toUTC();
}

// A new topic's default window: tomorrow 08:00 in Qatar, for 30 days.
QDateTime defaultOpening()
{
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(Presenter::timeZone());
    return QDateTime(now.date().addDays(1), QTime(8, 0), Presenter::timeZone()).toUTC();
}

} // namespace

TopicEditor::TopicEditor(QWidget *parent)
    : QWidget(parent)
{
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_countersLabel = new QLabel(this);
    m_countersLabel->setWordWrap(true);
    m_titleAr = new QLineEdit(this);
    m_titleAr->setLayoutDirection(Qt::RightToLeft);
    m_titleEn = new QLineEdit(this);
    m_titleEn->setLayoutDirection(Qt::LeftToRight);
    m_bodyAr = new QPlainTextEdit(this);
    m_bodyAr->setLayoutDirection(Qt::RightToLeft);
    m_bodyEn = new QPlainTextEdit(this);
    m_bodyEn->setLayoutDirection(Qt::LeftToRight);
    for (QPlainTextEdit *body : {m_bodyAr, m_bodyEn})
        body->setTabChangesFocus(true);
    m_opensAt = makeDateTimeEdit(this);
    m_closesAt = makeDateTimeEdit(this);
    m_pinned = new QCheckBox(this);
    m_moderation = new QComboBox(this);
    m_moderation->addItem(QString(), QStringLiteral("pre"));
    m_moderation->addItem(QString(), QStringLiteral("post"));
    m_threshold = new QSpinBox(this);
    m_threshold->setRange(1, Topics::MaxReportThreshold);

    m_form = new QFormLayout;
    m_form->addRow(new QLabel(this), m_titleAr);
    m_form->addRow(QString(), problemLabel(QStringLiteral("title_ar")));
    m_form->addRow(new QLabel(this), m_titleEn);
    m_form->addRow(QString(), problemLabel(QStringLiteral("title_en")));
    m_form->addRow(new QLabel(this), m_bodyAr);
    m_form->addRow(QString(), problemLabel(QStringLiteral("body_ar")));
    m_form->addRow(new QLabel(this), m_bodyEn);
    m_form->addRow(QString(), problemLabel(QStringLiteral("body_en")));
    m_form->addRow(new QLabel(this), m_opensAt);
    m_form->addRow(QString(), problemLabel(QStringLiteral("opens_at")));
    m_form->addRow(new QLabel(this), m_closesAt);
    m_form->addRow(QString(), problemLabel(QStringLiteral("closes_at")));
    m_form->addRow(new QLabel(this), m_moderation);
    m_form->addRow(new QLabel(this), m_threshold);
    m_form->addRow(QString(), problemLabel(QStringLiteral("report_threshold")));
    m_form->addRow(QString(), m_pinned);

    m_save = new QPushButton(this);
    m_submit = new QPushButton(this);
    m_approve = new QPushButton(this);
    m_return = new QPushButton(this);
    m_close = new QPushButton(this);
    m_archive = new QPushButton(this);
    m_back = new QPushButton(this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_save, m_submit, m_approve, m_return, m_close, m_archive})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_back);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_countersLabel);
    layout->addLayout(m_form, 1);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &TopicEditor::saveRequested);
    connect(m_back, &QPushButton::clicked, this, &TopicEditor::closeRequested);
    const QList<std::pair<QPushButton *, Step>> steps = {{m_submit, Step::Submit},
                                                         {m_approve, Step::Approve},
                                                         {m_return, Step::Return},
                                                         {m_close, Step::Close},
                                                         {m_archive, Step::Archive}};
    for (const auto &[button, step] : steps)
        connect(button, &QPushButton::clicked, this, [this, s = step] { emit stepRequested(s); });
    auto changed = [this] {
        refreshProblems();
    };
    for (QLineEdit *e : {m_titleAr, m_titleEn})
        connect(e, &QLineEdit::textEdited, this, changed);
    for (QPlainTextEdit *e : {m_bodyAr, m_bodyEn})
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    for (QDateTimeEdit *e : {m_opensAt, m_closesAt})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_threshold, &QSpinBox::valueChanged, this, changed);
    retranslate();
    setTopic({}, {}, true);
}

QLabel *TopicEditor::problemLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    m_problemLabels.insert(field, label);
    return label;
}

void TopicEditor::setTopic(const Topics::Topic &topic,
                           const Topics::Counters &counters,
                           bool canEdit)
{
    m_loaded = topic;
    m_counters = counters;
    m_canEdit = canEdit;
    m_titleAr->setText(topic.titleAr);
    m_titleEn->setText(topic.titleEn);
    m_bodyAr->setPlainText(topic.bodyAr);
    m_bodyEn->setPlainText(topic.bodyEn);
    const QDateTime opens = topic.opensAt.isValid() ? topic.opensAt : defaultOpening();
    showMoment(m_opensAt, opens);
    const QDateTime closes = topic.closesAt.isValid() ? topic.closesAt : opens.addDays(30);
    showMoment(m_closesAt, closes);
    m_pinned->setChecked(topic.pinned);
    m_moderation->setCurrentIndex(topic.moderation == QLatin1String("post") ? 1 : 0);
    m_threshold->setValue(topic.reportThreshold);
    const bool draft = topic.state == QLatin1String("draft");
    const bool approved
        = topic.state == QLatin1String("scheduled") || topic.state == QLatin1String("open");
    // What review approved stays as it was; a draft is its author's to change.
    for (QWidget *w : std::initializer_list<QWidget *>{m_titleAr, m_titleEn, m_bodyAr, m_bodyEn})
        w->setEnabled(canEdit && draft);
    m_opensAt->setEnabled(canEdit && (draft || topic.state == QLatin1String("scheduled")));
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_closesAt, m_pinned, m_moderation, m_threshold})
        w->setEnabled(canEdit && (draft || approved));
    retranslate();
    refreshProblems();
}

bool TopicEditor::isChanged() const
{
    const Topics::Topic t = topic();
    const Topics::Topic &l = m_loaded;
    return t.titleAr != l.titleAr || t.titleEn != l.titleEn || t.bodyAr != l.bodyAr
           || t.bodyEn != l.bodyEn || t.opensAt != l.opensAt || t.closesAt != l.closesAt
           || t.pinned != l.pinned || t.moderation != l.moderation
           || t.reportThreshold != l.reportThreshold;
}

Topics::Topic TopicEditor::topic() const
{
    Topics::Topic t = m_loaded;
    t.titleAr = m_titleAr->text();
    t.titleEn = m_titleEn->text();
    t.bodyAr = m_bodyAr->toPlainText();
    t.bodyEn = m_bodyEn->toPlainText();
    t.opensAt = momentOf(m_opensAt);
    t.closesAt = momentOf(m_closesAt);
    // Unchanged windows keep their exact stored moment (the form shows minutes only).
    const auto sameMinute = [](const QDateTime &a, const QDateTime &b) {
        return b.isValid() && qAbs(a.secsTo(b)) < 60;
    };
    if (sameMinute(t.opensAt, m_loaded.opensAt))
        t.opensAt = m_loaded.opensAt;
    if (sameMinute(t.closesAt, m_loaded.closesAt))
        t.closesAt = m_loaded.closesAt;
    t.pinned = m_pinned->isChecked();
    t.moderation = m_moderation->currentData().toString();
    t.reportThreshold = m_threshold->value();
    return t;
}

void TopicEditor::setSaved(qint64 id, int version)
{
    m_loaded = topic();
    m_loaded.id = id;
    m_loaded.version = version;
    retranslate();
}

void TopicEditor::refreshProblems(const Topics::Problem &extra)
{
    QList<Topics::Problem> problems = Topics::TopicService::validate(topic());
    if (!extra.field.isEmpty())
        problems.append(extra);
    m_shown.clear();
    for (QLabel *label : std::as_const(m_problemLabels))
        label->hide();
    for (const Topics::Problem &p : std::as_const(problems)) {
        QLabel *label = m_problemLabels.value(p.field);
        if (!label || m_shown.contains(p.field))
            continue;
        m_shown.insert(p.field, p.message);
        label->setText(p.message);
        label->show();
    }
    updateButtons();
}

void TopicEditor::updateButtons()
{
    const QString &s = m_loaded.state;
    const bool saved = m_loaded.id > 0;
    const bool valid = m_shown.isEmpty();
    const bool draft = s == QLatin1String("draft");
    m_save->setVisible(draft || s == QLatin1String("scheduled") || s == QLatin1String("open"));
    m_save->setEnabled(m_canEdit && valid);
    m_submit->setVisible(draft && saved);
    m_submit->setEnabled(m_canEdit && valid);
    m_approve->setVisible(s == QLatin1String("in_review"));
    m_return->setVisible(s == QLatin1String("in_review"));
    m_close->setVisible(s == QLatin1String("open"));
    m_archive->setVisible(s == QLatin1String("closed"));
    for (QPushButton *b : {m_approve, m_return, m_close, m_archive})
        b->setEnabled(m_canEdit);
}

void TopicEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TopicEditor::retranslate()
{
    const Presenter &p = Presenter::current();
    const auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_titleAr, tr("Title (Arabic)"));
    label(m_titleEn, tr("Title (English)"));
    label(m_bodyAr, tr("Text (Arabic)"));
    label(m_bodyEn, tr("Text (English)"));
    label(m_opensAt, tr("Opens"));
    label(m_closesAt, tr("Closes"));
    label(m_moderation, tr("Moderation"));
    label(m_threshold, tr("Hidden after this many reports"));
    m_pinned->setText(tr("Pinned at the top of the list on the website"));
    m_moderation->setItemText(0, tr("Before publication: every contribution waits for review"));
    m_moderation->setItemText(1, tr("After publication: published at once unless a flag fired"));
    m_titleAr->setPlaceholderText(tr("Required"));
    m_bodyAr->setPlaceholderText(tr("Required"));
    QString state = m_loaded.id > 0 ? tr("Topic %1 - %2")
                                          .arg(p.number(m_loaded.id),
                                               DomainText::publicationState(m_loaded.state))
                                    : tr("New topic (draft)");
    // Why review sent the draft back, for its author.
    if (m_loaded.state == QLatin1String("draft") && !m_loaded.returnReason.isEmpty())
        state += QLatin1Char('\n')
                 + tr("Sent back to draft: %1").arg(ArabicText::isolate(m_loaded.returnReason));
    m_state->setText(state);
    m_countersLabel->setText(
        m_loaded.id > 0
            ? tr("Contributions: %1 pending review, %2 published, %3 hidden; %4 open reports")
                  .arg(p.number(m_counters.pending),
                       p.number(m_counters.published),
                       p.number(m_counters.hidden),
                       p.number(m_counters.reports))
            : QString());
    m_save->setText(tr("Save"));
    m_submit->setText(tr("Send for review"));
    m_approve->setText(tr("Approve"));
    m_return->setText(tr("Send back to draft"));
    m_close->setText(tr("Close the topic"));
    m_archive->setText(tr("Archive"));
    m_back->setText(tr("Back to the list"));
    updateButtons();
}
