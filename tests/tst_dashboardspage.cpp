// The Dashboards page as a manager uses it: each dashboard's charts with their tables, mirrored
// in Arabic, keyboard and screen-reader reachable; filters remembered per user; and the exports
// opened by other programs (python3's zipfile for the XLSX, pdftotext for the PDF).
#include "common/hijricalendar.h"
#include "common/presenter.h"
#include "dashboards/chartlegend.h"
#include "dashboards/chartpanel.h"
#include "dashboards/dashboardspage.h"
#include "dashboards/dashboardtext.h"
#include "dashboards/hijridateedit.h"
#include "dashboards/municipalitygrid.h"
#include "dashboards/tableexport.h"
#include "db/database.h"
#include "demo/seeder.h"
#include "shell/languagemanager.h"
#include "testdatabase.h"

#include <QAbstractAxis>
#include <QAbstractSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

class TstDashboardsPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyChartHasItsTable();
    void chartsAreMirroredInArabic();
    void filtersAreRememberedPerUser();
    void hijriDatesOnAxesAndTables();
    void csvHasBomAndArabic();
    void xlsxHasNumbersAsNumbers();
    void pdfReportReadsInArabic();
    void printPreviewHasThePdfsPages();
    void clerkThroughputOnlyForManagers();
    void liveRefreshIsThrottled();
    void municipalityGridReadsItsFigures();
    void municipalityGridOnTheDashboards();

private:
    std::unique_ptr<TestDatabase> m_db;
    Session m_manager;
    QTemporaryDir m_dir;
};

void TstDashboardsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("DiwanTest"));
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    QString error;
    m_db = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(m_db, qPrintable(error));
    QSqlDatabase db = m_db->db();
    Seeder::Options o;
    o.transactions = 800;
    o.seed = 77;
    o.createAccounts = false;
    QVERIFY(Seeder::seed(db, o).ok());
    m_manager = m_db->signInAs(QStringLiteral("amal"), Role::Manager, true);
    QVERIFY(m_manager.isValid());
}

void TstDashboardsPage::cleanupTestCase()
{
    Database::close(m_manager.connectionName);
}

void TstDashboardsPage::everyChartHasItsTable()
{
    DashboardsPage page(m_manager);
    page.resize(1280, 800);
    page.show();
    page.refresh();
    page.waitForLoaded();
    for (auto tab : {DashboardsPage::Tab::Opinion,
                     DashboardsPage::Tab::Discussions,
                     DashboardsPage::Tab::Services}) {
        page.showTab(tab);
        const QList<ChartPanel *> panels = page.panels(tab);
        QVERIFY(panels.size() >= 5);
        for (ChartPanel *p : panels) {
            const DataTable &t = p->data();
            QVERIFY2(!t.title.isEmpty(), qPrintable(t.key));
            QCOMPARE(p->accessibleName(), t.title);
            // The table shows every row and column of the numbers the chart draws.
            QCOMPARE(p->tableView()->model()->rowCount(), int(t.rows.size()));
            QCOMPARE(p->tableView()->model()->columnCount(), t.columnCount());
            QCOMPARE(p->tableView()->focusPolicy(), Qt::StrongFocus);
            if (!p->hasChart())
                continue;
            QCOMPARE(p->chartView()->focusPolicy(), Qt::StrongFocus);
            QVERIFY2(!p->chartView()->accessibleDescription().isEmpty(), qPrintable(t.key));
            for (QAbstractSeries *s : p->chart()->series())
                QVERIFY(!s->useOpenGL());
            QVERIFY(!p->showsTable());
            p->setShowsTable(true);
            QVERIFY(p->showsTable());
            QVERIFY(p->tableView()->isVisibleTo(&page));
            p->setShowsTable(false);
        }
    }
    // The results of the first question: shares with their intervals, a number per option.
    ChartPanel *results = page.panel(QStringLiteral("opinion-results"));
    QVERIFY(results);
    QVERIFY(results->data().rows.size() >= 2);
    for (const QVariantList &row : results->data().rows) {
        QVERIFY(row.at(3).toDouble() <= row.at(2).toDouble());
        QVERIFY(row.at(2).toDouble() <= row.at(4).toDouble());
    }
    // Arabic digits, percent signs: the table reads as the user asked.
    QVERIFY(ChartPanel::cellText(results->data(), 0, 2).contains(QLatin1Char('%'))
            || ChartPanel::cellText(results->data(), 0, 2).contains(QChar(0x066A)));
}

void TstDashboardsPage::chartsAreMirroredInArabic()
{
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        LanguageManager::instance().setLanguage(language);
        DashboardsPage page(m_manager);
        page.resize(1280, 800);
        page.show();
        page.refresh();
        page.waitForLoaded();
        QCoreApplication::processEvents(); // lay the new legend out
        ChartPanel *trend = page.panel(QStringLiteral("opinion-trend"));
        QVERIFY(trend && trend->chart());
        // Time runs right to left in Arabic, and the value axis stands on the right.
        const QList<QAbstractAxis *> x = trend->chart()->axes(Qt::Horizontal);
        QVERIFY(!x.isEmpty());
        QCOMPARE(x.first()->isReverse(), language == QLatin1String("ar"));
        const QList<QAbstractAxis *> y = trend->chart()->axes(Qt::Vertical);
        QVERIFY(!y.isEmpty());
        QCOMPARE(y.first()->alignment(),
                 language == QLatin1String("ar") ? Qt::AlignRight : Qt::AlignLeft);
        QCOMPARE(trend->chart()->locale().language(),
                 language == QLatin1String("ar") ? QLocale::Arabic : QLocale::English);
        // The legend reads in the page's direction: the sample after the name in Arabic.
        const QList<QLabel *> parts = trend->legend()->findChildren<QLabel *>();
        QVERIFY(parts.size() >= 4);
        const QLabel *swatch = parts.at(0)->pixmap().isNull() ? parts.at(1) : parts.at(0);
        const QLabel *name = parts.at(0)->pixmap().isNull() ? parts.at(0) : parts.at(1);
        const int swatchX = swatch->mapTo(&page, QPoint()).x();
        const int nameX = name->mapTo(&page, QPoint()).x();
        if (language == QLatin1String("ar"))
            QVERIFY(swatchX > nameX);
        else
            QVERIFY(swatchX < nameX);
        // Lines differ by dash pattern, not only by colour.
        QVERIFY(ChartLegend::linePen(0).style() != ChartLegend::linePen(1).style());
    }
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
}

void TstDashboardsPage::filtersAreRememberedPerUser()
{
    DashboardFilters chosen;
    {
        DashboardsPage page(m_manager);
        page.refresh();
        page.waitForLoaded();
        chosen = page.filters();
        chosen.from = QDate(2026, 1, 1);
        chosen.to = QDate(2026, 6, 30);
        chosen.segment = QStringLiteral("age_band");
        chosen.weekly = true;
        page.setFilters(chosen);
        page.waitForLoaded();
    }
    DashboardsPage again(m_manager);
    QCOMPARE(again.filters().from, QDate(2026, 1, 1));
    QCOMPARE(again.filters().to, QDate(2026, 6, 30));
    QCOMPARE(again.filters().segment, QStringLiteral("age_band"));
    QVERIFY(again.filters().weekly);
    again.refresh();
    again.waitForLoaded();
    QCOMPARE(again.panel(QStringLiteral("opinion-breakdown"))->data().rows.size(), 6);
    // Another user starts from the defaults.
    const Session other = m_db->signInAs(QStringLiteral("other"), Role::Manager, true);
    DashboardsPage theirs(other);
    QVERIFY(theirs.filters().segment != QLatin1String("age_band") || !theirs.filters().weekly);
    Database::close(other.connectionName);
    // Back to the defaults for the other tests.
    DashboardsPage reset(m_manager);
    reset.setFilters(DashboardFilters::defaults(QDate::currentDate()));
    reset.waitForLoaded();
}

void TstDashboardsPage::hijriDatesOnAxesAndTables()
{
    const QStringList hijriMonths{QStringLiteral("محرم"),
                                  QStringLiteral("صفر"),
                                  QStringLiteral("ربيع الأول"),
                                  QStringLiteral("ربيع الآخر"),
                                  QStringLiteral("جمادى الأولى"),
                                  QStringLiteral("جمادى الآخرة"),
                                  QStringLiteral("رجب"),
                                  QStringLiteral("شعبان"),
                                  QStringLiteral("رمضان"),
                                  QStringLiteral("شوال"),
                                  QStringLiteral("ذو القعدة"),
                                  QStringLiteral("ذو الحجة")};
    {
        DashboardsPage page(m_manager);
        page.resize(1280, 800);
        page.show();
        page.refresh();
        page.waitForLoaded();
        DashboardFilters f = page.filters();
        f.hijri = true;
        page.setFilters(f);
        page.waitForLoaded();
        // The pickers are Umm al-Qura ones (Qt's QDateEdit knows no Umm al-Qura), on the same days.
        const QList<HijriDateEdit *> pickers = page.findChildren<HijriDateEdit *>();
        QCOMPARE(pickers.size(), 2);
        QVERIFY(pickers.at(0)->isVisible() && pickers.at(1)->isVisible());
        for (QDateEdit *gregorian : page.findChildren<QDateEdit *>())
            QVERIFY(!gregorian->isVisible());
        QCOMPARE(pickers.at(0)->date(), f.from);
        QCOMPARE(pickers.at(1)->date(), f.to);
        // The first of the "from" day's Hijri month, picked: the filters take its Gregorian day.
        const HijriCalendar::Date from = HijriCalendar::fromDate(f.from);
        pickers.at(0)->findChildren<QSpinBox *>().at(0)->setValue(1);
        page.waitForLoaded();
        QCOMPARE(page.filters().from, HijriCalendar::toDate(from.year, from.month, 1));
        QVERIFY(page.filters().hijri);
        // The participation's time axis: a few days, each labelled with its Hijri month in Arabic,
        // running right to left.
        ChartPanel *participation = page.panel(QStringLiteral("opinion-participation"));
        QVERIFY(participation && participation->chart());
        auto *x
            = qobject_cast<QCategoryAxis *>(participation->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QVERIFY(x->isReverse());
        QVERIFY(x->count() >= 2);
        for (const QString &label : x->categoriesLabels()) {
            const bool hijri = std::any_of(hijriMonths.begin(),
                                           hijriMonths.end(),
                                           [&](const QString &m) { return label.endsWith(m); });
            QVERIFY2(hijri, qPrintable(label));
        }
        // The table of the same figures names the days in the Hijri calendar too.
        const DataTable &t = participation->data();
        QVERIFY(!t.isEmpty());
        QVERIFY(t.hijri);
        QVERIFY(ChartPanel::cellText(t, 0, 0).endsWith(QStringLiteral(" هـ")));
    }
    // A known day, in both languages.
    DataTable day(QStringLiteral("day"), {}, {}, {QStringLiteral("day")});
    day.rows << QVariantList{QDate(2026, 11, 30)};
    day.hijri = true;
    QCOMPARE(ChartPanel::cellText(day, 0, 0),
             Presenter::current().digitsOf(QStringLiteral("20 جمادى الآخرة 1448 هـ")));
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    QCOMPARE(ChartPanel::cellText(day, 0, 0), QStringLiteral("20 Jumada II 1448 AH"));
    day.hijri = false;
    QCOMPARE(ChartPanel::cellText(day, 0, 0), QStringLiteral("30/11/2026"));
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    // Remembered with the other filters; back to Gregorian for the other tests.
    DashboardsPage again(m_manager);
    QVERIFY(again.filters().hijri);
    DashboardFilters g = again.filters();
    g.hijri = false;
    again.setFilters(g);
    again.waitForLoaded();
}

void TstDashboardsPage::csvHasBomAndArabic()
{
    DashboardsPage page(m_manager);
    page.refresh();
    page.waitForLoaded();
    const DataTable t = page.panel(QStringLiteral("services-municipality"))->data();
    const QString path = m_dir.filePath(QStringLiteral("m.csv"));
    QVERIFY(TableExport::writeCsv(t, path).ok);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines
        = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(t.rows.size()) + 1);
    QCOMPARE(lines.at(0), QStringLiteral("البلدية,%1").arg(t.columns.at(1)));
    QCOMPARE(lines.at(1), QStringLiteral("الدوحة,%1").arg(t.rows.at(0).at(1).toLongLong()));
}

void TstDashboardsPage::xlsxHasNumbersAsNumbers()
{
    DashboardsPage page(m_manager);
    page.refresh();
    page.waitForLoaded();
    page.showTab(DashboardsPage::Tab::Services);
    const QString path = m_dir.filePath(QStringLiteral("services.xlsx"));
    QString error;
    QVERIFY2(page.exportXlsx(path, &error), qPrintable(error));
    // Read back with Python's zipfile and XML parser: every cell of the first sheet, its type
    // (n: number, s: shared string) and its text.
    const QString script = QStringLiteral(R"(
import json, sys, zipfile, xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
strings = [''.join(t.text or '' for t in si.iter('{%s}t' % ns['m']))
           for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall('m:si', ns)] \
    if 'xl/sharedStrings.xml' in names else []
sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
view = sheet.find('m:sheetViews/m:sheetView', ns)
cells = []
for c in sheet.iter('{%s}c' % ns['m']):
    v = c.find('m:v', ns)
    t = c.get('t', 'n')
    if t == 'inlineStr':  # constant-memory mode writes strings in the cell
        text = ''.join(x.text or '' for x in c.iter('{%s}t' % ns['m']))
    else:
        text = strings[int(v.text)] if t == 's' else (v.text if v is not None else '')
    cells.append({'ref': c.get('r'), 'type': 's' if t in ('s', 'inlineStr') else t, 'text': text})
print(json.dumps({'rtl': view is not None and view.get('rightToLeft') == '1', 'cells': cells,
                  'sheets': [n for n in z.namelist() if n.startswith('xl/worksheets/sheet')]}))
)");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QJsonObject out = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    QVERIFY(out.value(QStringLiteral("rtl")).toBool());
    QCOMPARE(out.value(QStringLiteral("sheets")).toArray().size(),
             page.panels(DashboardsPage::Tab::Services).size());
    QMap<QString, QJsonObject> cells;
    for (const QJsonValue &c : out.value(QStringLiteral("cells")).toArray())
        cells.insert(c.toObject().value(QStringLiteral("ref")).toString(), c.toObject());
    // A1 the filters, A2 the title, row 3 the headers, then the rows: names as text, counts as
    // numbers equal to the table's.
    const DataTable t = page.panel(QStringLiteral("services-volume"))->data();
    QCOMPARE(cells.value(QStringLiteral("A2")).value(QStringLiteral("text")).toString(), t.title);
    QCOMPARE(cells.value(QStringLiteral("A3")).value(QStringLiteral("text")).toString(),
             QStringLiteral("الخدمة"));
    QCOMPARE(cells.value(QStringLiteral("A4")).value(QStringLiteral("type")).toString(),
             QStringLiteral("s"));
    QCOMPARE(cells.value(QStringLiteral("A4")).value(QStringLiteral("text")).toString(),
             t.rows.at(0).at(0).toString());
    QCOMPARE(cells.value(QStringLiteral("B4")).value(QStringLiteral("type")).toString(),
             QStringLiteral("n"));
    QCOMPARE(
        cells.value(QStringLiteral("B4")).value(QStringLiteral("text")).toString().toLongLong(),
        t.rows.at(0).at(1).toLongLong());
    QVERIFY(cells.value(QStringLiteral("A1"))
                .value(QStringLiteral("text"))
                .toString()
                .contains(QStringLiteral("الفترة")));
}

void TstDashboardsPage::pdfReportReadsInArabic()
{
    DashboardsPage page(m_manager);
    page.resize(1280, 800);
    page.show();
    page.refresh();
    page.waitForLoaded();
    page.showTab(DashboardsPage::Tab::Services);
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(page.exportPdf(path, &error), qPrintable(error));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60000));
    QCOMPARE(text.exitCode(), 0);
    // pdftotext gives presentation forms in places: fold them as a reader's search would.
    const QString out
        = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const auto has = [&out](const QString &words) {
        QString reversed = words;
        std::reverse(reversed.begin(), reversed.end());
        return out.contains(words) || out.contains(reversed);
    };
    QVERIFY2(has(QStringLiteral("لوحات المؤشرات")), qPrintable(out.left(400)));
    QVERIFY2(has(QStringLiteral("الخدمات")), qPrintable(out.left(400)));
    QVERIFY2(has(QStringLiteral("الدوحة")), qPrintable(out.left(2000)));
    // Several pages, numbered.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(60000));
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    const int count = pages.match(details).captured(1).toInt();
    QVERIFY2(count >= 2, qPrintable(details));
    QVERIFY(out.contains(QString::number(count)));
}

void TstDashboardsPage::printPreviewHasThePdfsPages()
{
    DashboardsPage page(m_manager);
    page.resize(1280, 800);
    page.show();
    page.refresh();
    page.waitForLoaded();
    page.showTab(DashboardsPage::Tab::Opinion);
    const QString path = m_dir.filePath(QStringLiteral("print.pdf"));
    QString error;
    QVERIFY2(page.exportPdf(path, &error), qPrintable(error));
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(60000));
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    const int pdfPages
        = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(details).captured(1).toInt();
    QVERIFY2(pdfPages >= 2, qPrintable(details));
    // The preview, built but not shown (no exec): the same report on the same pages.
    const std::unique_ptr<QPrintPreviewDialog> dialog = page.printPreview();
    QVERIFY(dialog);
    QCOMPARE(dialog->printer()->pageLayout().pageSize().id(), QPageSize::A4);
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QVERIFY(preview);
    int painted = 0;
    connect(preview, &QPrintPreviewWidget::paintRequested, this, [&painted] { ++painted; });
    preview->updatePreview();
    QVERIFY(painted >= 1);
    QCOMPARE(preview->pageCount(), pdfPages);
}

void TstDashboardsPage::clerkThroughputOnlyForManagers()
{
    const Session clerk = m_db->signInAs(QStringLiteral("clerk"), Role::Clerk, true);
    DashboardsPage page(clerk);
    page.refresh();
    page.waitForLoaded();
    QVERIFY(!page.panel(QStringLiteral("services-clerks"))
            || page.panel(QStringLiteral("services-clerks"))->isHidden()
            || page.panel(QStringLiteral("services-clerks"))->data().rows.isEmpty());
    QCOMPARE(page.results().servicesResult.clerks.rows.size(), 0);
    Database::close(clerk.connectionName);
    DashboardsPage managers(m_manager);
    managers.refresh();
    managers.waitForLoaded();
    QVERIFY(!managers.results().servicesResult.clerks.rows.isEmpty());
}

void TstDashboardsPage::liveRefreshIsThrottled()
{
    DashboardsPage page(m_manager);
    page.refresh(); // the first load runs at once
    page.waitForLoaded();
    QVERIFY(!page.isBusy());
    // A change reported right after (NOTIFY, or SQLite's poll): put off to the end of the
    // interval, not loaded now; a burst of them makes one load.
    page.refresh();
    page.refresh();
    page.refresh();
    QVERIFY(page.isBusy());
    page.waitForLoaded();
    QVERIFY(!page.isBusy());
    QVERIFY(DashboardsPage::refreshInterval >= 2000);
}

// The municipality map as a user reads it (Arabic): each tile its municipality's figure in the
// user's digits, the darkest tile the largest figure, a municipality without data "no data"
// rather than 0, each tile reachable by keyboard and named for screen readers.
void TstDashboardsPage::municipalityGridReadsItsFigures()
{
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    LanguageManager::instance().setDigits(Presenter::Digits::ArabicIndic);
    const auto latinAgain
        = qScopeGuard([] { LanguageManager::instance().setDigits(Presenter::Digits::Latin); });
    DataTable t(QStringLiteral("services-municipality"),
                QStringLiteral("Transactions by municipality"),
                QString(),
                {QStringLiteral("Municipality"), QStringLiteral("Transactions")});
    t.rows << QVariantList{DashboardText::municipality(QStringLiteral("doha")), 1250}
           << QVariantList{DashboardText::municipality(QStringLiteral("al_rayyan")), 480}
           << QVariantList{DashboardText::municipality(QStringLiteral("al_wakrah")), 37}
           << QVariantList{DashboardText::municipality(QStringLiteral("umm_salal")), 0};
    MunicipalityGrid grid;
    grid.setData(t, {1});
    grid.resize(600, 420);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    // The user's digits: Arabic-Indic here (Latin, the default, in the other cases).
    QCOMPARE(grid.tileText(QStringLiteral("doha")), Presenter::current().number(1250));
    QVERIFY(grid.tileText(QStringLiteral("doha")).startsWith(QStringLiteral("١")));
    QVERIFY(grid.tileText(QStringLiteral("doha")).endsWith(QStringLiteral("٢٥٠")));
    QCOMPARE(grid.tileText(QStringLiteral("al_rayyan")), QStringLiteral("٤٨٠"));
    QCOMPARE(grid.tileText(QStringLiteral("umm_salal")), QStringLiteral("٠")); // a true zero
    QCOMPARE(grid.tileText(QStringLiteral("al_shamal")), QStringLiteral("لا توجد بيانات"));
    QVERIFY(!grid.tileColor(QStringLiteral("al_shamal")).isValid());
    QWidget *doha = grid.tile(QStringLiteral("doha"));
    QVERIFY(doha && doha->isVisible());
    QCOMPARE(doha->focusPolicy(), Qt::StrongFocus);
    QCOMPARE(doha->accessibleName(), QStringLiteral("الدوحة"));
    QVERIFY2(doha->accessibleDescription().contains(Presenter::current().number(1250)),
             qPrintable(doha->accessibleDescription()));
    QVERIFY(doha->toolTip().contains(Presenter::current().number(1250)));
    QCOMPARE(grid.tile(QStringLiteral("al_shamal"))->accessibleDescription(),
             QStringLiteral("لا توجد بيانات"));
    // What the screen shows: the fill of each tile, sampled inside its corner.
    auto lightness = [&](const QString &key) {
        const QImage image = grid.tile(key)->grab().toImage();
        return QColor(image.pixel(8, 8)).lightness();
    };
    const QStringList shaded{QStringLiteral("doha"),
                             QStringLiteral("al_rayyan"),
                             QStringLiteral("al_wakrah"),
                             QStringLiteral("umm_salal")};
    for (const QString &key : shaded.mid(1))
        QVERIFY2(lightness(QStringLiteral("doha")) < lightness(key), qPrintable(key));
    QVERIFY(lightness(QStringLiteral("al_rayyan")) < lightness(QStringLiteral("al_wakrah")));
    // Geography, not reading order: Doha lies east (right) of Al Rayyan in Arabic too, Al Shamal
    // north (above) of Doha.
    QVERIFY(doha->x() > grid.tile(QStringLiteral("al_rayyan"))->x());
    QVERIFY(doha->y() > grid.tile(QStringLiteral("al_shamal"))->y());
    // No unknown municipality in the table: no tile for it.
    QVERIFY(!grid.tile(QStringLiteral("unknown"))->isVisible());
}

// Services shows the volume by municipality on the grid, Opinion the share of the chosen answer
// when broken down by municipality; the grid goes into the PDF as the chart would.
void TstDashboardsPage::municipalityGridOnTheDashboards()
{
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));
    DashboardsPage page(m_manager);
    page.resize(1280, 800);
    page.show();
    page.refresh();
    page.waitForLoaded();
    ChartPanel *volume = page.panel(QStringLiteral("services-municipality"));
    QVERIFY(volume && volume->grid());
    const DataTable &t = volume->data();
    QCOMPARE(t.rows.at(0).at(0).toString(), QStringLiteral("الدوحة"));
    QCOMPARE(volume->grid()->tileText(QStringLiteral("doha")), ChartPanel::cellText(t, 0, 1));
    QVERIFY(t.rows.at(0).at(1).toLongLong() > 0);
    const QImage picture = volume->renderChart(QSize(900, 420));
    QCOMPARE(picture.size(), QSize(900, 420));
    QVERIFY(picture.pixel(450, 120) != QColor(Qt::white).rgb()); // tiles drawn, not blank

    DashboardFilters f = page.filters();
    f.segment = QStringLiteral("municipality");
    page.setFilters(f);
    page.waitForLoaded();
    ChartPanel *breakdown = page.panel(QStringLiteral("opinion-breakdown"));
    QVERIFY(breakdown && breakdown->grid());
    MunicipalityGrid *grid = breakdown->grid();
    const DataTable &b = breakdown->data();
    QCOMPARE(grid->valueColumn(), b.percentColumns.value(0));
    int row = -1;
    for (int r = 0; r < b.rows.size(); ++r) {
        if (b.rows.at(r).at(0).toString() == QStringLiteral("الريان"))
            row = r;
    }
    QVERIFY(row >= 0);
    const QString shown = b.rows.at(row).at(1).toLongLong() > 0
                              ? ChartPanel::cellText(b, row, b.percentColumns.value(0))
                              : QStringLiteral("لا توجد بيانات");
    QCOMPARE(grid->tileText(QStringLiteral("al_rayyan")), shown);
    if (b.percentColumns.size() > 1) {
        grid->setValueColumn(b.percentColumns.at(1));
        QCOMPARE(grid->tileText(QStringLiteral("al_rayyan")),
                 b.rows.at(row).at(1).toLongLong() > 0
                     ? ChartPanel::cellText(b, row, b.percentColumns.at(1))
                     : QStringLiteral("لا توجد بيانات"));
    }
    f.segment = QStringLiteral("gender");
    page.setFilters(f);
    page.waitForLoaded();
    QVERIFY(!page.panel(QStringLiteral("opinion-breakdown"))->grid());
}

QTEST_MAIN(TstDashboardsPage)
#include "tst_dashboardspage.moc"
