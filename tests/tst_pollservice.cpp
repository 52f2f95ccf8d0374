#include "db/database.h"
#include "polls/pollresponses.h"
#include "polls/pollresults.h"
#include "polls/pollservice.h"
#include "polls/typorule.h"
#include "testdatabase.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace Polls;

// Saving a poll and its lifecycle, on SQLite and PostgreSQL: a draft saved as a whole (or not at
// all), its version checked, only its author edits it; sent for review by its author and approved
// by someone else (four eyes, also tried in plain SQL on PostgreSQL); once a poll has a response
// its questions and options are frozen, whoever asks.
class TestPollService : public QObject
{
    Q_OBJECT
private slots:
    void lifecycle_data() { TestDatabase::addRows(); }
    void lifecycle();
    void frozenOnceAnswered_data() { TestDatabase::addRows(); }
    void frozenOnceAnswered();
    void openCloseArchiveReviseAndVersion_data() { TestDatabase::addRows(); }
    void openCloseArchiveReviseAndVersion();
    void revisionsAreTypoSized_data() { TestDatabase::addRows(); }
    void revisionsAreTypoSized();
};

namespace {

Poll samplePoll()
{
    const QDateTime soon = QDateTime::currentDateTimeUtc().addDays(3);
    Poll p;
    p.titleAr = QStringLiteral(u"الحدائق العامة");
    p.titleEn = QStringLiteral("Public parks");
    p.audience = Audience::Residents;
    p.municipalities = {QStringLiteral("doha")};
    p.results = ResultsVisibility::Live;
    p.opensAt = QDateTime(soon.date(), QTime(soon.time().hour(), 0), QTimeZone::utc());
    p.closesAt = p.opensAt.addDays(14);
    Question q1;
    q1.kind = QuestionKind::Multiple;
    q1.textAr = QStringLiteral(u"ماذا تريد في الحديقة؟");
    q1.textEn = QStringLiteral("What do you want in the park?");
    q1.minPicks = 1;
    q1.maxPicks = 2;
    q1.otherOption = true;
    q1.options = {{QStringLiteral(u"أشجار"), QStringLiteral("Trees")},
                  {QStringLiteral(u"ملاعب"), QStringLiteral("Playgrounds")},
                  {QStringLiteral(u"مقاعد"), QStringLiteral("Benches")}};
    Question q2;
    q2.kind = QuestionKind::YesNo;
    q2.textAr = QStringLiteral(u"هل تزور الحدائق؟");
    q2.textEn = QStringLiteral("Do you visit parks?");
    Question q3;
    q3.kind = QuestionKind::OpenText;
    q3.required = false;
    q3.textAr = QStringLiteral(u"لماذا؟");
    q3.textEn = QStringLiteral("Why?");
    q3.showIf = ShowIf{1, 1};
    p.questions = {q1, q2, q3};
    return p;
}

} // namespace

void TestPollService::lifecycle()
{
    DIWAN_OPEN_DB(t, true);
    const Session author = t->signInAs(QStringLiteral("author"), Role::Editor);
    const Session reviewer = t->signInAs(QStringLiteral("reviewer"), Role::Editor);
    QVERIFY(author.isValid() && reviewer.isValid());
    QSqlDatabase a = QSqlDatabase::database(author.connectionName);
    QSqlDatabase b = QSqlDatabase::database(reviewer.connectionName);

    const Poll poll = samplePoll();
    qint64 id = 0;
    int version = 0;
    DbError e = PollService::saveDraft(a, author.login, 0, 0, poll, &id, &version);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(id > 0);
    StoredPoll stored;
    QVERIFY(PollService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("draft"));
    QCOMPARE(stored.createdBy, author.staffId);
    QCOMPARE(stored.version, version);
    QVERIFY(stored.poll == poll);

    // A whole new structure replaces the old in one call.
    Poll changed = poll;
    changed.questions.removeLast();
    changed.questions[0].options.append({QStringLiteral(u"إضاءة"), QStringLiteral("Lighting")});
    int v2 = 0;
    e = PollService::saveDraft(a, author.login, id, version, changed, &id, &v2);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(v2, version + 1);
    QVERIFY(PollService::load(a, id, &stored).ok());
    QVERIFY(stored.poll == changed);

    // The version read, the author's own draft, nothing saved half.
    qint64 ignored = 0;
    int ignoredVersion = 0;
    e = PollService::saveDraft(a, author.login, id, version, poll, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Conflict);
    e = PollService::saveDraft(b, reviewer.login, id, v2, poll, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    Poll broken = poll;
    broken.questions[0].options[1].textAr.clear();
    e = PollService::saveDraft(a, author.login, id, v2, broken, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QCOMPARE(e.detail, QStringLiteral("questions[0].options[1].text_ar"));
    QCOMPARE(e.message, QStringLiteral("An option cannot be empty."));
    QVERIFY(PollService::load(a, id, &stored).ok());
    QVERIFY(stored.poll == changed);
    QCOMPARE(stored.version, v2);

    // Review: sent by the author, approved by someone else.
    e = PollService::submitForReview(b, reviewer.login, id, v2);
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    int v3 = 0;
    e = PollService::submitForReview(a, author.login, id, v2, &v3);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(v3, v2 + 1);
    e = PollService::saveDraft(a, author.login, id, v3, changed, &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Invalid); // in review: no longer edited as a draft
    e = PollService::approve(a, author.login, id, v3);
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    QVERIFY2(e.detail.contains(QLatin1String("four eyes")), qPrintable(e.detail));
    if (t->isPostgres()) {
        // The database itself refuses the author, in plain SQL too.
        QSqlQuery q(a);
        QVERIFY(!q.exec(QStringLiteral("SELECT diwan.approve_poll(%1, %2)").arg(id).arg(v3)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(
            QStringLiteral(
                "UPDATE diwan.polls SET state = 'scheduled', reviewed_by = %1 WHERE id = %2")
                .arg(reviewer.staffId)
                .arg(id)));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM diwan.poll_options")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    }
    int v4 = 0;
    e = PollService::approve(b, reviewer.login, id, v3, &v4);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(PollService::load(b, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("scheduled"));
    QCOMPARE(stored.reviewedBy, reviewer.staffId);
    QCOMPARE(stored.version, v4);

    // The window of a scheduled poll moves, never into the past.
    const QDateTime later = poll.opensAt.addDays(1);
    e = PollService::schedule(b, reviewer.login, id, v4, later.addDays(-30), later);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    int v5 = 0;
    e = PollService::schedule(b, reviewer.login, id, v4, later, later.addDays(7), &v5);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(PollService::load(b, id, &stored).ok());
    QCOMPARE(stored.poll.opensAt, later);
    QCOMPARE(stored.version, v5);
}

void TestPollService::frozenOnceAnswered()
{
    DIWAN_OPEN_DB(t, true);
    const Session author = t->signInAs(QStringLiteral("author"), Role::Editor);
    QSqlDatabase a = QSqlDatabase::database(author.connectionName);
    qint64 id = 0;
    int version = 0;
    DbError e = PollService::saveDraft(a, author.login, 0, 0, samplePoll(), &id, &version);
    QVERIFY2(e.ok(), qPrintable(e.toString()));

    // A response arrives (as the portal's entry point will write it; here as the administrator).
    QSqlDatabase admin = t->db();
    QSqlQuery q(admin);
    const QString prefix = t->isPostgres() ? QStringLiteral("diwan.") : QString();
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO %1poll_responses (poll_id, submitted_at, gender, "
                              "age_band, nationality_group, municipality) VALUES "
                              "(%2, '2026-12-01T10:00:00Z', 'female', '25-34', 'qatari', 'doha')")
                   .arg(prefix)
                   .arg(id)),
        qPrintable(q.lastError().text()));

    // Whoever asks, the structure stays: the owner of the tables as well as the functions.
    for (const QString &sql :
         {QStringLiteral("UPDATE %1poll_questions SET text_ar = 'x' WHERE poll_id = %2"),
          QStringLiteral("DELETE FROM %1poll_options WHERE question_id IN (SELECT id FROM "
                         "%1poll_questions WHERE poll_id = %2)"),
          QStringLiteral("INSERT INTO %1poll_questions (poll_id, position, kind, text_ar, text_en) "
                         "VALUES (%2, 9, 'open', 'x', 'x')")}) {
        const QString statement = sql.arg(prefix).arg(id);
        QVERIFY2(!q.exec(statement), qPrintable(statement));
        QVERIFY2(q.lastError().text().contains(QLatin1String("frozen")),
                 qPrintable(q.lastError().text()));
    }
    // The draft cannot be saved over its answered structure either.
    qint64 ignored = 0;
    int ignoredVersion = 0;
    e = PollService::saveDraft(
        a, author.login, id, version, samplePoll(), &ignored, &ignoredVersion);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QVERIFY2(e.detail.contains(QLatin1String("frozen")), qPrintable(e.detail));
}

// After approval: opened now, answered, a typo fixed as a recorded revision while the structure
// stays frozen, closed, archived, every move in the audit trail; a new version copies it as a
// draft naming it; the results come from the rollups.
void TestPollService::openCloseArchiveReviseAndVersion()
{
    DIWAN_OPEN_DB(t, true);
    const Session author = t->signInAs(QStringLiteral("author"), Role::Editor);
    const Session reviewer = t->signInAs(QStringLiteral("reviewer"), Role::Editor);
    QSqlDatabase a = QSqlDatabase::database(author.connectionName);
    QSqlDatabase b = QSqlDatabase::database(reviewer.connectionName);
    qint64 id = 0;
    int v = 0;
    QVERIFY(PollService::saveDraft(a, author.login, 0, 0, samplePoll(), &id, &v).ok());
    QVERIFY(PollService::submitForReview(a, author.login, id, v, &v).ok());
    QVERIFY(PollService::approve(b, reviewer.login, id, v, &v).ok());

    // Only forward, one step at a time.
    QCOMPARE(PollService::move(b, reviewer.login, id, v, Move::Close).kind, DbError::Kind::Invalid);
    QCOMPARE(PollService::move(b, reviewer.login, id, v, Move::Archive).kind,
             DbError::Kind::Invalid);
    QCOMPARE(PollService::move(b, reviewer.login, id, v - 1, Move::Open).kind,
             DbError::Kind::Conflict);
    DbError e = PollService::move(b, reviewer.login, id, v, Move::Open, &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    StoredPoll stored;
    QVERIFY(PollService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("open"));
    QVERIFY(stored.poll.opensAt <= QDateTime::currentDateTimeUtc());

    // A respondent from Doha answers; the structure is frozen from now on.
    QSqlDatabase portal = t->portalConnection();
    PollResponses::Submission s;
    s.pollId = id;
    s.respondent = {QStringLiteral("28463400123"),
                    true,
                    true,
                    QStringLiteral("female"),
                    QStringLiteral("25-34"),
                    QStringLiteral("qatari"),
                    QStringLiteral("doha")};
    s.answers = QJsonArray{
        QJsonObject{{QStringLiteral("question"), double(stored.questionIds.at(0))},
                    {QStringLiteral("options"), QJsonArray{double(stored.optionIds.at(0).at(1))}}},
        QJsonObject{{QStringLiteral("question"), double(stored.questionIds.at(1))},
                    {QStringLiteral("value"), 1}}};
    const PollResponses::Submitted r = PollResponses::submit(portal, s);
    QVERIFY2(r.error.ok() && r.refusal == PollResponses::Refusal::None,
             qPrintable(r.error.toString() + r.detail));

    // A typo in a question and in an option: recorded, the structure untouched.
    e = PollService::reviseText(a,
                                author.login,
                                id,
                                v,
                                stored.questionIds.at(0),
                                0,
                                QStringLiteral("text_en"),
                                QStringLiteral("What do you want in the parks?"),
                                &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    e = PollService::reviseText(b,
                                reviewer.login,
                                id,
                                v,
                                stored.questionIds.at(0),
                                stored.optionIds.at(0).at(1),
                                QStringLiteral("text_ar"),
                                QStringLiteral(u"الملاعب"),
                                &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(PollService::reviseText(a,
                                     author.login,
                                     id,
                                     v,
                                     stored.questionIds.at(0),
                                     0,
                                     QStringLiteral("kind"),
                                     QStringLiteral("open"))
                 .kind,
             DbError::Kind::Invalid);
    QCOMPARE(PollService::reviseText(a,
                                     author.login,
                                     id,
                                     v,
                                     stored.questionIds.at(0),
                                     0,
                                     QStringLiteral("text_ar"),
                                     QStringLiteral("  "))
                 .kind,
             DbError::Kind::Invalid);
    QList<TextRevision> revisions;
    QVERIFY(PollService::textRevisions(a, id, &revisions).ok());
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(0).field, QStringLiteral("text_en"));
    QCOMPARE(revisions.at(0).oldText, QStringLiteral("What do you want in the park?"));
    QCOMPARE(revisions.at(0).newText, QStringLiteral("What do you want in the parks?"));
    QCOMPARE(revisions.at(0).revisedBy, author.staffId);
    QCOMPARE(revisions.at(1).oldText, QStringLiteral(u"ملاعب"));
    QCOMPARE(revisions.at(1).revisedBy, reviewer.staffId);
    QVERIFY(revisions.at(1).revisedAt.isValid());
    QVERIFY(PollService::load(a, id, &stored).ok());
    QCOMPARE(stored.poll.questions.at(0).textEn, QStringLiteral("What do you want in the parks?"));
    QCOMPARE(stored.poll.questions.at(0).options.at(1).textAr, QStringLiteral(u"الملاعب"));
    QCOMPARE(stored.poll.questions.at(0).options.size(), 3);

    // The results, from the rollups.
    PollResults results;
    QVERIFY(PollResults::load(a, id, &results).ok());
    QCOMPARE(results.responses, qint64(1));
    QCOMPARE(results.questions.at(0).rows.at(1).count, qint64(1));
    QCOMPARE(results.questions.at(1).rows.at(0).labelEn, QStringLiteral("Yes"));
    QCOMPARE(results.questions.at(1).rows.at(0).count, qint64(1));
    QCOMPARE(results.questions.at(1).rows.at(0).share, 1.0);
    QCOMPARE(std::round(results.questions.at(1).rows.at(0).interval.low * 10000) / 10000, 0.2065);
    QCOMPARE(results.perDay.size(), 1);
    QCOMPARE(results.smallSegments.size(), 4); // one response: every segment is small

    e = PollService::move(a, author.login, id, v, Move::Close, &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    e = PollService::move(a, author.login, id, v, Move::Archive, &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(PollService::load(a, id, &stored).ok());
    QCOMPARE(stored.state, QStringLiteral("archived"));
    QVERIFY(stored.poll.closesAt <= QDateTime::currentDateTimeUtc());
    // Archived: texts no longer change.
    QCOMPARE(PollService::reviseText(
                 a, author.login, id, v, 0, 0, QStringLiteral("title_en"), QStringLiteral("Parks"))
                 .kind,
             DbError::Kind::Invalid);

    // Every move is in the audit trail, in order.
    QSqlQuery q(t->db());
    q.prepare(t->isPostgres()
                  ? QStringLiteral("SELECT new_row ->> 'state' FROM diwan_audit.event WHERE "
                                   "table_name = 'polls' AND row_id = ? ORDER BY id")
                  : QStringLiteral("SELECT json_extract(new_row, '$.state') FROM audit_event "
                                   "WHERE table_name = 'polls' AND row_id = ? ORDER BY id"));
    q.addBindValue(QString::number(id));
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QStringList states;
    while (q.next())
        if (states.isEmpty() || states.last() != q.value(0).toString())
            states << q.value(0).toString();
    QCOMPARE(states,
             QStringList({QStringLiteral("draft"),
                          QStringLiteral("in_review"),
                          QStringLiteral("scheduled"),
                          QStringLiteral("open"),
                          QStringLiteral("closed"),
                          QStringLiteral("archived")}));

    // A new version: the caller's draft, the same structure, naming the old poll.
    qint64 copy = 0;
    e = PollService::newVersion(b, reviewer.login, id, &copy);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    StoredPoll next;
    QVERIFY(PollService::load(b, copy, &next).ok());
    QCOMPARE(next.state, QStringLiteral("draft"));
    QCOMPARE(next.createdBy, reviewer.staffId);
    QCOMPARE(next.previousId, id);
    QCOMPARE(next.poll.questions, stored.poll.questions);
    QVERIFY(!next.poll.opensAt.isValid());
    QCOMPARE(PollService::newVersion(b, reviewer.login, copy, &copy).kind, DbError::Kind::Invalid);
}

// A text revision fixes a typo, nothing more: at most clamp(length / 10, 2, 6) characters change
// and the numbers stay; a blank English text may be written. Each row at the boundary, in
// English and Arabic, through PollService on both databases (PostgreSQL's trigger of migration
// 023, SQLite's TypoRule); refused with DW211 and a sentence steering to a new version. On
// PostgreSQL the database's rule and the C++ one are compared row by row.
void TestPollService::revisionsAreTypoSized()
{
    DIWAN_OPEN_DB(t, true);
    const Session author = t->signInAs(QStringLiteral("author"), Role::Editor);
    const Session reviewer = t->signInAs(QStringLiteral("reviewer"), Role::Editor);
    QSqlDatabase a = QSqlDatabase::database(author.connectionName);
    QSqlDatabase b = QSqlDatabase::database(reviewer.connectionName);
    const QString en = QStringLiteral("text_en");
    const QString ar = QStringLiteral("text_ar");
    const QString e28 = QStringLiteral("Which park do you vist most?");
    const QString e64
        = QStringLiteral("How satisfied are you with the cleanliness of the parks in Doha?");
    const QString a28 = QStringLiteral(u"ما الحدائق التي تزورها اكثر؟");
    const QString a61
        = QStringLiteral(u"ما مدى رضاك عن نظافة الحدائق العامة في مدينة الدوحة وضواحيها؟");
    const struct
    {
        const char *name;
        QString field;
        QString before;
        QString after;
        int distance; // -1: not measured (a blank text)
        bool allowed;
    } rows[] = {
        {"en 28: 1 of 2", en, e28, QStringLiteral("Which park do you visit most?"), 1, true},
        {"en 28: 2 of 2", en, e28, QStringLiteral("Which parks do you visit most?"), 2, true},
        {"en 28: 3 of 2", en, e28, QStringLiteral("Which parks do you visit most!"), 3, false},
        {"en 64: 6 of 6",
         en,
         e64,
         QStringLiteral("How satisfied are you with cleanliness of the park in Doha"),
         6,
         true},
        {"en 64: 7 of 6",
         en,
         e64,
         QStringLiteral("How pleased are you with the cleanliness of the parks in Doha"),
         7,
         false},
        {"en 3: 2 of 2", en, QStringLiteral("Yse"), QStringLiteral("Yes"), 2, true},
        {"en 3: 3 of 2", en, QStringLiteral("Yse"), QStringLiteral("Yeah"), 3, false},
        {"en number changed",
         en,
         QStringLiteral("Do you ride the bus 5 days a week?"),
         QStringLiteral("Do you ride the bus 6 days a week?"),
         1,
         false},
        {"en same number in Arabic digits",
         en,
         QStringLiteral("Do you ride the bus 5 days a week?"),
         QStringLiteral(u"Do you ride the bus ٥ days a week?"),
         1,
         true},
        {"en was blank", en, QString(), QStringLiteral("Which park do you visit most?"), -1, true},
        {"ar 28: 1 of 2", ar, a28, QStringLiteral(u"ما الحدائق التي تزورها أكثر؟"), 1, true},
        {"ar 28: 2 of 2", ar, a28, QStringLiteral(u"ما الحدائق التى تزورها أكثر؟"), 2, true},
        {"ar 28: 3 of 2", ar, a28, QStringLiteral(u"ما الحدائق التى تزورها أكثر"), 3, false},
        {"ar 61: 6 of 6",
         ar,
         a61,
         QStringLiteral(u"ما مدى رضاك عن نظافة حدائق العامه في مدينه الدوحه وضواحيها"),
         6,
         true},
        {"ar 61: 7 of 6",
         ar,
         a61,
         QStringLiteral(u"ما مدى سعادتك بنظافة الحدائق العامة في مدينة الدوحة وضواحيها؟"),
         7,
         false},
        {"ar number changed",
         ar,
         QStringLiteral(u"هل تزور الحديقة 3 مرات في الأسبوع؟"),
         QStringLiteral(u"هل تزور الحديقة 4 مرات في الأسبوع؟"),
         1,
         false},
    };
    for (const auto &row : rows) {
        const TypoRule::Verdict verdict = TypoRule::check(row.before, row.after);
        QVERIFY2(verdict.allowed == row.allowed, row.name);
        if (row.distance >= 0)
            QVERIFY2(verdict.distance == row.distance, row.name);
        if (t->isPostgres()) {
            QSqlQuery q(t->db());
            q.prepare(QStringLiteral("SELECT diwan.typo_refusal(?, ?) IS NULL"));
            q.addBindValue(row.before);
            q.addBindValue(row.after);
            QVERIFY2(q.exec() && q.next(), qPrintable(q.lastError().text()));
            QVERIFY2(q.value(0).toBool() == row.allowed, row.name);
        }

        Poll poll = samplePoll();
        (row.field == ar ? poll.questions[0].textAr : poll.questions[0].textEn) = row.before;
        if (row.field == ar) // the Arabic text was required: keep it
            QVERIFY(!row.before.isEmpty());
        qint64 id = 0;
        int v = 0;
        DbError e = PollService::saveDraft(a, author.login, 0, 0, poll, &id, &v);
        QVERIFY2(e.ok(), qPrintable(QLatin1String(row.name) + e.toString()));
        QVERIFY(PollService::submitForReview(a, author.login, id, v, &v).ok());
        QVERIFY(PollService::approve(b, reviewer.login, id, v, &v).ok());
        StoredPoll stored;
        QVERIFY(PollService::load(a, id, &stored).ok());
        e = PollService::reviseText(
            a, author.login, id, v, stored.questionIds.at(0), 0, row.field, row.after, &v);
        QVERIFY2(e.ok() == row.allowed, qPrintable(QLatin1String(row.name) + e.toString()));
        QVERIFY(PollService::load(a, id, &stored).ok());
        const QString now = row.field == ar ? stored.poll.questions.at(0).textAr
                                            : stored.poll.questions.at(0).textEn;
        QCOMPARE(now, row.allowed ? row.after : row.before);
        if (row.allowed)
            continue;
        QCOMPARE(e.kind, DbError::Kind::Invalid);
        QCOMPARE(e.sqlState, QStringLiteral("DW211"));
        QVERIFY2(e.detail.contains(QLatin1String("revision_too_large: poll ")),
                 qPrintable(e.detail));
        QVERIFY2(e.detail.contains(QLatin1String("make a new version of the poll")),
                 qPrintable(e.detail));
        QCOMPARE(e.userMessage(),
                 QStringLiteral(
                     "This is more than fixing a typo: make a new version of the poll for this "
                     "change."));
    }
    // Nothing refused was recorded: the revisions are the allowed rows'.
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM poll_text_revisions")) && q.next());
    QCOMPARE(q.value(0).toInt(), 9);
}

QTEST_MAIN(TestPollService)
#include "tst_pollservice.moc"
