#include "auth/session.h"
#include "db/database.h"
#include "db/dialect.h"
#include "moderation/moderationservice.h"
#include "moderation/queue/contributionloader.h"
#include "moderation/topicservice.h"
#include "polls/pollresponses.h"
#include "polls/pollservice.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Polls;

// Open poll answers go to moderation like contributions (migration 022): an answer given through
// the portal's entry point is in the queue, pending, with the flags of its text, under a topic
// standing for its question; the moderator approves it like any contribution; the seeder's bulk
// answers stay out; and the portal cannot write the queue but through its entry points.
class TestPollAnswerModeration : public QObject
{
    Q_OBJECT
private slots:
    void openAnswersArePendingWithTheirFlags_data() { TestDatabase::addRows(); }
    void openAnswersArePendingWithTheirFlags();
    void portalCannotWriteTheQueue();
};

namespace {

QStringList rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return TestDatabase::resultRows(db, sql, values);
}

// A poll of two questions (a yes/no, then an open one), open since yesterday.
qint64 openPoll(TestDatabase &t)
{
    Poll p;
    p.titleAr = QStringLiteral(u"الحدائق");
    p.titleEn = QStringLiteral("Parks");
    p.audience = Audience::Everyone;
    Question yes;
    yes.kind = QuestionKind::YesNo;
    yes.textAr = QStringLiteral(u"هل تزور الحدائق؟");
    yes.textEn = QStringLiteral("Do you visit parks?");
    Question open;
    open.kind = QuestionKind::OpenText;
    open.textAr = QStringLiteral(u"ماذا ينقصها؟");
    open.textEn = QStringLiteral("What do they lack?");
    open.required = false;
    p.questions = {yes, open};
    const Session editor = t.signInAs(QStringLiteral("editor"), Role::Editor);
    QSqlDatabase db = QSqlDatabase::database(editor.connectionName);
    qint64 id = 0;
    int version = 0;
    if (const DbError e = PollService::saveDraft(db, editor.login, 0, 0, p, &id, &version);
        !e.ok()) {
        qWarning() << e.toString();
        return 0;
    }
    QSqlQuery q(t.db());
    const QString time
        = t.isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
    q.prepare(QStringLiteral(
                  "UPDATE polls SET state = 'open', opens_at = %1, closes_at = %1 WHERE id = ?")
                  .arg(time));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(Database::fromDateTime(now.addDays(-1)));
    q.addBindValue(Database::fromDateTime(now.addDays(10)));
    q.addBindValue(id);
    if (!q.exec())
        qWarning() << q.lastError().text();
    return id;
}

PollResponses::Submitted
answer(TestDatabase &t, qint64 poll, const QString &qid, const QString &text)
{
    const QStringList questions
        = rows(t.db(),
               QStringLiteral("SELECT id FROM poll_questions WHERE poll_id = ? ORDER BY position"),
               {poll});
    PollResponses::Submission s;
    s.pollId = poll;
    s.respondent.qid = qid;
    s.respondent.verified = true;
    s.respondent.resident = true;
    s.respondent.gender = QStringLiteral("female");
    s.respondent.ageBand = QStringLiteral("25-34");
    s.respondent.nationalityGroup = QStringLiteral("qatari");
    s.respondent.municipality = QStringLiteral("doha");
    s.answers = QJsonArray{QJsonObject{{QStringLiteral("question"), questions.value(0).toDouble()},
                                       {QStringLiteral("value"), 1}}};
    if (!text.isEmpty())
        s.answers.append(QJsonObject{{QStringLiteral("question"), questions.value(1).toDouble()},
                                     {QStringLiteral("text"), text}});
    QSqlDatabase portal = t.portalConnection();
    return PollResponses::submit(portal, s);
}

} // namespace

void TestPollAnswerModeration::openAnswersArePendingWithTheirFlags()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 poll = openPoll(*t);
    QVERIFY(poll > 0);
    const QString phone = QStringLiteral(u"ظل أكثر، واتصلوا بي على 55123456");
    const PollResponses::Submitted first = answer(*t, poll, QStringLiteral("28400000001"), phone);
    QVERIFY2(first.error.ok() && first.id > 0, qPrintable(first.error.toString() + first.detail));
    const PollResponses::Submitted second
        = answer(*t, poll, QStringLiteral("28400000002"), QStringLiteral(u"مقاعد"));
    QVERIFY2(second.error.ok() && second.id > 0, qPrintable(second.error.toString()));
    // No open answer, nothing to moderate.
    const PollResponses::Submitted third = answer(*t, poll, QStringLiteral("28400000003"), {});
    QVERIFY2(third.error.ok() && third.id > 0, qPrintable(third.error.toString()));

    // Both answers wait for review, each with the flags of its text, under one topic standing
    // for the question; the second's flags are none.
    QCOMPARE(rows(t->db(),
                  QStringLiteral("SELECT c.poll_response_id, c.state, c.auto_flags, c.body, "
                                 "t.title_en, t.state FROM contributions c JOIN topics t ON "
                                 "t.id = c.topic_id ORDER BY c.id")),
             QStringList({QStringLiteral("%1|pending|phone|%2|Parks: What do they lack?|closed")
                              .arg(first.id)
                              .arg(phone),
                          QStringLiteral(u"%1|pending||مقاعد|Parks: What do they lack?|closed")
                              .arg(second.id)}));
    // The Topics page does not list it: the poll's designer owns the question.
    QCOMPARE(rows(t->db(),
                  QStringLiteral("SELECT count(*) FROM (%1) x")
                      .arg(Topics::TopicService::listSql(Dialect::of(t->db()))),
                  {500}),
             QStringList({QStringLiteral("0")}));

    // The moderator finds them under "Open poll answers" in the Pending tab.
    const Session m = t->signInAs(QStringLiteral("mona"), Roles(Role::Moderator));
    QSqlDatabase db = QSqlDatabase::database(m.connectionName);
    ContributionFilter onlyPolls;
    onlyPolls.pollAnswers = true;
    QVariantList values;
    const Dialect d = Dialect::of(db);
    const QString where = contributionTabWhere(ContributionTab::Pending)
                          + ContributionLoader::filterWhere(d, onlyPolls, &values);
    const QStringList queue
        = rows(db,
               QStringLiteral("SELECT c.id, c.auto_flags FROM contributions c WHERE 1 = 1") + where
                   + QStringLiteral(" ORDER BY c.submitted_at, c.id"),
               values);
    QCOMPARE(queue.size(), 2);
    QVERIFY2(queue.first().endsWith(QLatin1String("|phone")), qPrintable(queue.join(',')));

    // Approved like any contribution, and logged.
    const qint64 id = queue.first().section(QLatin1Char('|'), 0, 0).toLongLong();
    const ModerationService::Outcome o = ModerationService::act(
        db, m.staffId, {id, 1, ModerationService::Action::Approve, {}, {}});
    QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
    QCOMPARE(rows(t->db(),
                  QStringLiteral("SELECT c.state, l.action FROM contributions c JOIN "
                                 "moderation_log l ON l.contribution_id = c.id WHERE c.id = ?"),
                  {id}),
             QStringList({QStringLiteral("published|approve")}));

    // The seeder's bulk answers (no respondent hash) are not moderated one by one.
    QSqlQuery q(t->db());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO poll_responses (poll_id, gender, age_band, "
                                   "nationality_group, municipality, submitted_at) VALUES "
                                   "(%1, 'male', '18-24', 'qatari', 'doha', '2026-11-01')")
                        .arg(poll)),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral(
                        "INSERT INTO poll_answers (response_id, question_id, value_text) SELECT "
                        "(SELECT max(id) FROM poll_responses), id, 'seeded' FROM poll_questions "
                        "WHERE poll_id = %1 AND position = 1")
                        .arg(poll)),
             qPrintable(q.lastError().text()));
    QCOMPARE(rows(t->db(), QStringLiteral("SELECT count(*) FROM contributions")),
             QStringList({QStringLiteral("2")}));
}

void TestPollAnswerModeration::portalCannotWriteTheQueue()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        return; // SQLite is no security boundary
    }
    QString error;
    auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const qint64 poll = openPoll(*t);
    QVERIFY(poll > 0);
    const PollResponses::Submitted first
        = answer(*t, poll, QStringLiteral("28400000001"), QStringLiteral("shade"));
    QVERIFY2(first.error.ok() && first.id > 0, qPrintable(first.error.toString()));
    QSqlDatabase portal = t->portalConnection();
    QSqlQuery q(portal);
    for (const QString &sql :
         {QStringLiteral("INSERT INTO diwan.contributions (topic_id, author_id, author_name, body, "
                         "body_norm) VALUES (1, 'x', 'x', 'x', 'x')"),
          QStringLiteral("UPDATE diwan.contributions SET state = 'published'"),
          QStringLiteral("UPDATE diwan.topics SET state = 'open' WHERE poll_question_id > 0"),
          QStringLiteral("SELECT diwan.poll_question_topic(id) FROM diwan.poll_questions"),
          QStringLiteral("SELECT diwan_audit.redacted_original(1)")}) {
        QVERIFY2(!q.exec(sql), qPrintable(sql));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    QCOMPARE(rows(t->db(), QStringLiteral("SELECT state FROM diwan.contributions")),
             QStringList({QStringLiteral("pending")}));
}

QTEST_GUILESS_MAIN(TestPollAnswerModeration)
#include "tst_pollanswermoderation.moc"
