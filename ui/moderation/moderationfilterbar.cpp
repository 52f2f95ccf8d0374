#include "moderation/moderationfilterbar.h"

#include "common/arabictext.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "moderation/moderationpage.h"
#include "moderation/moderationservice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace {
// The earliest date a date box offers: shown as "any date".
const QDate anyDate(2000, 1, 1);

const QStringList flagCodes{QStringLiteral("abuse"),
                            QStringLiteral("link"),
                            QStringLiteral("email"),
                            QStringLiteral("phone"),
                            QStringLiteral("qid"),
                            QStringLiteral("bidi"),
                            QStringLiteral("duplicate")};
} // namespace

ModerationFilterBar::ModerationFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_sort(new QComboBox(this))
    , m_topic(new QComboBox(this))
    , m_flag(new QComboBox(this))
    , m_reason(new QComboBox(this))
    , m_author(new QLineEdit(this))
    , m_moderator(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_clear(new QPushButton(this))
{
    m_search->setClearButtonEnabled(true);
    m_search->setObjectName(QStringLiteral("search"));
    m_author->setClearButtonEnabled(true);
    m_author->setMaximumWidth(120);
    for (QComboBox *c : {m_topic, m_flag, m_reason, m_moderator, m_sort}) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit changed();
        });
    }
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(12);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setMinimumDate(anyDate);
        d->setDate(anyDate);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(d, &QDateEdit::dateChanged, this, [this] {
            if (!m_filling)
                emit changed();
        });
    }
    connect(m_author, &QLineEdit::editingFinished, this, &ModerationFilterBar::changed);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        emit searchRequested(m_search->text());
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            emit searchRequested(QString());
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_filling = true;
        for (QComboBox *c : {m_topic, m_flag, m_reason, m_moderator})
            c->setCurrentIndex(0);
        m_author->clear();
        m_from->setDate(anyDate);
        m_to->setDate(anyDate);
        m_filling = false;
        emit changed();
    });
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_search, 1);
    top->addWidget(m_sort);
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_topic, m_flag, m_reason, m_author, m_moderator, m_from, m_to, m_clear})
        bottom->addWidget(w);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(bottom);
    retranslate();
}

void ModerationFilterBar::setChoices(const QList<ModerationLog::Named> &topics,
                                     const QList<ModerationLog::Named> &moderators)
{
    m_topics = topics;
    m_moderators = moderators;
    fillCombos();
}

void ModerationFilterBar::fillCombos()
{
    const Presenter &p = Presenter::current();
    m_filling = true;
    const auto fill
        = [](QComboBox *c, const QString &any, const QList<std::pair<QVariant, QString>> &items) {
              const QVariant current = c->currentData();
              c->clear();
              c->addItem(any, QVariant());
              for (const auto &[value, text] : items)
                  c->addItem(text, value);
              const int i = c->findData(current);
              c->setCurrentIndex(i < 0 ? 0 : i);
          };
    // Every open poll answer (migration 022), whatever its poll: -1 among the topics.
    QList<std::pair<QVariant, QString>> items{{qint64(-1), tr("Open poll answers")}};
    for (const ModerationLog::Named &t : std::as_const(m_topics))
        items.append({t.id, ArabicText::isolate(p.isArabic() ? t.nameAr : t.nameEn)});
    fill(m_topic, tr("All topics"), items);
    items.clear();
    for (const QString &f : flagCodes)
        items.append({f, ModerationPage::flagWords(f)});
    fill(m_flag, tr("Any flag"), items);
    items.clear();
    for (const QString &r : ModerationService::reasonCodes())
        items.append({r, DomainText::reportReason(r)});
    fill(m_reason, tr("Any report reason"), items);
    items.clear();
    for (const ModerationLog::Named &m : std::as_const(m_moderators))
        items.append({m.id, ArabicText::isolate(p.isArabic() ? m.nameAr : m.nameEn)});
    fill(m_moderator, tr("Any moderator"), items);
    const int sort = std::max(0, m_sort->currentIndex());
    m_sort->clear();
    m_sort->addItem(tr("Oldest first"), int(ContributionFilter::Sort::Time));
    m_sort->addItem(tr("Most reports first"), int(ContributionFilter::Sort::Reports));
    m_sort->addItem(tr("Most flags first"), int(ContributionFilter::Sort::Flags));
    m_sort->setCurrentIndex(sort);
    m_filling = false;
}

void ModerationFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search the contributions (any spelling), then Enter"));
    m_author->setPlaceholderText(tr("Author ID"));
    m_from->setSpecialValueText(tr("From any date"));
    m_to->setSpecialValueText(tr("To any date"));
    // A date box sizes itself for a date: wide enough for its "any date" words too.
    for (QDateEdit *d : {m_from, m_to})
        d->setMinimumWidth(d->fontMetrics().horizontalAdvance(d->specialValueText())
                           + 2 * d->fontMetrics().height() + 16);
    m_clear->setText(tr("Clear filters"));
    m_sort->setToolTip(tr("Sort"));
    fillCombos();
}

ContributionFilter ModerationFilterBar::filter() const
{
    ContributionFilter f;
    f.sort = ContributionFilter::Sort(m_sort->currentData().toInt());
    f.topicId = std::max<qint64>(0, m_topic->currentData().toLongLong());
    f.pollAnswers = m_topic->currentData().toLongLong() == -1;
    f.flag = m_flag->currentData().toString();
    f.reportReason = m_reason->currentData().toString();
    f.authorId = m_author->text().trimmed();
    f.moderatorId = m_moderator->currentData().toLongLong();
    if (m_from->date() > anyDate)
        f.from = m_from->date();
    if (m_to->date() > anyDate)
        f.to = m_to->date();
    return f;
}

void ModerationFilterBar::search(const QString &text)
{
    m_search->setText(text);
    emit searchRequested(text);
}

QString ModerationFilterBar::searchText() const
{
    return m_search->text();
}

void ModerationFilterBar::setTopic(qint64 topicId)
{
    const int i = topicId == 0 ? 0 : m_topic->findData(topicId);
    if (i >= 0)
        m_topic->setCurrentIndex(i); // emits changed(), as a choice in the list does
}

void ModerationFilterBar::setAuthor(const QString &authorId)
{
    m_author->setText(authorId);
    emit changed();
}
