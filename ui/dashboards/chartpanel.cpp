#include "dashboards/chartpanel.h"

#include "common/presenter.h"
#include "dashboards/chartlegend.h"
#include "dashboards/dashboardtext.h"
#include "dashboards/municipalitygrid.h"
#include "dashboards/tableexport.h"
#include "shell/tabledelegate.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSet>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_toggle(new QToolButton(this))
    , m_png(new QToolButton(this))
    , m_csv(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_table(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_legend(new ChartLegend(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: #8e1b3c;"));
    m_note->hide();
    m_toggle->setCheckable(true);
    for (QToolButton *b : {m_toggle, m_png, m_csv})
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_toggle, &QToolButton::toggled, this, &ChartPanel::setShowsTable);
    connect(m_png, &QToolButton::clicked, this, &ChartPanel::exportPng);
    connect(m_csv, &QToolButton::clicked, this, &ChartPanel::exportCsv);

    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setMinimumHeight(240);
    m_view->installEventFilter(this); // long category names follow the chart's width
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TableDelegate(m_table));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_table);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_toggle);
    top->addWidget(m_png);
    top->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_note);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_legend);
    retranslate();
}

ChartPanel::~ChartPanel() = default;

QChart *ChartPanel::chart() const
{
    return m_view->chart();
}

bool ChartPanel::hasChart() const
{
    return m_hasChart;
}

bool ChartPanel::showsTable() const
{
    return m_stack->currentWidget() == m_table;
}

void ChartPanel::setShowsTable(bool table)
{
    if (!m_hasChart)
        table = true;
    QWidget *picture = m_gridShown ? static_cast<QWidget *>(m_grid) : m_view;
    m_stack->setCurrentWidget(table ? static_cast<QWidget *>(m_table) : picture);
    m_legend->setVisible(!table && !m_gridShown);
    m_png->setEnabled(!table);
    if (m_toggle->isChecked() != table) {
        const QSignalBlocker block(m_toggle);
        m_toggle->setChecked(table);
    }
    retranslate();
}

QString ChartPanel::noteText() const
{
    return m_note->isVisible() ? m_note->text() : QString();
}

QString ChartPanel::cellText(const DataTable &t, int row, int column)
{
    const Presenter &p = Presenter::current();
    const QVariant v = t.rows.at(row).value(column);
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return p.number(v.toLongLong());
    case QMetaType::Double:
        if (t.isPercent(column))
            return p.percent(v.toDouble(), 1);
        return p.decimal(v.toDouble(), std::abs(v.toDouble()) < 1.0 ? 4 : 1);
    case QMetaType::QDate:
        return DashboardText::dateText(v.toDate(), t.hijri);
    case QMetaType::UnknownType:
        return QStringLiteral("-");
    default:
        return v.toString();
    }
}

void ChartPanel::setGrid(const DataTable &table, const QList<int> &valueColumns, int sampleColumn)
{
    if (!m_grid) {
        m_grid = new MunicipalityGrid(this);
        m_stack->addWidget(m_grid);
    }
    const bool asTable = m_gridShown && showsTable();
    setData(table, nullptr);
    m_grid->setData(table, valueColumns, sampleColumn);
    m_grid->setAccessibleName(table.title);
    m_grid->setAccessibleDescription(m_view->accessibleDescription());
    m_gridShown = true;
    m_hasChart = true;
    m_toggle->setVisible(true);
    m_png->setVisible(true);
    m_view->setMinimumHeight(0);
    setShowsTable(asTable);
}

void ChartPanel::setData(const DataTable &table, QChart *chart)
{
    m_gridShown = false;
    m_data = table;
    m_title->setText(table.title);
    m_note->setText(table.note);
    m_note->setVisible(!table.note.isEmpty());
    QChart *old = m_view->chart();
    if (chart) {
        m_view->setChart(chart);
        delete old;
        m_legend->setChart(chart);
    }
    m_hasChart = chart != nullptr;
    // A bar per category down the side (services, municipalities): room for every name, or
    // QtCharts leaves every other one out.
    int categories = 0;
    if (chart) {
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                categories = std::max(categories, int(c->count()));
        }
    }
    m_view->setMinimumHeight(std::max(240, categories * (fontMetrics().height() + 8) + 90));
    m_categories.clear();
    if (chart) {
        for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                m_categories = c->categories();
        }
        // The whole name over its bar, where a long one is cut short on the axis.
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                connect(bars, &QAbstractBarSeries::hovered, this, [this](bool on, int index) {
                    if (on && index >= 0 && index < m_categories.size())
                        QToolTip::showText(QCursor::pos(), m_categories.at(index), m_view);
                    else
                        QToolTip::hideText();
                });
            }
        }
    }
    fitCategoryLabels();
    m_toggle->setVisible(chart != nullptr);
    m_png->setVisible(chart != nullptr);
    fillTable();
    setShowsTable(chart == nullptr || showsTable());
    setAccessibleName(table.title);
    // The figures in words too: a screen reader on the chart hears the table.
    QStringList summary;
    for (int r = 0; r < std::min<qsizetype>(table.rows.size(), 12); ++r) {
        QStringList cells;
        for (int c = 0; c < table.columnCount(); ++c)
            cells << table.columns.at(c) + QStringLiteral(": ") + cellText(table, r, c);
        summary << cells.join(QStringLiteral(", "));
    }
    const QString description
        = table.description + (table.note.isEmpty() ? QString() : QStringLiteral(" ") + table.note)
          + (summary.isEmpty() ? QString()
                               : QStringLiteral(" ") + summary.join(QStringLiteral("; ")));
    m_view->setAccessibleName(table.title);
    m_view->setAccessibleDescription(description);
    m_table->setAccessibleName(table.title);
    m_table->setAccessibleDescription(table.description);
}

void ChartPanel::fillTable()
{
    m_model->clear();
    m_model->setColumnCount(m_data.columnCount());
    m_model->setHorizontalHeaderLabels(m_data.columns);
    for (int r = 0; r < m_data.rows.size(); ++r) {
        QList<QStandardItem *> items;
        for (int c = 0; c < m_data.columnCount(); ++c) {
            auto *item = new QStandardItem(cellText(m_data, r, c));
            item->setData(m_data.rows.at(r).value(c), Qt::UserRole);
            items << item;
        }
        m_model->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

void ChartPanel::retranslate()
{
    m_toggle->setText(showsTable() ? tr("Chart") : tr("Table"));
    m_toggle->setToolTip(tr("Switch between the chart and the table of the same numbers"));
    m_png->setText(tr("PNG"));
    m_png->setToolTip(tr("Save the chart as a picture"));
    m_csv->setText(tr("CSV"));
    m_csv->setToolTip(tr("Save the table as CSV"));
    m_toggle->setAccessibleName(m_toggle->toolTip());
    m_png->setAccessibleName(m_png->toolTip());
    m_csv->setAccessibleName(m_csv->toolTip());
    if (m_grid)
        m_grid->retranslate();
}

bool ChartPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        fitCategoryLabels();
    return QFrame::eventFilter(watched, event);
}

void ChartPanel::fitCategoryLabels()
{
    // QtCharts lays an untruncated category name wider than the room it gives the axis out past
    // the chart's edge ("Lost or damaged QID replacement" lost its first letters). A name longer
    // than 35% of the chart's width is cut short with an ellipsis instead; the whole name is in
    // the table, the tooltip of its bar, the description and the exports' tables.
    QChart *chart = m_hasChart ? m_view->chart() : nullptr;
    if (!chart || m_categories.isEmpty())
        return;
    for (QAbstractAxis *axis : chart->axes(Qt::Vertical)) {
        auto *c = qobject_cast<QBarCategoryAxis *>(axis);
        if (!c || c->count() != m_categories.size())
            continue;
        const QFontMetrics metrics(c->labelsFont());
        const int room = std::max(120, m_view->width() * 7 / 20);
        QStringList labels;
        for (const QString &name : std::as_const(m_categories))
            labels << metrics.elidedText(name, Qt::ElideRight, room);
        // Categories must stay distinct: two names cut to the same text keep their whole names.
        if (QSet<QString>(labels.cbegin(), labels.cend()).size() != labels.size())
            labels = m_categories;
        const QStringList shown = c->categories();
        for (int i = 0; i < labels.size(); ++i) {
            if (shown.at(i) != labels.at(i))
                c->replace(shown.at(i), labels.at(i));
        }
    }
}

QImage ChartPanel::renderChart(const QSize &size) const
{
    if (m_gridShown)
        return m_grid->picture(size);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QChart *c = m_view->chart();
    if (!c)
        return image;
    // Drawn through a scene of its own size, so that the picture does not depend on the screen.
    const QSizeF before = c->size();
    c->resize(size);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_view->scene()->render(&painter, QRectF(QPointF(0, 0), size), QRectF(c->pos(), QSizeF(size)));
    painter.end();
    c->resize(before);
    return image;
}

bool ChartPanel::savePng(const QString &path, QString *error) const
{
    // The legend goes under the chart in the picture too.
    const QImage chart = renderChart(QSize(1000, 500));
    const QPixmap legend = m_gridShown ? QPixmap() : m_legend->grab(); // the grid has its scale
    QImage out(QSize(1000, 500 + legend.height() + 8), QImage::Format_ARGB32_Premultiplied);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.drawImage(0, 0, chart);
    if (!legend.isNull())
        painter.drawPixmap((1000 - legend.width()) / 2, 504, legend);
    painter.end();
    if (!out.save(path, "PNG")) {
        if (error)
            *error = tr("The picture could not be saved: %1").arg(path);
        return false;
    }
    return true;
}

void ChartPanel::exportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Save the chart"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_data.key + QStringLiteral(".png")),
        tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!savePng(path, &error))
        QMessageBox::warning(this, tr("Save the chart"), error);
}

void ChartPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Save the table"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(m_data.key + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const TableExport::Result r = TableExport::writeCsv(m_data, path);
    if (!r.ok)
        QMessageBox::warning(this, tr("Save the table"), r.error);
}
