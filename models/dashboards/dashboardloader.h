#pragma once

#include "dashboards/discussionsdashboard.h"
#include "dashboards/opiniondashboard.h"
#include "dashboards/servicesdashboard.h"

#include <QFutureWatcher>
#include <QObject>

// Loads every dashboard's figures off the GUI thread, on a connection of its own (a clone of the
// session's), and hands them to the GUI thread in one piece; a newer request makes an older
// result stale (dropped). The rollups keep each load to a few index lookups, but a slow network
// must not freeze the window.
class DashboardLoader : public QObject
{
    Q_OBJECT
public:
    struct Results
    {
        DbError error;
        QDate today;
        DashboardFilters filters; // as used: poll and question filled in when they were 0
        QList<OpinionDashboard::Poll> polls;
        QList<OpinionDashboard::Question> questions;
        QList<ServicesDashboard::ServiceChoice> services;
        QList<DiscussionsDashboard::Topic> topics;
        OpinionDashboard::Result opinion;
        DiscussionsDashboard::Result discussions;
        ServicesDashboard::Result servicesResult;
    };

    explicit DashboardLoader(const QString &sourceConnection, QObject *parent = nullptr);
    ~DashboardLoader() override;

    // The connection the next loads clone: the read replica's when there is one (Page::readDb).
    void setSource(const QString &sourceConnection) { m_source = sourceConnection; }
    void load(const DashboardFilters &filters, const QDate &today, bool manager);
    bool isBusy() const { return m_busy; }
    // Blocks until the last load is in and delivered (tests, screenshots, exports).
    void waitForFinished();

    // Everything in one go on the given connection (the worker's body; tests call it directly).
    static Results
    loadAll(const QSqlDatabase &db, DashboardFilters filters, const QDate &today, bool manager);

signals:
    void loaded(const DashboardLoader::Results &results);

private:
    void deliver();

    QString m_source;
    QFutureWatcher<Results> m_watcher;
    quint64 m_generation = 0;
    quint64 m_running = 0;
    quint64 m_delivered = 0;
    bool m_busy = false;
    bool m_pending = false;
    DashboardFilters m_nextFilters;
    QDate m_nextToday;
    bool m_nextManager = false;
};
