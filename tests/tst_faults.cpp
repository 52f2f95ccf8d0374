#include "administration/staffadmin.h"
#include "common/draftstore.h"
#include "db/actionreceipts.h"
#include "db/changewatcher.h"
#include "db/database.h"
#include "db/migrator.h"
#include "fixtures.h"
#include "lostanswerproxy.h"
#include "moderation/moderationservice.h"
#include "owncluster.h"
#include "transactions/portaltransactions.h"
#include "transactions/transactionservice.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QThread>

#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <vector>

// Issue 15, faults. A PostgreSQL cluster of the test's own (never the shared one) is stopped with
// `pg_ctl stop -m immediate` twice while clerks decide, moderators approve and the website
// submits, each from threads of their own, and started again. Every action is committed whole or
// reported to its user as not done: none lost, none half-written, none done twice (the website's
// requests carry an idempotency key, and so do a clerk's notes and decisions and a moderator's
// actions: ActionReceipts). An action whose answer was lost after its commit is sent again and
// reported done. Diwan's connections come back by themselves (Database::reconnect) and listen
// again.
// And a draft survives the process that wrote it being killed (SIGKILL) at any moment.

namespace {

using Fixtures::scalar;

constexpr int Clerks = 3;
constexpr int PerClerk = 30; // transactions, each with a note and then a decision
constexpr int Moderators = 2;
constexpr int PerModerator = 30;
constexpr int Websites = 2;
constexpr int PerWebsite = 30;
constexpr int Actions = Clerks * PerClerk * 2 + Moderators * PerModerator + Websites * PerWebsite;

enum class Kind { Note, Decide, Moderate, Submit };

struct Action
{
    Kind kind = Kind::Submit;
    qint64 id = 0;      // the transaction or contribution acted on
    QString key = {};   // the website's request key
    QUuid receipt = {}; // a person's action's key (ActionReceipts)
    bool committed = false;
    bool failed = false;     // told its user it was not done
    bool answerLost = false; // reported done by its key: an earlier send had been committed
    int attempts = 0;
};

struct Tally
{
    QAtomicInt reconnects;
    QSemaphore finished; // one per action done with, committed or failed
};

// One person (or the website) on a connection of their own, on a thread of their own, doing
// their actions one after the other as the application does: on a lost connection, reconnect
// and send the same action again (same key, same version); a key claimed already says that the
// first send was committed and its answer lost.
class Worker
{
public:
    Worker(ConnectionProfile profile, qint64 staffId, QList<Action> *actions, Tally *tally)
        : m_profile(std::move(profile))
        , m_staffId(staffId)
        , m_actions(actions)
        , m_tally(tally)
    {}

    void run()
    {
        m_name = Database::uniqueConnectionName(QStringLiteral("fault-worker"));
        // Started while the server may be away already: wait for it as after any loss.
        const bool opened = Database::open(m_profile, {}, m_name).ok() || reconnect();
        for (Action &a : *m_actions) {
            if (opened)
                perform(a);
            else
                a.failed = true;
            m_tally->finished.release();
        }
        Database::close(m_name);
    }

private:
    bool reconnect()
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (Database::isAlive(db))
            return true;
        const QDeadlineTimer deadline(60000);
        while (!deadline.hasExpired()) {
            if (Database::reconnect(m_name).ok()) {
                m_tally->reconnects.fetchAndAddRelaxed(1);
                return true;
            }
            QThread::msleep(50); // the server is away: try again shortly, as the app's monitor does
        }
        return false;
    }

    DbError send(Action &a)
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        const ActionReceipts::Scope scope(db, a.receipt);
        const DbError e = sendOnce(db, a);
        a.answerLost = a.answerLost || (e.ok() && scope.repeated());
        return e;
    }

    DbError sendOnce(QSqlDatabase &db, const Action &a)
    {
        switch (a.kind) {
        case Kind::Note:
            return TransactionService::addNote(
                db, m_staffId, a.id, QStringLiteral("note %1").arg(a.id), false);
        case Kind::Decide: {
            TransactionService::Decision d;
            d.action = TransactionService::Decision::Action::Approve;
            d.note = QStringLiteral("checked");
            return TransactionService::decide(db, m_staffId, a.id, 1, d);
        }
        case Kind::Moderate:
            return ModerationService::act(
                       db, m_staffId, {a.id, 1, ModerationService::Action::Approve, {}, {}})
                .error;
        case Kind::Submit: {
            PortalTransactions::Submission s;
            s.requestKey = a.key;
            s.service = QStringLiteral("a");
            s.applicantName = QStringLiteral("Applicant %1").arg(a.key);
            s.qid = QStringLiteral("28400000001");
            s.attachments = QJsonArray{QJsonObject{
                {QStringLiteral("document_code"), QStringLiteral("passport")},
                {QStringLiteral("file_name"), QStringLiteral("passport.pdf")},
                {QStringLiteral("url"), QStringLiteral("https://docs.example/") + a.key},
                {QStringLiteral("sha256"), QString(64, QLatin1Char('c'))},
                {QStringLiteral("size_bytes"), 2048},
                {QStringLiteral("mime_type"), QStringLiteral("application/pdf")}}};
            const PortalTransactions::Result r = PortalTransactions::submitTransaction(db, s);
            if (r.refusal != PortalTransactions::Refusal::None)
                return DbError::make(DbError::Kind::Invalid, PortalTransactions::code(r.refusal));
            return r.error;
        }
        }
        return {};
    }

    void perform(Action &a)
    {
        while (a.attempts < 10) {
            ++a.attempts;
            const DbError e = send(a);
            if (e.ok()) {
                a.committed = true;
                return;
            }
            if (!Database::isAlive(QSqlDatabase::database(m_name, false))) {
                if (!reconnect())
                    break;
                continue; // the same action again: same key, same version
            }
            break;
        }
        a.failed = true;
    }

    ConnectionProfile m_profile;
    qint64 m_staffId = 0;
    QList<Action> *m_actions = nullptr;
    Tally *m_tally = nullptr;
    QString m_name;
};

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void serverStoppedWhileEveryoneWorks();
    void answerLostAfterCommit();
    void reconnectsAndListensAgain();
    void draftSurvivesSigkill();

private:
    QSqlDatabase admin() const { return QSqlDatabase::database(m_admin); }
    qint64 createStaff(const QString &login, Roles roles);

    OwnCluster m_cluster;
    QString m_admin;
};

void TestFaults::initTestCase()
{
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    m_admin = Database::uniqueConnectionName(QStringLiteral("faults-admin"));
    const DbError e = Database::open(m_cluster.profile(), {}, m_admin);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QSqlDatabase db = admin();
    QVERIFY2(Migrator(db).migrate().ok(), "the migrations do not run on a new cluster");
    QVERIFY(Fixtures::service(db, {QStringLiteral("a"), {}, {}, QStringLiteral("residency"), 72}));
    QVERIFY(Fixtures::document(db,
                               {QStringLiteral("a"),
                                QStringLiteral("passport"),
                                QStringLiteral("p"),
                                QStringLiteral("p")}));
}

void TestFaults::cleanupTestCase()
{
    Database::close(m_admin);
}

qint64 TestFaults::createStaff(const QString &login, Roles roles)
{
    QSqlDatabase db = admin();
    qint64 id = 0;
    const DbError e = StaffAdmin::createStaff(
        db, {login, login, login, roles, QStringLiteral("pw-12345678")}, &id);
    if (!e.ok())
        qWarning() << login << e.toString();
    return id;
}

void TestFaults::serverStoppedWhileEveryoneWorks()
{
    QSqlDatabase db = admin();
    QSqlQuery q(db);
    std::vector<std::unique_ptr<QList<Action>>> lists;
    std::vector<std::unique_ptr<Worker>> workers;
    Tally tally;

    // Clerks, each holding their transactions (in review, version 1).
    for (int c = 0; c < Clerks; ++c) {
        const QString login = QStringLiteral("clerk%1").arg(c);
        const qint64 staff = createStaff(login, Role::Clerk);
        QVERIFY(staff > 0);
        QVERIFY(Fixtures::staffServices(db, staff));
        QVERIFY2(
            q.exec(
                QStringLiteral(
                    "INSERT INTO transactions (reference, service_id, state, applicant_name, "
                    "applicant_name_norm, qid, due_at, assigned_to, lease_expires_at) SELECT "
                    "'F-%1-' || i, (SELECT id FROM services WHERE code = 'a'), 'in_review', 'n', "
                    "'n', '28400000001', now() + interval '3 days', %2, now() + interval '2 hours' "
                    "FROM generate_series(1, %3) AS i")
                    .arg(c)
                    .arg(staff)
                    .arg(PerClerk)),
            qPrintable(q.lastError().text()));
        auto list = std::make_unique<QList<Action>>();
        QVERIFY(
            q.exec(QStringLiteral("SELECT id FROM transactions WHERE assigned_to = %1 ORDER BY id")
                       .arg(staff)));
        while (q.next()) {
            list->append({Kind::Note, q.value(0).toLongLong(), {}, QUuid::createUuid()});
            list->append({Kind::Decide, q.value(0).toLongLong(), {}, QUuid::createUuid()});
        }
        workers.push_back(
            std::make_unique<Worker>(m_cluster.profile(login), staff, list.get(), &tally));
        lists.push_back(std::move(list));
    }
    // Moderators, each with pending contributions of their own to approve.
    const qint64 topic = Fixtures::topic(db, {});
    QVERIFY(topic > 0);
    for (int m = 0; m < Moderators; ++m) {
        const QString login = QStringLiteral("moderator%1").arg(m);
        const qint64 staff = createStaff(login, Role::Moderator);
        QVERIFY(staff > 0);
        auto list = std::make_unique<QList<Action>>();
        for (int i = 0; i < PerModerator; ++i) {
            Fixtures::Contribution c;
            c.topicId = topic;
            c.body = QStringLiteral("contribution %1 %2").arg(m).arg(i);
            c.state = QStringLiteral("pending");
            c.submittedAt = QDateTime::currentDateTimeUtc();
            const qint64 id = Fixtures::contribution(db, c);
            QVERIFY(id > 0);
            list->append({Kind::Moderate, id, {}, QUuid::createUuid()});
        }
        workers.push_back(
            std::make_unique<Worker>(m_cluster.profile(login), staff, list.get(), &tally));
        lists.push_back(std::move(list));
    }
    // The website, from two servers of its own.
    for (int w = 0; w < Websites; ++w) {
        const QString login = QStringLiteral("website%1").arg(w);
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE diwan_portal").arg(login)));
        auto list = std::make_unique<QList<Action>>();
        for (int i = 0; i < PerWebsite; ++i)
            list->append({Kind::Submit, 0, QStringLiteral("fault-%1-%2-key").arg(w).arg(i)});
        workers.push_back(
            std::make_unique<Worker>(m_cluster.profile(login), 0, list.get(), &tally));
        lists.push_back(std::move(list));
    }

    QList<QThread *> threads;
    for (const auto &w : workers)
        threads.append(QThread::create([worker = w.get()] { worker->run(); }));
    for (QThread *t : threads)
        t->start();
    // Stopped hard twice, while everyone is in the middle of their work.
    QString error;
    int faults = 0;
    for (int stop = 1; stop <= 2; ++stop) {
        tally.finished.acquire(Actions / 3);
        QVERIFY2(m_cluster.stopImmediately(&error), qPrintable(error));
        ++faults;
        QVERIFY2(m_cluster.startAgain(&error), qPrintable(error));
    }
    for (QThread *t : threads) {
        QVERIFY(t->wait(QDeadlineTimer(180000)));
        delete t;
    }
    QVERIFY(Database::reconnect(m_admin).ok());
    db = admin();

    // What each said against what the database holds.
    int committed = 0;
    int failed = 0;
    int lost = 0;
    int duplicated = 0;
    int halfWritten = 0;
    int failedButDone = 0;
    int resent = 0;
    int answersLost = 0;
    QSqlQuery check(db);
    for (const auto &list : lists) {
        for (const Action &a : *list) {
            committed += a.committed;
            resent += a.attempts > 1;
            answersLost += a.answerLost;
            failed += a.failed;
            QString sql;
            switch (a.kind) {
            case Kind::Note:
                // its one note event (nothing else to be whole)
                sql = QStringLiteral("SELECT count(*), count(*), 1 + count(*) FROM "
                                     "transaction_events WHERE transaction_id = %1 AND kind = "
                                     "'note'")
                          .arg(a.id);
                break;
            case Kind::Decide:
                // state approved, its one history event, at version 2 (decided once)
                sql = QStringLiteral(
                          "SELECT (state = 'approved')::int, (SELECT count(*) FROM "
                          "transaction_events e "
                          "WHERE e.transaction_id = t.id AND e.kind = 'approved'), version FROM "
                          "transactions t WHERE id = %1")
                          .arg(a.id);
                break;
            case Kind::Moderate:
                sql = QStringLiteral(
                          "SELECT (state = 'published')::int, (SELECT count(*) FROM moderation_log "
                          "l "
                          "WHERE l.contribution_id = c.id AND l.action = 'approve'), version FROM "
                          "contributions c WHERE id = %1")
                          .arg(a.id);
                break;
            case Kind::Submit:
                // one transaction for the key, with its document and its history event
                sql = QStringLiteral("SELECT count(*)::int, coalesce(sum((SELECT count(*) FROM "
                                     "attachments x WHERE "
                                     "x.transaction_id = t.id) + (SELECT count(*) FROM "
                                     "transaction_events e WHERE "
                                     "e.transaction_id = t.id)), 0), count(r.request_key) FROM "
                                     "transactions t LEFT "
                                     "JOIN portal_requests r ON r.transaction_id = t.id WHERE "
                                     "t.applicant_name = "
                                     "'Applicant %1'")
                          .arg(a.key);
                break;
            }
            QVERIFY2(check.exec(sql) && check.next(), qPrintable(check.lastError().text()));
            const int present = check.value(0).toInt();
            const int parts = check.value(1).toInt();
            const int third = check.value(2).toInt();
            const bool whole = a.kind == Kind::Submit
                                   ? (present == 0 && parts == 0 && third == 0)
                                         || (parts == 2 * present && third == present)
                                   : (present == parts) && (third == 1 + present);
            halfWritten += !whole;
            duplicated
                += a.kind == Kind::Submit ? std::max(0, present - 1) : std::max(0, parts - 1);
            lost += a.committed && present == 0;
            failedButDone += a.failed && present > 0;
        }
    }
    const int unaccounted = Actions - committed - failed;
    qInfo().noquote()
        << QStringLiteral("Faults: %1 immediate stops of PostgreSQL; actions attempted %2, "
                          "committed %3, reported failed %4, lost %5, duplicated %6, "
                          "half-written %7; connections re-opened by themselves %8; actions sent "
                          "again after the loss %9 (of which %10 reported done by their key, "
                          "their first send committed and its answer lost)")
               .arg(faults)
               .arg(Actions)
               .arg(committed)
               .arg(failed)
               .arg(lost)
               .arg(duplicated)
               .arg(halfWritten)
               .arg(tally.reconnects.loadRelaxed())
               .arg(resent)
               .arg(answersLost);
    QCOMPARE(unaccounted, 0);
    QCOMPARE(lost, 0);
    QCOMPARE(duplicated, 0);
    QCOMPARE(halfWritten, 0);
    QCOMPARE(failedButDone, 0);
    // The server came back within the minute each connection waits: everything went through.
    QCOMPARE(committed, Actions);
    QVERIFY(tally.reconnects.loadRelaxed() >= 2);
    // Nothing the website sent twice became two transactions.
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM transactions WHERE reference LIKE 'MOI-%'")),
        QString::number(Websites * PerWebsite));
}

// The answers to a clerk's note, a clerk's decision and a moderator's approval are lost after
// their commit (a relay drops the server's answer and cuts the connection, as a server stopped at
// that moment would): each connection comes back, the same action is sent again with its key and
// reported done, and nothing is written twice. A note sent again without a key is written twice:
// what the key is for.
void TestFaults::answerLostAfterCommit()
{
    LostAnswerProxy relay;
    QString error;
    QVERIFY2(relay.start(m_cluster.profile().port, &error), qPrintable(error));
    QSqlDatabase db = admin();
    QSqlQuery q(db);
    const qint64 clerk = createStaff(QStringLiteral("lostclerk"), Role::Clerk);
    const qint64 moderator = createStaff(QStringLiteral("lostmoderator"), Role::Moderator);
    QVERIFY(clerk > 0 && moderator > 0);
    QVERIFY(Fixtures::staffServices(db, clerk));
    // Two transactions the clerk holds: the second for the note sent again without a key.
    QVERIFY2(
        q.exec(QStringLiteral(
                   "INSERT INTO transactions (reference, service_id, state, applicant_name, "
                   "applicant_name_norm, qid, due_at, assigned_to, lease_expires_at) SELECT "
                   "'LOST-' || i, (SELECT id FROM services WHERE code = 'a'), 'in_review', 'n', "
                   "'n', '28400000001', now() + interval '3 days', %1, now() + interval '2 hours' "
                   "FROM generate_series(1, 2) AS i RETURNING id")
                   .arg(clerk)),
        qPrintable(q.lastError().text()));
    QList<qint64> held;
    while (q.next())
        held << q.value(0).toLongLong();
    QCOMPARE(held.size(), 2);
    const qint64 transaction = held.first();
    qint64 noteOn = transaction;
    Fixtures::Contribution c;
    c.topicId = Fixtures::topic(db, {});
    c.body = QStringLiteral("lost answer");
    c.state = QStringLiteral("pending");
    c.submittedAt = QDateTime::currentDateTimeUtc();
    const qint64 contribution = Fixtures::contribution(db, c);
    QVERIFY(contribution > 0);

    // Each person's connection goes through the relay.
    const auto openThroughRelay = [&](const QString &login) {
        ConnectionProfile p = m_cluster.profile(login);
        p.port = relay.port();
        p.options.insert(QStringLiteral("sslmode"), QStringLiteral("disable"));
        const QString name = Database::uniqueConnectionName(QStringLiteral("faults-relay"));
        const DbError e = Database::open(p, {}, name);
        if (!e.ok())
            qWarning() << e.toString();
        return name;
    };
    const QString clerkConnection = openThroughRelay(QStringLiteral("lostclerk"));
    const QString moderatorConnection = openThroughRelay(QStringLiteral("lostmoderator"));
    // The first send's answer is lost; the connection is re-opened and the same action sent again.
    int reportedDone = 0;
    const auto sendTwice = [&](const QString &name,
                               const QUuid &key,
                               const QByteArray &tag,
                               const std::function<DbError(QSqlDatabase &, qint64)> &action,
                               qint64 staff) {
        relay.loseNextAnswer(tag);
        {
            QSqlDatabase conn = QSqlDatabase::database(name, false);
            const ActionReceipts::Scope scope(conn, key);
            if (action(conn, staff).ok() || Database::isAlive(conn))
                return QStringLiteral("the first send was not cut");
        }
        if (!Database::reconnect(name).ok())
            return QStringLiteral("the connection did not come back");
        QSqlDatabase conn = QSqlDatabase::database(name, false);
        const ActionReceipts::Scope scope(conn, key);
        const DbError e = action(conn, staff);
        reportedDone += e.ok() && scope.repeated();
        return e.ok() ? QString() : e.toString();
    };
    const auto note = [&](QSqlDatabase &conn, qint64 staff) {
        return TransactionService::addNote(conn, staff, noteOn, QStringLiteral("n"), false);
    };
    const auto approve = [&](QSqlDatabase &conn, qint64 staff) {
        TransactionService::Decision d;
        d.action = TransactionService::Decision::Action::Approve;
        return TransactionService::decide(conn, staff, transaction, 1, d);
    };
    const auto publish = [&](QSqlDatabase &conn, qint64 staff) {
        return ModerationService::act(
                   conn, staff, {contribution, 1, ModerationService::Action::Approve, {}, {}})
            .error;
    };
    QCOMPARE(sendTwice(clerkConnection, QUuid::createUuid(), "COMMIT", note, clerk), QString());
    QCOMPARE(sendTwice(clerkConnection, QUuid::createUuid(), "COMMIT", approve, clerk), QString());
    QCOMPARE(sendTwice(moderatorConnection, QUuid::createUuid(), "COMMIT", publish, moderator),
             QString());
    QCOMPARE(relay.answersLost(), 3);
    QCOMPARE(reportedDone, 3);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT state || ' ' || version || ' ' || (SELECT count(*) FROM "
                                   "transaction_events e WHERE e.transaction_id = t.id AND "
                                   "e.kind = 'approved') || ' ' || (SELECT count(*) FROM "
                                   "transaction_events e WHERE e.transaction_id = t.id AND "
                                   "e.kind = 'note') FROM transactions t WHERE id = %1")
                        .arg(transaction)),
             QStringLiteral("approved 2 1 1"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT state || ' ' || version || ' ' || (SELECT count(*) FROM "
                                   "moderation_log l WHERE l.contribution_id = c.id AND "
                                   "l.action = 'approve') FROM contributions c WHERE id = %1")
                        .arg(contribution)),
             QStringLiteral("published 2 1"));

    // Without a key (an autocommit call, its answer "SELECT 1"), the note sent again is a second
    // note.
    noteOn = held.last();
    QCOMPARE(sendTwice(clerkConnection, QUuid(), "SELECT 1", note, clerk), QString());
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE transaction_id "
                                   "= %1 AND kind = 'note'")
                        .arg(noteOn)),
             QStringLiteral("2"));
    qInfo().noquote() << QStringLiteral(
                             "Lost answers: %1 actions committed and their answers lost (a note, "
                             "a decision, a moderator's approval); sent again with their key, %2 "
                             "reported done and 0 written twice; a note sent again without a key "
                             "was written twice")
                             .arg(3)
                             .arg(reportedDone);
    Database::close(clerkConnection);
    Database::close(moderatorConnection);
}

// A window's connection comes back after the server does, and listens again: a change made after
// the restart reaches it.
void TestFaults::reconnectsAndListensAgain()
{
    const QString name = Database::uniqueConnectionName(QStringLiteral("faults-window"));
    QVERIFY(Database::open(m_cluster.profile(), {}, name).ok());
    ChangeWatcher watcher(name, {TransactionService::channel()});
    QVERIFY(watcher.start());
    QString error;
    QVERIFY2(m_cluster.stopImmediately(&error), qPrintable(error));
    QVERIFY(!Database::isAlive(QSqlDatabase::database(name)));
    QCOMPARE(Database::reconnect(name).kind, DbError::Kind::Unreachable); // still away
    QVERIFY2(m_cluster.startAgain(&error), qPrintable(error));
    QVERIFY(Database::reconnect(name).ok());
    QVERIFY(Database::reconnect(m_admin).ok());
    QVERIFY(watcher.start()); // subscribed again on the new connection
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    QSqlQuery q(admin());
    QVERIFY(q.exec(QStringLiteral("NOTIFY diwan_transactions, '42'")));
    QVERIFY(changed.wait(10000));
    QCOMPARE(changed.first().at(1).toString(), QStringLiteral("42"));
    Database::close(name);
}

// A child process writes a form's draft over and over (as the form does a moment after each
// keystroke) and is killed with SIGKILL in the middle; the next run is offered the last whole
// draft, never half of one and never nothing.
void TestFaults::draftSurvivesSigkill()
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("HOME"), home.path());
    QProcess child;
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--write-drafts")});
    QVERIFY(child.waitForStarted());
    // Killed once it has saved a good number of drafts: the kill lands among the writes.
    QByteArray said;
    while (said.count('\n') < 200 && child.waitForReadyRead(30000))
        said += child.readAllStandardOutput();
    QVERIFY2(said.count('\n') >= 200, said.constData());
    child.kill(); // SIGKILL
    QVERIFY(child.waitForFinished());
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    QProcess later;
    later.setProcessEnvironment(env);
    later.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--read-draft")});
    QVERIFY(later.waitForFinished(30000));
    const QString offered = QString::fromUtf8(later.readAllStandardOutput());
    const QStringList drafts = {QString(3000, QChar(0x0633)), QString(5000, QChar(0x0634))};
    QVERIFY2(drafts.contains(offered),
             qPrintable(QStringLiteral("offered %1 characters").arg(offered.size())));
}

namespace {

// The child: what a form does with a draft, and what a new Diwan does at start.
int draftChild(bool write)
{
    const DraftStore store(QStringLiteral("faults"));
    const QString key = QStringLiteral("transaction-7");
    if (!write) {
        QTextStream(stdout) << store.load(key);
        return 0;
    }
    const QString texts[] = {QString(3000, QChar(0x0633)), QString(5000, QChar(0x0634))};
    for (quint64 i = 0;; ++i) {
        store.save(key, texts[i % 2]);
        std::fputs("saved\n", stdout);
        std::fflush(stdout);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2 && std::strcmp(argv[1], "--write-drafts") == 0)
        return draftChild(true);
    if (argc == 2 && std::strcmp(argv[1], "--read-draft") == 0)
        return draftChild(false);
    TestFaults test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_faults.moc"
