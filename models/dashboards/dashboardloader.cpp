#include "dashboards/dashboardloader.h"

#include "db/database.h"

#include <QtConcurrent/QtConcurrentRun>

DashboardLoader::DashboardLoader(const QString &sourceConnection, QObject *parent)
    : QObject(parent)
    , m_source(sourceConnection)
{
    connect(&m_watcher, &QFutureWatcher<Results>::finished, this, &DashboardLoader::deliver);
}

DashboardLoader::~DashboardLoader()
{
    m_watcher.waitForFinished();
}

DashboardLoader::Results DashboardLoader::loadAll(const QSqlDatabase &db,
                                                  DashboardFilters f,
                                                  const QDate &today,
                                                  bool manager)
{
    Results r;
    r.today = today;
    const auto fail = [&r](const DbError &e) {
        r.error = e;
        return r;
    };
    if (DbError e = OpinionDashboard::polls(db, &r.polls); !e.ok())
        return fail(e);
    bool known = false;
    for (const auto &p : std::as_const(r.polls))
        known = known || p.id == f.pollId;
    if (!known)
        f.pollId = r.polls.isEmpty() ? 0 : r.polls.first().id;
    if (f.pollId > 0) {
        if (DbError e = OpinionDashboard::questions(db, f.pollId, &r.questions); !e.ok())
            return fail(e);
        bool question = false;
        for (const auto &q : std::as_const(r.questions))
            question = question || q.id == f.questionId;
        if (!question)
            f.questionId = 0;
        if (DbError e = OpinionDashboard::load(db, f, &r.opinion); !e.ok())
            return fail(e);
        f.questionId = r.opinion.question.id;
    }
    if (DbError e = ServicesDashboard::services(db, &r.services); !e.ok())
        return fail(e);
    if (DbError e = DiscussionsDashboard::topics(db, &r.topics); !e.ok())
        return fail(e);
    if (DbError e = DiscussionsDashboard::load(db, f, today, &r.discussions); !e.ok())
        return fail(e);
    if (DbError e = ServicesDashboard::load(db, f, today, manager, &r.servicesResult); !e.ok())
        return fail(e);
    r.filters = f;
    for (DataTable *t : {&r.opinion.results,
                         &r.opinion.breakdown,
                         &r.opinion.trend,
                         &r.opinion.participation,
                         &r.opinion.comparison,
                         &r.discussions.perTopic,
                         &r.discussions.states,
                         &r.discussions.reasons,
                         &r.discussions.backlog,
                         &r.discussions.timeToDecision,
                         &r.servicesResult.byService,
                         &r.servicesResult.byMunicipality,
                         &r.servicesResult.backlog,
                         &r.servicesResult.sla,
                         &r.servicesResult.timeToDecision,
                         &r.servicesResult.clerks})
        t->hijri = f.hijri;
    return r;
}

void DashboardLoader::load(const DashboardFilters &filters, const QDate &today, bool manager)
{
    m_nextFilters = filters;
    m_nextToday = today;
    m_nextManager = manager;
    m_busy = true;
    if (m_watcher.isRunning()) {
        m_pending = true; // run again with these once the current one is in
        return;
    }
    m_pending = false;
    const quint64 generation = ++m_generation;
    m_running = generation;
    const QString source = m_source;
    m_watcher.setFuture(QtConcurrent::run([source, filters, today, manager, generation] {
        const QString name
            = Database::uniqueConnectionName(QStringLiteral("dashboards-%1").arg(generation));
        Results r;
        if (DbError e = Database::cloneConnection(source, name); !e.ok()) {
            r.error = e;
        } else {
            r = loadAll(QSqlDatabase::database(name, false), filters, today, manager);
        }
        Database::close(name);
        return r;
    }));
}

void DashboardLoader::deliver()
{
    if (m_delivered == m_running || !m_watcher.isFinished())
        return; // delivered already (waitForFinished), or nothing has finished
    m_delivered = m_running;
    const Results r = m_watcher.result();
    if (m_pending) {
        load(m_nextFilters, m_nextToday, m_nextManager);
        return;
    }
    m_busy = false;
    emit loaded(r);
}

void DashboardLoader::waitForFinished()
{
    while (m_busy) {
        m_watcher.waitForFinished();
        deliver();
    }
}
