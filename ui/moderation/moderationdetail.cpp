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
    // Marked when a search found it; otherwise selectable, to copy from.
    const bool marking = !terms.isEmpty() && !ArabicText::matchingWords(body, terms).isEmpty();
    m_body->setText(body);
    m_body->setVisible(!marking);
    m_marked->setText(marking ? body : QString(), terms);
    m_marked->setVisible(marking);
    if (!row->flags.isEmpty()) {
        QStringList flags;
        for (const QString &f : row->flags) {
            // The duplicate flag names the contribution this one resembles, and how closely.
            Similarity::Match twin;
            if (f == QLatin1String("duplicate")) {
                if (DbError e = Similarity::flaggedDuplicate(db, row->id, &twin); !e.ok())
                    emit failed(e);
            }
            flags << (twin.id != 0 ? tr("near-duplicate of #%1 (%2)")
                                         .arg(QString::number(twin.id), p.percent(twin.score, 0))
                                   : ModerationPage::flagWords(f));
        }
        lines << tr("Automatic flags") + QStringLiteral(": ") + flags.join(tr(", "));
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
