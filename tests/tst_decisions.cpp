#include "administration/staffadmin.h"
#include "auth/session.h"
#include "db/changewatcher.h"
#include "db/database.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/transactionservice.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TransactionService;

// Deciding on a transaction: one database transaction for the state, the history, the
// message to the applicant; bad input and lost races change nothing.
class TestDecisions : public QObject
{
    Q_OBJECT
private slots:
    void failedOutboxLeavesNothing_data() { TestDatabase::addRows(); }
    void failedOutboxLeavesNothing();
    void approveWritesEverythingTogether_data() { TestDatabase::addRows(); }
    void approveWritesEverythingTogether();
    void rejectionNeedsAReason_data() { TestDatabase::addRows(); }
    void rejectionNeedsAReason();
    void documentsPauseTheClock_data() { TestDatabase::addRows(); }
    void documentsPauseTheClock();
    void twoWindowsOneWinner_data() { TestDatabase::addRows(); }
    void twoWindowsOneWinner();
    void anotherClerkCannotDecide_data() { TestDatabase::addRows(); }
    void anotherClerkCannotDecide();

private:
    struct Fixture
    {
        std::unique_ptr<TestDatabase> db;
        qint64 clerk = 0;
        qint64 other = 0;
        QString clerkConnection;
        QString otherConnection;
        Claim claim;
        QString otherLogin;
        QString clerkLogin;
        // The clerks' connections (and the statements kept on them) go before the database.
        ~Fixture()
        {
            Database::close(clerkConnection);
            Database::close(otherConnection);
        }
    };
    bool setUp(Fixture &f);
    qint64 scalar(Fixture &f, const QString &sql);
};

bool TestDecisions::setUp(Fixture &f)
{
    QSqlDatabase db = f.db->db();
    if (!Fixtures::service(db,
                           {.code = QStringLiteral("residence_renewal"),
                            .nameAr = QStringLiteral("x"),
                            .nameEn = QStringLiteral("Residence permit renewal")})
        || !Fixtures::transaction(db,
                                  {.reference = QStringLiteral("MOI-2026-0000042"),
                                   .service = QStringLiteral("residence_renewal"),
                                   .applicantName = QStringLiteral("Amal"),
                                   .phone = QStringLiteral("+974 55512345"),
                                   .email = QStringLiteral("amal@example.qa"),
                                   .language = QStringLiteral("en"),
                                   .submittedAt = Fixtures::utc(2026, 11, 20),
                                   .dueAt = Fixtures::utc(2030, 11, 21)}))
        return false;
    f.clerkLogin = f.db->uniqueLogin(QStringLiteral("clerk"));
    f.otherLogin = f.db->uniqueLogin(QStringLiteral("other"));
    for (auto [login, id] :
         {std::pair{f.clerkLogin, &f.clerk}, std::pair{f.otherLogin, &f.other}}) {
        if (!StaffAdmin::createStaff(
                 db, {login, QString(), QString(), Role::Clerk, QStringLiteral("password-123")}, id)
                 .ok())
            return false;
        if (!Fixtures::staffServices(db, *id))
            return false;
    }
    f.clerkConnection = Database::uniqueConnectionName(QStringLiteral("decide"));
    f.otherConnection = Database::uniqueConnectionName(QStringLiteral("decide-other"));
    if (!signIn(f.db->profileFor(f.clerkLogin),
                f.clerkLogin,
                QStringLiteral("password-123"),
                f.clerkConnection)
             .error.ok()
        || !signIn(f.db->profileFor(f.otherLogin),
                   f.otherLogin,
                   QStringLiteral("password-123"),
                   f.otherConnection)
                .error.ok())
        return false;
    QSqlDatabase clerkDb = QSqlDatabase::database(f.clerkConnection);
    return takeNext(clerkDb, f.clerk, &f.claim).ok() && f.claim.id;
}

qint64 TestDecisions::scalar(Fixture &f, const QString &sql)
{
    QSqlQuery q(f.db->db());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// The message to the applicant cannot be queued (a trigger the test installs refuses it): the
// decision is not made at all. State, version, history, audit trail and outbox are as they were,
// and no other window hears of a change; the next change that does happen is heard.
void TestDecisions::failedOutboxLeavesNothing()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    const bool pg = f.db->isPostgres();
    QSqlQuery admin(f.db->db());
    if (pg) {
        QVERIFY2(admin.exec(QStringLiteral(
                     "CREATE FUNCTION diwan.test_refuse_outbox() RETURNS trigger LANGUAGE plpgsql "
                     "AS $$BEGIN RAISE EXCEPTION 'outbox refused by the test'; END$$")),
                 qPrintable(admin.lastError().text()));
        QVERIFY2(admin.exec(QStringLiteral(
                     "CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON diwan.outbox FOR EACH ROW "
                     "EXECUTE FUNCTION diwan.test_refuse_outbox()")),
                 qPrintable(admin.lastError().text()));
    } else {
        QVERIFY2(admin.exec(QStringLiteral(
                     "CREATE TRIGGER test_refuse_outbox BEFORE INSERT ON outbox BEGIN "
                     "SELECT RAISE(ABORT, 'outbox refused by the test'); END")),
                 qPrintable(admin.lastError().text()));
    }
    const QString audit = pg ? QStringLiteral("diwan_audit.event") : QStringLiteral("audit_event");
    const auto snapshot = [&] {
        return QList<qint64>{
            scalar(
                f,
                QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(f.claim.id)),
            scalar(
                f,
                QStringLiteral("SELECT count(*) FROM transaction_events WHERE transaction_id = %1")
                    .arg(f.claim.id)),
            scalar(f, QStringLiteral("SELECT count(*) FROM ") + audit),
            scalar(f, QStringLiteral("SELECT count(*) FROM outbox"))};
    };
    const QList<qint64> before = snapshot();
    ChangeWatcher watcher(f.otherConnection, {TransactionService::channel()});
    watcher.setPollInterval(200);
    QVERIFY(watcher.start());
    QSignalSpy changes(&watcher, &ChangeWatcher::changed);

    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    Decision approve;
    approve.action = Decision::Action::Approve;
    const DbError e = decide(db, f.clerk, f.claim.id, f.claim.version, approve);
    QVERIFY2(!e.ok(), "the decision went through without its message to the applicant");
    QVERIFY2(e.detail.contains(QLatin1String("outbox refused by the test")),
             qPrintable(e.toString()));
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transactions WHERE id = %1 AND state = "
                                   "'in_review' AND assigned_to = %2")
                        .arg(f.claim.id)
                        .arg(f.clerk)),
             1);
    QCOMPARE(snapshot(), before);

    // The next change is heard, and on PostgreSQL it is the only one: notifications arrive in
    // commit order, so one for the failed decision would have come first.
    QVERIFY(addNote(db, f.clerk, f.claim.id, QStringLiteral("called the applicant"), false).ok());
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 1, 20000);
    if (pg) {
        QCoreApplication::processEvents();
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(1).toString(), QString::number(f.claim.id));
    }
}

void TestDecisions::approveWritesEverythingTogether()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    Decision approve;
    approve.action = Decision::Action::Approve;
    approve.message = QStringLiteral("Collect your card at any service centre.");
    int version = 0;
    const DbError e = decide(db, f.clerk, f.claim.id, f.claim.version, approve, &version);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(version, f.claim.version + 1);
    QSqlQuery q(f.db->db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT state, version, decided_at FROM transactions WHERE id = %1")
                   .arg(f.claim.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("approved"));
    QCOMPARE(q.value(1).toInt(), version);
    QVERIFY(!q.value(2).isNull());
    QCOMPARE(
        scalar(f,
               QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = 'approved' AND "
                              "visible_to_applicant = %1")
                   .arg(f.db->isPostgres() ? QStringLiteral("true") : QStringLiteral("1"))),
        1);
    // An SMS and an e-mail, in the applicant's language, naming the reference.
    QVERIFY(q.exec(QStringLiteral("SELECT channel, recipient, body FROM outbox ORDER BY channel")));
    QStringList channels;
    while (q.next()) {
        channels << q.value(0).toString();
        QVERIFY2(q.value(2).toString().contains(QStringLiteral("MOI-2026-0000042")),
                 qPrintable(q.value(2).toString()));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("approved")));
        QVERIFY(q.value(2).toString().contains(QStringLiteral("service centre")));
    }
    QCOMPARE(channels, (QStringList{QStringLiteral("email"), QStringLiteral("sms")}));
}

void TestDecisions::rejectionNeedsAReason()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    Decision reject;
    reject.action = Decision::Action::Reject;
    reject.reasonCode = QStringLiteral("expired_passport");
    QCOMPARE(decide(db, f.clerk, f.claim.id, f.claim.version, reject).kind, DbError::Kind::Invalid);
    // Nothing written.
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(
        scalar(f,
               QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind <> 'claimed'")),
        0);
    QCOMPARE(
        scalar(f, QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(f.claim.id)),
        f.claim.version);
    reject.reasonText = QStringLiteral("The passport expires in less than six months.");
    const DbError e = decide(db, f.clerk, f.claim.id, f.claim.version, reject);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QSqlQuery q(f.db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT body FROM outbox WHERE channel = 'sms'")) && q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("six months")));
}

void TestDecisions::documentsPauseTheClock()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    Decision ask;
    ask.action = Decision::Action::RequestDocuments;
    QCOMPARE(decide(db, f.clerk, f.claim.id, f.claim.version, ask).kind,
             DbError::Kind::Invalid); // which documents?
    ask.missingDocuments = {QStringLiteral("Health insurance"), QStringLiteral("Passport copy")};
    int version = 0;
    const DbError e = decide(db, f.clerk, f.claim.id, f.claim.version, ask, &version);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QSqlQuery q(f.db->db());
    QVERIFY(
        q.exec(QStringLiteral("SELECT state, sla_paused_at, due_at FROM transactions WHERE id = %1")
                   .arg(f.claim.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("awaiting_applicant"));
    QVERIFY(!q.value(1).isNull());
    const QDateTime due = Database::toDateTime(q.value(2));
    QVERIFY(q.exec(QStringLiteral("SELECT body FROM outbox WHERE channel = 'email'")) && q.next());
    QVERIFY(q.value(0).toString().contains(QStringLiteral("Health insurance, Passport copy")));
    // The documents arrive two hours later (the pause is dated back rather than waited for):
    // review resumes, and the deadline moves by the two hours the clock stood still.
    QVERIFY(q.prepare(QStringLiteral("UPDATE transactions SET sla_paused_at = ? WHERE id = ?")));
    q.addBindValue(Database::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-7200)));
    q.addBindValue(f.claim.id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(q.exec(QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(f.claim.id))
            && q.next());
    version = q.value(0).toInt();
    Decision resume;
    resume.action = Decision::Action::ResumeReview;
    const DbError r = decide(db, f.clerk, f.claim.id, version, resume, &version);
    QVERIFY2(r.ok(), qPrintable(r.toString()));
    QVERIFY(
        q.exec(QStringLiteral("SELECT state, sla_paused_at, due_at FROM transactions WHERE id = %1")
                   .arg(f.claim.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("in_review"));
    QVERIFY(q.value(1).isNull());
    const QDateTime resumedDue = Database::toDateTime(q.value(2));
    QVERIFY2(resumedDue >= due.addSecs(7200 - 5) && resumedDue <= due.addSecs(7200 + 120),
             qPrintable(resumedDue.toString(Qt::ISODate) + QLatin1String(" after ")
                        + due.toString(Qt::ISODate)));
}

void TestDecisions::twoWindowsOneWinner()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    // The same clerk has the transaction open in two windows, both read at the same version.
    const QString second = Database::uniqueConnectionName(QStringLiteral("decide-second"));
    QVERIFY(
        signIn(f.db->profileFor(f.clerkLogin), f.clerkLogin, QStringLiteral("password-123"), second)
            .error.ok());
    QSqlDatabase first = QSqlDatabase::database(f.clerkConnection);
    QSqlDatabase other = QSqlDatabase::database(second);
    Decision approve;
    approve.action = Decision::Action::Approve;
    Decision reject;
    reject.action = Decision::Action::Reject;
    reject.reasonCode = QStringLiteral("x");
    reject.reasonText = QStringLiteral("typed in the second window");
    QVERIFY(decide(first, f.clerk, f.claim.id, f.claim.version, approve).ok());
    ConflictInfo conflict;
    QCOMPARE(decide(other, f.clerk, f.claim.id, f.claim.version, reject, nullptr, &conflict).kind,
             DbError::Kind::Conflict);
    // The loser learns what happened and by whom; the winner's decision stands alone.
    QCOMPARE(conflict.currentState, QStringLiteral("approved"));
    QCOMPARE(conflict.currentVersion, f.claim.version + 1);
    QCOMPARE(conflict.changedBy, f.clerkLogin);
    QVERIFY(conflict.changedAt.isValid());
    QCOMPARE(
        scalar(
            f,
            QStringLiteral(
                "SELECT count(*) FROM transaction_events WHERE kind IN ('approved', 'rejected')")),
        1);
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM outbox WHERE body LIKE '%rejected%'")),
             0);
    Database::close(second);
}

void TestDecisions::anotherClerkCannotDecide()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase other = QSqlDatabase::database(f.otherConnection);
    Decision approve;
    approve.action = Decision::Action::Approve;
    ConflictInfo conflict;
    QCOMPARE(decide(other, f.other, f.claim.id, f.claim.version, approve, nullptr, &conflict).kind,
             DbError::Kind::Conflict);
    QCOMPARE(conflict.currentState, QStringLiteral("in_review"));
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM outbox")), 0);
    QCOMPARE(
        scalar(f, QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(f.claim.id)),
        f.claim.version);
}

QTEST_GUILESS_MAIN(TestDecisions)
#include "tst_decisions.moc"
