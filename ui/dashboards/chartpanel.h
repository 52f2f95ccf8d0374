#pragma once

#include "dashboards/datatable.h"

#include <QFrame>

class ChartLegend;
class MunicipalityGrid;
class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QToolButton;

// One chart of a dashboard with the table of the same numbers behind a toggle, its legend (which
// mirrors with the layout), a warning line when the figures are shaky, and its own exports (PNG,
// CSV). The chart view and the table take keyboard focus and carry the table's title and
// description as accessible name and description, with the figures in words for screen readers.
class ChartPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // Takes the chart (nullptr: a table alone, no toggle).
    void setData(const DataTable &table, QChart *chart);
    const DataTable &data() const { return m_data; }
    // The table's municipalities as a map-like grid (MunicipalityGrid) where the chart goes,
    // behind the same toggle, and in the PNG and the PDF report.
    void setGrid(const DataTable &table, const QList<int> &valueColumns, int sampleColumn = -1);
    MunicipalityGrid *grid() const { return m_gridShown ? m_grid : nullptr; }
    QChart *chart() const;
    bool hasChart() const;

    bool showsTable() const;
    void setShowsTable(bool table);

    QChartView *chartView() const { return m_view; }
    QTableView *tableView() const { return m_table; }
    ChartLegend *legend() const { return m_legend; }
    QString noteText() const;
    // The text a cell shows (Presenter: the user's digits, percentages).
    static QString cellText(const DataTable &t, int row, int column);

    // The chart (or grid) as a picture of the given size (for PNG and the PDF report).
    QImage renderChart(const QSize &size) const;
    bool savePng(const QString &path, QString *error = nullptr) const;

    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitCategoryLabels();
    void fillTable();
    void exportPng();
    void exportCsv();

    DataTable m_data;
    bool m_hasChart = false;
    QStringList m_categories; // the whole names of the categories down the chart's side
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QToolButton *m_toggle = nullptr;
    QToolButton *m_png = nullptr;
    QToolButton *m_csv = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QStandardItemModel *m_model = nullptr;
    ChartLegend *m_legend = nullptr;
    MunicipalityGrid *m_grid = nullptr;
    bool m_gridShown = false;
};
