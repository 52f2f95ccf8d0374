#include "polls/pollresultsview.h"

#include "common/presenter.h"
#include "polls/poll.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QEvent>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>

PollResultsView::PollResultsView(QWidget *parent)
    : QWidget(parent)
    , m_details(new QCheckBox(this))
    , m_view(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_details);
    layout->addWidget(m_view);
    // Lines break between words only: a narrow cell would otherwise split a number or an
    // interval anywhere (a lone "%" on a line of its own); a wide table scrolls instead.
    m_view->setWordWrapMode(QTextOption::WordWrap);
    connect(m_details, &QCheckBox::toggled, this, [this] { render(); });
    render();
}

void PollResultsView::setSegmentDetails(bool details)
{
    m_details->setChecked(details);
}

bool PollResultsView::segmentDetails() const
{
    return m_details->isChecked();
}

void PollResultsView::setResults(const Polls::PollResults &results)
{
    m_results = results;
    render();
}

QString PollResultsView::html() const
{
    return m_view->toHtml();
}

void PollResultsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

namespace {

QString segmentName(const Polls::Segment &s)
{
    if (s.dimension == QLatin1String("gender"))
        return s.key == QLatin1String("female")
                   ? QCoreApplication::translate("PollResultsView", "female")
                   : QCoreApplication::translate("PollResultsView", "male");
    if (s.dimension == QLatin1String("nationality_group"))
        return s.key == QLatin1String("qatari")
                   ? QCoreApplication::translate("PollResultsView", "Qatari")
                   : QCoreApplication::translate("PollResultsView", "non-Qatari");
    if (s.dimension == QLatin1String("municipality"))
        return Polls::municipalityName(s.key);
    return QCoreApplication::translate("PollResultsView", "aged %1").arg(s.key);
}

QString dimensionTitle(const QString &dimension)
{
    if (dimension == QLatin1String("gender"))
        return QCoreApplication::translate("PollResultsView", "By gender");
    if (dimension == QLatin1String("age_band"))
        return QCoreApplication::translate("PollResultsView", "By age band");
    if (dimension == QLatin1String("nationality_group"))
        return QCoreApplication::translate("PollResultsView", "By nationality group");
    return QCoreApplication::translate("PollResultsView", "By municipality");
}

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

// Numbers and intervals isolated so that they read right inside Arabic text.
QString iso(const QString &t)
{
    return QStringLiteral("\u2066") + t + QStringLiteral("\u2069");
}

// One table per dimension: a row per segment (with its responses, marked when under 30), a
// column per answer. Compact (the default): the share alone, whole percent, so that even a rating
// scale fits the results pane at 1280x800; the count and the 95% interval in the cell's tooltip.
// With `details`: share, count and interval in the cell (may scroll sideways).
QString segmentTables(const Polls::QuestionResult &q, bool ar, bool details)
{
    const Presenter &p = Presenter::current();
    // Long answers (more than two words, or a long word) are numbered in the column heads and
    // named once above the tables: their words would otherwise widen every column.
    QStringList labels;
    bool numbered = false;
    for (const Polls::ResultRow &row : q.rows) {
        labels << (ar || row.labelEn.isEmpty() ? row.labelAr : row.labelEn);
        const QStringList words = labels.last().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &w : words)
            numbered = numbered || words.size() > 2 || w.size() > 10;
    }
    QString out;
    if (numbered && !details) {
        QStringList legend;
        for (qsizetype i = 0; i < labels.size(); ++i)
            legend
                << QStringLiteral("<b>%1</b>&nbsp;%2").arg(iso(p.number(i + 1)), esc(labels.at(i)));
        out += QStringLiteral("<p><small>%1</small></p>")
                   .arg(legend.join(QStringLiteral(" &nbsp;&middot;&nbsp; ")));
    }
    for (const QString &dimension : Polls::PollResults::dimensions()) {
        QString rows;
        for (const Polls::SegmentResult &s : q.segments) {
            if (s.dimension != dimension)
                continue;
            QString name = esc(segmentName({s.dimension, s.key, s.responses}));
            if (s.responses < Polls::PollResults::SmallSegment)
                name += QStringLiteral("<br/><small style=\"color:#9a5b00\">%1</small>")
                            .arg(esc(QCoreApplication::translate("PollResultsView",
                                                                 "fewer than 30 responses")));
            rows += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td>")
                        .arg(name, iso(p.number(s.responses)));
            for (const Polls::ResultRow &row : s.rows) {
                if (s.base <= 0) {
                    rows += QStringLiteral("<td></td>");
                    continue;
                }
                const QString interval = iso(QStringLiteral("%1-%2").arg(
                    p.percent(row.interval.low), p.percent(row.interval.high)));
                if (details) {
                    rows += QStringLiteral(
                                "<td align=\"center\">%1<br/><small>%2<br/>%3</small></td>")
                                .arg(iso(p.percent(row.share)), iso(p.number(row.count)), interval);
                    continue;
                }
                const QString tip
                    = QCoreApplication::translate("PollResultsView",
                                                  "%1 of %2 answers; 95% confidence interval: %3")
                          .arg(p.number(row.count), p.number(s.base), interval);
                // A scale of ten points: its shares a size smaller, so that its twelve columns fit
                // too.
                rows += QStringLiteral("<td align=\"center\"><span title=\"%1\">%2</span></td>")
                            .arg(esc(tip),
                                 s.rows.size() > 6 ? QStringLiteral("<small>%1</small>")
                                                         .arg(iso(p.percent(row.share, 0)))
                                                   : iso(p.percent(row.share, 0)));
            }
            rows += QStringLiteral("</tr>");
        }
        if (rows.isEmpty())
            continue;
        // 99%: at 100% the borders came out a pixel wider than the pane, which then scrolled.
        out += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"1\" "
                              "border=\"1\" width=\"99%\"><tr><th>%2</th><th>n</th>")
                   .arg(esc(dimensionTitle(dimension)),
                        esc(QCoreApplication::translate("PollResultsView", "Segment")));
        for (qsizetype i = 0; i < labels.size(); ++i)
            out += QStringLiteral("<th><small>%1</small></th>")
                       .arg(numbered && !details ? iso(p.number(i + 1)) : esc(labels.at(i)));
        out += QStringLiteral("</tr>") + rows + QStringLiteral("</table>");
    }
    return out;
}

} // namespace

void PollResultsView::render()
{
    const Presenter &p = Presenter::current();
    const bool ar = p.language() == QLatin1String("ar");
    QString out = QStringLiteral("<div dir=\"%1\">")
                      .arg(ar ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    out += QStringLiteral("<h3>%1</h3>")
               .arg(esc(tr("Results: %1 responses").arg(p.number(m_results.responses))));
    if (m_results.responses == 0)
        out += QStringLiteral("<p>%1</p>").arg(esc(tr("No responses yet.")));
    if (!m_results.smallSegments.isEmpty()) {
        QStringList names;
        for (const Polls::Segment &s : m_results.smallSegments)
            names << QStringLiteral("%1 (%2)").arg(segmentName(s), p.number(s.responses));
        out += QStringLiteral("<p style=\"color:#9a5b00\">%1</p>")
                   .arg(esc(tr("Fewer than 30 responses, read their shares with care: %1")
                                .arg(names.join(tr(", ")))));
    }
    for (const Polls::QuestionResult &q : m_results.questions) {
        out += QStringLiteral("<h4>%1</h4>")
                   .arg(esc(ar || q.textEn.isEmpty() ? q.textAr : q.textEn));
        if (q.kind == QLatin1String("multiple"))
            out += QStringLiteral("<p><small>%1</small></p>")
                       .arg(esc(
                           tr("Shares of all responses; a respondent may pick several options.")));
        else if (q.kind == QLatin1String("ranking"))
            out += QStringLiteral("<p><small>%1</small></p>")
                       .arg(esc(tr("How often each option was ranked first.")));
        out += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                              "width=\"99%\"><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                   .arg(esc(tr("Answer")),
                        esc(tr("Count")),
                        esc(tr("Share")),
                        esc(tr("95% confidence interval")));
        for (const Polls::ResultRow &row : q.rows) {
            const QString interval = q.base > 0 ? iso(QStringLiteral("%1 - %2").arg(
                                         p.percent(row.interval.low), p.percent(row.interval.high)))
                                                : QString();
            out += QStringLiteral("<tr><td>%1</td><td align=\"center\">%2</td><td "
                                  "align=\"center\">%3</td><td align=\"center\">%4</td></tr>")
                       .arg(esc(ar || row.labelEn.isEmpty() ? row.labelAr : row.labelEn),
                            iso(p.number(row.count)),
                            q.base > 0 ? iso(p.percent(row.share)) : QString(),
                            interval);
        }
        out += QStringLiteral("</table>");
        if (!q.segments.isEmpty())
            out += QStringLiteral("<p><small>%1</small></p>")
                       .arg(esc(
                           m_details->isChecked()
                               ? tr("Within each segment (n responses): the share of each answer, "
                                    "its count and its 95% confidence interval.")
                               : tr("Within each segment (n responses): the share of each answer; "
                                    "its count and 95% confidence interval in the tooltip.")))
                   + segmentTables(q, ar, m_details->isChecked());
    }
    if (!m_results.perDay.isEmpty()) {
        out += QStringLiteral(
                   "<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\" width=\"100%\">")
                   .arg(esc(tr("Responses per day")));
        qint64 most = 1;
        for (const auto &[day, n] : m_results.perDay)
            most = std::max(most, n);
        // The last 31 days that had responses.
        const qsizetype first = std::max<qsizetype>(0, m_results.perDay.size() - 31);
        for (qsizetype i = first; i < m_results.perDay.size(); ++i) {
            const auto &[day, n] = m_results.perDay.at(i);
            const int width = std::max(1, int(80 * n / most));
            out += QStringLiteral(
                       "<tr><td width=\"20%\">%1</td><td width=\"10%\">%2</td><td><table "
                       "cellspacing=\"0\" cellpadding=\"0\" width=\"%3%\"><tr><td "
                       "bgcolor=\"#2f6f9f\">&nbsp;</td></tr></table></td></tr>")
                       .arg(iso(p.date(day)), iso(p.number(n)))
                       .arg(width);
        }
        out += QStringLiteral("</table>");
    }
    out += QStringLiteral("</div>");
    m_details->setText(tr("Counts and intervals per segment"));
    m_details->setVisible(m_results.responses > 0);
    m_view->setLayoutDirection(ar ? Qt::RightToLeft : Qt::LeftToRight);
    m_view->setHtml(out);
}
