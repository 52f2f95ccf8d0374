#include "moderation/moderationdetail.h"

#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "common/domaintext.h"
#include "common/presenter.h"
#include "moderation/highlightedtext.h"
#include "moderation/moderationpage.h"
#include "moderation/similarity.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

ModerationDetail::ModerationDetail(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_body(new QLabel(this))
    , m_marked(new HighlightedText(this))
    , m_rest(new QLabel(this))
    , m_claim(new QLabel(this))
    , m_unblock(new QPushButton(this))
    , m_authorFilter(new QPushButton(this))
    , m_log(new QPushButton(this))
    , m_similar(new QVBoxLayout)
{
    for (QLabel *l : {m_text, m_body, m_rest, m_claim}) {
        l->setWordWrap(true);
        l->setAlignment(Qt::AlignTop | Qt::AlignLeading);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setTextFormat(Qt::PlainText);
    }
    m_claim->setObjectName(QStringLiteral("claim"));
    m_claim->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_claim->hide();
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_authorFilter, m_log, m_unblock})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_claim);
    layout->addLayout(buttons); // above the text, so that they never scroll out of sight
    layout->addWidget(m_text);
    // The contribution stands apart from what is said about it, as a paragraph.
    layout->addSpacing(m_text->fontMetrics().height() / 2);
    layout->addWidget(m_body);
    layout->addWidget(m_marked);
    layout->addSpacing(m_text->fontMetrics().height() / 2);
    layout->addWidget(m_rest);
    layout->addLayout(m_similar);
    layout->addStretch(1);
    connect(m_unblock, &QPushButton::clicked, this, &ModerationDetail::unblockRequested);
    connect(m_log, &QPushButton::clicked, this, &ModerationDetail::contributionLogRequested);
    connect(m_authorFilter, &QPushButton::clicked, this, [this] {
        emit authorFilterRequested(m_author.authorId);
    });
    retranslate();
    showRow({}, nullptr, {}, 0);
}

void ModerationDetail::retranslate()
{
    m_unblock->setText(tr("Unblock author"));
    m_authorFilter->setText(tr("This author's contributions"));
    m_log->setText(tr("Moderation log"));
}

QString ModerationDetail::text() const
{
    QString all = m_text->text();
    if (m_hasRow)
        all += QStringLiteral("\n\n") + (m_marked->isVisible() ? m_marked->text() : m_body->text())
               + QStringLiteral("\n\n") + m_rest->text();
    return m_claim->isVisible() ? m_claim->text() + QLatin1Char('\n') + all : all;
}

QString ModerationDetail::actionText(const QString &action)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("approve"), QT_TR_NOOP("Approved")},
        {QStringLiteral("reject"), QT_TR_NOOP("Rejected")},
        {QStringLiteral("hide"), QT_TR_NOOP("Hidden")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restored")},
        {QStringLiteral("dismiss_reports"), QT_TR_NOOP("Reports dismissed")},
        {QStringLiteral("auto_hide"), QT_TR_NOOP("Hidden by its reports")},
        {QStringLiteral("redact"), QT_TR_NOOP("Personal data redacted")},
        {QStringLiteral("block_author"), QT_TR_NOOP("Author blocked")},
        {QStringLiteral("unblock_author"), QT_TR_NOOP("Author unblocked")},
        {QStringLiteral("undo"), QT_TR_NOOP("Undone")},
    };
    const char *word = words.value(action);
    return word ? tr(word) : action;
}

void ModerationDetail::showRow(QSqlDatabase db,
                               const ContributionRow *row,
                               const ModerationService::Claim &holder,
                               qint64 myStaffId,
                               const QStringList &terms)
{
    m_hasRow = row != nullptr;
    for (QPushButton *b : {m_authorFilter, m_log})
        b->setVisible(m_hasRow);
    m_unblock->hide();
    m_claim->hide();
    m_body->clear();
    m_marked->setText({});
    m_marked->hide();
    m_rest->clear();
    if (!row) {
        m_author = {};
        m_text->setText(tr("Select a contribution to see it whole."));
        m_body->hide();
        m_rest->hide();
        return;
    }
    const Presenter &p = Presenter::current();
    // Each line but the contribution itself runs in the page's direction, whatever script the
    // topic or the author's name is written in (a leading mark: the isolates do not decide it).
    const QString mark = QChar(p.isArabic() ? 0x200F : 0x200E);
    const QString dash = QStringLiteral(" \u2014 ");
    if (holder.staffId != 0 && holder.staffId != myStaffId) {
        m_claim->setText(
            mark
            + tr("%1 is looking at this contribution (since %2).")
                  .arg(ArabicText::isolate(p.isArabic() ? holder.nameAr : holder.nameEn),
                       p.time(holder.since)));
        m_claim->show();
    }
    QStringList lines;
    lines << DomainText::contributionState(row->state)
                 + (row->autoHidden ? dash + tr("hidden by its reports") : QString());
    lines << mark + ArabicText::isolate(p.isArabic() ? row->topicAr : row->topicEn);
    lines << mark + ArabicText::isolate(row->author) + dash + p.dateTime(row->submittedAt);
    m_text->setText(lines.join(QLatin1Char('\n')));
    lines.clear();
    const QString body = ArabicText::revealControls(row->body);
    // Why each stored flag fired, from today's list of words: the passages of the text.
    QList<ContributionFlags::Evidence> evidence;
    if (!row->flags.isEmpty()) {
        if (!m_listRead) {
            // A login that may not read the list (a manager on PostgreSQL) has none: the flags
            // stored with the contribution still say what fired.
            m_listWords.clear();
            if (DbError e = ModerationService::blockedWords(db, &m_listWords);
                !e.ok() && e.kind != DbError::Kind::Forbidden)
                emit failed(e);
            m_listRead = true;
        }
        QStringList keys;
        for (const ModerationService::BlockedWord &w : std::as_const(m_listWords))
            keys << w.key;
        evidence = ContributionFlags::evidence(row->body, keys);
    }
    Highlight::Spans flagged;
    for (const ContributionFlags::Evidence &e : std::as_const(evidence)) {
        if (row->flags.contains(e.flag)) {
            for (const ContributionFlags::Hit &h : e.hits)
                flagged.append({h.start, h.length});
        }
    }
    flagged = Highlight::revealedSpans(row->body, body, flagged);
    // Marked when a search found it or a flag has its passages; otherwise selectable, to copy
    // from.
    const bool found = !terms.isEmpty() && !ArabicText::matchingWords(body, terms).isEmpty();
    const bool marking = found || !flagged.isEmpty();
    m_body->setText(body);
    m_body->setVisible(!marking);
    m_marked->setText(marking ? body : QString(), found ? terms : QStringList(), flagged);
    m_marked->setVisible(marking);
    if (!row->flags.isEmpty()) {
        lines << tr("Automatic flags") + QStringLiteral(":");
        for (const QString &f : row->flags) {
            // The duplicate flag names the contribution this one resembles, and how closely.
            Similarity::Match twin;
            if (f == QLatin1String("duplicate")) {
                if (DbError e = Similarity::flaggedDuplicate(db, row->id, &twin); !e.ok())
                    emit failed(e);
            }
            QList<ContributionFlags::Hit> hits;
            for (const ContributionFlags::Evidence &e : std::as_const(evidence)) {
                if (e.flag == f)
                    hits = e.hits;
            }
            QString why = twin.id != 0
                              ? tr("near-duplicate of #%1 (%2)")
                                    .arg(QString::number(twin.id), p.percent(twin.score, 0))
                              : reasonOf(f, hits, row->body);
            if (!why.isEmpty())
                why[0] = why.at(0).toUpper(); // it starts the line
            lines << mark + QStringLiteral("\u2022 ") + why;
        }
    }
    QList<ModerationService::Report> reports;
    if (DbError e = ModerationService::reports(db, row->id, &reports); !e.ok())
        emit failed(e);
    if (!reports.isEmpty()) {
        lines << QString() << tr("Reports") + QStringLiteral(":");
        for (const ModerationService::Report &r : std::as_const(reports)) {
            QString line = mark + QStringLiteral("\u2022 ") + DomainText::reportReason(r.reason);
            if (!r.note.isEmpty())
                line += QStringLiteral(": ") + ArabicText::revealControls(r.note);
            line += dash + p.dateTime(r.at);
            if (r.dismissed)
                line += dash + tr("dismissed");
            lines << line;
        }
    }
    QList<ModerationLog::Entry> log;
    if (DbError e = ModerationLog::ofContribution(db, row->id, &log, 20); !e.ok())
        emit failed(e);
    if (!log.isEmpty()) {
        lines << QString() << tr("Moderation log") + QStringLiteral(":");
        for (const ModerationLog::Entry &l : std::as_const(log)) {
            const QString who
                = l.staffId == 0 ? tr("Diwan") : (p.isArabic() ? l.staffAr : l.staffEn);
            QString line = mark + QStringLiteral("\u2022 ") + actionText(l.action) + dash
                           + ArabicText::isolate(who) + dash + p.dateTime(l.at);
            if (!l.reason.isEmpty() && l.action != QLatin1String("auto_hide"))
                line += dash + ArabicText::isolate(l.reason);
            lines << line;
        }
    }
    if (DbError e = ModerationLog::author(db, row->authorId, row->id, &m_author); !e.ok())
        emit failed(e);
    lines << QString()
          << tr("The author: %1 pending, %2 published, %3 hidden, %4 rejected.")
                 .arg(p.number(m_author.pending),
                      p.number(m_author.published),
                      p.number(m_author.hidden),
                      p.number(m_author.rejected));
    if (m_author.blocked) {
        lines << mark
                     + tr("Blocked since %1: %2")
                           .arg(p.dateTime(m_author.blockedAt),
                                ArabicText::isolate(m_author.blockReason));
        m_unblock->show();
    }
    if (!m_author.others.isEmpty()) {
        lines << tr("Their latest other contributions:");
        for (const ModerationLog::Author::Item &o : std::as_const(m_author.others))
            lines << mark + QStringLiteral("\u2022 ") + DomainText::contributionState(o.state)
                         + dash + p.dateTime(o.submittedAt) + dash
                         + ArabicText::revealControls(o.body.simplified().left(120));
    }
    m_rest->setText(lines.join(QLatin1Char('\n')));
    m_rest->show();
}

QList<std::pair<int, int>> ModerationDetail::marked() const
{
    return m_marked->isVisible() ? m_marked->marked() : QList<std::pair<int, int>>();
}

QList<std::pair<int, int>> ModerationDetail::flagged() const
{
    return m_marked->isHidden() ? QList<std::pair<int, int>>() : m_marked->flagged();
}

QString ModerationDetail::shownBody() const
{
    return m_marked->isHidden() ? m_body->text() : m_marked->text();
}

void ModerationDetail::showEvent(QShowEvent *event)
{
    m_listRead = false;
    QWidget::showEvent(event);
}

QString ModerationDetail::controlWords(char16_t c)
{
    static const QHash<char16_t, const char *> words{
        {0x202E, QT_TR_NOOP("right-to-left override")},
        {0x202D, QT_TR_NOOP("left-to-right override")},
        {0x202A, QT_TR_NOOP("left-to-right embedding")},
        {0x202B, QT_TR_NOOP("right-to-left embedding")},
        {0x202C, QT_TR_NOOP("end of embedding")},
        {0x2066, QT_TR_NOOP("left-to-right isolate")},
        {0x2067, QT_TR_NOOP("right-to-left isolate")},
        {0x2068, QT_TR_NOOP("first-strong isolate")},
        {0x2069, QT_TR_NOOP("end of isolate")},
        {0x200E, QT_TR_NOOP("left-to-right mark")},
        {0x200F, QT_TR_NOOP("right-to-left mark")},
        {0x061C, QT_TR_NOOP("Arabic letter mark")},
        {0x200B, QT_TR_NOOP("zero-width space")},
        {0x200C, QT_TR_NOOP("zero-width non-joiner")},
        {0x200D, QT_TR_NOOP("zero-width joiner")},
        {0xFEFF, QT_TR_NOOP("zero-width no-break space")},
        {0x00AD, QT_TR_NOOP("soft hyphen")},
        {0x2060, QT_TR_NOOP("word joiner")},
        {0x180E, QT_TR_NOOP("Mongolian vowel separator")},
    };
    if (const char *word = words.value(c))
        return tr(word);
    if (c >= 0x2061 && c <= 0x2064)
        return tr("invisible operator");
    return QStringLiteral("U+%1").arg(int(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString ModerationDetail::reasonOf(const QString &flag,
                                   const QList<ContributionFlags::Hit> &hits,
                                   const QString &body) const
{
    const QString category = ModerationPage::flagWords(flag);
    if (hits.isEmpty()) {
        // Stored when the contribution came; today's list may have lost the word (a login that
        // may not read the list has none: the category alone).
        return flag == QLatin1String("abuse") && !m_listWords.isEmpty()
                   ? tr("%1 (no word of the list matches it now)").arg(category)
                   : category;
    }
    const Presenter &p = Presenter::current();
    // A passage as written, its invisible characters shown and its lines joined.
    const auto passage = [&body](int start, int length) {
        QString text = body.mid(start, length);
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return ArabicText::revealControls(text);
    };
    // A few passages say enough; the rest are marked in the text.
    constexpr int shown = 3;
    QStringList why;
    for (const ContributionFlags::Hit &h : hits.mid(0, shown)) {
        if (flag == QLatin1String("abuse")) {
            QString word = h.wordKey;
            for (const ModerationService::BlockedWord &w : m_listWords) {
                if (w.key == h.wordKey)
                    word = w.word;
            }
            why << tr("\"%1\" (list word %2)")
                       .arg(passage(h.start, h.length), ArabicText::isolate(word));
        } else if (flag == QLatin1String("bidi")) {
            // Where it hides: after the word before it.
            const QStringList before = body.left(h.start).split(
                QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            const QString name = controlWords(body.at(h.start).unicode());
            why << (before.isEmpty()
                        ? tr("%1 at the start").arg(name)
                        : tr("%1 after \"%2\"")
                              .arg(name, ArabicText::revealControls(before.last().right(20))));
        } else if (flag == QLatin1String("lookalike")) {
            why << tr("\"%1\"").arg(passage(h.start, h.length));
        } else {
            why << passage(h.start, h.length);
        }
    }
    if (hits.size() > shown)
        why << QString(QChar(0x2026));
    const QString list = why.join(tr(", "));
    return category + QStringLiteral(": ")
           + (flag == QLatin1String("bidi")
                  ? p.number(hits.size()) + QStringLiteral(" (") + list + QLatin1Char(')')
                  : list);
}
