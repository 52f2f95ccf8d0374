#pragma once

#include <QPen>
#include <QWidget>

class QChart;
class QVBoxLayout;

// A chart's legend as ordinary widgets beside the chart, so that it follows the layout direction
// (QtCharts draws its own legend left to right whatever the language: swatch, then label). Each
// entry shows its series' line as drawn, colour and dash pattern (or a bar set's colour and fill
// pattern), so that they are told apart without colour too (grey print, colour blindness).
class ChartLegend : public QWidget
{
    Q_OBJECT
public:
    explicit ChartLegend(QWidget *parent = nullptr);

    // Rebuilds the entries from the chart's series (their names and pens).
    void setChart(const QChart *chart);
    QStringList names() const { return m_names; }

    // The pen of the n-th line of a chart: a colour and a dash pattern of its own.
    static QPen linePen(int index);

private:
    QVBoxLayout *m_layout = nullptr;
    QStringList m_names;
};
