// diwan-bench: times Diwan's hot paths against the bare SQL floor and the naive Qt way, and
// writes JSON plus a Markdown table. Never part of ./test.sh at full scale.
#include "benchsupport.h"

#include "administration/staffadmin.h"
#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "common/overviewqueries.h"
#include "db/database.h"
#include "db/dialect.h"
#include "db/migrator.h"
#include "demo/seededtables.h"
#include "demo/seeder.h"
#include "moderation/contributionsearch.h"
#include "polls/pollrollup.h"
#include "transactions/queue/queueloader.h"
#include "transactions/queue/transactionqueuemodel.h"
#include "transactions/transactionsearch.h"
#include "transactions/transactionservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <latch>
#include <mutex>
#include <thread>

namespace {

using namespace Bench;

// The spelling a clerk might type for a name or word as stored: the letters ArabicText::normalize
// folds (teh marbuta, hamza on alef, alef maksura), or a tatweel when none of them occurs.
QString typedVariant(const QString &text)
{
    QString v = text;
    const QList<QPair<QChar, QChar>> folds{{QChar(0x0629), QChar(0x0647)},  // ة -> ه
                                           {QChar(0x0623), QChar(0x0627)},  // أ -> ا
                                           {QChar(0x0625), QChar(0x0627)},  // إ -> ا
                                           {QChar(0x0649), QChar(0x064A)},  // ى -> ي
                                           {QChar(0x0627), QChar(0x0623)}}; // ا -> أ
    for (const auto &[from, to] : folds) {
        const qsizetype at = v.indexOf(from);
        if (at >= 0) {
            v[at] = to;
            return v;
        }
    }
    if (v.size() > 2)
        v.insert(2, QChar(0x0640)); // tatweel
    return v;
}

// The operations on transactions, searches and the first dashboard, kept here since before the
// registry; areas added since keep theirs in bench_AREA.cpp.
class CoreBench : public Context
{
public:
    using Context::Context;

    void queueFirstScreen()
    {
        Result r;
        r.name = QStringLiteral("queue_first_screen");
        QueueFilter open;
        QVariantList values;
        const QString where = open.where(m_d, values);
        const QString page = QueueLoader::pageSql(m_d, where, false);
        QList<double> ours, floor, naive;
        // The model a page keeps: its loader thread and connection are opened once (timed
        // apart, in the note); each run is a new filter or a refresh reaching the first screen:
        // rows in the model, the row count provisional until the count arrives.
        TransactionQueueModel model(m_db.connectionName(), 200, 64);
        bool arrived = false;
        QObject::connect(
            &model, &TransactionQueueModel::pageArrived, [&](int p) { arrived |= p == 0; });
        QueueFilter unclaimed;
        unclaimed.ownership = QueueFilter::Ownership::Unclaimed;
        const double cold = timeMs([&] {
            model.setFilter(unclaimed);
            while (!arrived)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        });
        settle(model);
        r.note = QStringLiteral("first open of a queue, thread and connection included: %1 ms")
                     .arg(cold, 0, 'f', 1);
        // The floor reads the same page as the run it is paired with (the open queue and the
        // unclaimed queue in turn), with the same SQL prepared once.
        QVariantList unclaimedValues;
        const QString unclaimedPage
            = QueueLoader::pageSql(m_d, unclaimed.where(m_d, unclaimedValues), false);
        QSqlQuery bare(m_db), bareUnclaimed(m_db);
        bare.setForwardOnly(true);
        bare.prepare(page);
        bareUnclaimed.setForwardOnly(true);
        bareUnclaimed.prepare(unclaimedPage);
        for (int i = 0; i < qMax(m_repeats, 12); ++i) {
            floor << timeMs([&] {
                r.rows = i % 2 ? drain(bare, QVariantList(values) << 200)
                               : drain(bareUnclaimed, QVariantList(unclaimedValues) << 200);
            });
            arrived = false;
            ours << timeMs([&] {
                model.setFilter(i % 2 ? open : unclaimed);
                while (!arrived)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            });
            // The count and bookmarks that follow in the background are not part of the first
            // screen; let them finish so that the next run starts from a quiet loader.
            settle(model);
        }
        // The naive way: one QSqlQueryModel over the whole filtered queue (QPSQL pulls it all).
        const QString whole
            = QStringLiteral("SELECT ") + QueueLoader::selectColumns(m_d)
              + QStringLiteral(" FROM transactions t JOIN services s ON s.id = t.service_id "
                               "LEFT JOIN staff st ON st.id = t.assigned_to WHERE t.state IN "
                               "('submitted', 'in_review', 'awaiting_applicant', 'escalated') "
                               "ORDER BY t.due_at, t.id");
        for (int i = 0; i < qMin(m_repeats, 3); ++i) {
            naive << timeMs([&] {
                QSqlQueryModel model;
                model.setQuery(whole, m_db);
                while (model.canFetchMore())
                    model.fetchMore();
            });
        }
        record(r, ours, floor, naive);
        if (r.ours > 1.3 * r.floor || r.naive < 100 * r.ours)
            r.plan = explain(page, QVariantList(values) << 200);
        results << r;
    }

    void queueDeepJump()
    {
        Result r;
        r.name = QStringLiteral("queue_deep_jump");
        TransactionQueueModel model(m_db.connectionName(), 200, 64);
        QElapsedTimer setup;
        setup.start();
        startAll(model);
        r.note = QStringLiteral("bookmarks read in %1 ms (background, once)").arg(setup.elapsed());
        r.rows = model.rowCount();
        QList<double> ours, floor, naive;
        QVariantList values;
        const QString where = model.filter().where(m_d, values);
        QVariantList lastSeek;
        QSqlQuery bare(m_db);
        bare.setForwardOnly(true);
        bare.prepare(QueueLoader::pageSql(m_d, where, true));
        for (int i = 0; i < m_repeats; ++i) {
            const int row = int((qint64(model.rowCount()) * (i + 1)) / (m_repeats + 2));
            ours << timeMs([&] {
                while (!model.rowAt(row))
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            });
            // The floor: the same seek on the same key, with nothing around it.
            const QueueRow *hit = model.rowAt(row - row % model.pageSize());
            QVariantList seek = values;
            seek << (hit ? hit->dueKey : QVariant()) << (hit ? hit->id : 0) << 200;
            lastSeek = seek;
            floor << timeMs([&] { drain(bare, seek); });
            QVariantList offset = values;
            offset << 200 << row;
            naive << timeMs([&] {
                drain(QStringLiteral("SELECT ") + QueueLoader::selectColumns(m_d)
                          + QStringLiteral(" FROM transactions t JOIN services s ON s.id = "
                                           "t.service_id LEFT JOIN staff "
                                           "st ON st.id = t.assigned_to WHERE 1 = 1")
                          + where + QStringLiteral(" ORDER BY t.due_at, t.id LIMIT ? OFFSET ?"),
                      offset);
            });
        }
        record(r, ours, floor, naive);
        if (r.ours > 50)
            r.plan = explain(QueueLoader::pageSql(m_d, where, true), lastSeek);
        results << r;
    }

    void queueScrollMemory()
    {
        Result r;
        r.name = QStringLiteral("queue_scroll_memory");
        const double before = peakRssMb();
        TransactionQueueModel model(m_db.connectionName(), 200, 64);
        startAll(model);
        r.rows = model.rowCount();
        r.ours = timeMs([&] {
            for (int row = 0; row < model.rowCount(); row += model.pageSize()) {
                while (!model.rowAt(row))
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
            }
        });
        r.rss = peakRssMb();
        r.note = QStringLiteral("end to end in a fresh process (%1 MB before the model), %2 pages "
                                "cached at most")
                     .arg(before, 0, 'f', 1)
                     .arg(64);
        results << r;
    }

    // One year of daily answers to the first choice question of the busiest poll: the rollup
    // against a GROUP BY over the raw answers, which must give the same numbers.
    void dashboardTrend()
    {
        Result r;
        r.name = QStringLiteral("dashboard_trend");
        const QList<QVariantList> busiest = rowsOf(
            QStringLiteral("SELECT r.poll_id, count(*) FROM poll_responses r GROUP BY r.poll_id "
                           "ORDER BY 2 DESC, 1 LIMIT 1"));
        if (busiest.isEmpty())
            return;
        const qint64 poll = busiest.first().value(0).toLongLong();
        const qint64 responses = busiest.first().value(1).toLongLong();
        const QList<QVariantList> question = rowsOf(
            QStringLiteral("SELECT q.id FROM poll_questions q WHERE q.poll_id = ? AND q.kind IN "
                           "('single', 'likert') ORDER BY q.position LIMIT 1"),
            {poll});
        if (question.isEmpty())
            return;
        const qint64 questionId = question.first().value(0).toLongLong();
        // The year that ends with the poll's last answer.
        const QList<QVariantList> last
            = rowsOf(QStringLiteral("SELECT max(c.day) FROM poll_rollup c WHERE c.poll_id = ? AND "
                                    "c.question_id = ?"),
                     {poll, questionId});
        const QDate to
            = last.isEmpty()
                  ? QDate::currentDate()
                  : QDate::fromString(last.first().value(0).toString().left(10), Qt::ISODate);
        const QDate from = to.addDays(-364);
        const QString fromText = from.toString(Qt::ISODate);
        const QString toText = to.addDays(1).toString(Qt::ISODate);
        // Options only (a single choice or a Likert question answered by its options: value 0),
        // summed over the demographics of poll_rollup (migration 016).
        const QString rollup
            = QStringLiteral("SELECT %1, c.option_id, sum(c.answers) FROM poll_rollup c WHERE "
                             "c.poll_id = ? AND c.question_id = ? AND c.option_id <> 0 AND "
                             "c.value_int = 0 AND c.day >= %2 AND c.day < %2 "
                             "GROUP BY c.option_id, c.day ORDER BY c.option_id, c.day")
                  .arg(m_d.isPostgres() ? QStringLiteral("CAST(c.day AS text)")
                                        : QStringLiteral("c.day"),
                       m_d.isPostgres() ? QStringLiteral("CAST(? AS date)") : QStringLiteral("?"));
        // The day of an answer as the rollup counts it (Doha days).
        const QString day
            = Polls::PollRollup::dayOf(m_d.isPostgres(), QStringLiteral("r.submitted_at"));
        const QString naiveSql
            = QStringLiteral("SELECT %1 AS d, a.option_id, count(*) FROM poll_answers a "
                             "JOIN poll_responses r ON r.id = a.response_id "
                             "WHERE a.question_id = ? AND r.poll_id = ? AND a.option_id IS NOT "
                             "NULL AND %1 >= %2 AND %1 < %2 GROUP BY 1, 2 ORDER BY 2, 1")
                  .arg(day,
                       m_d.isPostgres() ? QStringLiteral("CAST(? AS date)") : QStringLiteral("?"));
        QList<double> ours, naive;
        QList<QVariantList> oursRows, naiveRows;
        const QVariantList rollupValues{poll, questionId, fromText, toText};
        const QVariantList naiveValues{questionId, poll, fromText, toText};
        for (int i = 0; i < m_repeats; ++i) {
            ours << timeMs([&] { oursRows = rowsOf(rollup, rollupValues); });
            if (i < 3)
                naive << timeMs([&] { naiveRows = rowsOf(naiveSql, naiveValues); });
        }
        r.rows = oursRows.size();
        auto normalised = [](QList<QVariantList> rows) {
            QStringList lines;
            for (const QVariantList &row : rows)
                lines << row.value(0).toString().left(10) + QLatin1Char(' ')
                             + QString::number(row.value(1).toLongLong()) + QLatin1Char(' ')
                             + QString::number(row.value(2).toLongLong());
            return lines;
        };
        const bool same = normalised(oursRows) == normalised(naiveRows);
        r.note = QStringLiteral("poll of %1 responses, %2 to %3, %4")
                     .arg(responses)
                     .arg(fromText, to.toString(Qt::ISODate))
                     .arg(same ? QStringLiteral("same numbers as the GROUP BY")
                               : QStringLiteral("NUMBERS DIFFER from the GROUP BY"));
        if (!same)
            fail();
        record(r, ours, ours, naive); // the rollup query is itself the bare SQL
        if (r.ours > 30 || r.naive < 100 * r.ours)
            r.plan = explain(rollup, rollupValues);
        results << r;
    }

    // Names and words as a clerk or moderator types them (spelling variants of seeded text):
    // names through TransactionSearch, phrases of contributions through ContributionSearch,
    // against ILIKE on the stored text.
    void search()
    {
        Result r;
        r.name = QStringLiteral("search");
        const qint64 maxTransaction = count(QStringLiteral("SELECT max(id) FROM transactions"));
        const qint64 maxContribution = count(QStringLiteral("SELECT max(id) FROM contributions"));
        QStringList names, phrases;
        const int samples = 20;
        for (int i = 1; i <= samples; ++i) {
            const QList<QVariantList> name
                = rowsOf(QStringLiteral("SELECT applicant_name FROM transactions WHERE id >= ? "
                                        "ORDER BY id LIMIT 1"),
                         {maxTransaction * i / (samples + 1)});
            if (!name.isEmpty())
                names << name.first().value(0).toString();
            const QList<QVariantList> body
                = rowsOf(QStringLiteral("SELECT body FROM contributions WHERE id >= ? ORDER BY id "
                                        "LIMIT 1"),
                         {maxContribution * i / (samples + 1)});
            if (body.isEmpty())
                continue;
            // Two neighbouring Arabic words of four letters or more from the middle of it.
            static const QRegularExpression word(QStringLiteral("[\\x{0621}-\\x{064A}]{4,}"));
            QStringList words;
            for (auto it = word.globalMatch(body.first().value(0).toString()); it.hasNext();)
                words << it.next().captured();
            if (words.size() >= 2) {
                const qsizetype at = qMax<qsizetype>(0, words.size() / 2 - 1);
                phrases << words.at(at) + QLatin1Char(' ') + words.at(at + 1);
            }
        }
        QList<double> ours, naive, namesMs, phrasesMs;
        int oursFound = 0, ilikeFound = 0, variants = 0;
        double slowest = -1;
        QString slowestText;
        bool slowestIsName = true;
        auto run = [&](const QString &stored, bool isName) {
            const QString typed = typedVariant(stored);
            ++variants;
            for (int rep = 0; rep < m_repeats; ++rep) {
                bool found = false;
                const double ms = timeMs([&] {
                    if (isName) {
                        TransactionSearch::Result result;
                        TransactionSearch::search(m_db, typed, &result);
                        found = !result.hits.isEmpty();
                    } else {
                        QList<ContributionSearch::Hit> hits;
                        ContributionSearch::search(m_db, typed, &hits);
                        found = !hits.isEmpty();
                    }
                });
                ours << ms;
                (isName ? namesMs : phrasesMs) << ms;
                if (ms > slowest) {
                    slowest = ms;
                    slowestText = typed;
                    slowestIsName = isName;
                }
                if (rep == 0 && found)
                    ++oursFound;
            }
            const QString ilike
                = isName ? QStringLiteral("SELECT t.id, t.reference, t.applicant_name FROM "
                                          "transactions t WHERE t.applicant_name LIKE ? ORDER BY "
                                          "t.submitted_at DESC, t.id LIMIT 50")
                         : QStringLiteral("SELECT c.id, c.topic_id, c.body FROM contributions c "
                                          "WHERE c.body LIKE ? ORDER BY c.submitted_at DESC, "
                                          "c.id DESC LIMIT 50");
            const QString sql = m_d.isPostgres() ? QString(ilike).replace(QStringLiteral(" LIKE "),
                                                                          QStringLiteral(" ILIKE "))
                                                 : ilike;
            qint64 n = 0;
            naive << timeMs([&] { n = drain(sql, {QLatin1Char('%') + typed + QLatin1Char('%')}); });
            if (n > 0)
                ++ilikeFound;
        };
        for (const QString &n : std::as_const(names))
            run(n, true);
        for (const QString &p : std::as_const(phrases))
            run(p, false);
        r.rows = variants;
        r.ours = percentile(ours, 0.95);
        r.naive = median(naive);
        r.floor = -1;
        r.rss = peakRssMb();
        r.note = QStringLiteral("p95 of %1 searches (%2 names p95 %3 ms, %4 phrases p95 %5 ms; "
                                "median %6 ms); spelling variants found: ours %7/%8, ILIKE %9/%8")
                     .arg(ours.size())
                     .arg(names.size())
                     .arg(percentile(namesMs, 0.95), 0, 'f', 2)
                     .arg(phrases.size())
                     .arg(percentile(phrasesMs, 0.95), 0, 'f', 2)
                     .arg(median(ours), 0, 'f', 2)
                     .arg(oursFound)
                     .arg(variants)
                     .arg(ilikeFound);
        if (r.ours > 25 || r.naive < 50 * median(ours)) {
            if (slowestIsName && m_d.isPostgres())
                r.plan = explain(
                    QStringLiteral("SELECT t.id FROM transactions t WHERE to_tsvector('simple', "
                                   "t.search_terms) @@ plainto_tsquery('simple', ?) "
                                   "ORDER BY t.submitted_at DESC, t.id LIMIT 50"),
                    {ArabicText::searchTerms(slowestText)});
            else if (!slowestIsName)
                r.plan = explain(ContributionSearch::searchSql(m_db),
                                 {ContributionSearch::queryParameter(m_db, slowestText), 50});
            r.plan.prepend(QStringLiteral("slowest: ") + slowestText + QLatin1Char('\n'));
        }
        results << r;
    }

    // 32 clerks on their own connections claim the next transaction at once: takeNext against
    // the bare UPDATE ... FOR UPDATE SKIP LOCKED statement; every claim is undone afterwards.
    // Clerks may not write the table themselves (migration 012): the bare loop runs on 32
    // connections of the benchmark's own (administrator) login as the table's owner (SET ROLE
    // diwan_owner), which is where diwan.claim_next runs its UPDATE: the same statement under the
    // same row policies and triggers, claiming in the clerks' names, without the function, its
    // checks, the history event and the notification.
    void claimNext()
    {
        Result r;
        r.name = QStringLiteral("claim_next_32");
        if (!m_d.isPostgres()) {
            r.note = QStringLiteral("PostgreSQL only (SQLite has one writer at a time)");
            results << r;
            return;
        }
        const int clerks = 32;
        const int perClerk = qMax(5, 10 * m_repeats);
        // Bench clerks working on every service, each signed in as their own login role as a
        // clerk is in production: diwan.claim_next checks them and the audit names them. Roles
        // are the cluster's, staff rows the database's: either may already be there from an
        // earlier run.
        const QString password = QStringLiteral("bench-clerk-password");
        QList<qint64> staff;
        QStringList logins;
        for (int c = 1; c <= clerks; ++c) {
            const QString login = QStringLiteral("bench_desk_%1").arg(c);
            const bool role
                = count(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                            .arg(login))
                  > 0;
            qint64 id
                = count(QStringLiteral("SELECT coalesce(max(id), 0) FROM staff WHERE login = '%1'")
                            .arg(login));
            DbError e;
            if (!role)
                e = StaffAdmin::createStaff(m_db,
                                            {login,
                                             QStringLiteral("موظف %1").arg(c),
                                             QStringLiteral("Clerk %1").arg(c),
                                             Role::Clerk,
                                             password},
                                            &id);
            else if (!id)
                drain(QStringLiteral("INSERT INTO staff (login, display_name_ar, display_name_en) "
                                     "VALUES (?, ?, ?)"),
                      {login, QStringLiteral("موظف %1").arg(c), QStringLiteral("Clerk %1").arg(c)});
            if (!e.ok()) {
                r.note = QStringLiteral("cannot create the bench clerks: ") + e.toString();
                fail();
                results << r;
                return;
            }
            id = count(QStringLiteral("SELECT coalesce(max(id), 0) FROM staff WHERE login = '%1'")
                           .arg(login));
            staff << id;
            logins << login;
        }
        drain(QStringLiteral("INSERT INTO staff_services (staff_id, service_id) SELECT st.id, s.id "
                             "FROM staff st CROSS JOIN services s WHERE st.login LIKE "
                             "'bench\\_desk\\_%' ON CONFLICT DO NOTHING"),
              {});
        run(QStringLiteral("DROP TABLE IF EXISTS bench_claims"));
        run(QStringLiteral("CREATE TEMP TABLE bench_claims AS SELECT id, state, "
                           "lease_expires_at FROM transactions WHERE assigned_to IS NULL AND "
                           "state IN ('submitted', 'in_review')"));
        const QString raw = QStringLiteral(
            "UPDATE transactions SET assigned_to = ?, lease_expires_at = now() + interval '30 "
            "minutes', state = CASE WHEN state = 'submitted' THEN 'in_review' ELSE state END, "
            "version = version + 1 WHERE id = (SELECT t.id FROM transactions t WHERE "
            "t.assigned_to IS NULL AND t.state IN ('submitted', 'in_review') AND t.service_id IN "
            "(SELECT ss.service_id FROM staff_services ss WHERE ss.staff_id = ?) ORDER BY "
            "t.priority, t.due_at, t.id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id");
        QString errors;
        auto runClerks = [&](bool ours, QList<qint64> *claimed) {
            std::mutex lock;
            std::latch connected(clerks + 1);
            std::latch go(1);
            std::vector<std::thread> threads;
            for (int c = 0; c < clerks; ++c) {
                threads.emplace_back([&, c] {
                    const QString name = Database::uniqueConnectionName(QStringLiteral("clerk"));
                    const qint64 clerk = staff.at(c % staff.size());
                    QList<qint64> mine;
                    QString error;
                    {
                        ConnectionProfile profile = m_profile;
                        if (ours)
                            profile.user = logins.at(c % logins.size());
                        DbError opened
                            = Database::open(profile, ours ? password : m_password, name);
                        QSqlDatabase db = QSqlDatabase::database(name, false);
                        if (opened.ok() && !ours)
                            opened
                                = Database::execBatch(db, {QStringLiteral("SET ROLE diwan_owner")});
                        QSqlQuery q(db);
                        q.prepare(raw);
                        // A clerk's window stays connected all day: warm the server's caches
                        // (policies, triggers, compiled functions) with one claim rolled back.
                        if (opened.ok() && db.transaction()) {
                            TransactionService::Claim claim;
                            if (ours)
                                TransactionService::takeNext(db, clerk, &claim);
                            else
                                Database::exec(q, {clerk, clerk});
                            q.finish();
                            db.rollback();
                        }
                        connected.count_down();
                        go.wait();
                        for (int i = 0; opened.ok() && i < perClerk; ++i) {
                            if (ours) {
                                TransactionService::Claim claim;
                                if (DbError e = TransactionService::takeNext(db, clerk, &claim);
                                    !e.ok()) {
                                    error = e.toString();
                                    break;
                                }
                                if (claim.id)
                                    mine << claim.id;
                            } else {
                                if (DbError e = Database::exec(q, {clerk, clerk}); !e.ok()) {
                                    error = e.toString();
                                    break;
                                }
                                if (q.next())
                                    mine << q.value(0).toLongLong();
                                q.finish();
                            }
                        }
                        if (!opened.ok())
                            error = opened.toString();
                    }
                    Database::close(name);
                    std::lock_guard guard(lock);
                    *claimed << mine;
                    if (!error.isEmpty())
                        errors += error + QLatin1Char('\n');
                });
            }
            connected.arrive_and_wait();
            QElapsedTimer t;
            t.start();
            go.count_down();
            for (std::thread &thread : threads)
                thread.join();
            return double(t.nsecsElapsed()) / 1e6;
        };
        auto undo = [&] {
            run(QStringLiteral("SET session_replication_role = replica"));
            run(QStringLiteral("UPDATE transactions t SET assigned_to = NULL, lease_expires_at "
                               "= b.lease_expires_at, state = b.state FROM bench_claims b "
                               "WHERE t.id = b.id AND t.assigned_to IS NOT NULL"));
            run(QStringLiteral("SET session_replication_role = DEFAULT"));
        };
        // Rounds in the order raw, ours, ours, raw (twice), each on a vacuumed table: whichever
        // runs second would otherwise walk the dead index entries the first one left. Each side's
        // throughput is the median of its rounds: one round disturbed by the machine does not
        // decide the ratio.
        QList<qint64> rawIds, ourIds;
        QList<double> rawRates, ourRates;
        bool noDoubles = true;
        for (const bool ours : {false, true, true, false, false, true, true, false}) {
            QList<qint64> ids;
            const double ms = runClerks(ours, &ids);
            (ours ? ourRates : rawRates) << ids.size() * 1000.0 / qMax(0.001, ms);
            const qint64 held = count(
                QStringLiteral("SELECT count(*) FROM transactions t JOIN bench_claims b ON b.id = "
                               "t.id WHERE t.assigned_to IS NOT NULL"));
            const QSet<qint64> distinct(ids.cbegin(), ids.cend());
            noDoubles = noDoubles && distinct.size() == ids.size() && held == ids.size();
            (ours ? ourIds : rawIds) << ids;
            undo();
            run(QStringLiteral("VACUUM transactions"));
        }
        if (!noDoubles || !errors.isEmpty())
            fail();
        const double oursRate = median(ourRates);
        const double rawRate = median(rawRates);
        r.rows = ourIds.size();
        r.ours = clerks * 1000.0 / qMax(0.001, oursRate); // ms per claim per clerk
        r.floor = clerks * 1000.0 / qMax(0.001, rawRate);
        r.rss = peakRssMb();
        auto range = [](QList<double> rates) {
            std::sort(rates.begin(), rates.end());
            return rates.isEmpty() ? QString()
                                   : QStringLiteral("%1–%2")
                                         .arg(rates.first(), 0, 'f', 0)
                                         .arg(rates.last(), 0, 'f', 0);
        };
        r.note = QStringLiteral("%1 clerks, median of %7 rounds each: takeNext %2 claims/s "
                                "(%8), bare UPDATE %3 claims/s (%9) — %4 %; %5%6")
                     .arg(clerks)
                     .arg(oursRate, 0, 'f', 0)
                     .arg(rawRate, 0, 'f', 0)
                     .arg(100.0 * oursRate / qMax(0.001, rawRate), 0, 'f', 0)
                     .arg(noDoubles ? QStringLiteral("no double claims")
                                    : QStringLiteral("DOUBLE CLAIMS"))
                     .arg(errors.isEmpty() ? QString()
                                           : QStringLiteral("; errors: ") + errors.trimmed())
                     .arg(ourRates.size())
                     .arg(range(ourRates), range(rawRates));
        if (oursRate < 0.7 * rawRate)
            r.plan = explain(raw, {staff.first(), staff.first()});
        results << r;
        if (r.plan.size() > 0)
            undo(); // EXPLAIN ANALYZE ran the UPDATE
        run(QStringLiteral("DROP TABLE bench_claims"));
    }

    // Process start to the first exposed window, offscreen: Diwan's sign-in window against a
    // minimal Qt Widgets program, both through the startup probe plugin.
    void coldStart(const QString &app, const QString &minimal, const QString &plugins)
    {
        Result r;
        r.name = QStringLiteral("cold_start");
        if (!QFile::exists(app) || !QFile::exists(minimal)) {
            r.note = QStringLiteral("not built: ") + app;
            results << r;
            return;
        }
        auto once = [&](const QString &program) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("QT_PLUGIN_PATH"), plugins);
            env.insert(QStringLiteral("QT_QPA_GENERIC_PLUGINS"),
                       QStringLiteral("diwanstartupprobe"));
            env.remove(QStringLiteral("DIWAN_PASSWORD"));
            p.setProcessEnvironment(env);
            QElapsedTimer t;
            t.start();
            p.start(program, {});
            QByteArray output;
            while (!output.contains("diwan-startup-probe: exposed") && t.elapsed() < 30000) {
                if (!p.waitForReadyRead(30000))
                    break;
                output += p.readAllStandardOutput();
            }
            const double ms = double(t.nsecsElapsed()) / 1e6;
            if (!p.waitForFinished(5000)) {
                p.kill();
                p.waitForFinished();
            }
            return output.contains("diwan-startup-probe: exposed") ? ms : -1.0;
        };
        QList<double> ours, floor;
        once(minimal); // page cache warm for both
        once(app);
        // Interleaved, and many: a start takes some 30 ms, and the machine's other work shows in
        // any few of them.
        for (int i = 0; i < qMax(15, 3 * m_repeats); ++i) {
            floor << once(minimal);
            ours << once(app);
        }
        if (ours.contains(-1.0) || floor.contains(-1.0))
            fail();
        record(r, ours, floor, {});
        r.rows = 1;
        r.note = QStringLiteral("process start to the sign-in window exposed (offscreen, warm "
                                "page cache) vs a QApplication + QLabel");
        results << r;
    }

    // queue_scroll_memory in a fresh process: its peak RSS is the model's, not the seeder's.
    void scrollMemoryInChild(const QString &url)
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("scroll.json"));
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--database"),
                 url,
                 QStringLiteral("--only"),
                 QStringLiteral("queue_scroll_memory"),
                 QStringLiteral("--out"),
                 out});
        p.waitForFinished(-1);
        QFile f(out);
        if (!f.open(QIODevice::ReadOnly)) {
            fail();
            return;
        }
        const QJsonArray ops = QJsonDocument::fromJson(f.readAll())
                                   .object()
                                   .value(QStringLiteral("operations"))
                                   .toArray();
        for (const QJsonValue &v : ops) {
            const QJsonObject o = v.toObject();
            Result r;
            r.name = o.value(QStringLiteral("name")).toString();
            r.rows = o.value(QStringLiteral("rows")).toInteger();
            r.ours = o.value(QStringLiteral("ours_ms")).toDouble();
            r.floor = o.value(QStringLiteral("floor_ms")).toDouble();
            r.naive = o.value(QStringLiteral("naive_ms")).toDouble();
            r.rss = o.value(QStringLiteral("peak_rss_mb")).toDouble();
            r.note = o.value(QStringLiteral("note")).toString();
            results << r;
        }
    }

private:
    // The day of an answer as the rollup counts it: must agree with Generator::finish.
    // Waits until the model's background count and bookmarks are in.
    static void settle(TransactionQueueModel &model)
    {
        while (!(model.isCounted() && model.hasBookmarks()))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }

    // A model over every transaction, counted and bookmarked.
    static void startAll(TransactionQueueModel &model)
    {
        QueueFilter all;
        all.states.clear();
        model.setFilter(all);
        settle(model);
    }
};

// Rows in every table the seeder fills.
qint64 allRows(CoreBench &bench)
{
    qint64 n = 0;
    for (const Seeder::SeededTableInfo &t : Seeder::SeededTables::all())
        n += bench.count(QStringLiteral("SELECT count(*) FROM ") + t.tableName());
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Diwan benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("database URL"), QStringLiteral("URL"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("transactions (seeded if missing)"),
                                         QStringLiteral("S"),
                                         QStringLiteral("100000"));
    const QCommandLineOption contributionsOption(
        QStringLiteral("contributions"),
        QStringLiteral("contributions to seed (default: transactions / 4)"),
        QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption responsesOption(
        QStringLiteral("responses"),
        QStringLiteral("poll responses to seed (default: transactions * 2)"),
        QStringLiteral("N"),
        QStringLiteral("0"));
    const QCommandLineOption onlyOption(QStringLiteral("only"),
                                        QStringLiteral("run these operations (comma-separated)"),
                                        QStringLiteral("NAMES"));
    const QCommandLineOption skipOption(QStringLiteral("skip"),
                                        QStringLiteral("skip these operations (comma-separated)"),
                                        QStringLiteral("NAMES"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("JSON file to write"), QStringLiteral("FILE"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("runs per operation"),
                                          QStringLiteral("N"),
                                          QStringLiteral("5"));
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("the diwan program for cold start"),
                                       QStringLiteral("PATH"),
                                       QStringLiteral(DIWAN_BENCH_APP));
    parser.addOptions({databaseOption,
                       scaleOption,
                       contributionsOption,
                       responsesOption,
                       onlyOption,
                       skipOption,
                       outOption,
                       repeatOption,
                       appOption});
    if (!parser.parse(app.arguments()) || !parser.isSet(databaseOption)
        || !parser.isSet(outOption)) {
        QTextStream(stderr) << "diwan-bench: "
                            << (parser.errorText().isEmpty()
                                    ? QStringLiteral("--database and --out are required")
                                    : parser.errorText())
                            << "\n\n"
                            << parser.helpText();
        return 2;
    }
    QString urlError;
    const auto profile = ConnectionProfile::fromUrl(parser.value(databaseOption), &urlError);
    if (!profile) {
        QTextStream(stderr) << "diwan-bench: malformed database URL: " << urlError << "\n";
        return 2;
    }
    const QString password = qEnvironmentVariable("DIWAN_PASSWORD");
    if (DbError e = Database::open(*profile, password, QStringLiteral("bench")); !e.ok()) {
        QTextStream(stderr) << "diwan-bench: " << e.toString() << "\n";
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench"));
    if (DbError e = Migrator(db).migrate(); !e.ok()) {
        QTextStream(stderr) << "diwan-bench: " << e.toString() << "\n";
        return 1;
    }
    const int repeats = qMax(1, parser.value(repeatOption).toInt());
    CoreBench bench(db, repeats, *profile, password);
    const qint64 scale = parser.value(scaleOption).toLongLong();
    QJsonObject seedInfo;
    if (!Seeder::isSeeded(db)) {
        Seeder::Options options;
        options.transactions = scale;
        options.contributions = parser.value(contributionsOption).toLongLong();
        options.pollResponses = parser.value(responsesOption).toLongLong();
        options.createAccounts = false;
        options.profile = *profile;
        options.password = password;
        // Each stage's wall time: from its first progress report to its last.
        QElapsedTimer clock;
        clock.start();
        QList<QPair<QString, QPair<qint64, qint64>>> stages;
        options.progress = [&](const QString &stage, qint64 done, qint64 total) {
            if (stages.isEmpty() || stages.last().first != stage)
                stages.append({stage, {clock.elapsed(), clock.elapsed()}});
            stages.last().second.second = clock.elapsed();
            if (done == total)
                QTextStream(stderr) << "  seeded " << stage << ": " << total << " at "
                                    << clock.elapsed() / 1000 << " s\n";
        };
        Seeder::Report report;
        if (DbError e = Seeder::seed(db, options, &report); !e.ok()) {
            QTextStream(stderr) << "diwan-bench: seeding failed: " << e.toString() << "\n";
            return 1;
        }
        const qint64 rows = allRows(bench);
        const double seconds = qMax<double>(0.001, double(report.milliseconds) / 1000.0);
        QJsonArray stageTimes;
        double transactionsStage = 0;
        for (const auto &[stage, span] : std::as_const(stages)) {
            stageTimes.append(
                QJsonObject{{QStringLiteral("stage"), stage},
                            {QStringLiteral("ms"), double(span.second - span.first)}});
            if (stage == QLatin1String("transactions"))
                transactionsStage = double(span.second - span.first) / 1000.0;
        }
        seedInfo = {{QStringLiteral("transactions"), report.transactions},
                    {QStringLiteral("contributions"), report.contributions},
                    {QStringLiteral("poll_responses"), report.pollResponses},
                    {QStringLiteral("rows"), rows},
                    {QStringLiteral("ms"), double(report.milliseconds)},
                    {QStringLiteral("transactions_per_s"), double(report.transactions) / seconds},
                    {QStringLiteral("rows_per_s"), double(rows) / seconds},
                    {QStringLiteral("transactions_table_rows_per_s"),
                     transactionsStage > 0 ? double(report.transactions) / transactionsStage : 0.0},
                    {QStringLiteral("stages"), stageTimes}};
    }
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const QStringList skip = parser.value(skipOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    const bool scrollHere = only == QStringList{QStringLiteral("queue_scroll_memory")};
    QList<QPair<QString, std::function<void()>>> operations{
        {QStringLiteral("queue_first_screen"),
         [&] {
             bench.queueFirstScreen();
         }},
        {QStringLiteral("queue_deep_jump"),
         [&] {
             bench.queueDeepJump();
         }},
        {QStringLiteral("dashboard_trend"),
         [&] {
             bench.dashboardTrend();
         }},
        {QStringLiteral("search"),
         [&] {
             bench.search();
         }},
        {QStringLiteral("claim_next_32"),
         [&] {
             bench.claimNext();
         }},
        {QStringLiteral("cold_start"),
         [&] {
             bench.coldStart(parser.value(appOption),
                             QStringLiteral(DIWAN_BENCH_MINIMAL),
                             QStringLiteral(DIWAN_BENCH_PLUGINS));
         }},
        {QStringLiteral("queue_scroll_memory"),
         [&] {
             if (scrollHere)
                 bench.queueScrollMemory();
             else
                 bench.scrollMemoryInChild(parser.value(databaseOption));
         }},
    };
    for (const Operation &op : Registration::all())
        operations.append({op.name, [&bench, run = op.run] {
                               run(bench);
                           }});
    for (const auto &[name, run] : operations) {
        if ((!only.isEmpty() && !only.contains(name)) || skip.contains(name))
            continue;
        QTextStream(stderr) << "  running " << name << "\n";
        QElapsedTimer wall;
        wall.start();
        run();
        QTextStream(stderr) << "  " << name << " took " << wall.elapsed() / 1000.0 << " s\n";
    }
    const qint64 transactions = bench.count(QStringLiteral("SELECT count(*) FROM transactions"));
    QJsonArray ops;
    for (const Result &r : bench.results)
        ops.append(QJsonObject{{QStringLiteral("name"), r.name},
                               {QStringLiteral("rows"), r.rows},
                               {QStringLiteral("ours_ms"), r.ours},
                               {QStringLiteral("floor_ms"), r.floor},
                               {QStringLiteral("naive_ms"), r.naive},
                               {QStringLiteral("peak_rss_mb"), r.rss},
                               {QStringLiteral("note"), r.note},
                               {QStringLiteral("plan"), r.plan}});
    const QJsonObject doc{
        {QStringLiteral("database"),
         profile->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("transactions"), transactions},
        {QStringLiteral("contributions"),
         bench.count(QStringLiteral("SELECT count(*) FROM contributions"))},
        {QStringLiteral("poll_responses"),
         bench.count(QStringLiteral("SELECT count(*) FROM poll_responses"))},
        {QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("seed"), seedInfo},
        {QStringLiteral("operations"), ops}};
    QFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "diwan-bench: cannot write " << file.fileName() << "\n";
        return 1;
    }
    file.write(QJsonDocument(doc).toJson());
    const QString md = markdown(
        bench.results, doc.value(QStringLiteral("database")).toString(), transactions, seedInfo);
    QFile mdFile(parser.value(outOption) + QStringLiteral(".md"));
    if (mdFile.open(QIODevice::WriteOnly))
        mdFile.write(md.toUtf8());
    out() << md;
    if (bench.failed()) {
        QTextStream(stderr) << "diwan-bench: a correctness check failed (see the notes)\n";
        return 3;
    }
    return 0;
}
