#include "administration/staffadmin.h"
#include "auth/session.h"
#include "db/changewatcher.h"
#include "db/database.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/transactionservice.h"

#include <QMutex>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimeZone>

// One transaction, one clerk: "take next" under contention, urgency order, leases, and the
// notification other windows refresh on.
class TestClaim : public QObject
{
    Q_OBJECT
private slots:
    void takesMostUrgentOfOwnServices_data() { TestDatabase::addRows(); }
    void takesMostUrgentOfOwnServices();
    void concurrentClerksNeverShareATransaction_data();
    void concurrentClerksNeverShareATransaction();
    void leaseRenewReleaseAndExpiry_data() { TestDatabase::addRows(); }
    void leaseRenewReleaseAndExpiry();
    void otherWindowsHearOfChanges_data() { TestDatabase::addRows(); }
    void otherWindowsHearOfChanges();
};

struct Clerk
{
    QString login;
    qint64 id = 0;
};

// Two services; `count` unclaimed transactions in service A with mixed priorities and dues,
// plus one in service B that clerks of A must never get.
static void seedQueue(TestDatabase &t, int count)
{
    QSqlDatabase db = t.db();
    QVERIFY(db.transaction());
    QVERIFY(Fixtures::service(db,
                              {.code = QStringLiteral("a"),
                               .nameAr = QStringLiteral("a"),
                               .nameEn = QStringLiteral("A")}));
    QVERIFY(Fixtures::service(db,
                              {.code = QStringLiteral("b"),
                               .nameAr = QStringLiteral("b"),
                               .nameEn = QStringLiteral("B"),
                               .category = QStringLiteral("traffic")}));
    const QDateTime base(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::utc());
    for (int i = 0; i <= count; ++i) {
        QVERIFY(Fixtures::transaction(
            db,
            {.reference = QStringLiteral("MOI-2026-%1").arg(i, 7, 10, QLatin1Char('0')),
             .service = i == count ? QStringLiteral("b") : QStringLiteral("a"),
             .priority = i == count ? 1 : 2 + (i % 3 == 0 ? -1 : 0), // every third is urgent
             .submittedAt = base,
             .dueAt = base.addSecs(60 * ((i * 37) % 101))}));
    }
    QVERIFY(db.commit());
}

static Clerk makeClerk(TestDatabase &t, const QString &base)
{
    QSqlDatabase db = t.db();
    Clerk c{t.uniqueLogin(base), 0};
    const DbError e = StaffAdmin::createStaff(
        db, {c.login, QString(), QString(), Role::Clerk, QStringLiteral("password-123")}, &c.id);
    if (!e.ok())
        qWarning() << e.toString();
    if (!Fixtures::staffServices(db, c.id, {QStringLiteral("a")}))
        qWarning() << "no services for" << c.login;
    return c;
}

// Opens a connection as the clerk (on PostgreSQL the database then enforces their rights).
static QString connectAs(TestDatabase &t, const Clerk &c, const QString &name)
{
    const SignInResult r
        = signIn(t.profileFor(c.login), c.login, QStringLiteral("password-123"), name);
    return r.error.ok() ? name : QString();
}

void TestClaim::takesMostUrgentOfOwnServices()
{
    DIWAN_OPEN_DB(t, true);
    seedQueue(*t, 30);
    const Clerk clerk = makeClerk(*t, QStringLiteral("amal"));
    const QString conn = connectAs(*t, clerk, QStringLiteral("claim-urgent"));
    QVERIFY(!conn.isEmpty());
    QSqlDatabase db = QSqlDatabase::database(conn);

    // The expected order: priority, then due, then id; service B never.
    QSqlQuery q(t->db());
    QVERIFY(q.exec(
        QStringLiteral("SELECT t.id FROM transactions t JOIN services s ON s.id = t.service_id "
                       "WHERE s.code = 'a' ORDER BY t.priority, t.due_at, t.id")));
    QList<qint64> expected;
    while (q.next())
        expected << q.value(0).toLongLong();
    QList<qint64> got;
    for (;;) {
        TransactionService::Claim claim;
        const DbError e = TransactionService::takeNext(db, clerk.id, &claim);
        QVERIFY2(e.ok(), qPrintable(e.toString()));
        if (!claim.id)
            break;
        got << claim.id;
        QVERIFY(claim.leaseExpiresAt > QDateTime::currentDateTimeUtc());
        QVERIFY(got.size() <= expected.size());
    }
    QCOMPARE(got, expected);
    // Each claim moved it into review, under the clerk's name, with a history event.
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT count(*) FROM transactions WHERE state = 'in_review' AND assigned_to = %1")
            .arg(clerk.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), expected.size());
    QVERIFY(q.exec(
        QStringLiteral(
            "SELECT count(*) FROM transaction_events WHERE kind = 'claimed' AND staff_id = %1")
            .arg(clerk.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), expected.size());
    Database::close(conn);
}

void TestClaim::concurrentClerksNeverShareATransaction_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<int>("threads");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << 4;
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << 32;
}

void TestClaim::concurrentClerksNeverShareATransaction()
{
    QFETCH(int, threads);
    DIWAN_OPEN_DB(t, true);
    constexpr int transactions = 600;
    seedQueue(*t, transactions);
    QList<Clerk> clerks;
    for (int i = 0; i < 4; ++i)
        clerks << makeClerk(*t, QStringLiteral("clerk%1").arg(i));

    QMutex mutex;
    QList<qint64> claimed;
    QStringList errors;
    QList<QThread *> workers;
    for (int i = 0; i < threads; ++i) {
        const Clerk clerk = clerks.at(i % clerks.size());
        workers << QThread::create([&, clerk, i] {
            const QString name = QStringLiteral("claim-worker-%1").arg(i);
            const SignInResult r = signIn(
                t->profileFor(clerk.login), clerk.login, QStringLiteral("password-123"), name);
            if (!r.error.ok()) {
                QMutexLocker lock(&mutex);
                errors << r.error.toString();
                return;
            }
            {
                QSqlDatabase db = QSqlDatabase::database(name);
                int failures = 0;
                for (;;) {
                    TransactionService::Claim claim;
                    const DbError e = TransactionService::takeNext(db, clerk.id, &claim);
                    if (!e.ok()) {
                        // SQLite: the database was busy past its timeout; try again.
                        if (++failures > 50) {
                            QMutexLocker lock(&mutex);
                            errors << e.toString();
                            break;
                        }
                        continue;
                    }
                    if (!claim.id)
                        break;
                    QMutexLocker lock(&mutex);
                    claimed << claim.id;
                }
            }
            Database::close(name);
        });
    }
    for (QThread *w : workers)
        w->start();
    for (QThread *w : workers) {
        QVERIFY(w->wait(120000));
        delete w;
    }
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
    // None twice, none skipped.
    const QSet<qint64> unique(claimed.cbegin(), claimed.cend());
    QCOMPARE(unique.size(), claimed.size());
    QCOMPARE(int(claimed.size()), transactions);
    QSqlQuery q(t->db());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT count(*) FROM transactions WHERE assigned_to IS NULL AND service_id = "
        "(SELECT id FROM services WHERE code = 'a')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = 'claimed'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), transactions);
}

void TestClaim::leaseRenewReleaseAndExpiry()
{
    DIWAN_OPEN_DB(t, true);
    seedQueue(*t, 2);
    const Clerk amal = makeClerk(*t, QStringLiteral("amal"));
    const Clerk badr = makeClerk(*t, QStringLiteral("badr"));
    const QString connA = connectAs(*t, amal, QStringLiteral("lease-a"));
    const QString connB = connectAs(*t, badr, QStringLiteral("lease-b"));
    QSqlDatabase a = QSqlDatabase::database(connA);
    QSqlDatabase b = QSqlDatabase::database(connB);

    TransactionService::Claim first;
    QVERIFY(TransactionService::takeNext(a, amal.id, &first).ok());
    QVERIFY(first.id);
    QVERIFY(TransactionService::renewLease(a, first.id, amal.id, 60).ok());
    // Someone else can neither renew nor release it.
    QCOMPARE(TransactionService::renewLease(b, first.id, badr.id).kind, DbError::Kind::Conflict);
    QVERIFY(!TransactionService::release(b, first.id, badr.id).ok());
    // Released: back in the queue, and the next clerk gets it first.
    const DbError released = TransactionService::release(a, first.id, amal.id);
    QVERIFY2(released.ok(), qPrintable(released.toString()));
    TransactionService::Claim again;
    QVERIFY(TransactionService::takeNext(b, badr.id, &again).ok());
    QCOMPARE(again.id, first.id);

    // A lease that ran out returns the transaction to the pool once the queue is empty.
    TransactionService::Claim second;
    QVERIFY(TransactionService::takeNext(a, amal.id, &second).ok());
    QVERIFY(second.id && second.id != first.id);
    TransactionService::Claim none;
    QVERIFY(TransactionService::takeNext(b, badr.id, &none).ok());
    QCOMPARE(none.id, 0);
    QSqlQuery q(t->db()); // an administrator's clock jump: the lease has expired
    QVERIFY(q.exec(
        QStringLiteral(
            "UPDATE transactions SET lease_expires_at = '2000-01-01T00:00:00.000Z' WHERE id = %1")
            .arg(second.id)));
    TransactionService::Claim expired;
    const DbError e = TransactionService::takeNext(b, badr.id, &expired);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(expired.id, second.id);
    Database::close(connA);
    Database::close(connB);
}

void TestClaim::otherWindowsHearOfChanges()
{
    DIWAN_OPEN_DB(t, true);
    seedQueue(*t, 3);
    const Clerk amal = makeClerk(*t, QStringLiteral("amal"));
    const Clerk badr = makeClerk(*t, QStringLiteral("badr"));
    const QString watching = connectAs(*t, badr, QStringLiteral("watching"));
    const QString acting = connectAs(*t, amal, QStringLiteral("acting"));
    ChangeWatcher watcher(watching, {TransactionService::channel()});
    watcher.setPollInterval(200);
    QVERIFY(watcher.start());
    QSignalSpy changes(&watcher, &ChangeWatcher::changed);
    QSqlDatabase db = QSqlDatabase::database(acting);
    TransactionService::Claim claim;
    QVERIFY(TransactionService::takeNext(db, amal.id, &claim).ok());
    // Within a second of the other clerk's commit.
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 1, 20000);
    QCOMPARE(changes.first().at(0).toString(), TransactionService::channel());
    if (t->isPostgres())
        QCOMPARE(changes.first().at(1).toString(), QString::number(claim.id));
    // After a reconnect the subscription is made again.
    Database::close(watching);
    QVERIFY(!connectAs(*t, badr, QStringLiteral("watching")).isEmpty());
    QVERIFY(watcher.start());
    changes.clear();
    const DbError released = TransactionService::release(db, claim.id, amal.id);
    QVERIFY2(released.ok(), qPrintable(released.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(changes.count() >= 1, 20000);
    Database::close(watching);
    Database::close(acting);
}

QTEST_GUILESS_MAIN(TestClaim)
#include "tst_claim.moc"
