#pragma once

#include "shell/page.h"

class BoundedQueryModel;
class ChartLegend;
class QChart;
class QChartView;
class QLabel;

// Dashboards work area: public-opinion trend of the main poll, month by month, from the daily
// rollup table (never a scan of the responses).
class DashboardsPage : public Page
{
    Q_OBJECT
public:
    explicit DashboardsPage(const Session &session, QWidget *parent = nullptr);
    QString key() const override { return QStringLiteral("dashboards"); }
    QString title() const override { return tr("Dashboards"); }
    void refresh() override;

    int seriesCount() const;
    QStringList legendNames() const;

protected:
    void retranslate() override;

private:
    void rebuildChart();

    BoundedQueryModel *m_poll = nullptr;
    BoundedQueryModel *m_trend = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_pollLabel = nullptr;
    ChartLegend *m_legend = nullptr;
};
