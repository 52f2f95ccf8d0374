#include "dashboards/dashboardspage.h"

#include "common/boundedquerymodel.h"
#include "common/overviewqueries.h"
#include "common/presenter.h"
#include "dashboards/chartlegend.h"
#include "db/dialect.h"

#include <QBarCategoryAxis>

#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLineSeries>
#include <QMap>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

using Kind = BoundedQueryModel::Kind;

DashboardsPage::DashboardsPage(const Session &session, QWidget *parent)
    : Page(session, parent)
    , m_poll(new BoundedQueryModel(this))
    , m_trend(new BoundedQueryModel(this))
    , m_view(new QChartView(this))
    , m_pollLabel(new QLabel(this))
    , m_legend(new ChartLegend(this))
{
    setUpHeader();
    m_poll->setColumns({{[] { return QString(); }, Kind::Text, "title_ar", "title_en"}});
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(300);
    m_pollLabel->setWordWrap(true);
    QFont f = m_pollLabel->font();
    f.setBold(true);
    m_pollLabel->setFont(f);
    m_layout->addWidget(m_pollLabel);
    m_layout->addWidget(m_view, 1);
    m_layout->addWidget(m_legend);
    retranslate();
}

QStringList DashboardsPage::legendNames() const
{
    return m_legend->names();
}

int DashboardsPage::seriesCount() const
{
    return m_view->chart() ? int(m_view->chart()->series().size()) : 0;
}

void DashboardsPage::retranslate()
{
    setHeaderText(tr("Dashboards"),
                  tr("Public-opinion trends: the share of each answer, month by month."));
    rebuildChart();
}

void DashboardsPage::refresh()
{
    const Dialect d = Dialect::of(db());
    report(m_poll->load(db(), OverviewQueries::dashboardPoll(d), {}, 1));
    if (m_poll->rowCount() > 0)
        report(m_trend->load(db(),
                             OverviewQueries::pollMonthlyTrend(d),
                             {m_poll->raw(0, QStringLiteral("id"))},
                             24 * 12));
    else
        m_trend->clear();
    rebuildChart();
}

void DashboardsPage::rebuildChart()
{
    const Presenter &p = Presenter::current();
    auto *chart = new QChart;
    // QtCharts ignores the layout direction: give it the locale, and run time right to left
    // in Arabic by reversing the axis.
    chart->setLocale(p.locale());
    chart->setLocalizeNumbers(p.isArabic() && p.digits() == Presenter::Digits::ArabicIndic);
    // The legend is ChartLegend, beside the chart: it mirrors with the layout.
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);

    if (m_poll->rowCount() == 0) {
        m_pollLabel->setText(tr("No poll has responses yet."));
    } else {
        m_pollLabel->setText(tr("Poll: %1").arg(m_poll->data(m_poll->index(0, 0)).toString()));
    }
    // month -> option -> answers
    QStringList months;
    QMap<int, QString> optionNames;
    QMap<QString, QMap<int, qint64>> counts;
    for (int r = 0; r < m_trend->rowCount(); ++r) {
        const QString month = m_trend->raw(r, QStringLiteral("month")).toString();
        const int option = m_trend->raw(r, QStringLiteral("position")).toInt();
        if (!months.contains(month))
            months << month;
        optionNames[option]
            = m_trend->raw(r, p.isArabic() ? QStringLiteral("text_ar") : QStringLiteral("text_en"))
                  .toString();
        counts[month][option] += m_trend->raw(r, QStringLiteral("answers")).toLongLong();
    }
    if (months.size() > 12)
        months = months.mid(months.size() - 12);
    // Month names only on the axis (full Arabic names leave no room for the year); the span
    // goes in the axis title.
    // Arabic charts run time right to left, as the text does: the oldest month on the right,
    // the value axis on the right too (README, "Charts"). Categories are listed left to right.
    const bool rtl = p.isArabic();
    const auto position = [&](int i) {
        return rtl ? int(months.size()) - 1 - i : i;
    };
    QStringList labels;
    for (const QString &month : months)
        labels << p.locale().toString(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate),
                                      QStringLiteral("MMM"));
    auto monthYear = [&p](const QString &month) {
        return p.digitsOf(
            p.locale().toString(QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate),
                                QStringLiteral("MMMM yyyy")));
    };
    if (rtl)
        std::reverse(labels.begin(), labels.end());
    int line = 0;
    for (auto it = optionNames.cbegin(); it != optionNames.cend(); ++it) {
        auto *series = new QLineSeries;
        series->setName(it.value());
        series->setPen(ChartLegend::linePen(line++));
        series->setPointsVisible(true);
        for (int i = 0; i < months.size(); ++i) {
            qint64 total = 0;
            for (qint64 c : counts.value(months.at(i)))
                total += c;
            const double share
                = total > 0
                      ? 100.0 * double(counts.value(months.at(i)).value(it.key())) / double(total)
                      : 0;
            series->append(position(i), share);
        }
        chart->addSeries(series);
    }
    auto *x = new QBarCategoryAxis;
    x->setCategories(labels);
    x->setTitleText(
        months.isEmpty()
            ? tr("Month")
            : tr("Month (%1 to %2)").arg(monthYear(months.first()), monthYear(months.last())));
    auto *y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    y->setTitleText(tr("Share of answers"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl ? Qt::AlignRight : Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    chart->setTitle(tr("Public-opinion trend"));
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_legend->setChart(chart);
    m_view->setAccessibleName(chart->title());
}
