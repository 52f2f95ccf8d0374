#pragma once

#include "dashboards/tableexport.h"

#include <QList>
#include <QString>

class ChartPanel;
class QWidget;

// A dashboard taken into a meeting: the PDF report (title, the filters in words, each chart as a
// picture with its table, right to left in Arabic, page numbers) and the XLSX workbook, each with
// a progress dialog that can cancel. The workbook is written on a worker thread; the charts are
// drawn on the GUI thread, one at a time between progress steps.
namespace DashboardReport {

TableExport::Result writeXlsx(QWidget *parent,
                              const QList<DataTable> &tables,
                              const QString &path,
                              const QString &heading);

bool writePdf(QWidget *parent,
              const QString &title,
              const QString &filters,
              const QList<ChartPanel *> &panels,
              const QString &path,
              QString *error);

} // namespace DashboardReport
