#include "db/database.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/supervision.h"
#include "transactions/transactionservice.h"

#include <QDeadlineTimer>
#include <QMutex>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <map>
#include <memory>

// Issue 15, races: many connections saving conflicting changes to the same rows at once, through
// the functions people use, for a fixed number of rounds. No update is lost: every change that
// was answered "saved" is in the row and its history, no two were saved over the same version
// (every loser was told of the conflict), and a deadlock, if PostgreSQL breaks one, reaches the
// person as a conflict to try again, never as an error nobody handles.

namespace {

using Fixtures::scalar;

constexpr int Rows = 5;
constexpr int Managers = 3;
constexpr int ConnectionsEach = 2;
constexpr int Rounds = 40;

struct Saved
{
    qint64 row = 0;
    int version = 0; // the version the change was made over
    int priority = 0;
};

struct Totals
{
    QMutex mutex;
    QList<Saved> saved;
    int attempts = 0;
    int conflicts = 0;
    int deadlocks = 0;
    QStringList otherErrors;
};

// Starts the threads together and waits for each to finish (five minutes at most).
bool startAndWait(const QList<QThread *> &threads)
{
    for (QThread *th : threads)
        th->start();
    bool finished = true;
    for (QThread *th : threads) {
        finished = th->wait(QDeadlineTimer(300000)) && finished;
        delete th;
    }
    return finished;
}

// A connection of the thread's own, cloned from the session's: `work` runs on it.
template<typename Work> void onOwnConnection(const QString &source, Totals *totals, Work &&work)
{
    const QString name = Database::uniqueConnectionName(QStringLiteral("race"));
    if (!Database::cloneConnection(source, name).ok()) {
        const QMutexLocker lock(&totals->mutex);
        totals->otherErrors << QStringLiteral("cannot open a connection");
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name);
        work(db);
    }
    Database::close(name);
}

} // namespace

class TestRaces : public QObject
{
    Q_OBJECT
private slots:
    void noLostUpdates_data() { TestDatabase::addRows(); }
    void noLostUpdates();
    void oneClaimWins_data() { TestDatabase::addRows(); }
    void oneClaimWins();
};

// Managers change the priority of the same few transactions from several connections each, each
// change over the version it just read.
void TestRaces::noLostUpdates()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QVERIFY(Fixtures::service(db, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    QList<qint64> rows;
    for (int i = 0; i < Rows; ++i) {
        Fixtures::Transaction tr;
        tr.reference = QStringLiteral("RACE-%1").arg(i);
        tr.service = QStringLiteral("a");
        tr.state = TransactionState::InReview;
        rows << Fixtures::transaction(db, tr);
        QVERIFY(rows.last() > 0);
    }
    QList<Session> managers;
    for (int m = 0; m < Managers; ++m)
        managers << t->signInAs(QStringLiteral("manager%1").arg(m), Role::Manager, true);

    Totals totals;
    QList<QThread *> threads;
    for (int m = 0; m < Managers; ++m) {
        for (int c = 0; c < ConnectionsEach; ++c) {
            const Session s = managers.at(m);
            const quint32 seed = quint32(m * 10 + c + 1);
            threads << QThread::create([s, seed, rows, &totals] {
                onOwnConnection(s.connectionName, &totals, [&](QSqlDatabase db) {
                    QRandomGenerator random(seed);
                    QSqlQuery read(db);
                    for (int round = 0; round < Rounds; ++round) {
                        const qint64 row = rows.at(int(random.bounded(quint32(Rows))));
                        const int priority = 1 + int(random.bounded(4));
                        read.prepare(
                            QStringLiteral("SELECT version FROM transactions WHERE id = ?"));
                        read.addBindValue(row);
                        if (!read.exec() || !read.next())
                            continue;
                        const int version = read.value(0).toInt();
                        read.finish();
                        const DbError e
                            = Supervision::setPriority(db,
                                                       s.staffId,
                                                       row,
                                                       version,
                                                       priority,
                                                       QStringLiteral("race %1").arg(round));
                        const QMutexLocker lock(&totals.mutex);
                        ++totals.attempts;
                        if (e.ok())
                            totals.saved.append({row, version, priority});
                        else if (e.kind == DbError::Kind::Conflict)
                            ++(e.sqlState == QLatin1String("40P01") ? totals.deadlocks
                                                                    : totals.conflicts);
                        else
                            totals.otherErrors << e.toString();
                    }
                });
            });
        }
    }
    QVERIFY(startAndWait(threads));

    qInfo().noquote() << QStringLiteral("Races (%1): %2 changes from %3 connections on %4 rows: "
                                        "%5 saved, %6 told of a conflict, %7 deadlocks handled, "
                                        "%8 other errors")
                             .arg(QString::fromLatin1(QTest::currentDataTag()))
                             .arg(totals.attempts)
                             .arg(Managers * ConnectionsEach)
                             .arg(Rows)
                             .arg(totals.saved.size())
                             .arg(totals.conflicts)
                             .arg(totals.deadlocks)
                             .arg(totals.otherErrors.size());
    QVERIFY2(totals.otherErrors.isEmpty(), qPrintable(totals.otherErrors.join(QLatin1Char('\n'))));
    QCOMPARE(totals.attempts, Managers * ConnectionsEach * Rounds);
    QCOMPARE(totals.saved.size() + totals.conflicts + totals.deadlocks, totals.attempts);
    QVERIFY(totals.conflicts > 0); // they did collide

    // Each row: the saved changes were made over versions 1, 2, 3, ... one each (two saved over
    // the same version would be a lost update), the row's version counts them, its history
    // holds each, and the priority is the last one's.
    std::map<qint64, std::map<int, int>> byRow; // row, version over: priority
    for (const Saved &s : std::as_const(totals.saved)) {
        QVERIFY2(!byRow[s.row].count(s.version),
                 qPrintable(QStringLiteral("two changes saved over version %1 of row %2")
                                .arg(s.version)
                                .arg(s.row)));
        byRow[s.row][s.version] = s.priority;
    }
    for (const qint64 row : std::as_const(rows)) {
        const std::map<int, int> &changes = byRow[row];
        int expected = 1;
        for (const auto &[version, priority] : changes)
            QCOMPARE(version, expected++);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(row)),
            QString::number(expected));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM transaction_events WHERE "
                                       "transaction_id = %1 AND kind = 'priority_changed'")
                            .arg(row)),
                 QString::number(changes.size()));
        if (!changes.empty())
            QCOMPARE(
                scalar(db,
                       QStringLiteral("SELECT priority FROM transactions WHERE id = %1").arg(row)),
                QString::number(changes.rbegin()->second));
    }
}

// Clerks of one service all try to claim the same transactions at once: each is claimed by one
// clerk, once; everyone else is told it is taken.
void TestRaces::oneClaimWins()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    QVERIFY(Fixtures::service(db, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    constexpr int Transactions = 20;
    constexpr int ClerkCount = 4;
    QList<qint64> rows;
    for (int i = 0; i < Transactions; ++i) {
        Fixtures::Transaction tr;
        tr.reference = QStringLiteral("CLAIM-%1").arg(i);
        tr.service = QStringLiteral("a");
        rows << Fixtures::transaction(db, tr);
    }
    QList<Session> clerks;
    for (int c = 0; c < ClerkCount; ++c)
        clerks << t->signInAs(QStringLiteral("claimer%1").arg(c), Role::Clerk, true);
    Totals totals;
    QList<QThread *> threads;
    for (int c = 0; c < ClerkCount; ++c) {
        const Session s = clerks.at(c);
        threads << QThread::create([s, c, rows, &totals] {
            onOwnConnection(s.connectionName, &totals, [&](QSqlDatabase db) {
                QList<qint64> order = rows;
                std::shuffle(order.begin(), order.end(), QRandomGenerator(quint32(c + 1)));
                for (const qint64 row : std::as_const(order)) {
                    TransactionService::Claim claim;
                    const DbError e = TransactionService::claim(db, row, s.staffId, &claim);
                    const QMutexLocker lock(&totals.mutex);
                    ++totals.attempts;
                    if (e.ok())
                        totals.saved.append({row, int(s.staffId), 0});
                    else if (e.kind == DbError::Kind::Conflict)
                        ++totals.conflicts;
                    else
                        totals.otherErrors << e.toString();
                }
            });
        });
    }
    QVERIFY(startAndWait(threads));
    QVERIFY2(totals.otherErrors.isEmpty(), qPrintable(totals.otherErrors.join(QLatin1Char('\n'))));
    QCOMPARE(totals.attempts, Transactions * ClerkCount);
    QCOMPARE(totals.saved.size(), Transactions);
    QCOMPARE(totals.conflicts, Transactions * (ClerkCount - 1));
    for (const Saved &s : std::as_const(totals.saved))
        QCOMPARE(
            scalar(db,
                   QStringLiteral("SELECT assigned_to FROM transactions WHERE id = %1").arg(s.row)),
            QString::number(s.version));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = 'claimed'")),
        QString::number(Transactions));
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"
