#include "dashboards/chartfactory.h"

#include "common/presenter.h"
#include "dashboards/chartlegend.h"
#include "dashboards/dashboardtext.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTimeAxis>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QMap>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ChartFactory {

namespace {

QChart *newChart(const DataTable &t)
{
    const Presenter &p = Presenter::current();
    auto *chart = new QChart;
    chart->setLocale(p.locale());
    chart->setLocalizeNumbers(p.isArabic() && p.digits() == Presenter::Digits::ArabicIndic);
    chart->legend()->hide(); // ChartLegend, beside the chart, mirrors with the layout
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(QString()); // the panel shows the title (so it mirrors too)
    chart->setObjectName(t.key);
    return chart;
}

bool rtl()
{
    return Presenter::current().isArabic();
}

bool isShare(const DataTable &t, const QList<int> &columns)
{
    for (int c : columns) {
        if (!t.isPercent(c))
            return false;
    }
    return !columns.isEmpty();
}

double valueOf(const DataTable &t, int row, int column)
{
    const double v = t.rows.at(row).value(column).toDouble();
    return t.isPercent(column) ? 100.0 * v : v;
}

QValueAxis *valueAxis(bool percent, double max)
{
    auto *axis = new QValueAxis;
    if (percent) {
        axis->setRange(0, std::max(10.0, std::ceil(max / 10.0) * 10.0));
        axis->setLabelFormat(QStringLiteral("%d%%"));
    } else {
        axis->setRange(0, max > 0 ? max * 1.1 : 1.0);
        axis->setLabelFormat(QStringLiteral("%.0f"));
        axis->applyNiceNumbers();
    }
    axis->setReverse(rtl());
    return axis;
}

} // namespace

QBrush barBrush(int index)
{
    static const Qt::BrushStyle styles[] = {Qt::SolidPattern,
                                            Qt::Dense4Pattern,
                                            Qt::BDiagPattern,
                                            Qt::CrossPattern,
                                            Qt::FDiagPattern,
                                            Qt::HorPattern};
    return QBrush(ChartLegend::linePen(index).color(), styles[index % int(std::size(styles))]);
}

QChart *horizontalBars(
    const DataTable &t, int labelColumn, const QList<int> &valueColumns, int lower, int upper)
{
    // QtCharts draws the first category at the bottom: rows go in from the last, so that the
    // table's first row stands on top.
    QChart *chart = newChart(t);
    auto *series = new QHorizontalBarSeries;
    const int n = int(t.rows.size());
    QStringList categories;
    for (int r = n - 1; r >= 0; --r)
        categories << t.rows.at(r).value(labelColumn).toString();
    double max = 0;
    for (int s = 0; s < valueColumns.size(); ++s) {
        auto *set = new QBarSet(t.columns.value(valueColumns.at(s)));
        set->setBrush(barBrush(s));
        set->setPen(QPen(ChartLegend::linePen(s).color(), 1));
        for (int r = n - 1; r >= 0; --r) {
            const double v = valueOf(t, r, valueColumns.at(s));
            *set << v;
            max = std::max(max, v);
        }
        series->append(set);
    }
    if (upper >= 0) {
        for (int r = 0; r < n; ++r)
            max = std::max(max, valueOf(t, r, upper));
    }
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->setCategories(categories);
    y->setTruncateLabels(false); // the names are the point: never "..."
    QValueAxis *x = valueAxis(isShare(t, valueColumns), max);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl() ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    if (lower >= 0 && upper >= 0 && n > 0) {
        // Error bars: a line over the interval with ticks at both ends, on a hidden axis of the
        // bars' positions (category k at k).
        auto *position = new QValueAxis;
        position->setRange(-0.5, n - 0.5);
        position->setVisible(false);
        chart->addAxis(position, rtl() ? Qt::AlignLeft : Qt::AlignRight);
        for (int r = 0; r < n; ++r) {
            auto *bar = new QLineSeries;
            bar->setPen(QPen(Qt::black, 1.5));
            const double lo = valueOf(t, r, lower);
            const double hi = valueOf(t, r, upper);
            const double y0 = n - 1 - r;
            *bar << QPointF(lo, y0 - 0.12) << QPointF(lo, y0 + 0.12) << QPointF(lo, y0)
                 << QPointF(hi, y0) << QPointF(hi, y0 + 0.12) << QPointF(hi, y0 - 0.12);
            chart->addSeries(bar);
            bar->attachAxis(x);
            bar->attachAxis(position);
        }
    }
    return chart;
}

QChart *columns(const DataTable &t, int labelColumn, int valueColumn)
{
    QChart *chart = newChart(t);
    auto *series = new QBarSeries;
    auto *set = new QBarSet(t.columns.value(valueColumn));
    set->setBrush(barBrush(0));
    QStringList categories;
    double max = 0;
    for (int r = 0; r < t.rows.size(); ++r) {
        categories << t.rows.at(r).value(labelColumn).toString();
        const double v = valueOf(t, r, valueColumn);
        *set << v;
        max = std::max(max, v);
    }
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->setCategories(categories);
    x->setTruncateLabels(false); // the names are the point: never "..."
    x->setReverse(rtl());
    QValueAxis *y = valueAxis(t.isPercent(valueColumn), max);
    y->setReverse(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl() ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *diverging(const DataTable &t, int labelColumn, int first)
{
    QChart *chart = newChart(t);
    auto *series = new QHorizontalStackedBarSeries;
    const int answers = t.columnCount() - first;
    const int half = answers / 2;
    const bool middle = answers % 2 == 1;
    QStringList categories;
    for (const QVariantList &r : t.rows)
        categories.prepend(r.value(labelColumn).toString()); // the first row on top
    // Sets from the centre outwards on each side, so that they stack away from zero.
    QList<int> order;
    if (middle)
        order << half;
    for (int k = half - 1; k >= 0; --k)
        order << k;
    for (int k = answers - half; k < answers; ++k)
        order << k;
    double extent = 0;
    QList<double> positive(t.rows.size(), 0.0);
    QList<double> negative(t.rows.size(), 0.0);
    for (int k : std::as_const(order)) {
        const int column = first + k;
        auto *set = new QBarSet(t.columns.value(column));
        set->setBrush(barBrush(k));
        set->setPen(QPen(ChartLegend::linePen(k).color(), 1));
        for (int r = int(t.rows.size()) - 1; r >= 0; --r) {
            const double v = 100.0 * t.rows.at(r).value(column).toDouble();
            double shown = 0;
            if (middle && k == half)
                shown = v / 2.0; // half each side: the other half is a second set below
            else
                shown = k < half ? v : -v;
            *set << shown;
            (shown >= 0 ? positive[r] : negative[r]) += std::abs(shown);
        }
        series->append(set);
        if (middle && k == half) {
            auto *other = new QBarSet(QString());
            other->setBrush(barBrush(k));
            other->setPen(QPen(ChartLegend::linePen(k).color(), 1));
            for (int r = int(t.rows.size()) - 1; r >= 0; --r) {
                const double v = 100.0 * t.rows.at(r).value(column).toDouble();
                *other << -v / 2.0;
                negative[r] += v / 2.0;
            }
            series->append(other);
        }
    }
    for (int r = 0; r < t.rows.size(); ++r)
        extent = std::max({extent, positive.at(r), negative.at(r)});
    chart->addSeries(series);
    auto *y = new QBarCategoryAxis;
    y->setCategories(categories);
    y->setTruncateLabels(false); // the names are the point: never "..."
    auto *x = new QValueAxis;
    const double bound = std::max(10.0, std::ceil(extent / 10.0) * 10.0);
    x->setRange(-bound, bound);
    x->setLabelFormat(QStringLiteral("%d%%"));
    x->setReverse(rtl());
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl() ? Qt::AlignRight : Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

QChart *timeLines(
    const DataTable &t, int dateColumn, int seriesColumn, int valueColumn, int lower, int upper)
{
    QChart *chart = newChart(t);
    const QTimeZone qatar(QByteArrayLiteral("Asia/Qatar"));
    const auto when = [&](const QVariantList &r) {
        return double(
            QDateTime(r.value(dateColumn).toDate(), QTime(12, 0), qatar).toMSecsSinceEpoch());
    };
    QList<QString> names;
    QMap<QString, QLineSeries *> lines;
    double max = 0;
    QDate firstDay;
    QDate lastDay;
    for (const QVariantList &r : t.rows) {
        const QString name
            = seriesColumn >= 0 ? r.value(seriesColumn).toString() : t.columns.value(valueColumn);
        QLineSeries *line = lines.value(name);
        if (!line) {
            line = new QLineSeries;
            line->setName(name);
            line->setPen(ChartLegend::linePen(int(names.size())));
            lines.insert(name, line);
            names << name;
        }
        const double v = t.isPercent(valueColumn) ? 100.0 * r.value(valueColumn).toDouble()
                                                  : r.value(valueColumn).toDouble();
        line->append(when(r), v);
        max = std::max(max, v);
        const QDate d = r.value(dateColumn).toDate();
        if (!firstDay.isValid() || d < firstDay)
            firstDay = d;
        if (!lastDay.isValid() || d > lastDay)
            lastDay = d;
    }
    QAbstractAxis *x = nullptr;
    const QDate rangeEnd = lastDay == firstDay ? lastDay.addDays(1) : lastDay;
    if (t.hijri) {
        // QDateTimeAxis knows only the Gregorian calendar: Hijri days are labels of their own
        // on a value axis of the same milliseconds, three ticks over the range (the month names
        // are long: more would be cut short in a dashboard's panel).
        auto *axis = new QCategoryAxis;
        axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
        if (firstDay.isValid()) {
            axis->setRange(double(QDateTime(firstDay, QTime(0, 0), qatar).toMSecsSinceEpoch()),
                           double(QDateTime(rangeEnd, QTime(23, 0), qatar).toMSecsSinceEpoch()));
            axis->setStartValue(axis->min());
            const qint64 span = firstDay.daysTo(rangeEnd);
            QStringList used;
            for (int i = 0; i < 3; ++i) {
                // The middle of each third: a label on the axis' end would be cut off.
                const QDate day = firstDay.addDays(span * (2 * i + 1) / 6);
                const QString label = DashboardText::dayLabel(day, true);
                if (used.contains(label))
                    continue; // a short range: each day once
                used << label;
                axis->append(label,
                             double(QDateTime(day, QTime(12, 0), qatar).toMSecsSinceEpoch()));
            }
        }
        axis->setReverse(rtl());
        x = axis;
    } else {
        auto *axis = new QDateTimeAxis;
        axis->setFormat(QStringLiteral("d MMM"));
        axis->setTickCount(6);
        axis->setReverse(rtl());
        if (firstDay.isValid())
            axis->setRange(QDateTime(firstDay, QTime(0, 0), qatar),
                           QDateTime(rangeEnd, QTime(23, 0), qatar));
        x = axis;
    }
    QValueAxis *y = valueAxis(t.isPercent(valueColumn), max);
    y->setReverse(false);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, rtl() ? Qt::AlignRight : Qt::AlignLeft);
    if (lower >= 0 && upper >= 0 && !names.isEmpty()) {
        // The band of the first line's interval, drawn under the lines.
        auto *low = new QLineSeries;
        auto *high = new QLineSeries;
        for (const QVariantList &r : t.rows) {
            if (seriesColumn >= 0 && r.value(seriesColumn).toString() != names.first())
                continue;
            low->append(when(r), 100.0 * r.value(lower).toDouble());
            high->append(when(r), 100.0 * r.value(upper).toDouble());
            max = std::max(max, 100.0 * r.value(upper).toDouble());
        }
        auto *band = new QAreaSeries(high, low);
        band->setName(
            QCoreApplication::translate("ChartFactory", "95% interval: %1").arg(names.first()));
        QColor fill = ChartLegend::linePen(0).color();
        fill.setAlpha(50);
        band->setBrush(QBrush(fill, Qt::Dense5Pattern));
        band->setPen(Qt::NoPen);
        chart->addSeries(band);
        // The area series does not own its two lines (the chart owns the band only): they go
        // with the band.
        low->setParent(band);
        high->setParent(band);
        band->attachAxis(x);
        band->attachAxis(y);
        if (t.isPercent(valueColumn))
            y->setRange(0, std::max(10.0, std::ceil(max / 10.0) * 10.0));
    }
    for (const QString &name : std::as_const(names)) {
        QLineSeries *line = lines.value(name);
        line->setPointsVisible(line->count() < 40);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    return chart;
}

} // namespace ChartFactory
