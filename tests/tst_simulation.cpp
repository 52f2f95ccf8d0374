#include "db/database.h"
#include "fixtures.h"
#include "polls/poll.h"
#include "polls/pollservice.h"
#include "simulation/simulator.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Issue 15: `diwan-admin simulate` plays the website through its entry points only (on
// PostgreSQL as a login of diwan_portal and nothing else), prints what it sent and what was
// refused, and stops by itself. A short run with a fixed seed: what it prints is what the
// database holds afterwards, and the same seed sends the same requests on both databases.

namespace {

using Fixtures::scalar;

struct Row
{
    qint64 sent = -1;
    qint64 done = -1;
    qint64 repeated = -1;
    qint64 refused = -1;
    qint64 errors = -1;
    QString codes;
};

// The printed table: "<request> sent done repeated refused errors  refused: code n, ...".
QHash<QString, Row> parse(const QString &output)
{
    QHash<QString, Row> rows;
    static const QRegularExpression line(
        QStringLiteral(
            "^([a-z]+(?: "
            "[a-z]+)?)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)\\s+(\\d+)(?:\\s+refused: (.*))?$"),
        QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(output); it.hasNext();) {
        const auto m = it.next();
        rows.insert(m.captured(1),
                    {m.captured(2).toLongLong(),
                     m.captured(3).toLongLong(),
                     m.captured(4).toLongLong(),
                     m.captured(5).toLongLong(),
                     m.captured(6).toLongLong(),
                     m.captured(7)});
    }
    return rows;
}

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT
private slots:
    void printedIsWritten_data() { TestDatabase::addRows(); }
    void printedIsWritten();
    void reportsWhatIsPublished_data() { TestDatabase::addRows(); }
    void reportsWhatIsPublished();
};

void TestSimulation::printedIsWritten()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QVERIFY(Fixtures::service(db, {QStringLiteral("rp"), {}, {}, QStringLiteral("residency"), 72}));
    QVERIFY(Fixtures::service(db, {QStringLiteral("vv"), {}, {}, QStringLiteral("visas"), 120}));
    for (const char *code : {"passport", "photo", "sponsor_letter"})
        QVERIFY(Fixtures::document(
            db,
            {QStringLiteral("rp"), QLatin1String(code), QLatin1String(code), QLatin1String(code)}));
    QVERIFY(Fixtures::document(db,
                               {QStringLiteral("vv"),
                                QStringLiteral("passport"),
                                QStringLiteral("p"),
                                QStringLiteral("p")}));
    Fixtures::Topic pre;
    QVERIFY(Fixtures::topic(db, pre));
    Fixtures::Topic post;
    post.moderation = QStringLiteral("post");
    post.reportThreshold = 2;
    QVERIFY(Fixtures::topic(db, post));
    // An open poll with a question of most kinds, one shown only after a given answer.
    Polls::Poll poll;
    poll.titleAr = QStringLiteral(u"النقل العام");
    poll.titleEn = QStringLiteral("Public transport");
    const auto question = [](Polls::QuestionKind kind, int options) {
        Polls::Question q;
        q.kind = kind;
        q.textAr = QStringLiteral(u"سؤال");
        q.textEn = QStringLiteral("Question");
        for (int k = 0; k < options; ++k)
            q.options.append(
                {QStringLiteral(u"خيار %1").arg(k + 1), QStringLiteral("Option %1").arg(k + 1)});
        return q;
    };
    Polls::Question multiple = question(Polls::QuestionKind::Multiple, 4);
    multiple.minPicks = 1;
    multiple.maxPicks = 2;
    Polls::Question open = question(Polls::QuestionKind::OpenText, 0);
    open.required = false;
    open.showIf = Polls::ShowIf{0, 1};
    poll.questions = {question(Polls::QuestionKind::Single, 3),
                      multiple,
                      open,
                      question(Polls::QuestionKind::Rating, 0),
                      question(Polls::QuestionKind::Ranking, 3)};
    const Session editor = t->signInAs(QStringLiteral("editor"), Role::Editor);
    qint64 pollId = 0;
    QCOMPARE(Fixtures::openPoll(db, editor, poll, &pollId), QString());

    // The website's own login on PostgreSQL; its password from the environment, as always.
    QString url = t->profile().toUrl();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (t->isPostgres()) {
        const QString login = t->uniqueLogin(QStringLiteral("website"));
        QSqlQuery q(db);
        QVERIFY2(q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD 'web-pass-1' IN ROLE "
                                       "diwan_portal")
                            .arg(login)),
                 qPrintable(q.lastError().text()));
        url = t->profileFor(login).toUrl();
        env.insert(QStringLiteral("DIWAN_PASSWORD"), QStringLiteral("web-pass-1"));
    }
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIWAN_APP_DIR "/diwan-admin"),
            {QStringLiteral("simulate"),
             QStringLiteral("--database"),
             url,
             QStringLiteral("--rate"),
             QStringLiteral("200/s"),
             QStringLiteral("--duration"),
             QStringLiteral("1"),
             QStringLiteral("--seed"),
             QStringLiteral("7")});
    QVERIFY(p.waitForFinished(120000));
    const QString output = QString::fromUtf8(p.readAllStandardOutput());
    qInfo().noquote() << output;
    QVERIFY2(p.exitCode() == 0, qPrintable(output + QString::fromUtf8(p.readAllStandardError())));
    QVERIFY(output.startsWith(QLatin1String("simulated 200 requests in ")));

    const QHash<QString, Row> rows = parse(output);
    QCOMPARE(rows.size(), 5);
    // What was written is what it says was done, nothing twice.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM transactions")).toLongLong(),
             rows[QStringLiteral("transaction")].done);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM transactions WHERE state = 'withdrawn'"))
            .toLongLong(),
        rows[QStringLiteral("withdrawal")].done);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM portal_requests")).toLongLong(),
             rows[QStringLiteral("transaction")].done + rows[QStringLiteral("withdrawal")].done);
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM contributions WHERE poll_response_id IS NULL"))
            .toLongLong(),
        rows[QStringLiteral("contribution")].done);
    // Every open answer of a response is in the moderation queue too (migration 022).
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM contributions WHERE poll_response_id IS "
                              "NOT NULL AND state = 'pending'"))
            .toLongLong(),
        scalar(db, QStringLiteral("SELECT count(*) FROM poll_answers WHERE value_text IS NOT NULL"))
            .toLongLong());
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contribution_reports")).toLongLong(),
             rows[QStringLiteral("report")].done);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM poll_responses")).toLongLong(),
             rows[QStringLiteral("poll response")].done);
    // The rollups are the GROUP BY of what was written.
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT coalesce(sum(responses), 0) FROM poll_participation")),
        scalar(db, QStringLiteral("SELECT count(*) FROM poll_responses")));
    qint64 sent = 0;
    for (const Row &r : rows) {
        QCOMPARE(r.errors, 0);
        QCOMPARE(r.done + r.repeated + r.refused, r.sent);
        sent += r.sent;
    }
    QCOMPARE(sent, 203);

    // The same seed, the same requests, whichever database answers them.
    QCOMPARE(rows[QStringLiteral("transaction")].sent, 77);
    QCOMPARE(rows[QStringLiteral("transaction")].done, 70);
    QCOMPARE(rows[QStringLiteral("transaction")].repeated, 1);
    QCOMPARE(rows[QStringLiteral("transaction")].codes,
             QStringLiteral("contact_invalid 3, qid_invalid 2, service_unknown 1"));
    QCOMPARE(rows[QStringLiteral("withdrawal")].done, 10);
    QCOMPARE(rows[QStringLiteral("withdrawal")].codes,
             QStringLiteral("not_found 2, not_withdrawable 5"));
    QCOMPARE(rows[QStringLiteral("contribution")].codes,
             QStringLiteral("text_empty 2, text_too_long 1, topic_not_open 1"));
    // Reports: what a report hid leaves the website's pages, so the refused ones are those sent
    // on nothing (none published yet, or one in ten on purpose).
    QCOMPARE(rows[QStringLiteral("report")].done, 17);
    QCOMPARE(rows[QStringLiteral("report")].codes, QStringLiteral("not_found 7"));
    QCOMPARE(rows[QStringLiteral("poll response")].done, 36);
    QCOMPARE(rows[QStringLiteral("poll response")].codes, QStringLiteral("already_answered 1"));
}

// The website reports what is published, whoever published it. Told where to read it (a
// moderator's connection: the portal's login may not read the contributions' state), its reports
// reach the contributions moderators published, which it did not submit; not told, on a topic
// moderated before publication it knows of nothing published and every report is refused.
void TestSimulation::reportsWhatIsPublished()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const qint64 topic = Fixtures::topic(db, {}); // moderated before publication
    QVERIFY(topic > 0);
    for (int i = 0; i < 10; ++i)
        QVERIFY(Fixtures::contribution(db,
                                       {.topicId = topic,
                                        .authorId = QStringLiteral("published-%1").arg(i),
                                        .body = QStringLiteral("contribution %1").arg(i),
                                        .submittedAt = QDateTime::currentDateTimeUtc()})
                > 0);
    // 200 requests as fast as the database answers, what was reported.
    QSqlDatabase portal = t->portalConnection();
    Simulation::Options options;
    options.rate = 200;
    options.durationSeconds = 1;
    options.paced = false;
    const auto reports = [&](quint64 seed) {
        options.seed = seed;
        Simulation::Report report;
        Simulation::Simulator simulator(portal, options);
        const DbError e = simulator.run(&report);
        return e.ok() ? report.kinds.value(QStringLiteral("report")) : Simulation::Report::Kind{};
    };
    const Simulation::Report::Kind unseen = reports(7);
    QCOMPARE(unseen.sent, 20);
    QCOMPARE(unseen.done, 0);
    QCOMPARE(unseen.refused,
             (QMap<QString, qint64>{{QStringLiteral("bad_reason"), 2},
                                    {QStringLiteral("not_found"), 18}}));

    const Session moderator = t->signInAs(QStringLiteral("pages"), Role::Moderator);
    options.published = QSqlDatabase::database(moderator.connectionName);
    const Simulation::Report::Kind seen = reports(8);
    QCOMPARE(seen.sent, 13);
    QCOMPARE(seen.done, 13);
    QCOMPARE(seen.refusedTotal(), 0);
    QCOMPARE(seen.errors, 0);
    // Each on one of the ten, each counted, and two of the ten hidden by their third report.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contribution_reports r JOIN contributions "
                                   "c ON c.id = r.contribution_id WHERE c.author_id LIKE "
                                   "'published-%'")),
             QString::number(seen.done));
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(report_count) FROM contributions")),
             QString::number(seen.done));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contributions WHERE state = 'hidden' AND "
                                   "report_count = 3 AND auto_hidden_at IS NOT NULL")),
             QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestSimulation)
#include "tst_simulation.moc"
