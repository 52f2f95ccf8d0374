#include "auth/session.h"
#include "db/database.h"
#include "db/dberror.h"
#include "letterfixture.h"
#include "transactions/decisionletters.h"
#include "transactions/transactionservice.h"

#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace DecisionLetter;
using namespace TransactionService;

// The record of a decision letter's issue, over SQLite and PostgreSQL: only for a decided
// transaction, only by the clerk who decided it, numbered per transaction without gaps or
// repeats, nothing recorded when the letter could not be produced. No widget, no PDF: the letter
// as the applicant reads it is tst_letter's.
class TestLetterRecords : public QObject
{
    Q_OBJECT
private slots:
    void undecidedTransactionHasNoLetter_data() { TestDatabase::addRows(); }
    void undecidedTransactionHasNoLetter();
    void issuingIsRecordedOnce_data() { TestDatabase::addRows(); }
    void issuingIsRecordedOnce();
    void onlyTheDecidingClerkIssues_data() { TestDatabase::addRows(); }
    void onlyTheDecidingClerkIssues();
    // PostgreSQL only: SQLite lets one writer at a time, so the second window cannot write
    // between the first one's count and its letter; there is no race to lose.
    void twoWindowsNumberTheirLettersApart_data()
    {
        QTest::addColumn<QString>("dbKind");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void twoWindowsNumberTheirLettersApart();

private:
    using Fixture = LetterFixture;
    static bool setUp(Fixture &f) { return f.setUp(); }
    static qint64 scalar(const Fixture &f, const QString &sql) { return f.scalar(sql); }
};

void TestLetterRecords::undecidedTransactionHasNoLetter()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    LetterData data;
    const DbError e = loadLetterData(db, f.submitted, QStringLiteral("en"), &data);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    QVERIFY2(errorMessage(e).contains(QStringLiteral("approved or rejected")),
             qPrintable(errorMessage(e)));
    QCOMPARE(
        recordLetter(db, f.clerk, f.submitted, QStringLiteral("pdf"), QStringLiteral("en")).kind,
        DbError::Kind::Invalid);
    QCOMPARE(loadLetterData(db, 987654, QString(), &data).kind, DbError::Kind::NotFound);
    QCOMPARE(scalar(f,
                    QStringLiteral(
                        "SELECT count(*) FROM transaction_events WHERE kind = 'letter_issued'")),
             0);
}

void TestLetterRecords::issuingIsRecordedOnce()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    const QString letters
        = QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = 'letter_issued' "
                         "AND transaction_id = %1")
              .arg(f.rejected);
    const qint64 eventsBefore
        = scalar(f, QStringLiteral("SELECT count(*) FROM transaction_events"));
    int serial = 0;
    DbError e = recordLetter(
        db, f.clerk, f.rejected, QStringLiteral("pdf"), QStringLiteral("ar"), {}, &serial);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(serial, 1);
    QCOMPARE(scalar(f, QStringLiteral("SELECT count(*) FROM transaction_events")),
             eventsBefore + 1);
    QSqlQuery q(f.db->db());
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, note, old_state FROM transaction_events "
                                  "WHERE kind = 'letter_issued'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), f.clerk);
    QCOMPARE(q.value(1).toString(), QStringLiteral("Arabic letter no. 1 saved as PDF"));
    QVERIFY(q.value(2).isNull()); // not a state change
    q.finish();

    // A failed output records nothing.
    e = recordLetter(db,
                     f.clerk,
                     f.rejected,
                     QStringLiteral("print"),
                     QStringLiteral("en"),
                     [](int, QString *why) {
                         *why = QStringLiteral("out of paper");
                         return false;
                     });
    QCOMPARE(e.kind, DbError::Kind::Other);
    QVERIFY2(errorMessage(e).contains(QStringLiteral("out of paper")), qPrintable(errorMessage(e)));
    QCOMPARE(scalar(f, letters), 1);

    // The second letter carries the next number, the one the output was given.
    int given = 0;
    e = recordLetter(
        db,
        f.clerk,
        f.rejected,
        QStringLiteral("print"),
        QStringLiteral("en"),
        [&](int number, QString *) {
            given = number;
            return true;
        },
        &serial);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(given, 2);
    QCOMPARE(serial, 2);
    QCOMPARE(scalar(f, letters), 2);
    QVERIFY(q.exec(QStringLiteral("SELECT note FROM transaction_events WHERE kind = "
                                  "'letter_issued' ORDER BY id DESC")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("English letter no. 2 printed"));
    q.finish();
    LetterData data;
    QVERIFY(loadLetterData(db, f.rejected, QString(), &data).ok());
    QCOMPARE(data.serial, 3);
    QCOMPARE(data.letterNumber(), QStringLiteral("MOI-2026-0000102/3"));
    QCOMPARE(recordLetter(db, f.clerk, f.rejected, QStringLiteral("fax"), QString()).kind,
             DbError::Kind::Invalid);
}

void TestLetterRecords::onlyTheDecidingClerkIssues()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase other = QSqlDatabase::database(f.otherConnection);
    const DbError e
        = recordLetter(other, f.other, f.approved, QStringLiteral("pdf"), QStringLiteral("ar"));
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    QVERIFY2(errorMessage(e).contains(QStringLiteral("Only the clerk who decided")),
             qPrintable(errorMessage(e)));
    const QString letters
        = QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = 'letter_issued'");
    QCOMPARE(scalar(f, letters), 0);

    // The same attempt in plain SQL, under the other clerk's own database role.
    const QString insert = QStringLiteral(
        "INSERT INTO transaction_events (transaction_id, staff_id, kind, note) VALUES (%1, %2, "
        "'letter_issued', 'plain SQL')");
    QSqlQuery q(other);
    if (f.db->isPostgres()) {
        QVERIFY(!q.exec(insert.arg(f.approved).arg(f.other)));
        QCOMPARE(DbError::fromSql(q.lastError()).kind, DbError::Kind::Forbidden);
        // Nor in the deciding clerk's name.
        QVERIFY(!q.exec(insert.arg(f.approved).arg(f.clerk)));
        QCOMPARE(DbError::fromSql(q.lastError()).kind, DbError::Kind::Forbidden);
        // Nor through the function.
        QVERIFY(
            !q.exec(QStringLiteral("SELECT diwan.record_letter(%1, 'pdf', 'ar')").arg(f.approved)));
        QVERIFY2(
            q.lastError().databaseText().contains(QStringLiteral("only the clerk who decided")),
            qPrintable(q.lastError().text()));
    }
    // Whoever holds a transaction still records no letter for it before it is decided (the
    // database refuses it on both kinds).
    QSqlDatabase clerkDb = QSqlDatabase::database(f.clerkConnection);
    Claim claim;
    QVERIFY(takeNext(clerkDb, f.clerk, &claim).ok());
    QCOMPARE(claim.id, f.submitted);
    QSqlQuery c(clerkDb);
    QVERIFY(!c.exec(insert.arg(f.submitted).arg(f.clerk)));
    if (f.db->isPostgres()) {
        // On PostgreSQL no clerk writes history by hand, not even the holder (migration 012): the
        // letter function is the way, and only for a decided transaction.
        QVERIFY(!c.exec(QStringLiteral("INSERT INTO transaction_events (transaction_id, staff_id, "
                                       "kind, note) VALUES (%1, %2, 'note', 'plain SQL')")
                            .arg(f.submitted)
                            .arg(f.clerk)));
        QCOMPARE(c.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!c.exec(insert.arg(f.approved).arg(f.clerk)));
        QCOMPARE(c.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY(!c.exec(
            QStringLiteral("SELECT diwan.record_letter(%1, 'pdf', 'ar')").arg(f.submitted)));
        QCOMPARE(DbError::fromSql(c.lastError()).kind, DbError::Kind::Invalid);
        QCOMPARE(scalar(f, letters), 0);
        QVERIFY2(
            c.exec(QStringLiteral("SELECT diwan.record_letter(%1, 'pdf', 'ar')").arg(f.approved))
                && c.next(),
            qPrintable(c.lastError().text()));
        QCOMPARE(c.value(0).toInt(), 1);
    } else {
        // SQLite checks the letter itself; other history is still the holder's to write.
        QVERIFY(c.exec(QStringLiteral("INSERT INTO transaction_events (transaction_id, staff_id, "
                                      "kind, note) VALUES (%1, %2, 'note', 'plain SQL')")
                           .arg(f.submitted)
                           .arg(f.clerk)));
        QVERIFY2(c.exec(insert.arg(f.approved).arg(f.clerk)), qPrintable(c.lastError().text()));
    }
    QCOMPARE(scalar(f, letters), 1);
}

void TestLetterRecords::twoWindowsNumberTheirLettersApart()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase first = QSqlDatabase::database(f.clerkConnection);
    int firstSerial = 0, secondSerial = 0;
    DbError secondError;
    std::atomic<bool> asking = false;
    std::thread secondWindow;
    bool sawSecondWaiting = false;
    const ConnectionProfile profile = f.db->profileFor(f.clerkLogin);
    const DbError e = recordLetter(
        first,
        f.clerk,
        f.approved,
        QStringLiteral("pdf"),
        QStringLiteral("ar"),
        [&](int, QString *) {
            // While the first letter is being written, the second window asks for its own.
            secondWindow = std::thread([&] {
                const QString name = Database::uniqueConnectionName(QStringLiteral("second"));
                {
                    if (signIn(profile, f.clerkLogin, QStringLiteral("password-123"), name)
                            .error.ok()) {
                        QSqlDatabase db = QSqlDatabase::database(name);
                        asking = true;
                        secondError = recordLetter(db,
                                                   f.clerk,
                                                   f.approved,
                                                   QStringLiteral("pdf"),
                                                   QStringLiteral("en"),
                                                   {},
                                                   &secondSerial);
                    }
                    asking = true;
                }
                Database::close(name);
            });
            while (!asking)
                QThread::msleep(10);
            // Go on only once the second window's statement waits on this one's lock: then the
            // race is certain to have been run, however slow the machine.
            QSqlQuery waiting(f.db->db());
            QDeadlineTimer deadline(60000);
            while (!sawSecondWaiting && !deadline.hasExpired()) {
                sawSecondWaiting = waiting.exec(QStringLiteral(
                                       "SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                       "current_database() AND wait_event_type = 'Lock'"))
                                   && waiting.next() && waiting.value(0).toInt() == 1;
                if (!sawSecondWaiting)
                    QThread::msleep(10);
            }
            return true;
        },
        &firstSerial);
    secondWindow.join();
    QVERIFY2(sawSecondWaiting, "the second window never waited for the first one's letter");
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY2(secondError.ok(), qPrintable(secondError.toString()));
    QCOMPARE(firstSerial, 1);
    QCOMPARE(secondSerial, 2);
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = "
                                   "'letter_issued' AND transaction_id = %1")
                        .arg(f.approved)),
             2);
}

QTEST_GUILESS_MAIN(TestLetterRecords)
#include "tst_letterrecords.moc"
