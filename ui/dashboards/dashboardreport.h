#pragma once

#include "dashboards/tableexport.h"

#include <QList>
#include <QString>

#include <memory>

class ChartPanel;
class QPagedPaintDevice;
class QPrintPreviewDialog;
class QTextDocument;
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

// The report as one document, the same for the PDF and the printer: false when the user cancelled.
bool buildReport(QWidget *parent,
                 const QString &title,
                 const QString &filters,
                 const QList<ChartPanel *> &panels,
                 QTextDocument *document);
// A4 with the report's margins.
void setUpPage(QPagedPaintDevice *device);

bool writePdf(QWidget *parent,
              const QString &title,
              const QString &filters,
              const QList<ChartPanel *> &panels,
              const QString &path,
              QString *error);

// Print with preview: the dialog over the same report as writePdf, its printer set to the PDF's
// page, margins and resolution so that the preview has the PDF's pages. Not shown: the caller
// execs it. nullptr when the user cancelled while the charts were drawn.
std::unique_ptr<QPrintPreviewDialog> printPreview(QWidget *parent,
                                                  const QString &title,
                                                  const QString &filters,
                                                  const QList<ChartPanel *> &panels);

} // namespace DashboardReport
