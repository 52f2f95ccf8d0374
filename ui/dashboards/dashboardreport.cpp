#include "dashboards/dashboardreport.h"

#include "common/presenter.h"
#include "dashboards/chartpanel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QTextDocument>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace DashboardReport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DashboardReport", text);
}

constexpr int reportResolution = 150; // dots per inch, of the PDF and the printer alike

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TableExport::Result writeXlsx(QWidget *parent,
                              const QList<DataTable> &tables,
                              const QString &path,
                              const QString &heading)
{
    QProgressDialog progress(tr("Writing the workbook..."), tr("Cancel"), 0, 1000, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{1};
    const bool rtl = Presenter::current().isArabic();
    QFutureWatcher<TableExport::Result> watcher;
    QEventLoop loop;
    QObject::connect(
        &watcher, &QFutureWatcher<TableExport::Result>::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, [&cancel] { cancel = true; });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &progress, [&] {
        progress.setValue(int(1000 * done / std::max<qint64>(1, total)));
    });
    tick.start(100);
    watcher.setFuture(QtConcurrent::run([&, tables, path, heading, rtl] {
        return TableExport::writeXlsx(tables, path, heading, rtl, [&](qint64 d, qint64 t) {
            done = d;
            total = t;
            return !cancel.load();
        });
    }));
    if (!watcher.isFinished())
        loop.exec();
    watcher.waitForFinished();
    tick.stop();
    progress.setValue(1000);
    return watcher.result();
}

bool buildReport(QWidget *parent,
                 const QString &title,
                 const QString &filters,
                 const QList<ChartPanel *> &panels,
                 QTextDocument *out)
{
    const Presenter &p = Presenter::current();
    const bool rtl = p.isArabic();
    QProgressDialog progress(
        tr("Writing the report..."), tr("Cancel"), 0, int(panels.size()), parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);

    QTextDocument &document = *out;
    document.setDefaultTextOption(QTextOption(rtl ? Qt::AlignRight : Qt::AlignLeft));
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    document.setDefaultTextOption(option);
    QString html = QStringLiteral("<html dir=\"%1\"><body>")
                       .arg(rtl ? QStringLiteral("rtl") : QStringLiteral("ltr"));
    html += QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Dashboards: %1").arg(title)));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Filters:")), escaped(filters));
    html += QStringLiteral("<p>%1</p>")
                .arg(escaped(tr("Prepared %1").arg(p.dateTime(QDateTime::currentDateTimeUtc()))));
    for (int i = 0; i < panels.size(); ++i) {
        progress.setValue(i);
        QApplication::processEvents();
        if (progress.wasCanceled())
            return false;
        const ChartPanel *panel = panels.at(i);
        const DataTable &t = panel->data();
        html += QStringLiteral("<h2>%1</h2>").arg(escaped(t.title));
        if (!t.description.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(escaped(t.description));
        if (!t.note.isEmpty())
            html += QStringLiteral("<p><b>%1</b></p>").arg(escaped(t.note));
        if (panel->hasChart()) {
            const QString name = QStringLiteral("chart%1.png").arg(i);
            document.addResource(
                QTextDocument::ImageResource, QUrl(name), panel->renderChart(QSize(900, 420)));
            html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"600\"></p>")
                        .arg(name);
        }
        html += QStringLiteral(
            "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        for (const QString &c : t.columns)
            html += QStringLiteral("<th>%1</th>").arg(escaped(c));
        html += QStringLiteral("</tr>");
        const int shown = int(std::min<qsizetype>(t.rows.size(), 60));
        for (int r = 0; r < shown; ++r) {
            html += QStringLiteral("<tr>");
            for (int c = 0; c < t.columnCount(); ++c)
                html += QStringLiteral("<td>%1</td>").arg(escaped(ChartPanel::cellText(t, r, c)));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
        if (t.rows.size() > shown)
            html += QStringLiteral("<p>%1</p>")
                        .arg(escaped(tr("The first %1 of %2 rows; the workbook has them all.")
                                         .arg(p.number(shown), p.number(t.rows.size()))));
    }
    html += QStringLiteral("</body></html>");
    document.setHtml(html);
    progress.setValue(int(panels.size()));
    return true;
}

void setUpPage(QPagedPaintDevice *device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
}

bool writePdf(QWidget *parent,
              const QString &title,
              const QString &filters,
              const QList<ChartPanel *> &panels,
              const QString &path,
              QString *error)
{
    QTextDocument document;
    if (!buildReport(parent, title, filters, panels, &document))
        return false;
    QPdfWriter writer(path);
    setUpPage(&writer);
    writer.setResolution(reportResolution);
    writer.setTitle(tr("Dashboards: %1").arg(title));
    writer.setCreator(QStringLiteral("Diwan"));
    // QTextDocument::print paginates and numbers the pages at their foot.
    document.print(&writer);
    if (!QFile::exists(path)) {
        if (error)
            *error = tr("The report could not be written: %1").arg(path);
        return false;
    }
    return true;
}

std::unique_ptr<QPrintPreviewDialog> printPreview(QWidget *parent,
                                                  const QString &title,
                                                  const QString &filters,
                                                  const QList<ChartPanel *> &panels)
{
    auto dialog = std::make_unique<QPrintPreviewDialog>(parent);
    auto *document = new QTextDocument(dialog.get());
    if (!buildReport(parent, title, filters, panels, document))
        return nullptr;
    QPrinter *printer = dialog->printer();
    setUpPage(printer);
    // The PDF's resolution, so that the document is laid out into the same pages.
    printer->setResolution(reportResolution);
    printer->setDocName(tr("Dashboards: %1").arg(title));
    dialog->setWindowTitle(tr("Print: %1").arg(title));
    QObject::connect(dialog.get(),
                     &QPrintPreviewDialog::paintRequested,
                     document,
                     [document](QPrinter *target) { document->print(target); });
    return dialog;
}

} // namespace DashboardReport
