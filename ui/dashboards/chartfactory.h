#pragma once

#include "dashboards/datatable.h"

#include <QBrush>

class QChart;

// The dashboards' charts, each drawn from the DataTable its table view shows. QtCharts ignores
// the layout direction, so in Arabic every chart is mirrored by hand: value and time axes run
// right to left (reversed), category and value labels stand on the right, the chart's locale
// gives Arabic month names and the user's digits. Bars carry a fill pattern as well as a colour
// and lines a dash pattern (ChartLegend), so that a grey print still tells them apart. No OpenGL.
namespace ChartFactory {

// Horizontal bars: one bar per row (its label in `labelColumn`), one set per value column;
// shares (0..1) are drawn as percentages. With `lower`/`upper` columns, each bar of the first set
// gets an error bar over that interval.
QChart *horizontalBars(const DataTable &t,
                       int labelColumn,
                       const QList<int> &valueColumns,
                       int lower = -1,
                       int upper = -1);
// Vertical columns in the rows' order (read from the right in Arabic).
QChart *columns(const DataTable &t, int labelColumn, int valueColumn);
// Likert answers as diverging stacked bars: one bar per row, the answer columns (shares) from
// `first` on, the first half agreeing to one side, the second half to the other, a middle answer
// split across zero.
QChart *diverging(const DataTable &t, int labelColumn, int first);
// Lines over time: the rows' date in `dateColumn`, one line per distinct value of
// `seriesColumn` (or one line when -1), values from `valueColumn`; with `lower`/`upper` a band
// of the interval around the first line.
QChart *timeLines(const DataTable &t,
                  int dateColumn,
                  int seriesColumn,
                  int valueColumn,
                  int lower = -1,
                  int upper = -1);

// The fill of the n-th bar set: ChartLegend's colour with a pattern of its own.
QBrush barBrush(int index);

} // namespace ChartFactory
