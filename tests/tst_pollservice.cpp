#include "polls/pollservice.h"
#include "testdatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

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

QTEST_MAIN(TestPollService)
#include "tst_pollservice.moc"
