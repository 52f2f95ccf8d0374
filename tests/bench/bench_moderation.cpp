// diwan-bench operations of the moderation area:
//   moderation_first_screen  a tab of the contribution queue reaching its first screen (the
//                            keyset-paged model), against the same page by the bare SQL (floor)
//                            and one QSqlQueryModel over the whole tab (naive)
//   moderation_sorts         every tab in every sort, its first and its last page, by the
//                            loader's SQL (the slowest of the 36)
//   submit_contribution      the portal's entry point (PortalEntry: diwan.submit_contribution on
//                            PostgreSQL, C++ on SQLite) with every flag and the near-duplicate
//                            check, p95 over fresh and repeated texts, against a bare INSERT
#include "benchsupport.h"

#include "common/arabictext.h"
#include "db/database.h"
#include "moderation/portalentry.h"
#include "moderation/queue/contributionloader.h"
#include "moderation/queue/contributionqueuemodel.h"
#include "moderation/similarity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQueryModel>

namespace {

using namespace Bench;

void settle(ContributionQueueModel &model)
{
    while (!(model.isCounted() && model.hasBookmarks()))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
}

void firstScreen(Context &c)
{
    Result r;
    r.name = QStringLiteral("moderation_first_screen");
    const QList<ContributionTab> tabs = {ContributionTab::Pending, ContributionTab::Published};
    QSqlQuery pending(c.db()), published(c.db());
    QSqlQuery *bare[] = {&pending, &published};
    QList<qint64> firstIds;
    for (int k = 0; k < 2; ++k) {
        const ContributionTab tab = tabs.at(k);
        bare[k]->setForwardOnly(true);
        bare[k]->prepare(ContributionLoader::pageSql(c.dialect(), tab, false));
        const QList<QVariantList> first
            = c.rowsOf(ContributionLoader::pageSql(c.dialect(), tab, false), {1});
        firstIds << (first.isEmpty() ? 0 : first.constFirst().value(0).toLongLong());
    }
    ContributionQueueModel model(c.db().connectionName(), 200, 64);
    bool arrived = false;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&](const QModelIndex &topLeft) {
        arrived |= topLeft.row() == 0;
    });
    const double cold = timeMs([&] {
        model.setTab(tabs.at(1));
        while (!arrived)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    });
    settle(model);
    r.note = QStringLiteral("first open of the queue, thread and connection included: %1 ms")
                 .arg(cold, 0, 'f', 1);
    QList<double> ours, floor, naive;
    for (int i = 0; i < qMax(c.repeats(), 12); ++i) {
        const int k = i % 2;
        floor << timeMs([&] { r.rows = Context::drain(*bare[k], {200}); });
        arrived = false;
        ours << timeMs([&] {
            model.setTab(tabs.at(k));
            while (!arrived)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        });
        // The first screen is the tab's own first row, not what the other tab left.
        const ContributionRow *row = model.rowAt(0);
        if (firstIds.at(k) && (!row || row->id != firstIds.at(k))) {
            out() << "moderation_first_screen: the first row is not the tab's\n";
            c.fail();
        }
        settle(model);
    }
    // The naive way: one QSqlQueryModel over the whole pending tab (QPSQL pulls it all).
    QString whole = ContributionLoader::pageSql(c.dialect(), ContributionTab::Pending, false);
    whole.chop(int(QStringLiteral(" LIMIT ?").size()));
    for (int i = 0; i < qMin(c.repeats(), 3); ++i) {
        naive << timeMs([&] {
            QSqlQueryModel m;
            m.setQuery(whole, c.db());
            while (m.canFetchMore())
                m.fetchMore();
        });
    }
    Context::record(r, ours, floor, naive);
    if (r.ours > 1.3 * r.floor || r.naive < 100 * r.ours)
        r.plan = c.explain(
            ContributionLoader::pageSql(c.dialect(), ContributionTab::Pending, false), {200});
    c.results << r;
}

void submit(Context &c)
{
    Result r;
    r.name = QStringLiteral("submit_contribution");
    QSqlDatabase db = c.db();
    r.rows = c.count(QStringLiteral("SELECT count(*) FROM contributions"));
    const qint64 before = c.count(QStringLiteral("SELECT coalesce(max(id), 0) FROM contributions"));
    // The busiest open topic, and texts people wrote there and elsewhere.
    const QList<QVariantList> topic = c.rowsOf(
        QStringLiteral("SELECT t.id FROM topics t WHERE t.state = 'open' AND (t.closes_at IS NULL "
                       "OR t.closes_at > %1) ORDER BY (SELECT count(*) FROM contributions x "
                       "WHERE x.topic_id = t.id) DESC, t.id LIMIT 1")
            .arg(c.dialect().isPostgres()
                     ? QStringLiteral("now()")
                     : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')")));
    if (topic.isEmpty()) {
        out() << "submit_contribution: no open topic\n";
        c.fail();
        return;
    }
    const qint64 topicId = topic.constFirst().value(0).toLongLong();
    const int runs = qMax(c.repeats() * 20, 200);
    const QList<QVariantList> bodies = c.rowsOf(
        QStringLiteral("SELECT body, topic_id FROM contributions WHERE id > ? ORDER BY id LIMIT ?"),
        {qMax<qint64>(0, before - 5 * runs), runs});
    if (bodies.isEmpty()) {
        out() << "submit_contribution: no contributions to draw texts from\n";
        c.fail();
        return;
    }
    QList<double> ours, floor;
    int duplicates = 0;
    const bool pg = c.dialect().isPostgres();
    c.trackFunctions(); // the time inside the database, apart from the round trips
    // On PostgreSQL as the website calls it: one statement prepared once, executed per text, as
    // the floor's INSERT is (PortalEntry::submitContribution, the seeder's and the simulator's
    // way in, prepares and frees it each time: three round trips).
    QSqlQuery portal(db);
    if (pg)
        portal.prepare(QStringLiteral("SELECT contribution_id, contribution_state, "
                                      "contribution_flags FROM diwan.submit_contribution(?, ?, ?, "
                                      "?)"));
    const auto bodyOf = [&](int i) {
        // One in three repeats a text as it was; the others add their own words.
        QString body = bodies.at(i % bodies.size()).value(0).toString();
        if (i % 3)
            body += QStringLiteral(" %1 %2").arg(QChar(0x0627 + i % 20)).arg(i);
        return body;
    };
    for (int i = 0; i < runs; ++i) {
        const QString body = bodyOf(i);
        const QString author = QStringLiteral("bench-%1").arg(i % 50);
        PortalEntry::Submitted s;
        if (pg) {
            DbError e;
            ours << timeMs([&] {
                e = Database::exec(portal, {topicId, author, QStringLiteral("Bench"), body});
                if (e.ok() && portal.next())
                    s.flags = portal.value(2).toString();
            });
            if (!e.ok()) {
                out() << "submit_contribution: " << e.toString() << "\n";
                c.fail();
                return;
            }
        } else {
            ours << timeMs([&] {
                s = PortalEntry::submitContribution(
                    db, {topicId, author, QStringLiteral("Bench"), body});
            });
        }
        if (!s.error.ok() || s.refusal != PortalEntry::Refusal::None) {
            out() << "submit_contribution: " << s.error.toString() << PortalEntry::code(s.refusal)
                  << "\n";
            c.fail();
            return;
        }
        duplicates += s.flags.contains(QLatin1String("duplicate")) ? 1 : 0;
    }
    const QString inside = c.timeInside(QStringLiteral("submit_contribution"));
    // The floor: the same row written by a bare INSERT (no checks, no flags), one transaction
    // each as the entry point's.
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO contributions (topic_id, author_id, author_name, "
                                  "body, body_norm, state, auto_flags, submitted_at) "
                                  "VALUES (?, ?, 'Bench', ?, ?, 'pending', '', %1)")
                       .arg(c.dialect().timestampParam(QStringLiteral("?"))));
    for (int i = 0; i < runs; ++i) {
        const QString body = bodies.at(i % bodies.size()).value(0).toString();
        bool ok = false;
        floor << timeMs([&] {
            insert.addBindValue(topicId);
            insert.addBindValue(QStringLiteral("bench-%1").arg(i % 50));
            insert.addBindValue(body);
            insert.addBindValue(body);
            insert.addBindValue(Database::fromDateTime(QDateTime::currentDateTimeUtc()));
            ok = insert.exec();
        });
        if (!ok) {
            out() << "submit_contribution: the floor's INSERT failed: " << insert.lastError().text()
                  << "\n";
            c.fail();
            return;
        }
    }
    // The near-duplicate check alone, on the same texts: what it costs of the whole.
    QList<double> nearDup;
    QSqlQuery dupQuery(db);
    dupQuery.prepare(QStringLiteral(
        "SELECT duplicate_of FROM diwan.near_duplicate(?, ?, diwan.normalize_text(?))"));
    for (int i = 0; i < runs; ++i) {
        const QString body = bodies.at(i % bodies.size()).value(0).toString();
        const QString author = QStringLiteral("bench-%1").arg(i % 50);
        nearDup << timeMs([&] {
            if (c.dialect().isPostgres()) {
                dupQuery.addBindValue(topicId);
                dupQuery.addBindValue(author);
                dupQuery.addBindValue(body);
                dupQuery.exec();
                dupQuery.next();
            } else {
                Similarity::Match match;
                Similarity::nearDuplicate(db, topicId, author, ArabicText::normalize(body), &match);
            }
        });
    }
    r.ours = percentile(ours, 0.95);
    r.floor = percentile(floor, 0.95);
    r.rss = peakRssMb();
    r.note = QStringLiteral(
                 "p95 of %1 submissions (median %2 ms; %3 flagged duplicate); the "
                 "near-duplicate check alone: median %4 ms, p95 %5 ms; floor: p95 of a bare "
                 "INSERT; load average %6; target p95 <= 5 ms")
                 .arg(runs)
                 .arg(median(ours), 0, 'f', 2)
                 .arg(duplicates)
                 .arg(median(nearDup), 0, 'f', 2)
                 .arg(percentile(nearDup, 0.95), 0, 'f', 2)
                 .arg(loadAverage())
             + inside;
    if (r.ours > 5)
        r.plan = c.explain(QStringLiteral("SELECT id FROM contributions WHERE topic_id = ? "
                                          "ORDER BY submitted_at DESC, id DESC LIMIT 200"),
                           {topicId});
    // What the benchmark wrote goes, so that other operations see the seeded database.
    c.run(QStringLiteral("DELETE FROM contributions WHERE id > %1").arg(before));
    c.results << r;
}

// Every tab in every sort: its first page and its last (a seek from the last bookmark, which
// walks past no row of the tab's and, if the index is the tab's own, past no other row either),
// each the median of a few runs of the loader's own SQL prepared once. `ours` is the slowest.
void tabsAndSorts(Context &c)
{
    Result r;
    r.name = QStringLiteral("moderation_sorts");
    using Sort = ContributionFilter::Sort;
    const QList<std::pair<Sort, QString>> sorts = {{Sort::Time, QStringLiteral("oldest")},
                                                   {Sort::Reports, QStringLiteral("reports")},
                                                   {Sort::Flags, QStringLiteral("flags")}};
    const QStringList tabNames = {QStringLiteral("pending"),
                                  QStringLiteral("reported"),
                                  QStringLiteral("auto-hidden"),
                                  QStringLiteral("hidden"),
                                  QStringLiteral("published"),
                                  QStringLiteral("rejected")};
    QList<std::pair<double, QString>> times;
    QString worstSql;
    QVariantList worstValues;
    for (int t = 0; t < int(ContributionTab::LastTab); ++t) {
        const QString where = contributionTabWhere(ContributionTab(t));
        for (const auto &[sort, sortName] : sorts) {
            const QList<QVariantList> marks
                = c.rowsOf(ContributionLoader::bookmarkSql(c.dialect(), where, sort), {200});
            for (const bool last : {false, true}) {
                if (last && marks.isEmpty())
                    continue;
                QVariantList values;
                if (last) {
                    const QVariantList &m = marks.constLast();
                    if (sort != Sort::Time)
                        values << m.value(2);
                    values << m.value(0) << m.value(1);
                }
                values << 200;
                const QString sql = ContributionLoader::pageSql(c.dialect(), where, sort, last);
                QSqlQuery q(c.db());
                q.setForwardOnly(true);
                q.prepare(sql);
                QList<double> runs;
                for (int i = 0; i < qMax(c.repeats(), 3); ++i)
                    runs << timeMs([&] { Context::drain(q, values); });
                const double ms = median(runs);
                times.append({ms,
                              QStringLiteral("%1 by %2, %3 page")
                                  .arg(tabNames.at(t),
                                       sortName,
                                       last ? QStringLiteral("last") : QStringLiteral("first"))});
                if (times.size() == 1 || ms > r.ours) {
                    r.ours = ms;
                    worstSql = sql;
                    worstValues = values;
                }
            }
        }
    }
    std::sort(
        times.begin(), times.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList slowest;
    for (int i = 0; i < qMin<qsizetype>(3, times.size()); ++i)
        slowest
            << QStringLiteral("%1 %2 ms").arg(times.at(i).second).arg(times.at(i).first, 0, 'f', 2);
    r.rows = times.size();
    r.note = QStringLiteral("%1 pages (6 tabs x 3 sorts, first and last), median of %2 runs; "
                            "slowest: %3; load %4")
                 .arg(times.size())
                 .arg(qMax(c.repeats(), 3))
                 .arg(slowest.join(QStringLiteral(", ")), loadAverage());
    Context::record(r, {r.ours}, {}, {});
    if (r.ours > 5)
        r.plan = c.explain(worstSql, worstValues);
    c.results << r;
}

const Registration firstScreenOp(QStringLiteral("moderation_first_screen"), firstScreen);
const Registration submitOp(QStringLiteral("submit_contribution"), submit);
const Registration sortsOp(QStringLiteral("moderation_sorts"), tabsAndSorts);

} // namespace
