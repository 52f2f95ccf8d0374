// diwan-bench operations of the poll designer's area: the website's poll entry point.
#include "benchsupport.h"

#include "db/database.h"
#include "polls/pollresponses.h"
#include "polls/pollrollup.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <algorithm>
#include <atomic>
#include <latch>
#include <mutex>
#include <thread>
#include <vector>

namespace {

using Bench::Context;
using Polls::PollResponses::Refusal;

// An open poll of four questions (single of four options, multiple of five, rating, Likert),
// made by the benchmark; its id, and the option ids per question.
struct BenchPoll
{
    qint64 id = 0;
    QList<qint64> questions;
    QList<QList<qint64>> options;
};

BenchPoll makePoll(Context &c)
{
    BenchPoll p;
    const QString now = c.dialect().isPostgres()
                            ? QStringLiteral("now()")
                            : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    const QList<QVariantList> poll = c.rowsOf(
        QStringLiteral("INSERT INTO polls (title_ar, title_en, state, audience, opens_at) VALUES "
                       "('bench', 'bench', 'open', '{\"who\": \"everyone\"}', %1) RETURNING id")
            .arg(now));
    p.id = poll.isEmpty() ? 0 : poll.first().value(0).toLongLong();
    const char *const kinds[] = {"single", "multiple", "rating", "likert"};
    const int optionCounts[] = {4, 5, 0, 0};
    for (int k = 0; k < 4; ++k) {
        const QList<QVariantList> q = c.rowsOf(
            QStringLiteral("INSERT INTO poll_questions (poll_id, position, kind, text_ar, text_en, "
                           "required, max_picks) VALUES (?, ?, ?, 'q', 'q', ?, ?) RETURNING id"),
            {p.id,
             k,
             QLatin1String(kinds[k]),
             c.dialect().isPostgres() ? QVariant(true) : QVariant(1),
             k == 1 ? 3 : 0});
        p.questions << (q.isEmpty() ? 0 : q.first().value(0).toLongLong());
        p.options.append(QList<qint64>());
        for (int o = 0; o < optionCounts[k]; ++o) {
            const QList<QVariantList> opt = c.rowsOf(
                QStringLiteral("INSERT INTO poll_options (question_id, position, text_ar, text_en) "
                               "VALUES (?, ?, ?, ?) RETURNING id"),
                {p.questions.last(),
                 o,
                 QStringLiteral("o%1").arg(o),
                 QStringLiteral("o%1").arg(o)});
            p.options.last() << (opt.isEmpty() ? 0 : opt.first().value(0).toLongLong());
        }
    }
    return p;
}

QJsonArray answersFor(const BenchPoll &p, quint64 n)
{
    QJsonArray picks;
    picks.append(double(p.options.at(1).at(n % 5)));
    if (n % 3 == 0)
        picks.append(double(p.options.at(1).at((n + 2) % 5)));
    return QJsonArray{
        QJsonObject{{QStringLiteral("question"), double(p.questions.at(0))},
                    {QStringLiteral("options"), QJsonArray{double(p.options.at(0).at(n % 4))}}},
        QJsonObject{{QStringLiteral("question"), double(p.questions.at(1))},
                    {QStringLiteral("options"), picks}},
        QJsonObject{{QStringLiteral("question"), double(p.questions.at(2))},
                    {QStringLiteral("value"), double(1 + n % 10)}},
        QJsonObject{{QStringLiteral("question"), double(p.questions.at(3))},
                    {QStringLiteral("value"), double(1 + n % 5)}}};
}

Polls::PollResponses::Submission submission(const BenchPoll &p, quint64 n)
{
    static const char *const ages[] = {"18-24", "25-34", "35-44", "45-54", "55-64", "65+"};
    static const char *const places[] = {"doha", "al_rayyan", "al_wakrah", "umm_salal"};
    Polls::PollResponses::Submission s;
    s.pollId = p.id;
    s.respondent.qid = QString::number(28000000000ULL + n);
    s.respondent.verified = true;
    s.respondent.resident = true;
    s.respondent.gender = n % 2 ? QStringLiteral("female") : QStringLiteral("male");
    s.respondent.ageBand = QLatin1String(ages[n % 6]);
    s.respondent.nationalityGroup = n % 3 ? QStringLiteral("non_qatari") : QStringLiteral("qatari");
    s.respondent.municipality = QLatin1String(places[n % 4]);
    s.answers = answersFor(p, n);
    return s;
}

// `count` responses of the bench poll made in bulk on PostgreSQL (INSERT ... SELECT over
// generate_series, not the entry point one by one): demographics as submission() gives them,
// days over the last 30, a made-up hash each (no real QID hashes to these), four answers each,
// then the poll's rollups as the GROUP BY and the statistics refreshed.
void bulkResponses(Context &c, const BenchPoll &p, quint64 count)
{
    const auto ids = [](const QList<qint64> &list) {
        QStringList out;
        for (qint64 id : list)
            out << QString::number(id);
        return QStringLiteral("ARRAY[%1]::bigint[]").arg(out.join(QLatin1Char(',')));
    };
    c.run(QStringLiteral(
              "INSERT INTO diwan.poll_responses (poll_id, submitted_at, gender, age_band, "
              "nationality_group, municipality, respondent_hash) "
              "SELECT %1, now() - ((g / 7) %% 30) * interval '1 day' - (g %% 3600) * interval "
              "'1 second', CASE WHEN g %% 2 = 1 THEN 'female' ELSE 'male' END, "
              "(ARRAY['18-24','25-34','35-44','45-54','55-64','65+'])[1 + (g / 2) %% 6], "
              "CASE WHEN (g / 11) %% 3 = 0 THEN 'qatari' ELSE 'non_qatari' END, "
              "(ARRAY['doha','al_rayyan','al_wakrah','umm_salal','al_khor','al_shamal',"
              "'al_daayen','al_sheehaniya'])[1 + (g / 13) %% 8], "
              "sha256(int8send(g)) FROM generate_series(1, %2) g")
              .arg(p.id)
              .arg(count)
              .replace(QStringLiteral("%%"), QStringLiteral("%")));
    c.run(QStringLiteral(
              "INSERT INTO diwan.poll_answers (response_id, question_id, option_id, value_int) "
              "SELECT r.id, x.q, x.o, x.v FROM diwan.poll_responses r CROSS JOIN LATERAL (VALUES "
              "(%2::bigint, (%3)[1 + r.id %% 4], NULL::integer), "
              "(%4, (%5)[1 + r.id %% 5], NULL), "
              "(%6, NULL, 1 + (r.id %% 10)::integer), "
              "(%7, NULL, 1 + (r.id %% 5)::integer)) AS x(q, o, v) WHERE r.poll_id = %1")
              .arg(p.id)
              .arg(p.questions.at(0))
              .arg(ids(p.options.at(0)))
              .arg(p.questions.at(1))
              .arg(ids(p.options.at(1)))
              .arg(p.questions.at(2))
              .arg(p.questions.at(3))
              .replace(QStringLiteral("%%"), QStringLiteral("%")));
    const QString mark = QString::number(p.id - 1);
    c.run(Polls::PollRollup::fillRollup(true, mark));
    c.run(Polls::PollRollup::fillParticipation(true, mark));
    c.run(QStringLiteral("ANALYZE diwan.poll_responses, diwan.poll_answers, diwan.poll_rollup, "
                         "diwan.poll_participation"));
}

// The rollups of the poll (the newest) equal the GROUP BY over its answers and responses.
bool rollupsHold(Context &c, qint64 poll)
{
    const bool pg = c.dialect().isPostgres();
    const QString mark = QString::number(poll - 1);
    return c.rowsOf(
               QStringLiteral("SELECT poll_id, question_id, option_id, value_int, day, gender, "
                              "age_band, nationality_group, municipality, answers FROM "
                              "poll_rollup WHERE poll_id >= ? ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9"),
               {poll})
               == c.rowsOf(Polls::PollRollup::rollupFromAnswers(pg, mark)
                           + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9"))
           && c.rowsOf(QStringLiteral("SELECT poll_id, day, gender, age_band, nationality_group, "
                                      "municipality, responses FROM poll_participation WHERE "
                                      "poll_id >= ? ORDER BY 1, 2, 3, 4, 5, 6"),
                       {poll})
                  == c.rowsOf(Polls::PollRollup::participationFromResponses(pg, mark)
                              + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5, 6"));
}

const Bench::Registration pollSubmit(QStringLiteral("poll_submit"), [](Context &c) {
    // With many responses present: the seeded ones, and as many again in this poll, with their
    // hashes and rollups, before the timed submissions.
    const BenchPoll poll = makePoll(c);
    Bench::Result r;
    r.name = QStringLiteral("poll_submit");
    if (poll.id == 0) {
        r.note = QStringLiteral("could not make the poll");
        c.results << r;
        c.fail();
        return;
    }
    const qint64 present = c.count(QStringLiteral("SELECT count(*) FROM poll_responses"));
    QSqlDatabase db = c.db();
    // DIWAN_BENCH_POLL_RESPONSES: how many responses this poll has before the timed submissions
    // (default: as many as the database holds, at least 1 000).
    const qint64 wanted = qEnvironmentVariableIntValue("DIWAN_BENCH_POLL_RESPONSES");
    const quint64 preload = quint64(wanted > 0 ? wanted : std::max<qint64>(1000, present));
    const QString loadBefore = Bench::loadAverage();
    double preloadMs = 0;
    if (c.dialect().isPostgres()) {
        // In bulk, as the seeder would: responses spread over the last 30 days (today's rollup
        // rows included), their answers, then the rollups as the GROUP BY.
        preloadMs = Bench::timeMs([&] { bulkResponses(c, poll, preload); });
    } else {
        // Through the entry point itself (slow but exact): small scales only.
        preloadMs = Bench::timeMs([&] {
            for (quint64 n = 0; n < std::min<quint64>(preload, 5000); ++n)
                Polls::PollResponses::submit(db, submission(poll, 1000000 + n));
        });
    }
    QList<double> ours;
    const int timed = std::max(200, c.repeats() * 50);
    int refused = 0;
    const bool pg = c.dialect().isPostgres();
    c.trackFunctions(); // the time inside the database, apart from the round trip
    // On PostgreSQL as the portal calls it: one statement prepared once, executed per response
    // (PollResponses::submit prepares and frees it each time: three round trips, not one).
    QSqlQuery portal(db);
    if (pg)
        portal.prepare(QStringLiteral("SELECT diwan.submit_poll_response(?, ?, ?, ?, ?, ?, ?, ?, "
                                      "CAST(? AS jsonb))"));
    QList<double> entryPoint; // PollResponses::submit, round trips included
    for (int n = 0; n < timed; ++n) {
        const auto s = submission(poll, quint64(n));
        if (pg) {
            const auto &who = s.respondent;
            const QVariantList values{
                poll.id,
                who.qid,
                who.verified,
                who.resident,
                who.gender,
                who.ageBand,
                who.nationalityGroup,
                who.municipality,
                QString::fromUtf8(QJsonDocument(s.answers).toJson(QJsonDocument::Compact))};
            bool ok = false;
            ours << Bench::timeMs([&] { ok = Database::exec(portal, values).ok(); });
            if (!ok)
                ++refused;
            const auto other = submission(poll, quint64(500000000 + n));
            Polls::PollResponses::Submitted done;
            entryPoint << Bench::timeMs([&] { done = Polls::PollResponses::submit(db, other); });
            if (done.refusal != Refusal::None || !done.error.ok())
                ++refused;
            continue;
        }
        Polls::PollResponses::Submitted done;
        ours << Bench::timeMs([&] { done = Polls::PollResponses::submit(db, s); });
        if (done.refusal != Refusal::None || !done.error.ok())
            ++refused;
    }
    QString inside = c.timeInside(QStringLiteral("submit_poll_response"));
    if (!inside.isEmpty())
        inside += QStringLiteral("; through PollResponses::submit (prepared each time) p95 %1 ms")
                      .arg(Bench::percentile(entryPoint, 0.95), 0, 'f', 2);
    r.rows = c.count(QStringLiteral("SELECT count(*) FROM poll_responses"));
    Bench::Context::record(r, ours, {}, {});
    r.ours = Bench::percentile(ours, 0.95);
    const qint64 inPoll = c.count(
        QStringLiteral("SELECT count(*) FROM poll_responses WHERE poll_id = %1").arg(poll.id));
    r.note = QStringLiteral("p95 of %1 submissions (median %2 ms, max %3 ms) with %4 responses "
                            "present, %5 in this poll (preloaded in %6 s); load average %7 "
                            "before, %8 after; target p95 <= 5 ms at 5 million")
                 .arg(timed)
                 .arg(Bench::median(ours), 0, 'f', 2)
                 .arg(*std::max_element(ours.cbegin(), ours.cend()), 0, 'f', 2)
                 .arg(r.rows - (pg ? 2 * timed : timed))
                 .arg(inPoll - (pg ? 2 * timed : timed))
                 .arg(preloadMs / 1000, 0, 'f', 1)
                 .arg(loadBefore, Bench::loadAverage())
             + inside;
    if (refused > 0 || !rollupsHold(c, poll.id)) {
        r.note += QStringLiteral("; FAILED: %1 refused, or the rollup is not the GROUP BY")
                      .arg(refused);
        c.fail();
    }
    c.results << r;
});

const Bench::Registration pollConcurrent(QStringLiteral("poll_submit_concurrent"), [](Context &c) {
    Bench::Result r;
    r.name = QStringLiteral("poll_submit_concurrent");
    if (!c.dialect().isPostgres()) {
        r.note = QStringLiteral("PostgreSQL only (SQLite has one writer at a time)");
        c.results << r;
        return;
    }
    const BenchPoll poll = makePoll(c);
    const int submitters = 32;
    const int each = std::max(10, c.repeats() * 5);
    std::latch connected(submitters + 1);
    std::latch go(1);
    std::atomic<int> accepted{0};
    std::mutex lock;
    QString errors;
    std::vector<std::thread> threads;
    for (int t = 0; t < submitters; ++t) {
        threads.emplace_back([&, t] {
            const QString name = Database::uniqueConnectionName(QStringLiteral("portal"));
            {
                const DbError opened = Database::open(c.profile(), c.password(), name);
                QSqlDatabase db = QSqlDatabase::database(name, false);
                connected.count_down();
                go.wait();
                for (int i = 0; opened.ok() && i < each; ++i) {
                    const auto done = Polls::PollResponses::submit(
                        db, submission(poll, quint64(t * 100000 + i)));
                    if (done.refusal == Refusal::None && done.error.ok()) {
                        ++accepted;
                    } else {
                        const std::lock_guard<std::mutex> guard(lock);
                        errors += done.error.toString() + Polls::PollResponses::code(done.refusal)
                                  + QLatin1Char('\n');
                    }
                }
                if (!opened.ok()) {
                    const std::lock_guard<std::mutex> guard(lock);
                    errors += opened.toString();
                }
            }
            Database::close(name);
        });
    }
    connected.count_down();
    connected.wait();
    const double ms = Bench::timeMs([&] {
        go.count_down();
        for (std::thread &th : threads)
            th.join();
    });
    r.rows = accepted;
    r.ours = ms / double(std::max(1, int(accepted)));
    const qint64 counted = c.count(
        QStringLiteral(
            "SELECT coalesce(sum(responses), 0) FROM poll_participation WHERE poll_id = %1")
            .arg(poll.id));
    const bool held = rollupsHold(c, poll.id) && counted == submitters * each;
    r.note
        = QStringLiteral("%1 submitters x %2, %3 ms wall clock (ms per response shown); rollup %4")
              .arg(submitters)
              .arg(each)
              .arg(ms, 0, 'f', 0)
              .arg(held ? QStringLiteral("= GROUP BY, no count lost") : QStringLiteral("WRONG"));
    if (!held || !errors.isEmpty()) {
        r.note += QStringLiteral("; FAILED: ") + errors.left(300);
        c.fail();
    }
    c.results << r;
});

} // namespace
