#pragma once

#include "dashboards/dashboardloader.h"
#include "shell/page.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

class ChartPanel;
class HijriDateEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPrintPreviewDialog;
class QPushButton;
class QTabWidget;

// Dashboards work area: Opinion (a poll question's results with intervals, breakdown, trend,
// participation, comparison of two periods), Discussions (contributions, moderation outcomes,
// reports, backlog, time to decision) and Services (volume, backlog, SLA, time to decision,
// per-clerk throughput for managers), over filters remembered per user. Figures come from
// models/dashboards, loaded off the GUI thread; a change elsewhere refreshes them at most once
// every few seconds. Every chart has its table; the page exports PNG, CSV, XLSX and a PDF report.
class DashboardsPage : public Page
{
    Q_OBJECT
public:
    enum class Tab { Opinion, Discussions, Services };

    explicit DashboardsPage(const Session &session, QWidget *parent = nullptr);
    ~DashboardsPage() override;
    QString key() const override { return QStringLiteral("dashboards"); }
    QString title() const override { return tr("Dashboards"); }
    void refresh() override;
    bool isBusy() const override;

    // Tests and screenshots.
    void setFilters(const DashboardFilters &filters); // loads at once
    DashboardFilters filters() const { return m_filters; }
    void waitForLoaded();
    void showTab(Tab tab);
    QList<ChartPanel *> panels(Tab tab) const;
    ChartPanel *panel(const QString &key) const;
    const DashboardLoader::Results &results() const { return m_results; }
    // The live-refresh throttle: at most one load per this many milliseconds.
    static constexpr int refreshInterval = 5000;

    // Exports of the current tab (or every tab); false with a sentence in `error`.
    bool exportXlsx(const QString &path, QString *error);
    bool exportPdf(const QString &path, QString *error);
    // Print with preview (the button, Ctrl+P): the dialog over the PDF's report, not shown yet;
    // nullptr when cancelled.
    std::unique_ptr<QPrintPreviewDialog> printPreview();
    // The filters in words, for the exports' heading.
    QString filtersText() const;

protected:
    void retranslate() override;

private:
    void buildFilters();
    void loadNow();
    void readFilters();
    void showCalendar(bool hijri);
    void saveFilters() const;
    void showResults(const DashboardLoader::Results &r);
    void fillChoices(const DashboardLoader::Results &r);
    void askExportXlsx();
    void askExportPdf();
    void askPrint();
    Tab currentTab() const;
    QList<DataTable> tablesOf(Tab tab) const;

    DashboardLoader *m_loader = nullptr;
    DashboardLoader::Results m_results;
    DashboardFilters m_filters;
    QElapsedTimer m_lastLoad;
    QTimer m_later;
    bool m_filling = false;

    QLabel *m_fromLabel = nullptr;
    QDateEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QDateEdit *m_to = nullptr;
    HijriDateEdit *m_hijriFrom = nullptr;
    HijriDateEdit *m_hijriTo = nullptr;
    QLabel *m_calendarLabel = nullptr;
    QComboBox *m_calendar = nullptr;
    QLabel *m_pollLabel = nullptr;
    QComboBox *m_poll = nullptr;
    QLabel *m_questionLabel = nullptr;
    QComboBox *m_question = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QComboBox *m_segment = nullptr;
    QCheckBox *m_weekly = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QComboBox *m_service = nullptr;
    QLabel *m_topicLabel = nullptr;
    QComboBox *m_topic = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_status = nullptr;

    ChartPanel *m_resultsPanel = nullptr;
    ChartPanel *m_agreement = nullptr;
    ChartPanel *m_breakdown = nullptr;
    ChartPanel *m_trend = nullptr;
    ChartPanel *m_participation = nullptr;
    ChartPanel *m_comparison = nullptr;
    QList<ChartPanel *> m_opinionPanels;
    QList<ChartPanel *> m_discussionPanels;
    QList<ChartPanel *> m_servicePanels;
};
