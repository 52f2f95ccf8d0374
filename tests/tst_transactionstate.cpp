#include "auth/roles.h"
#include "db/database.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/transactionservice.h"
#include "transactions/transactionstate.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTranslator>

// TransactionState is the one list of states and legal changes the service, the form, the queue
// and the seeder use. Here every pair of states is tried against the database's own trigger (on
// SQLite and PostgreSQL): what canChange() allows is exactly what the database accepts.
class TestTransactionState : public QObject
{
    Q_OBJECT
private slots:
    void keysRoundTrip();
    void legalChangesAreTheGlossarys();
    void namesInArabic();
    void everyPairAgainstTheTrigger_data() { TestDatabase::addRows(); }
    void everyPairAgainstTheTrigger();
    void everyDecisionFromEveryStateAsAClerk_data() { TestDatabase::addRows(); }
    void everyDecisionFromEveryStateAsAClerk();
};

void TestTransactionState::keysRoundTrip()
{
    const QStringList stored{QStringLiteral("submitted"),
                             QStringLiteral("in_review"),
                             QStringLiteral("awaiting_applicant"),
                             QStringLiteral("escalated"),
                             QStringLiteral("approved"),
                             QStringLiteral("rejected"),
                             QStringLiteral("withdrawn")};
    QCOMPARE(TransactionStates::all().size(), stored.size());
    for (int i = 0; i < stored.size(); ++i) {
        QCOMPARE(TransactionStates::key(TransactionStates::all().at(i)), stored.at(i));
        QCOMPARE(TransactionStates::fromKey(stored.at(i)), TransactionStates::all().at(i));
    }
    QVERIFY(!TransactionStates::fromKey(u"closed"));
    QVERIFY(!TransactionStates::fromKey(u""));
    QCOMPARE(TransactionStates::sqlList({TransactionState::Submitted, TransactionState::InReview}),
             QStringLiteral("'submitted', 'in_review'"));
    QVERIFY(TransactionStates::isOpen(u"awaiting_applicant"));
    QVERIFY(!TransactionStates::isOpen(u"approved"));
    QVERIFY(TransactionStates::isDecided(u"rejected"));
    QVERIFY(!TransactionStates::isDecided(u"withdrawn"));
    QVERIFY(TransactionStates::isUndecided(u"submitted"));
    QVERIFY(!TransactionStates::isUndecided(u"escalated"));
}

void TestTransactionState::legalChangesAreTheGlossarys()
{
    // Written out by hand from the design: a decided or withdrawn transaction never changes.
    using S = TransactionState;
    const QList<QPair<S, S>> legal{
        {S::Submitted, S::InReview},
        {S::Submitted, S::Withdrawn},
        {S::Submitted, S::Escalated},
        {S::InReview, S::AwaitingApplicant},
        {S::InReview, S::Approved},
        {S::InReview, S::Rejected},
        {S::InReview, S::Escalated},
        {S::InReview, S::Withdrawn},
        {S::InReview, S::Submitted},
        {S::AwaitingApplicant, S::InReview},
        {S::AwaitingApplicant, S::Withdrawn},
        {S::Escalated, S::InReview},
        {S::Escalated, S::Approved},
        {S::Escalated, S::Rejected},
        {S::Escalated, S::Withdrawn},
    };
    int allowed = 0;
    for (S from : TransactionStates::all())
        for (S to : TransactionStates::all())
            if (from != to && TransactionStates::canChange(from, to)) {
                ++allowed;
                QVERIFY2(legal.contains({from, to}),
                         qPrintable(TransactionStates::key(from) + QLatin1String(" -> ")
                                    + TransactionStates::key(to)));
            }
    QCOMPARE(allowed, legal.size());
}

void TestTransactionState::namesInArabic()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/diwan_ar.qm")));
    QCoreApplication::installTranslator(&translator);
    QCOMPARE(TransactionStates::text(TransactionState::Submitted), QStringLiteral(u"مقدمة"));
    QCOMPARE(TransactionStates::text(QStringLiteral("in_review")), QStringLiteral(u"قيد المراجعة"));
    QCOMPARE(TransactionStates::text(TransactionState::Approved), QStringLiteral(u"مقبولة"));
    QCOMPARE(TransactionStates::text(QStringLiteral("no_such_state")),
             QStringLiteral("no_such_state"));
    QCoreApplication::removeTranslator(&translator);
    QCOMPARE(TransactionStates::text(TransactionState::AwaitingApplicant),
             QStringLiteral("Awaiting documents"));
}

void TestTransactionState::everyPairAgainstTheTrigger()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO services (code, name_ar, name_en, category, sla_hours) VALUES "
                 "('good_conduct', 'x-ar', 'Good conduct certificate', 'other', 72)")),
             qPrintable(q.lastError().text()));
    int n = 0;
    int accepted = 0;
    for (TransactionState from : TransactionStates::all()) {
        for (TransactionState to : TransactionStates::all()) {
            if (from == to)
                continue;
            ++n;
            const QString reference = QStringLiteral("MOI-2026-%1").arg(n, 7, 10, QLatin1Char('0'));
            QVERIFY(q.prepare(QStringLiteral(
                "INSERT INTO transactions (reference, service_id, state, applicant_name, "
                "applicant_name_norm, qid, submitted_at, due_at, reason_code, reason_text) "
                "VALUES (?, (SELECT id FROM services), ?, 'Applicant', 'applicant', "
                "'28463400123', '2026-11-01T08:00:00Z', '2026-11-04T08:00:00Z', ?, ?)")));
            q.addBindValue(reference);
            q.addBindValue(TransactionStates::key(from));
            // A rejection needs its reason (a trigger of its own); give every row one so that
            // only the state change is on trial.
            q.addBindValue(QStringLiteral("incomplete"));
            q.addBindValue(QStringLiteral("The documents are incomplete."));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            QVERIFY(
                q.prepare(QStringLiteral("UPDATE transactions SET state = ? WHERE reference = ?")));
            q.addBindValue(TransactionStates::key(to));
            q.addBindValue(reference);
            const bool ok = q.exec();
            const QString what = TransactionStates::key(from) + QLatin1String(" -> ")
                                 + TransactionStates::key(to) + QLatin1String(": ")
                                 + q.lastError().text();
            QCOMPARE_EQ(ok, TransactionStates::canChange(from, to));
            if (!ok)
                QVERIFY2(q.lastError().text().contains(QLatin1String("illegal transaction state "
                                                                     "change")),
                         qPrintable(what));
            QVERIFY(
                q.prepare(QStringLiteral("SELECT state FROM transactions WHERE reference = ?")));
            q.addBindValue(reference);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), TransactionStates::key(ok ? to : from));
            accepted += ok;
        }
    }
    QCOMPARE(n, 42);
    QCOMPARE(accepted, 15);
}

// A signed-in clerk holding a transaction in each state tries each decision through the service
// (on PostgreSQL the database's own functions): what the form offers is exactly what goes through,
// and a refused decision changes nothing.
void TestTransactionState::everyDecisionFromEveryStateAsAClerk()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase admin = t->db();
    QVERIFY(Fixtures::service(admin, {.code = QStringLiteral("good_conduct")}));
    const Session clerk = t->signInAs(QStringLiteral("matrix"), Role::Clerk, true);
    QVERIFY(clerk.isValid());
    QSqlDatabase db = QSqlDatabase::database(clerk.connectionName);
    using A = TransactionService::Decision::Action;
    using S = TransactionState;
    // Written out by hand: the decisions each state allows.
    const QList<QPair<S, A>> allowed{
        {S::InReview, A::RequestDocuments},
        {S::AwaitingApplicant, A::ResumeReview},
        {S::InReview, A::Approve},
        {S::Escalated, A::Approve},
        {S::InReview, A::Reject},
        {S::Escalated, A::Reject},
        {S::Submitted, A::Escalate},
        {S::InReview, A::Escalate},
    };
    int n = 0;
    int accepted = 0;
    for (S state : TransactionStates::all()) {
        for (A action :
             {A::RequestDocuments, A::ResumeReview, A::Approve, A::Reject, A::Escalate}) {
            ++n;
            const QString reference = QStringLiteral("MOI-2026-%1").arg(n, 7, 10, QLatin1Char('0'));
            const qint64 id = Fixtures::transaction(
                admin,
                {.reference = reference,
                 .service = QStringLiteral("good_conduct"),
                 .state = state,
                 .phone = QStringLiteral("+974 5551 2345"),
                 .dueAt = QDateTime::currentDateTimeUtc().addDays(2),
                 .assignedTo = clerk.staffId,
                 .leaseExpiresAt = QDateTime::currentDateTimeUtc().addSecs(1800)});
            QVERIFY(id);
            QSqlQuery q(admin);
            QVERIFY(q.exec(QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(id))
                    && q.next());
            const int version = q.value(0).toInt();
            TransactionService::Decision decision;
            decision.action = action;
            decision.reasonCode = QStringLiteral("incomplete");
            decision.reasonText = QStringLiteral("The documents are incomplete.");
            decision.missingDocuments = {QStringLiteral("Passport copy")};
            decision.note = QStringLiteral("matrix");
            const DbError e = TransactionService::decide(db, clerk.staffId, id, version, decision);
            const QString what = TransactionStates::key(state) + QLatin1String(" / action ")
                                 + QString::number(int(action)) + QLatin1String(": ")
                                 + e.toString();
            const bool expected = allowed.contains({state, action});
            QVERIFY2(e.ok() == expected, qPrintable(what));
            QVERIFY(
                q.exec(
                    QStringLiteral("SELECT state, version FROM transactions WHERE id = %1").arg(id))
                && q.next());
            if (!expected) {
                QVERIFY2(e.kind == DbError::Kind::Invalid || e.kind == DbError::Kind::Conflict,
                         qPrintable(what));
                QCOMPARE(q.value(0).toString(), TransactionStates::key(state));
                QCOMPARE(q.value(1).toInt(), version);
            } else {
                QVERIFY2(q.value(0).toString() != TransactionStates::key(state), qPrintable(what));
                ++accepted;
            }
        }
    }
    QCOMPARE(n, 35);
    QCOMPARE(accepted, 8);
    Database::close(clerk.connectionName);
}

QTEST_GUILESS_MAIN(TestTransactionState)
#include "tst_transactionstate.moc"
