// Hot rollup rows under concurrent writes (issue 14, migration 027), on a real PostgreSQL: every
// transaction action takes the transaction's share away from the rollup row of its old state and
// adds it to that of its new state. Two clerks moving transactions of the same day, service and
// municipality in opposite directions (A: in review -> awaiting the applicant, B: back) once
// locked the two rows in opposite orders, and PostgreSQL broke the deadlock by failing one of
// them (40P01). Since 027 the rows are written in key order: no action fails, and the rollups
// equal the GROUP BY afterwards (with 019's order, oppositeMovesAtOnce at 40 rounds saw 4 of 240
// moves fail with 40P01). SQLite has one writer at a time and cannot deadlock.
#include "dashboards/rollups.h"
#include "db/database.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/transactionservice.h"

#include <QAtomicInt>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

namespace {

using Fixtures::scalar;

constexpr int Clerks = 6;
constexpr int Rounds = 100; // even: everyone ends where they started

// What the clerks' actions came to.
struct Outcome
{
    QMutex mutex;
    int saved = 0;
    int deadlocks = 0;
    QStringList otherErrors;
    void add(const DbError &e)
    {
        const QMutexLocker lock(&mutex);
        if (e.ok())
            ++saved;
        else if (e.sqlState == QLatin1String("40P01"))
            ++deadlocks;
        else
            otherErrors << e.toString();
    }
};

// The transaction's next move: to the applicant and back.
TransactionService::Decision move(bool toApplicant)
{
    TransactionService::Decision d;
    d.action = toApplicant ? TransactionService::Decision::Action::RequestDocuments
                           : TransactionService::Decision::Action::ResumeReview;
    if (toApplicant)
        d.missingDocuments = {QStringLiteral("passport copy")};
    return d;
}

// A transaction the clerk holds, of service "a", submitted and due on the fixtures' days and in
// the fixtures' municipality: every one shares its rollup rows with the others.
qint64 held(QSqlDatabase db, const QString &reference, const Session &clerk, TransactionState s)
{
    Fixtures::Transaction t;
    t.reference = reference;
    t.service = QStringLiteral("a");
    t.state = s;
    t.assignedTo = clerk.staffId;
    t.leaseExpiresAt = QDateTime::currentDateTimeUtc().addDays(1);
    return Fixtures::transaction(db, t);
}

// Runs `work` on a connection of its own cloned from `source`, on a thread; `pid` gets the
// server process of that connection before the work starts.
QThread *onOwnConnection(const QString &source,
                         QAtomicInt *pid,
                         Outcome *outcome,
                         std::function<void(QSqlDatabase)> work)
{
    return QThread::create([source, pid, outcome, work] {
        const QString name = Database::uniqueConnectionName(QStringLiteral("rollup-race"));
        if (DbError e = Database::cloneConnection(source, name); !e.ok()) {
            outcome->add(e);
            return;
        }
        {
            QSqlDatabase db = QSqlDatabase::database(name);
            QSqlQuery q(db);
            if (pid && q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
                pid->storeRelease(q.value(0).toInt());
            work(db);
        }
        Database::close(name);
    });
}

// Whether the server process `waiter` waits for a lock (held by `holder`, when given).
bool waitsFor(QSqlDatabase db, int waiter, int holder = 0)
{
    QSqlQuery q(db);
    q.prepare(holder ? QStringLiteral("SELECT ? = ANY (pg_blocking_pids(?))")
                     : QStringLiteral("SELECT cardinality(pg_blocking_pids(?)) > 0"));
    if (holder)
        q.addBindValue(holder);
    q.addBindValue(waiter);
    return q.exec() && q.next() && q.value(0).toBool();
}

// Asks until `condition` holds (a lock wait is a matter of the server's scheduling, not of time):
// false if it never did in many questions.
template<typename Condition> bool until(Condition &&condition)
{
    for (int i = 0; i < 200000; ++i) {
        if (condition())
            return true;
        QThread::yieldCurrentThread();
    }
    return false;
}

int backendPid(QSqlDatabase db)
{
    return scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toInt();
}

} // namespace

class TstRollupRaces : public QObject
{
    Q_OBJECT
private slots:
    void oppositeMovesQueuedBehindWriters();
    void oppositeMovesAtOnce();
};

// Opposite moves queued behind other writers: two writers hold the awaiting row and the
// in-review row (each with a row of its own besides); A (in review -> awaiting) and B (awaiting
// -> in review) start and wait; the in-review row is let go first, then the awaiting one. Both
// moves are saved, neither fails, and every rollup equals the GROUP BY. (This order of events
// does not force the old deadlock - which one of A and B gets a row a writer lets go is
// PostgreSQL's choice - oppositeMovesAtOnce is what caught it: at 40 rounds 4 of 240 moves failed
// with 40P01 under 019's order, 0 under 027's.)
void TstRollupRaces::oppositeMovesQueuedBehindWriters()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        return; // a lock-order deadlock needs concurrent writers: PostgreSQL's
    }
    QString error;
    auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    QVERIFY(Fixtures::service(db, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    const Session a = t->signInAs(QStringLiteral("clerka"), Role::Clerk, true);
    const Session b = t->signInAs(QStringLiteral("clerkb"), Role::Clerk, true);
    QVERIFY(a.isValid() && b.isValid());
    const qint64 x = held(db, QStringLiteral("X"), a, TransactionState::InReview);
    const qint64 y = held(db, QStringLiteral("Y"), b, TransactionState::AwaitingApplicant);
    Fixtures::Transaction other;
    other.service = QStringLiteral("a");
    other.reference = QStringLiteral("W1");
    other.state = TransactionState::AwaitingApplicant;
    const qint64 w1 = Fixtures::transaction(db, other);
    other.reference = QStringLiteral("W2");
    other.state = TransactionState::InReview;
    const qint64 w2 = Fixtures::transaction(db, other);
    QVERIFY(x > 0 && y > 0 && w1 > 0 && w2 > 0);

    // Two writers hold the awaiting row and the in-review row (each with a row of its own that
    // neither A nor B touches: withdrawn, escalated).
    QStringList holders;
    for (const QString &name : {QStringLiteral("holder1"), QStringLiteral("holder2")}) {
        QVERIFY(Database::cloneConnection(db.connectionName(), name).ok());
        holders << name;
    }
    QSqlDatabase awaitingHolder = QSqlDatabase::database(holders.at(0));
    QSqlDatabase reviewHolder = QSqlDatabase::database(holders.at(1));
    QVERIFY(awaitingHolder.transaction() && reviewHolder.transaction());
    QSqlQuery h1(awaitingHolder);
    QVERIFY2(
        h1.exec(
            QStringLiteral("UPDATE transactions SET state = 'withdrawn' WHERE id = %1").arg(w1)),
        qPrintable(h1.lastError().text()));
    QSqlQuery h2(reviewHolder);
    QVERIFY2(
        h2.exec(
            QStringLiteral("UPDATE transactions SET state = 'escalated' WHERE id = %1").arg(w2)),
        qPrintable(h2.lastError().text()));
    const int awaitingPid = backendPid(awaitingHolder);

    Outcome outcome;
    QAtomicInt pidA;
    QAtomicInt pidB;
    QThread *threadA = onOwnConnection(a.connectionName, &pidA, &outcome, [&](QSqlDatabase c) {
        outcome.add(TransactionService::decide(c, a.staffId, x, 1, move(true)));
    });
    QThread *threadB = onOwnConnection(b.connectionName, &pidB, &outcome, [&](QSqlDatabase c) {
        outcome.add(TransactionService::decide(c, b.staffId, y, 1, move(false)));
    });
    threadA->start();
    QVERIFY(until([&] { return pidA.loadAcquire() != 0 && waitsFor(db, pidA.loadAcquire()); }));
    threadB->start();
    QVERIFY(until([&] { return pidB.loadAcquire() != 0 && waitsFor(db, pidB.loadAcquire()); }));
    QVERIFY(reviewHolder.commit());
    // A now waits for the awaiting row's holder.
    QVERIFY(until([&] { return waitsFor(db, pidA.loadAcquire(), awaitingPid); }));
    QVERIFY(awaitingHolder.commit());
    QVERIFY(threadA->wait());
    QVERIFY(threadB->wait());
    delete threadA;
    delete threadB;
    for (const QString &name : std::as_const(holders))
        Database::close(name);

    QVERIFY2(outcome.otherErrors.isEmpty(),
             qPrintable(outcome.otherErrors.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.deadlocks, 0);
    QCOMPARE(outcome.saved, 2);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM transactions WHERE id = %1").arg(x)),
             QStringLiteral("awaiting_applicant"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM transactions WHERE id = %1").arg(y)),
             QStringLiteral("in_review"));
    QCOMPARE(Rollups::differencesText(db), QString());
    // In review: W2 went (escalated), X went, Y came; awaiting: W1 went, Y went, X came.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT string_agg(state || '=' || transactions, ' ' ORDER BY "
                                   "state) FROM service_rollup")),
             QStringLiteral("awaiting_applicant=1 escalated=1 in_review=1 withdrawn=1"));
}

// Six clerks, each holding a transaction of the same day, service and municipality, half of them
// starting in review and half awaiting the applicant, each moving theirs to the other state and
// back, Rounds times, at once: at every moment some move one way and some the other.
void TstRollupRaces::oppositeMovesAtOnce()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        return;
    }
    QString error;
    auto t = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(t, qPrintable(error));
    QSqlDatabase db = t->db();
    QVERIFY(Fixtures::service(db, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    Outcome outcome;
    QList<QThread *> threads;
    for (int c = 0; c < Clerks; ++c) {
        const Session s = t->signInAs(QStringLiteral("mover%1").arg(c), Role::Clerk, true);
        QVERIFY(s.isValid());
        const bool startsInReview = c % 2 == 0;
        const qint64 id = held(db,
                               QStringLiteral("M-%1").arg(c),
                               s,
                               startsInReview ? TransactionState::InReview
                                              : TransactionState::AwaitingApplicant);
        QVERIFY(id > 0);
        threads << onOwnConnection(
            s.connectionName, nullptr, &outcome, [s, id, startsInReview, &outcome](QSqlDatabase c) {
                int version = 1;
                bool toApplicant = startsInReview;
                for (int round = 0; round < Rounds; ++round) {
                    int next = version;
                    const DbError e = TransactionService::decide(
                        c, s.staffId, id, version, move(toApplicant), &next);
                    outcome.add(e);
                    if (!e.ok())
                        return;
                    version = next;
                    toApplicant = !toApplicant;
                }
            });
    }
    for (QThread *th : std::as_const(threads))
        th->start();
    for (QThread *th : std::as_const(threads)) {
        QVERIFY(th->wait());
        delete th;
    }
    QVERIFY2(outcome.otherErrors.isEmpty(),
             qPrintable(outcome.otherErrors.join(QLatin1Char('\n'))));
    QCOMPARE(outcome.deadlocks, 0);
    QCOMPARE(outcome.saved, Clerks * Rounds);
    QCOMPARE(Rollups::differencesText(db), QString());
    // Rounds is even: everyone is back where they started.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT string_agg(state || '=' || transactions, ' ' ORDER BY "
                                   "state) FROM service_rollup")),
             QStringLiteral("awaiting_applicant=3 in_review=3"));
}

QTEST_GUILESS_MAIN(TstRollupRaces)
#include "tst_rollupraces.moc"
