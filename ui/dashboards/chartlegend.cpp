#include "dashboards/chartlegend.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QAreaSeries>
#include <QBarSet>
#include <QChart>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPainter>
#include <QPixmap>
#include <QVBoxLayout>

ChartLegend::ChartLegend(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(2);
    setAccessibleName(tr("Legend"));
}

QPen ChartLegend::linePen(int index)
{
    // Colours that stay apart in grey too (light to dark), each with its own dash pattern.
    static const QColor colours[] = {QColor(0x1f, 0x4e, 0x79),
                                     QColor(0xd9, 0x82, 0x1e),
                                     QColor(0x2e, 0x8b, 0x57),
                                     QColor(0x8e, 0x1b, 0x3c),
                                     QColor(0x6a, 0x6a, 0x6a),
                                     QColor(0x5b, 0x3c, 0x99)};
    static const Qt::PenStyle styles[] = {Qt::SolidLine,
                                          Qt::DashLine,
                                          Qt::DotLine,
                                          Qt::DashDotLine,
                                          Qt::DashDotDotLine,
                                          Qt::SolidLine};
    const int n = int(std::size(colours));
    QPen pen(colours[index % n], 2.5, styles[index % n]);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void ChartLegend::setChart(const QChart *chart)
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
    m_names.clear();
    // Rows of at most two entries, so that a long legend wraps instead of widening the chart.
    QHBoxLayout *line = nullptr;
    int inLine = 0;
    const int h = fontMetrics().height();
    const auto addEntry = [&](const QString &text, const QPen &pen, const QBrush &brush) {
        if (text.isEmpty())
            return; // helpers without a name: error bars, the second half of a split bar
        QPixmap sample(3 * h, h);
        sample.fill(Qt::transparent);
        QPainter painter(&sample);
        painter.setRenderHint(QPainter::Antialiasing);
        if (brush.style() != Qt::NoBrush) {
            painter.setPen(QPen(pen.color(), 1));
            painter.setBrush(brush);
            painter.drawRect(QRectF(2, 2, 3 * h - 4, h - 4));
        } else {
            painter.setPen(pen);
            painter.drawLine(QPointF(0, h / 2.0), QPointF(3 * h, h / 2.0));
            painter.setBrush(pen.color());
            painter.setPen(Qt::NoPen);
            painter.drawEllipse(QPointF(1.5 * h, h / 2.0), 3, 3);
        }
        painter.end();
        auto *swatch = new QLabel(this);
        swatch->setPixmap(sample);
        auto *name = new QLabel(text, this);
        name->setWordWrap(true); // a long topic's title wraps rather than being cut
        auto *entry = new QWidget(this);
        auto *row = new QHBoxLayout(entry);
        row->setContentsMargins(0, 0, 0, 0);
        row->setSpacing(4);
        row->addWidget(swatch);
        row->addWidget(name);
        if (!line || inLine == 2) {
            if (line)
                line->addStretch(1);
            line = new QHBoxLayout;
            line->setSpacing(16);
            line->addStretch(1);
            m_layout->addLayout(line);
            inLine = 0;
        }
        line->addWidget(entry);
        ++inLine;
        m_names << text;
    };
    for (QAbstractSeries *series : chart->series()) {
        if (auto *line = qobject_cast<QLineSeries *>(series)) {
            addEntry(series->name(), line->pen(), Qt::NoBrush);
        } else if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                addEntry(set->label(), set->pen(), set->brush());
        } else if (auto *area = qobject_cast<QAreaSeries *>(series)) {
            addEntry(series->name(), area->pen(), area->brush());
        }
    }
    if (line)
        line->addStretch(1);
}
