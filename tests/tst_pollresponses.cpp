#include "auth/session.h"
#include "db/database.h"
#include "db/dialect.h"
#include "demo/seeder.h"
#include "polls/pollresponses.h"
#include "polls/pollresults.h"
#include "polls/pollrollup.h"
#include "polls/pollservice.h"
#include "polls/publicresults.h"
#include "testdatabase.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

using namespace Polls;

// The website's answers to a poll (migration 016) on SQLite and PostgreSQL: every refusal with
// its code, one response per person by a keyed hash of the QID, the portal's plain INSERT refused,
// and the rollups equal to the GROUP BY over the responses and answers, whether the seeder filled
// them or the responses arrived one by one.
class TestPollResponses : public QObject
{
    Q_OBJECT
private slots:
    void hmacIsRfc4231_data() { TestDatabase::addRows(); }
    void hmacIsRfc4231();
    void seededRollupsAreTheGroupBy_data() { TestDatabase::addRows(); }
    void seededRollupsAreTheGroupBy();
    void segmentTablesAreTheGroupBy_data() { TestDatabase::addRows(); }
    void segmentTablesAreTheGroupBy();
    void refusals_data() { TestDatabase::addRows(); }
    void refusals();
    void portalWritesOnlyThroughTheFunction();
    void publicResultsFollowVisibility_data() { TestDatabase::addRows(); }
    void publicResultsFollowVisibility();
};

namespace {

QStringList rows(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return TestDatabase::resultRows(db, sql, values);
}

qint64 scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QString rollupTable()
{
    return QStringLiteral("SELECT poll_id, question_id, option_id, value_int, day, gender, "
                          "age_band, nationality_group, municipality, answers FROM poll_rollup "
                          "ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9");
}

QString participationTable()
{
    return QStringLiteral("SELECT poll_id, day, gender, age_band, nationality_group, "
                          "municipality, responses FROM poll_participation "
                          "ORDER BY 1, 2, 3, 4, 5, 6");
}

using PollResponses::Refusal;

// A poll with a question of every kind: 0 single (other allowed), 1 multiple (1 to 2 of 3),
// 2 yes/no, 3 open (only after "no"), 4 rating, 5 Likert (optional), 6 ranking (3 options).
Poll everyKind()
{
    Poll p;
    p.titleAr = QStringLiteral(u"النقل العام");
    p.titleEn = QStringLiteral("Public transport");
    p.audience = Audience::Residents;
    p.municipalities = {QStringLiteral("doha"), QStringLiteral("al_rayyan")};
    p.ageBands = {QStringLiteral("25-34"), QStringLiteral("35-44")};
    const auto question = [](QuestionKind kind, const QString &ar, int options) {
        Question q;
        q.kind = kind;
        q.textAr = ar;
        q.textEn = QStringLiteral("Question");
        for (int k = 0; k < options; ++k)
            q.options.append(
                {QStringLiteral(u"خيار %1").arg(k + 1), QStringLiteral("Option %1").arg(k + 1)});
        return q;
    };
    Question single = question(QuestionKind::Single, QStringLiteral(u"كيف تتنقل؟"), 2);
    single.otherOption = true;
    Question multiple = question(QuestionKind::Multiple, QStringLiteral(u"ماذا ينقص؟"), 3);
    multiple.minPicks = 1;
    multiple.maxPicks = 2;
    Question open = question(QuestionKind::OpenText, QStringLiteral(u"لماذا؟"), 0);
    open.required = false;
    open.showIf = ShowIf{2, 1};
    Question likert = question(QuestionKind::Likert, QStringLiteral(u"الحافلات نظيفة"), 0);
    likert.required = false;
    p.questions = {single,
                   multiple,
                   question(QuestionKind::YesNo, QStringLiteral(u"هل تستخدم المترو؟"), 0),
                   open,
                   question(QuestionKind::Rating, QStringLiteral(u"قيّم الخدمة"), 0),
                   likert,
                   question(QuestionKind::Ranking, QStringLiteral(u"رتّب الأولويات"), 3)};
    return p;
}

// Saves `poll` as an editor's draft, then (as the administrator) opens it since yesterday.
qint64 openPoll(TestDatabase &t, const Poll &poll, const QString &state = QStringLiteral("open"))
{
    const Session editor = t.signInAs(QStringLiteral("editor%1").arg(state), Role::Editor);
    QSqlDatabase db = QSqlDatabase::database(editor.connectionName);
    qint64 id = 0;
    int version = 0;
    const DbError e = PollService::saveDraft(db, editor.login, 0, 0, poll, &id, &version);
    if (!e.ok()) {
        qWarning() << e.toString();
        return 0;
    }
    QSqlQuery q(t.db());
    const QString time
        = t.isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
    q.prepare(
        QStringLiteral("UPDATE polls SET state = ?, opens_at = %1, closes_at = %1 WHERE id = ?")
            .arg(time));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    q.addBindValue(state);
    q.addBindValue(Database::fromDateTime(now.addDays(-1)));
    q.addBindValue(Database::fromDateTime(now.addDays(10)));
    q.addBindValue(id);
    if (!q.exec())
        qWarning() << q.lastError().text();
    return id;
}

// The answers with Qn (question n's id) and On_k (its option k's id) filled in.
QJsonArray answers(QSqlDatabase db, qint64 poll, QString text)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT q.position, q.id, o.position, o.id FROM poll_questions q "
                             "LEFT JOIN poll_options o ON o.question_id = q.id WHERE q.poll_id = ? "
                             "ORDER BY q.position DESC, o.position DESC"));
    q.addBindValue(poll);
    if (!q.exec())
        qWarning() << q.lastError().text();
    while (q.next()) {
        if (!q.value(3).isNull())
            text.replace(QStringLiteral("O%1_%2").arg(q.value(0).toInt()).arg(q.value(2).toInt()),
                         q.value(3).toString());
        text.replace(QRegularExpression(QStringLiteral("\\bQ%1\\b").arg(q.value(0).toInt())),
                     q.value(1).toString());
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << text << error.errorString();
    return doc.array();
}

PollResponses::Respondent resident(const QString &qid)
{
    PollResponses::Respondent r;
    r.qid = qid;
    r.verified = true;
    r.resident = true;
    r.gender = QStringLiteral("female");
    r.ageBand = QStringLiteral("25-34");
    r.nationalityGroup = QStringLiteral("non_qatari");
    r.municipality = QStringLiteral("doha");
    return r;
}

const char *const fullAnswer
    = R"([{"question": Q0, "options": [O0_0]}, {"question": Q1, "options": [O1_0, O1_2]},
         {"question": Q2, "value": 1}, {"question": Q4, "value": 7}, {"question": Q5, "value": 2},
         {"question": Q6, "ranking": [O6_2, O6_0, O6_1]}])";

} // namespace

void TestPollResponses::hmacIsRfc4231()
{
    // RFC 4231, test cases 2 and 6 (a key longer than the block).
    const QByteArray longKey(131, '\xaa');
    const QByteArray message2("what do ya want for nothing?");
    const QByteArray message6("Test Using Larger Than Block-Size Key - Hash Key First");
    QCOMPARE(PollResponses::hmacSha256("Jefe", message2).toHex(),
             QByteArray("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QCOMPARE(PollResponses::hmacSha256(longKey, message6).toHex(),
             QByteArray("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    QCOMPARE(PollResponses::respondentKey(QStringLiteral(u" ٢٨٤ ٦٣٤٠ 0123 ")),
             QStringLiteral("28463400123"));
    DIWAN_OPEN_DB(t, true);
    if (!t->isPostgres())
        return; // SQLite has no SQL of its own here: the C++ above is its hash
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT encode(diwan.hmac_sha256(convert_to('Jefe', 'UTF8'), "
        "convert_to('what do ya want for nothing?', 'UTF8')), 'hex'), "
        "encode(diwan.hmac_sha256(decode(repeat('aa', 131), 'hex'), "
        "convert_to('Test Using Larger Than Block-Size Key - Hash Key First', 'UTF8')), 'hex')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(),
             QStringLiteral("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    QCOMPARE(q.value(1).toString(),
             QStringLiteral("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"));
    // The QID's hash with the padded keys made once (migration 023) is the HMAC of the
    // normalised QID under the secret, as the QID with Arabic-Indic digits and spaces is too.
    QVERIFY(q.exec(
        QStringLiteral("SELECT diwan.respondent_hash('28463400123') = diwan.hmac_sha256(k.secret, "
                       "convert_to('28463400123', 'UTF8')), diwan.respondent_hash('28463400123') = "
                       "diwan.respondent_hash(' ' || U&'\\0662\\0668\\0664' || ' 6340 0123 ') "
                       "FROM diwan.poll_respondent_key k")));
    QVERIFY(q.next());
    QVERIFY(q.value(0).toBool());
    QVERIFY(q.value(1).toBool());
}

void TestPollResponses::refusals()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 poll = openPoll(*t, everyKind());
    QVERIFY(poll > 0);
    const qint64 draft = openPoll(*t, everyKind(), QStringLiteral("draft"));
    const qint64 closed = openPoll(*t, everyKind(), QStringLiteral("closed"));
    QSqlDatabase portal = t->portalConnection();
    QSqlDatabase admin = t->db();

    struct Case
    {
        const char *name;
        qint64 poll;
        PollResponses::Respondent who;
        QString answers;
        Refusal expected;
    };
    const QString full = QString::fromUtf8(fullAnswer);
    const auto with = [&full](const char *from, const char *to) {
        QString s = full;
        s.replace(QLatin1String(from), QLatin1String(to));
        return s;
    };
    PollResponses::Respondent elsewhere = resident(QStringLiteral("28400000002"));
    elsewhere.municipality = QStringLiteral("al_khor");
    PollResponses::Respondent visitor = resident(QStringLiteral("28400000003"));
    visitor.resident = false;
    PollResponses::Respondent older = resident(QStringLiteral("28400000004"));
    older.ageBand = QStringLiteral("65+");
    PollResponses::Respondent nobody = resident(QString());
    PollResponses::Respondent strange = resident(QStringLiteral("28400000005"));
    strange.gender = QStringLiteral("x");
    const PollResponses::Respondent next = resident(QStringLiteral("28400000009"));
    const QList<Case> cases{
        {"a draft", draft, next, full, Refusal::PollNotOpen},
        {"a closed poll", closed, next, full, Refusal::PollNotOpen},
        {"no such poll", poll + 1000, next, full, Refusal::PollNotOpen},
        {"another municipality", poll, elsewhere, full, Refusal::NotEligible},
        {"not a resident", poll, visitor, full, Refusal::NotEligible},
        {"another age band", poll, older, full, Refusal::NotEligible},
        {"no QID", poll, nobody, full, Refusal::RespondentMissing},
        {"a gender not of the list", poll, strange, full, Refusal::RespondentMissing},
        {"an option of another question",
         poll,
         next,
         with("[O0_0]", "[O1_0]"),
         Refusal::UnknownOption},
        {"a question of another poll", poll, next, full + QString(), Refusal::UnknownOption},
        {"other where there is none",
         poll,
         next,
         with("[O1_0, O1_2]", "[O1_0], \"other\": \"x\""),
         Refusal::UnknownOption},
        {"three of at most two",
         poll,
         next,
         with("[O1_0, O1_2]", "[O1_0, O1_1, O1_2]"),
         Refusal::WrongPicks},
        {"two on a single choice", poll, next, with("[O0_0]", "[O0_0, O0_1]"), Refusal::WrongPicks},
        {"an option and other on a single choice",
         poll,
         next,
         with("[O0_0]", "[O0_0], \"other\": \"x\""),
         Refusal::WrongPicks},
        {"the same option twice",
         poll,
         next,
         with("[O1_0, O1_2]", "[O1_0, O1_0]"),
         Refusal::WrongPicks},
        {"the rating missing",
         poll,
         next,
         with("{\"question\": Q4, \"value\": 7}, ", ""),
         Refusal::RequiredMissing},
        {"the single choice answered with nothing",
         poll,
         next,
         with("[O0_0]", "[]"),
         Refusal::RequiredMissing},
        {"a rating of 11", poll, next, with("\"value\": 7", "\"value\": 11"), Refusal::OutOfRange},
        {"a rating of 0", poll, next, with("\"value\": 7", "\"value\": 0"), Refusal::OutOfRange},
        {"a rating of 6.5",
         poll,
         next,
         with("\"value\": 7", "\"value\": 6.5"),
         Refusal::OutOfRange},
        {"yes/no of 3", poll, next, with("\"value\": 1", "\"value\": 3"), Refusal::OutOfRange},
        {"a ranking with a repeat",
         poll,
         next,
         with("[O6_2, O6_0, O6_1]", "[O6_2, O6_2, O6_1]"),
         Refusal::BadRanking},
        {"a ranking short of one",
         poll,
         next,
         with("[O6_2, O6_0, O6_1]", "[O6_2, O6_0]"),
         Refusal::BadRanking},
        {"an open answer where it is hidden",
         poll,
         next,
         with("\"value\": 1}", "\"value\": 1}, {\"question\": Q3, \"text\": \"x\"}"),
         Refusal::BadAnswer},
        {"a text for a choice",
         poll,
         next,
         with("\"options\": [O0_0]", "\"text\": \"bus\""),
         Refusal::BadAnswer},
        {"a question twice",
         poll,
         next,
         with("\"value\": 1}", "\"value\": 1}, {\"question\": Q2, \"value\": 2}"),
         Refusal::BadAnswer},
        {"an empty open answer",
         poll,
         next,
         with("\"value\": 1}", "\"value\": 2}, {\"question\": Q3, \"text\": \" \\u0640 \"}"),
         Refusal::BadAnswer},
    };
    for (const Case &c : cases) {
        PollResponses::Submission s;
        s.pollId = c.poll;
        s.respondent = c.who;
        s.answers = answers(admin, poll, c.answers);
        if (QLatin1String(c.name) == QLatin1String("a question of another poll"))
            s.answers.append(QJsonObject{{QStringLiteral("question"), double(poll + 100000)}});
        const PollResponses::Submitted r = PollResponses::submit(portal, s);
        QVERIFY2(r.error.ok(),
                 qPrintable(QLatin1String(c.name) + QLatin1String(": ") + r.error.toString()));
        QVERIFY2(r.refusal == c.expected,
                 qPrintable(QStringLiteral("%1: %2 (%3), expected %4")
                                .arg(QLatin1String(c.name),
                                     PollResponses::code(r.refusal),
                                     r.detail,
                                     PollResponses::code(c.expected))));
    }
    QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM poll_responses")), qint64(0));

    // Accepted: the QID as written in any digits and spacing is the same person.
    PollResponses::Submission s;
    s.pollId = poll;
    s.respondent = resident(QStringLiteral("28463400123"));
    s.answers = answers(admin, poll, full);
    PollResponses::Submitted r = PollResponses::submit(portal, s);
    QVERIFY2(r.error.ok() && r.refusal == Refusal::None && r.id > 0,
             qPrintable(r.error.toString() + r.detail));
    s.respondent.qid = QStringLiteral(u"٢٨٤ ٦٣٤٠ ٠١٢٣");
    s.respondent.gender = QStringLiteral("male");
    r = PollResponses::submit(portal, s);
    QCOMPARE(PollResponses::code(r.refusal), QStringLiteral("already_answered"));
    QCOMPARE(PollResponses::sqlState(r.refusal), QStringLiteral("DW203"));
    // "No" shows the open question; other (please specify) instead of an option; a man.
    s.respondent = resident(QStringLiteral("28463400124"));
    s.respondent.gender = QStringLiteral("male");
    s.answers
        = answers(admin,
                  poll,
                  with("\"value\": 1}", "\"value\": 2}, {\"question\": Q3, \"text\": \"crowded\"}")
                      .replace(QLatin1String("\"options\": [O0_0]"),
                               QLatin1String("\"other\": \"bicycle\"")));
    r = PollResponses::submit(portal, s);
    QVERIFY2(r.error.ok() && r.refusal == Refusal::None, qPrintable(r.error.toString() + r.detail));

    // Nothing but hashes: the QID is nowhere in the response.
    QCOMPARE(
        scalar(admin,
               QStringLiteral("SELECT count(*) FROM poll_responses WHERE poll_id = %1").arg(poll)),
        qint64(2));
    QCOMPARE(
        scalar(admin, QStringLiteral("SELECT count(DISTINCT respondent_hash) FROM poll_responses")),
        qint64(2));
    // The rollups are the GROUP BY after the submissions.
    const bool pg = t->isPostgres();
    QCOMPARE(rows(admin, rollupTable()),
             rows(admin,
                  PollRollup::rollupFromAnswers(pg, QStringLiteral("0"))
                      + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9")));
    QCOMPARE(rows(admin, participationTable()),
             rows(admin,
                  PollRollup::participationFromResponses(pg, QStringLiteral("0"))
                      + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5, 6")));
    // What each kind leaves in the rollup: the rating's value, the ranking's positions, "other"
    // and the open answer under option 0.
    const QString rollupOf = QStringLiteral(
        "SELECT coalesce(sum(answers), 0) FROM poll_rollup r JOIN poll_questions q ON q.id = "
        "r.question_id WHERE q.poll_id = %1 AND q.position = %2 AND %3");
    QCOMPARE(scalar(admin,
                    rollupOf.arg(poll).arg(4).arg(
                        QStringLiteral("r.value_int = 7 AND r.option_id = 0"))),
             qint64(2));
    QCOMPARE(scalar(admin,
                    rollupOf.arg(poll).arg(6).arg(
                        QStringLiteral("r.value_int = 1 AND r.option_id = (SELECT id FROM "
                                       "poll_options WHERE question_id = q.id AND position = 2)"))),
             qint64(2));
    QCOMPARE(scalar(admin,
                    rollupOf.arg(poll).arg(0).arg(
                        QStringLiteral("r.option_id = 0 AND r.value_int = 0"))),
             qint64(1));
    QCOMPARE(scalar(admin,
                    rollupOf.arg(poll).arg(3).arg(
                        QStringLiteral("r.option_id = 0 AND r.value_int = 0"))),
             qint64(1));
    QCOMPARE(scalar(admin,
                    rollupOf.arg(poll).arg(2).arg(
                        QStringLiteral("r.value_int = 2 AND r.gender = 'male'"))),
             qint64(1));
    QCOMPARE(
        scalar(admin,
               QStringLiteral("SELECT sum(responses) FROM poll_participation WHERE poll_id = %1")
                   .arg(poll)),
        qint64(2));
}

void TestPollResponses::portalWritesOnlyThroughTheFunction()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        return; // SQLite is no security boundary
    }
    QString error;
    auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    const qint64 poll = openPoll(*t, everyKind());
    QSqlDatabase portal = t->portalConnection();
    QSqlQuery q(portal);
    for (const QString &sql :
         {QStringLiteral(
              "INSERT INTO diwan.poll_responses (poll_id, gender, age_band, nationality_group, "
              "municipality) VALUES (%1, 'male', '25-34', 'qatari', 'doha')"),
          QStringLiteral("INSERT INTO diwan.poll_answers (response_id, question_id, value_int) "
                         "SELECT 1, id, 1 FROM diwan.poll_questions WHERE poll_id = %1"),
          QStringLiteral(
              "INSERT INTO diwan.poll_rollup (poll_id, question_id, day, gender, age_band, "
              "nationality_group, municipality, answers) VALUES (%1, 1, current_date, "
              "'male', '25-34', 'qatari', 'doha', 1000)"),
          QStringLiteral("UPDATE diwan.poll_participation SET responses = 0 WHERE poll_id = %1"),
          QStringLiteral("SELECT secret FROM diwan.poll_respondent_key WHERE %1 > 0"),
          QStringLiteral("SELECT diwan.hmac_sha256('k', 'm') WHERE %1 > 0")}) {
        QVERIFY2(!q.exec(sql.arg(poll)), qPrintable(sql));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    // The portal's own function works for the portal only: an editor is refused.
    const Session editor = t->signInAs(QStringLiteral("someone"), Role::Editor);
    QSqlDatabase staff = QSqlDatabase::database(editor.connectionName);
    QSqlQuery e(staff);
    QVERIFY(
        !e.exec(QStringLiteral("SELECT diwan.submit_poll_response(%1, '28400000001', true, true, "
                               "'male', '25-34', 'qatari', 'doha', '[]')")
                    .arg(poll)));
    QCOMPARE(e.lastError().nativeErrorCode(), QStringLiteral("42501"));
    // In plain SQL the portal gets the code the website shows.
    QVERIFY(
        !q.exec(QStringLiteral("SELECT diwan.submit_poll_response(%1, '28400000001', true, true, "
                               "'male', '25-34', 'qatari', 'doha', '[]')")
                    .arg(poll)));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("DW206"));
    QVERIFY2(q.lastError().databaseText().contains(QLatin1String("required_missing: ")),
             qPrintable(q.lastError().databaseText()));
}

namespace {

DbError seedResponses(TestDatabase &t, int responses)
{
    QSqlDatabase db = t.db();
    Seeder::Options o;
    o.transactions = 60;
    o.contributions = 10;
    o.pollResponses = responses;
    o.createAccounts = false;
    o.now = QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
    o.profile = t.profile();
    o.password = t.password();
    return Seeder::seed(db, o);
}

} // namespace

void TestPollResponses::seededRollupsAreTheGroupBy()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const DbError e = seedResponses(*t, 700);
    QVERIFY2(e.ok(), qPrintable(e.toString()));

    const bool pg = t->isPostgres();
    const QStringList rollup = rows(db, rollupTable());
    QCOMPARE(rollup,
             rows(db,
                  PollRollup::rollupFromAnswers(pg, QStringLiteral("0"))
                      + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9")));
    const QStringList participation = rows(db, participationTable());
    QCOMPARE(participation,
             rows(db,
                  PollRollup::participationFromResponses(pg, QStringLiteral("0"))
                      + QStringLiteral(" ORDER BY 1, 2, 3, 4, 5, 6")));
    // Every answer and every response is counted once.
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(answers) FROM poll_rollup")),
             scalar(db, QStringLiteral("SELECT count(*) FROM poll_answers")));
    QCOMPARE(scalar(db, QStringLiteral("SELECT sum(responses) FROM poll_participation")),
             qint64(700));
    QVERIFY(rollup.size() > 100);
    // A response at 22:30 UTC counts for the next day in Doha.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM poll_responses r WHERE %1 <> %2")
                        .arg(PollRollup::dayOf(pg, QStringLiteral("r.submitted_at")),
                             pg ? QStringLiteral("CAST(r.submitted_at AT TIME ZONE 'UTC' AS date)")
                                : QStringLiteral("substr(r.submitted_at, 1, 10)")))
                 > 0,
             true);
}

// The designer's per-segment tables (read from the rollups) against a GROUP BY over the raw
// responses and answers: every segment's responses, every count, the shares of the right base
// and the intervals; the small segments (under 30) are the ones marked.
void TestPollResponses::segmentTablesAreTheGroupBy()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const DbError e = seedResponses(*t, 700);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    const qint64 poll = scalar(db,
                               QStringLiteral("SELECT poll_id FROM poll_responses GROUP BY poll_id "
                                              "ORDER BY count(*) DESC, poll_id LIMIT 1"));
    QVERIFY(poll > 0);
    PollResults results;
    QVERIFY(PollResults::load(db, poll, &results).ok());
    QVERIFY(results.responses > 100);

    int cells = 0;
    int small = 0;
    for (const QString &dimension : PollResults::dimensions()) {
        QHash<QString, qint64> responses;
        for (const QString &row :
             rows(db,
                  QStringLiteral("SELECT %1, count(*) FROM poll_responses WHERE poll_id = %2 "
                                 "GROUP BY %1")
                      .arg(dimension)
                      .arg(poll)))
            responses.insert(row.section(QLatin1Char('|'), 0, 0),
                             row.section(QLatin1Char('|'), 1, 1).toLongLong());
        QHash<QString, qint64> raw; // question|segment|option|value -> answers
        for (const QString &row :
             rows(db,
                  QStringLiteral(
                      "SELECT a.question_id, r.%1, coalesce(a.option_id, 0), "
                      "coalesce(a.value_int, 0), count(*) FROM poll_answers a "
                      "JOIN poll_responses r ON r.id = a.response_id WHERE r.poll_id = %2 "
                      "GROUP BY a.question_id, r.%1, coalesce(a.option_id, 0), "
                      "coalesce(a.value_int, 0)")
                      .arg(dimension)
                      .arg(poll)))
            raw.insert(row.section(QLatin1Char('|'), 0, 3),
                       row.section(QLatin1Char('|'), 4, 4).toLongLong());
        for (const QuestionResult &q : results.questions) {
            int segments = 0;
            for (const SegmentResult &s : q.segments) {
                if (s.dimension != dimension)
                    continue;
                ++segments;
                QCOMPARE(s.responses, responses.value(s.key));
                QCOMPARE(s.rows.size(), q.rows.size());
                qint64 sum = 0;
                for (const ResultRow &row : s.rows) {
                    const bool ranking = q.kind == QLatin1String("ranking");
                    const int value = ranking && row.optionId > 0 ? 1 : row.value;
                    const QString key = QStringLiteral("%1|%2|%3|%4")
                                            .arg(q.questionId)
                                            .arg(s.key)
                                            .arg(row.optionId)
                                            .arg(value);
                    QCOMPARE(row.count, raw.value(key));
                    sum += row.count;
                    ++cells;
                }
                const bool ofResponses
                    = q.kind == QLatin1String("multiple") || q.kind == QLatin1String("open");
                QCOMPARE(s.base, ofResponses ? s.responses : sum);
                for (const ResultRow &row : s.rows) {
                    QCOMPARE(row.share, s.base > 0 ? double(row.count) / double(s.base) : 0.0);
                    const Statistics::Interval w
                        = Statistics::wilson(double(row.count), double(s.base));
                    QCOMPARE(row.interval.low, w.low);
                    QCOMPARE(row.interval.high, w.high);
                }
                if (s.responses < PollResults::SmallSegment)
                    ++small;
            }
            QCOMPARE(segments, int(responses.size()));
        }
    }
    QVERIFY(cells > 200);
    QVERIFY(small > 0);
}

// What the website may read of the results (migration 026; Polls::PublicResults on SQLite): for
// each "results" setting and each moment of the lifecycle, either the refusal DW212 or the counts,
// equal to a GROUP BY over the raw answers; on PostgreSQL in plain SQL under the portal's login.
void TestPollResponses::publicResultsFollowVisibility()
{
    DIWAN_OPEN_DB(t, true);
    const qint64 poll = openPoll(*t, everyKind());
    QVERIFY(poll > 0);
    QSqlDatabase portal = t->portalConnection();
    QSqlDatabase admin = t->db();
    for (const char *qid : {"28400000011", "28400000012"}) {
        PollResponses::Submission s;
        s.pollId = poll;
        s.respondent = resident(QLatin1String(qid));
        s.answers = answers(admin, poll, QString::fromUtf8(fullAnswer));
        const PollResponses::Submitted r = PollResponses::submit(portal, s);
        QVERIFY2(r.refusal == Refusal::None && r.error.ok(), qPrintable(r.detail));
    }
    const QString groupBy
        = QStringLiteral(
              "SELECT a.question_id, coalesce(a.option_id, 0), coalesce(a.value_int, 0), count(*), "
              "(SELECT count(*) FROM poll_responses WHERE poll_id = %1) FROM poll_answers a "
              "JOIN poll_responses r ON r.id = a.response_id WHERE r.poll_id = %1 "
              "GROUP BY 1, 2, 3 ORDER BY 1, 2, 3")
              .arg(poll);
    const QStringList raw = rows(admin, groupBy);
    // Nine answers each (one option, two options, yes, a rating, a Likert value, three ranked).
    QCOMPARE(raw.size(), 9);
    for (const QString &row : raw)
        QVERIFY2(row.endsWith(QLatin1String("|2|2")), qPrintable(row));
    const QDateTime now = QDateTime::currentDateTimeUtc();

    struct Case
    {
        const char *results;
        const char *state;
        int opensInDays;
        int closesInDays;
        bool shown;
    };
    const QList<Case> cases{
        {"live", "draft", -1, 10, false},
        {"live", "in_review", -1, 10, false},
        {"live", "scheduled", -1, 10, false},
        {"live", "open", 1, 10, false}, // open, but not before tomorrow
        {"live", "open", -1, 10, true},
        {"live", "open", -10, -1, true},
        {"live", "closed", -10, -1, true},
        {"live", "archived", -10, -1, true},
        {"after_closing", "draft", -1, 10, false},
        {"after_closing", "scheduled", -1, 10, false},
        {"after_closing", "open", -1, 10, false},
        {"after_closing", "open", -10, -1, true}, // past its closing time
        {"after_closing", "closed", -10, -1, true},
        {"after_closing", "archived", -10, -1, true},
        {"never", "open", -1, 10, false},
        {"never", "closed", -10, -1, false},
        {"never", "archived", -10, -1, false},
    };
    const QString time
        = t->isPostgres() ? QStringLiteral("CAST(? AS timestamptz)") : QStringLiteral("?");
    for (const Case &c : cases) {
        const QString name = QStringLiteral("%1 %2 %3..%4")
                                 .arg(QLatin1String(c.results), QLatin1String(c.state))
                                 .arg(c.opensInDays)
                                 .arg(c.closesInDays);
        QSqlQuery u(admin);
        u.prepare(QStringLiteral("UPDATE polls SET results = ?, state = ?, opens_at = %1, "
                                 "closes_at = %1 WHERE id = ?")
                      .arg(time));
        u.addBindValue(QLatin1String(c.results));
        u.addBindValue(QLatin1String(c.state));
        u.addBindValue(Database::fromDateTime(now.addDays(c.opensInDays)));
        u.addBindValue(Database::fromDateTime(now.addDays(c.closesInDays)));
        u.addBindValue(poll);
        QVERIFY2(u.exec(), qPrintable(u.lastError().text()));

        const PublicResults::Results r = PublicResults::read(portal, poll);
        QVERIFY2(r.error.ok(), qPrintable(name + r.error.toString()));
        QCOMPARE(r.refusal == PublicResults::Refusal::None, c.shown);
        QStringList read;
        for (const PublicResults::Count &n : r.counts)
            read << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(n.questionId)
                        .arg(n.optionId)
                        .arg(n.value)
                        .arg(n.answers)
                        .arg(r.responses);
        QCOMPARE(read, c.shown ? raw : QStringList());
        QCOMPARE(r.responses, c.shown ? 2 : 0);
        if (!t->isPostgres())
            continue;
        // In plain SQL, as the website calls it.
        QSqlQuery q(portal);
        const bool ok = q.exec(QStringLiteral("SELECT question_id, option_id, value_int, answers, "
                                              "responses FROM diwan.public_poll_results(%1)")
                                   .arg(poll));
        QVERIFY2(ok == c.shown, qPrintable(name));
        if (c.shown) {
            QCOMPARE(rows(portal,
                          QStringLiteral("SELECT * FROM diwan.public_poll_results(%1)").arg(poll)),
                     raw);
        } else {
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("DW212"));
            QVERIFY2(q.lastError().databaseText().contains(QLatin1String("results_not_public: ")),
                     qPrintable(q.lastError().databaseText()));
        }
    }
    // An unknown poll is refused the same way.
    const PublicResults::Results unknown = PublicResults::read(portal, poll + 1000);
    QCOMPARE(unknown.refusal, PublicResults::Refusal::NotPublic);
    QCOMPARE(PublicResults::sqlState(unknown.refusal), QStringLiteral("DW212"));
    QCOMPARE(PublicResults::code(unknown.refusal), QStringLiteral("results_not_public"));
    if (t->isPostgres()) {
        // The function is the portal's: an editor is refused, and the portal reads no rollup.
        const Session editor = t->signInAs(QStringLiteral("reader"), Role::Editor);
        QSqlQuery e(QSqlDatabase::database(editor.connectionName));
        QVERIFY(!e.exec(QStringLiteral("SELECT * FROM diwan.public_poll_results(%1)").arg(poll)));
        QCOMPARE(e.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QSqlQuery q(portal);
        for (const char *table : {"poll_rollup", "poll_participation", "poll_answers"}) {
            QVERIFY(
                !q.exec(QStringLiteral("SELECT count(*) FROM diwan.%1").arg(QLatin1String(table))));
            QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
    }
}

QTEST_MAIN(TestPollResponses)
#include "tst_pollresponses.moc"
