#include "db/actionreceipts.h"
#include "fixtures.h"
#include "moderation/moderationservice.h"
#include "moderation/topicservice.h"
#include "polls/pollservice.h"
#include "polls/polltemplates.h"
#include "testdatabase.h"
#include "transactions/transactionservice.h"

#include <QSqlQuery>
#include <QTest>
#include <QUuid>

// Issue 15: an idempotency key per staff action (ActionReceipts). An action sent again with the
// key of a send that was committed (its answer lost) is reported done and writes nothing again;
// a refused send does not use up its key; the receipts of more than a week ago go.

namespace {

using Fixtures::scalar;

const QUuid keyA = QUuid::fromString(QStringLiteral("{6f1c2a5e-0b7d-4e21-9a35-1d2c3b4a5f60}"));
const QUuid keyB = QUuid::fromString(QStringLiteral("{0e9d8c7b-6a59-4847-a635-241302f1e0d9}"));

// A transaction in review held by the clerk, with an e-mail address for messages.
qint64 heldTransaction(QSqlDatabase db, qint64 clerk, const QString &reference)
{
    Fixtures::Transaction tr;
    tr.reference = reference;
    tr.service = QStringLiteral("a");
    tr.state = TransactionState::InReview;
    tr.email = QStringLiteral("applicant@example.qa");
    tr.assignedTo = clerk;
    tr.leaseExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    return Fixtures::transaction(db, tr);
}

} // namespace

class TestActionReceipts : public QObject
{
    Q_OBJECT
private slots:
    void noteSentAgainIsWrittenOnce_data() { TestDatabase::addRows(); }
    void noteSentAgainIsWrittenOnce();
    void decisionSentAgainIsDone_data() { TestDatabase::addRows(); }
    void decisionSentAgainIsDone();
    void moderationSentAgainIsDone_data() { TestDatabase::addRows(); }
    void moderationSentAgainIsDone();
    void createdSentAgainIsTheSameRow_data() { TestDatabase::addRows(); }
    void createdSentAgainIsTheSameRow();
    void receiptsOfLastWeekGo_data() { TestDatabase::addRows(); }
    void receiptsOfLastWeekGo();
};

void TestActionReceipts::noteSentAgainIsWrittenOnce()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase admin = t->db();
    QVERIFY(
        Fixtures::service(admin, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    const Session clerk = t->signInAs(QStringLiteral("noter"), Role::Clerk, true);
    const qint64 id = heldTransaction(admin, clerk.staffId, QStringLiteral("NOTE-1"));
    QVERIFY(id > 0);
    QSqlDatabase db = QSqlDatabase::database(clerk.connectionName);
    const auto send = [&](const QUuid &key, bool *repeated) {
        const ActionReceipts::Scope scope(db, key);
        const DbError e = TransactionService::addNote(
            db, clerk.staffId, id, QStringLiteral("Call the applicant back"), true);
        *repeated = scope.repeated();
        return e;
    };
    bool repeated = true;
    DbError e = send(keyA, &repeated);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(!repeated);
    // The same action again, as after a lost answer: done, nothing written again.
    e = send(keyA, &repeated);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(repeated);
    const QString messages
        = QStringLiteral("SELECT count(*) FROM transaction_events WHERE transaction_id = "
                         "%1 AND kind = 'message'")
              .arg(id);
    QCOMPARE(scalar(admin, messages), QStringLiteral("1"));
    QCOMPARE(
        scalar(admin,
               QStringLiteral("SELECT count(*) FROM outbox WHERE transaction_id = %1").arg(id)),
        QStringLiteral("1"));
    // Another action (another key) is another message; so is one without a key.
    QVERIFY(send(keyB, &repeated).ok());
    QVERIFY(!repeated);
    QVERIFY(TransactionService::addNote(db, clerk.staffId, id, QStringLiteral("Again"), true).ok());
    QCOMPARE(scalar(admin, messages), QStringLiteral("3"));
}

void TestActionReceipts::decisionSentAgainIsDone()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase admin = t->db();
    QVERIFY(
        Fixtures::service(admin, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    const Session clerk = t->signInAs(QStringLiteral("decider"), Role::Clerk, true);
    const qint64 id = heldTransaction(admin, clerk.staffId, QStringLiteral("DECIDE-1"));
    QVERIFY(id > 0);
    QSqlDatabase db = QSqlDatabase::database(clerk.connectionName);
    TransactionService::Decision approve;
    approve.action = TransactionService::Decision::Action::Approve;
    const auto send = [&](const QUuid &key, int version, bool *repeated, int *newVersion) {
        const ActionReceipts::Scope scope(db, key);
        const DbError e
            = TransactionService::decide(db, clerk.staffId, id, version, approve, newVersion);
        *repeated = scope.repeated();
        return e;
    };
    bool repeated = true;
    int newVersion = 0;
    // Refused (a version that is not the row's): the key is not used up.
    DbError e = send(keyA, 7, &repeated, &newVersion);
    QCOMPARE(int(e.kind), int(DbError::Kind::Conflict));
    e = send(keyA, 1, &repeated, &newVersion);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(!repeated);
    QCOMPARE(newVersion, 2);
    // Sent again after a lost answer: done, not "someone changed it".
    newVersion = 0;
    e = send(keyA, 1, &repeated, &newVersion);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(repeated);
    QCOMPARE(newVersion, 2);
    // Without the key, the same send is the conflict it always was.
    QCOMPARE(int(TransactionService::decide(db, clerk.staffId, id, 1, approve).kind),
             int(DbError::Kind::Conflict));
    QCOMPARE(scalar(admin,
                    QStringLiteral("SELECT state || ' ' || version || ' ' || (SELECT count(*) FROM "
                                   "transaction_events e WHERE e.transaction_id = t.id AND "
                                   "e.kind = 'approved') FROM transactions t WHERE id = %1")
                        .arg(id)),
             QStringLiteral("approved 2 1"));
}

void TestActionReceipts::moderationSentAgainIsDone()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase admin = t->db();
    const qint64 topic = Fixtures::topic(admin, {});
    QVERIFY(topic > 0);
    Fixtures::Contribution c;
    c.topicId = topic;
    c.body = QStringLiteral("مساهمة للمراجعة");
    c.state = QStringLiteral("pending");
    c.submittedAt = QDateTime::currentDateTimeUtc();
    const qint64 id = Fixtures::contribution(admin, c);
    QVERIFY(id > 0);
    const Session moderator = t->signInAs(QStringLiteral("receiptmod"), Role::Moderator);
    QSqlDatabase db = QSqlDatabase::database(moderator.connectionName);
    for (const bool again : {false, true}) {
        const ActionReceipts::Scope scope(db, keyA);
        const ModerationService::Outcome o = ModerationService::act(
            db, moderator.staffId, {id, 1, ModerationService::Action::Approve, {}, {}});
        QVERIFY2(o.error.ok(), qPrintable(o.error.toString()));
        QCOMPARE(scope.repeated(), again);
        // The repeat reports the version the first send left, as the first send did: the
        // moderator is offered the Undo of what they did either way.
        QCOMPARE(o.version, 2);
    }
    QCOMPARE(scalar(admin,
                    QStringLiteral("SELECT state || ' ' || version || ' ' || (SELECT count(*) FROM "
                                   "moderation_log l WHERE l.contribution_id = c.id AND "
                                   "l.action = 'approve') FROM contributions c WHERE id = %1")
                        .arg(id)),
             QStringLiteral("published 2 1"));
    // And that Undo, with the version the repeat reported, takes the approval back.
    const ModerationService::Outcome undo = ModerationService::act(
        db, moderator.staffId, {id, 2, ModerationService::Action::Undo, {}, {}});
    QVERIFY2(undo.error.ok(), qPrintable(undo.error.toString()));
    QCOMPARE(scalar(admin, QStringLiteral("SELECT state FROM contributions WHERE id = %1").arg(id)),
             QStringLiteral("pending"));
}

// What creates a row (a topic, a poll draft, a new version of a poll), sent again with the key of
// a send that was committed, creates nothing and reports the row that send created; an edit sent
// again reports the version that send saved. Another key is another row.
void TestActionReceipts::createdSentAgainIsTheSameRow()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase admin = t->db();
    const Session editor = t->signInAs(QStringLiteral("creator"), Role::Editor);
    QSqlDatabase db = QSqlDatabase::database(editor.connectionName);
    Topics::Topic topic;
    topic.titleAr = QStringLiteral("موضوع مرة واحدة");
    topic.bodyAr = QStringLiteral("نص");
    struct Sent
    {
        qint64 id = 0;
        int version = 0;
        bool repeated = false;
    };
    const auto saveTopic = [&](const QUuid &key, const Topics::Topic &what) {
        Sent s;
        const ActionReceipts::Scope scope(db, key);
        const DbError e = Topics::TopicService::save(db, editor.login, what, &s.id, &s.version);
        s.repeated = scope.repeated();
        return e.ok() ? s : Sent{-1, 0, false};
    };
    const Sent first = saveTopic(keyA, topic);
    QVERIFY(first.id > 0 && !first.repeated);
    const Sent again = saveTopic(keyA, topic);
    QVERIFY(again.repeated);
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.version, 1);
    const QString topics = QStringLiteral("SELECT count(*) FROM topics");
    QCOMPARE(scalar(admin, topics), QStringLiteral("1"));
    topic.id = first.id;
    topic.version = 1;
    topic.titleEn = QStringLiteral("Once");
    const Sent edited = saveTopic(keyB, topic);
    const Sent editedAgain = saveTopic(keyB, topic);
    QCOMPARE(edited.version, 2);
    QVERIFY(editedAgain.repeated);
    QCOMPARE(editedAgain.id, first.id);
    QCOMPARE(editedAgain.version, 2);

    const QUuid keyC = QUuid::createUuid();
    const QUuid keyD = QUuid::createUuid();
    const auto saveDraft = [&](const QUuid &key) {
        Sent s;
        const ActionReceipts::Scope scope(db, key);
        const DbError e = Polls::PollService::saveDraft(
            db, editor.login, 0, 0, Polls::pollTemplates().at(0).poll, &s.id, &s.version);
        s.repeated = scope.repeated();
        return e.ok() ? s : Sent{-1, 0, false};
    };
    const Sent draft = saveDraft(keyC);
    const Sent draftAgain = saveDraft(keyC);
    QVERIFY(draft.id > 0 && draftAgain.repeated);
    QCOMPARE(draftAgain.id, draft.id);
    QCOMPARE(draftAgain.version, 1);
    QCOMPARE(saveDraft(keyD).repeated, false); // another key, another draft
    QCOMPARE(scalar(admin, QStringLiteral("SELECT count(*) FROM polls")), QStringLiteral("2"));

    qint64 open = 0;
    QCOMPARE(Fixtures::openPoll(admin, editor, Polls::pollTemplates().at(0).poll, &open),
             QString());
    const QUuid keyE = QUuid::createUuid();
    QList<qint64> made;
    for (int i = 0; i < 2; ++i) {
        const ActionReceipts::Scope scope(db, keyE);
        qint64 id = 0;
        const DbError e = Polls::PollService::newVersion(db, editor.login, open, &id);
        QVERIFY2(e.ok(), qPrintable(e.toString()));
        QCOMPARE(scope.repeated(), i == 1);
        made << id;
    }
    QCOMPARE(made.at(1), made.at(0));
    QCOMPARE(scalar(admin,
                    QStringLiteral("SELECT count(*) || ' ' || max(id) FROM polls WHERE "
                                   "previous_id = %1")
                        .arg(open)),
             QStringLiteral("1 %1").arg(made.at(0)));
}

// Each claim removes up to 100 receipts older than a week: 150 old ones are gone after two
// actions, and this week's stay.
void TestActionReceipts::receiptsOfLastWeekGo()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase admin = t->db();
    QVERIFY(
        Fixtures::service(admin, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    const Session clerk = t->signInAs(QStringLiteral("purger"), Role::Clerk, true);
    const qint64 id = heldTransaction(admin, clerk.staffId, QStringLiteral("PURGE-1"));
    QSqlQuery q(admin);
    // Written as their owner would (nobody else may write them on PostgreSQL).
    const QString insert
        = t->isPostgres()
              ? QStringLiteral("SET ROLE diwan_owner; INSERT INTO action_receipts (receipt_key, "
                               "staff_id, claimed_at) SELECT gen_random_uuid(), %1, now() - "
                               "make_interval(days => 7, mins => i) FROM generate_series(1, 150) "
                               "i; INSERT INTO action_receipts (receipt_key, staff_id, "
                               "claimed_at) VALUES (gen_random_uuid(), %1, now() - interval "
                               "'6 days'); RESET ROLE")
                    .arg(clerk.staffId)
              : QStringLiteral(
                  "WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < 150) "
                  "INSERT INTO action_receipts (receipt_key, claimed_at) SELECT 'old-' || n, "
                  "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-7 days', '-' || n || ' minutes') "
                  "FROM i UNION ALL SELECT 'recent', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', "
                  "'-6 days')");
    for (const QString &statement : insert.split(QStringLiteral("; ")))
        QVERIFY2(q.exec(statement), qPrintable(statement));
    const QString count = QStringLiteral("SELECT count(*) FROM action_receipts");
    QCOMPARE(scalar(admin, count), QStringLiteral("151"));
    QSqlDatabase db = QSqlDatabase::database(clerk.connectionName);
    for (const QUuid &key : {keyA, keyB}) {
        const ActionReceipts::Scope scope(db, key);
        QVERIFY(
            TransactionService::addNote(db, clerk.staffId, id, QStringLiteral("n"), false).ok());
    }
    // 150 old ones gone (100, then 50); the one of six days ago and the two new ones stay.
    QCOMPARE(scalar(admin, count), QStringLiteral("3"));
}

QTEST_GUILESS_MAIN(TestActionReceipts)
#include "tst_actionreceipts.moc"
