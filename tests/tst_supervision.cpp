#include "administration/staffadmin.h"
#include "auth/session.h"
#include "db/database.h"
#include "shell/languagemanager.h"
#include "testdatabase.h"
#include "transactions/bulkresultdialog.h"
#include "transactions/reassigndialog.h"
#include "transactions/supervision.h"
#include "transactions/transactionservice.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <atomic>

using namespace TransactionService;

namespace {

const QString Password = QStringLiteral("password-123");

// The pending Arabic translations of this work (translations/pending/super.tsv), so that the
// dialogs can be looked at in Arabic before the lead merges them into diwan_ar.ts.
class TsvTranslator : public QTranslator
{
public:
    bool loadTsv(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return false;
        while (!f.atEnd()) {
            const QStringList parts
                = QString::fromUtf8(f.readLine()).chopped(1).split(QLatin1Char('\t'));
            if (parts.size() != 3)
                continue;
            auto unescape = [](QString s) {
                return s.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
            };
            m_strings.insert(parts[0] + QLatin1Char('\x1f') + unescape(parts[1]),
                             unescape(parts[2]));
        }
        return !m_strings.isEmpty();
    }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return m_strings.value(QString::fromUtf8(context) + QLatin1Char('\x1f')
                               + QString::fromUtf8(source));
    }
    bool isEmpty() const override { return m_strings.isEmpty(); }

private:
    QHash<QString, QString> m_strings;
};

} // namespace

// Supervisors reassign, take over, re-prioritise and escalate, always with a reason, alone or
// in bulk; everyone else is refused by the service and, on PostgreSQL, by the database itself.
class TestSupervision : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void reassignHeldTransaction_data() { TestDatabase::addRows(); }
    void reassignHeldTransaction();
    void takeOverAndBackToQueue_data() { TestDatabase::addRows(); }
    void takeOverAndBackToQueue();
    void reasonIsMandatory_data() { TestDatabase::addRows(); }
    void reasonIsMandatory();
    void plainClerkRefused_data() { TestDatabase::addRows(); }
    void plainClerkRefused();
    void otherServiceManagerRefused_data() { TestDatabase::addRows(); }
    void otherServiceManagerRefused();
    void escalationGoesToTheSupervisor_data() { TestDatabase::addRows(); }
    void escalationGoesToTheSupervisor();
    void bulkReportsEachItem_data() { TestDatabase::addRows(); }
    void bulkReportsEachItem();
    void bulkCancelStopsCleanly_data() { TestDatabase::addRows(); }
    void bulkCancelStopsCleanly();
    void bulkPace_data() { TestDatabase::addRows(); }
    void bulkPace();
    void inactiveStaffCannotAct_data() { TestDatabase::addRows(); }
    void inactiveStaffCannotAct();
    void reassignDialogNeedsAReason();
    void bulkDialogShowsEveryItem_data() { TestDatabase::addRows(); }
    void bulkDialogShowsEveryItem();
    void entryPointAsksThenRuns_data() { TestDatabase::addRows(); }
    void entryPointAsksThenRuns();

private:
    struct World
    {
        std::unique_ptr<TestDatabase> db;
        qint64 serviceA = 0;
        qint64 serviceB = 0;
        QHash<QString, qint64> ids;
        QHash<QString, QString> logins;
        QHash<QString, QString> connections;
        QList<qint64> transactionsA; // by urgency: takeNext hands them out in this order
        qint64 transactionB = 0;
        // The staff's connections (and the statements kept on them) go before the database.
        ~World()
        {
            handles.clear();
            for (const QString &name : std::as_const(connections))
                Database::close(name);
        }

        // A reference, as the services take one.
        QSqlDatabase &as(const QString &who) const
        {
            if (!handles.contains(who))
                handles.insert(who, QSqlDatabase::database(connections.value(who)));
            return handles[who];
        }
        mutable QHash<QString, QSqlDatabase> handles;
        QSqlDatabase &admin() const
        {
            if (!adminHandle.isValid())
                adminHandle = db->db();
            return adminHandle;
        }
        mutable QSqlDatabase adminHandle;
        bool pg() const { return db->isPostgres(); }
        qint64 id(const QString &who) const { return ids.value(who); }
        QString login(const QString &who) const { return logins.value(who); }
    };
    bool setUp(World &w, std::unique_ptr<TestDatabase> db);
    static QVariant value(const World &w, const QString &sql);
    static int version(const World &w, qint64 id);
    static qint64 holder(const World &w, qint64 id);
    static int events(const World &w, qint64 id);
    // Plain SQL as someone; the SQLSTATE it failed with, or "" if it ran (rows in *affected).
    static QString
    sqlAs(const World &w, const QString &who, const QString &sql, int *affected = nullptr);
    void render(QWidget &widget, const QString &name);

    QString m_shots;
    TsvTranslator m_arabic;
};

void TestSupervision::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_shots = qEnvironmentVariable(
        "DIWAN_SHOTS_DIR", QDir::temp().filePath(QStringLiteral("diwan-supervision-shots")));
    QDir().mkpath(m_shots);
    // The Arabic comes from translations/diwan_ar.ts through LanguageManager; a pending list not
    // merged yet, if there is one, is laid over it.
    const QString pending = QStringLiteral(DIWAN_SOURCE_DIR "/translations/pending/super.tsv");
    if (QFile::exists(pending))
        QVERIFY(m_arabic.loadTsv(pending));
}

bool TestSupervision::setUp(World &w, std::unique_ptr<TestDatabase> db)
{
    w.db = std::move(db);
    QSqlDatabase admin = w.admin();
    QSqlQuery q(admin);
    auto run = [&](const QString &sql, const QVariantList &values = {}) {
        q.prepare(sql);
        const DbError e = Database::exec(q, values);
        if (!e.ok())
            qWarning() << sql << e.toString();
        return e.ok();
    };
    if (!run(QStringLiteral(
            "INSERT INTO services (code, name_ar, name_en, category, sla_hours) VALUES "
            "('residence_renewal', 'x', 'Residence permit renewal', 'residency', 24), "
            "('visit_visa', 'y', 'Visit visa', 'visas', 48)")))
        return false;
    w.serviceA
        = value(w, QStringLiteral("SELECT id FROM services WHERE code = 'residence_renewal'"))
              .toLongLong();
    w.serviceB = value(w, QStringLiteral("SELECT id FROM services WHERE code = 'visit_visa'"))
                     .toLongLong();
    struct Spec
    {
        const char *key;
        Roles roles;
        bool serviceA;
        bool serviceB;
    };
    const Spec specs[] = {
        {"clerk", Role::Clerk, true, false},
        {"clerk2", Role::Clerk, true, false},
        {"sup", Role::Clerk | Role::Manager, true, false},
        {"manager_b", Role::Manager, false, true},
        {"clerk_b", Role::Clerk, false, true},
    };
    for (const Spec &s : specs) {
        const QString key = QString::fromLatin1(s.key);
        const QString login = w.db->uniqueLogin(key);
        qint64 id = 0;
        const DbError e = StaffAdmin::createStaff(
            admin,
            {login, QStringLiteral("ar ") + key, QStringLiteral("en ") + key, s.roles, Password},
            &id);
        if (!e.ok()) {
            qWarning() << e.toString();
            return false;
        }
        w.ids.insert(key, id);
        w.logins.insert(key, login);
        for (auto [linked, service] :
             {std::pair{s.serviceA, w.serviceA}, std::pair{s.serviceB, w.serviceB}})
            if (linked
                && !run(QStringLiteral(
                            "INSERT INTO staff_services (staff_id, service_id) VALUES (?, ?)"),
                        {id, service}))
                return false;
    }
    if (!run(QStringLiteral("UPDATE staff SET supervisor_id = ? WHERE id = ?"),
             {w.id(QStringLiteral("sup")), w.id(QStringLiteral("clerk"))}))
        return false;
    for (int i = 1; i <= 5; ++i) {
        if (!run(QStringLiteral("INSERT INTO transactions (reference, service_id, applicant_name, "
                                "applicant_name_norm, qid, language, submitted_at, due_at) VALUES "
                                "(?, ?, 'Amal', 'amal', '28463400123', 'en', "
                                "'2026-11-20T08:00:00.000Z', ?)"),
                 {QStringLiteral("MOI-2026-000000%1").arg(i),
                  w.serviceA,
                  QStringLiteral("2030-11-2%1T08:00:00.000Z").arg(i)}))
            return false;
        w.transactionsA << value(w,
                                 QStringLiteral("SELECT id FROM transactions WHERE reference = "
                                                "'MOI-2026-000000%1'")
                                     .arg(i))
                               .toLongLong();
    }
    if (!run(QStringLiteral("INSERT INTO transactions (reference, service_id, applicant_name, "
                            "applicant_name_norm, qid, language, submitted_at, due_at) VALUES "
                            "('MOI-2026-0000099', ?, 'Badr', 'badr', '28463400124', 'en', "
                            "'2026-11-20T08:00:00.000Z', '2030-11-21T08:00:00.000Z')"),
             {w.serviceB}))
        return false;
    w.transactionB
        = value(w,
                QStringLiteral("SELECT id FROM transactions WHERE reference = 'MOI-2026-0000099'"))
              .toLongLong();
    for (auto it = w.logins.cbegin(); it != w.logins.cend(); ++it) {
        const QString name = Database::uniqueConnectionName(QStringLiteral("super-") + it.key());
        const SignInResult r = signIn(w.db->profileFor(it.value()), it.value(), Password, name);
        if (!r.error.ok()) {
            qWarning() << it.key() << r.error.toString();
            return false;
        }
        w.connections.insert(it.key(), name);
    }
    return true;
}

QVariant TestSupervision::value(const World &w, const QString &sql)
{
    QSqlQuery q(w.admin());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    return q.value(0);
}

int TestSupervision::version(const World &w, qint64 id)
{
    return value(w, QStringLiteral("SELECT version FROM transactions WHERE id = %1").arg(id))
        .toInt();
}

qint64 TestSupervision::holder(const World &w, qint64 id)
{
    return value(w,
                 QStringLiteral("SELECT coalesce(assigned_to, 0) FROM transactions WHERE id = %1")
                     .arg(id))
        .toLongLong();
}

int TestSupervision::events(const World &w, qint64 id)
{
    return value(w,
                 QStringLiteral("SELECT count(*) FROM transaction_events WHERE transaction_id = %1")
                     .arg(id))
        .toInt();
}

QString
TestSupervision::sqlAs(const World &w, const QString &who, const QString &sql, int *affected)
{
    QSqlQuery q(w.as(who));
    if (!q.exec(sql)) {
        const QString state = q.lastError().nativeErrorCode();
        return state.isEmpty() ? QStringLiteral("?") : state;
    }
    if (affected)
        *affected = q.numRowsAffected();
    return {};
}

void TestSupervision::reassignHeldTransaction()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QSqlDatabase clerkDb = w.as(QStringLiteral("clerk"));
    QSqlDatabase supDb = w.as(QStringLiteral("sup"));
    Claim claim;
    QVERIFY(takeNext(clerkDb, w.id(QStringLiteral("clerk")), &claim).ok() && claim.id);

    int newVersion = 0;
    const QString reason = QStringLiteral("Maryam is on leave from today");
    DbError e = Supervision::reassign(supDb,
                                      w.id(QStringLiteral("sup")),
                                      claim.id,
                                      claim.version,
                                      w.id(QStringLiteral("clerk2")),
                                      reason,
                                      &newVersion);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(newVersion, claim.version + 1);
    QCOMPARE(version(w, claim.id), newVersion);
    QCOMPARE(holder(w, claim.id), w.id(QStringLiteral("clerk2")));
    QVERIFY(!value(w,
                   QStringLiteral("SELECT lease_expires_at FROM transactions WHERE id = %1")
                       .arg(claim.id))
                 .isNull());

    // The history says who did it, why, and to whom.
    QSqlQuery q(w.admin());
    QVERIFY(q.exec(QStringLiteral("SELECT staff_id, old_state, new_state, note, assignee_id FROM "
                                  "transaction_events WHERE transaction_id = %1 AND kind = "
                                  "'reassigned'")
                       .arg(claim.id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), w.id(QStringLiteral("sup")));
    QCOMPARE(q.value(1).toString(), QStringLiteral("in_review"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("in_review"));
    QCOMPARE(q.value(3).toString(), reason);
    QCOMPARE(q.value(4).toLongLong(), w.id(QStringLiteral("clerk2")));
    QVERIFY(!q.next());
    // And the audit trail has the row change, in the supervisor's name on PostgreSQL.
    if (w.pg())
        QCOMPARE(value(w,
                       QStringLiteral("SELECT count(*) FROM diwan_audit.event WHERE table_name = "
                                      "'transactions' AND row_id = '%1' AND db_user = '%2' AND "
                                      "(new_row ->> 'assigned_to')::bigint = %3")
                           .arg(claim.id)
                           .arg(w.login(QStringLiteral("sup")))
                           .arg(w.id(QStringLiteral("clerk2"))))
                     .toInt(),
                 1);
    else
        QCOMPARE(value(w,
                       QStringLiteral("SELECT count(*) FROM audit_event WHERE table_name = "
                                      "'transactions' AND row_id = '%1' AND "
                                      "json_extract(new_row, '$.assigned_to') = %2")
                           .arg(claim.id)
                           .arg(w.id(QStringLiteral("clerk2"))))
                     .toInt(),
                 1);

    // The clerk's open window loses cleanly and learns who took it.
    Decision approve;
    approve.action = Decision::Action::Approve;
    ConflictInfo conflict;
    e = decide(clerkDb,
               w.id(QStringLiteral("clerk")),
               claim.id,
               claim.version,
               approve,
               nullptr,
               &conflict);
    QCOMPARE(e.kind, DbError::Kind::Conflict);
    QCOMPARE(conflict.changedBy, w.login(QStringLiteral("sup")));
    QCOMPARE(conflict.currentVersion, newVersion);
    // Even with the current version it is no longer theirs; the new holder decides.
    QCOMPARE(decide(clerkDb, w.id(QStringLiteral("clerk")), claim.id, newVersion, approve).kind,
             DbError::Kind::Conflict);
    QSqlDatabase clerk2Db = w.as(QStringLiteral("clerk2"));
    e = decide(clerk2Db, w.id(QStringLiteral("clerk2")), claim.id, newVersion, approve);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
}

void TestSupervision::takeOverAndBackToQueue()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QSqlDatabase supDb = w.as(QStringLiteral("sup"));
    const qint64 sup = w.id(QStringLiteral("sup"));
    Claim claim;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk")), w.id(QStringLiteral("clerk")), &claim).ok());
    QCOMPARE(claim.id, w.transactionsA.first());

    int v1 = 0;
    DbError e = Supervision::takeOver(
        supDb, sup, claim.id, claim.version, QStringLiteral("Applicant is a VIP case"), &v1);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(holder(w, claim.id), sup);
    QCOMPARE(value(w,
                   QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = "
                                  "'taken_over' AND staff_id = %1 AND assignee_id = %1")
                       .arg(sup))
                 .toInt(),
             1);
    // The supervisor holds it like a claim: the lease renews for them.
    QVERIFY(renewLease(supDb, claim.id, sup).ok());
    v1 = version(w, claim.id); // PostgreSQL counts a renewal as a change

    int v2 = 0;
    e = Supervision::reassign(
        supDb, sup, claim.id, v1, 0, QStringLiteral("Anyone may take it"), &v2);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(v2, v1 + 1);
    QCOMPARE(holder(w, claim.id), 0);
    QVERIFY(
        value(
            w,
            QStringLiteral("SELECT lease_expires_at FROM transactions WHERE id = %1").arg(claim.id))
            .isNull());
    // Back in the queue, first in line again.
    Claim next;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk2")), w.id(QStringLiteral("clerk2")), &next).ok());
    QCOMPARE(next.id, claim.id);
}

void TestSupervision::reasonIsMandatory()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QSqlDatabase supDb = w.as(QStringLiteral("sup"));
    const qint64 sup = w.id(QStringLiteral("sup"));
    Claim claim;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk")), w.id(QStringLiteral("clerk")), &claim).ok());
    const int before = events(w, claim.id);

    const QString blanks[] = {QString(), QStringLiteral("   \n\t ")};
    for (const QString &blank : blanks) {
        DbError e = Supervision::reassign(
            supDb, sup, claim.id, claim.version, w.id(QStringLiteral("clerk2")), blank);
        QCOMPARE(e.kind, DbError::Kind::Invalid);
        QVERIFY(Supervision::errorText(e).contains(QStringLiteral("reason")));
        QCOMPARE(Supervision::takeOver(supDb, sup, claim.id, claim.version, blank).kind,
                 DbError::Kind::Invalid);
        QCOMPARE(Supervision::setPriority(supDb, sup, claim.id, claim.version, 1, blank).kind,
                 DbError::Kind::Invalid);
        QCOMPARE(Supervision::escalate(supDb, sup, claim.id, claim.version, blank).kind,
                 DbError::Kind::Invalid);
    }
    // The database refuses it as well, whoever calls it.
    if (w.pg())
        QCOMPARE(sqlAs(w,
                       QStringLiteral("sup"),
                       QStringLiteral("SELECT diwan.reassign_transaction(%1, %2, %3, '  ')")
                           .arg(claim.id)
                           .arg(claim.version)
                           .arg(w.id(QStringLiteral("clerk2")))),
                 QStringLiteral("23514"));
    QCOMPARE(version(w, claim.id), claim.version);
    QCOMPARE(holder(w, claim.id), w.id(QStringLiteral("clerk")));
    QCOMPARE(events(w, claim.id), before);
}

void TestSupervision::plainClerkRefused()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    const qint64 clerk = w.id(QStringLiteral("clerk"));
    const qint64 clerk2 = w.id(QStringLiteral("clerk2"));
    Claim claim;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk")), clerk, &claim).ok());
    const int before = events(w, claim.id);

    QSqlDatabase clerk2Db = w.as(QStringLiteral("clerk2"));
    DbError e = Supervision::reassign(
        clerk2Db, clerk2, claim.id, claim.version, clerk2, QStringLiteral("I will finish it"));
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    QVERIFY(!Supervision::errorText(e).isEmpty());
    QCOMPARE(
        Supervision::takeOver(clerk2Db, clerk2, claim.id, claim.version, QStringLiteral("x")).kind,
        DbError::Kind::Forbidden);
    QCOMPARE(
        Supervision::setPriority(clerk2Db, clerk2, claim.id, claim.version, 1, QStringLiteral("x"))
            .kind,
        DbError::Kind::Forbidden);

    if (w.pg()) {
        const QString id = QString::number(claim.id);
        const QString v = QString::number(claim.version);
        int rows = -1;
        // No clerk writes the table (migration 012): someone else's transaction least of all.
        QCOMPARE(
            sqlAs(w,
                  QStringLiteral("clerk2"),
                  QStringLiteral("UPDATE diwan.transactions SET assigned_to = %1 WHERE id = %2")
                      .arg(clerk2)
                      .arg(claim.id),
                  &rows),
            QStringLiteral("42501"));
        // The supervision functions are for managers only, the inner one for nobody.
        QCOMPARE(sqlAs(w,
                       QStringLiteral("clerk2"),
                       QStringLiteral("SELECT diwan.reassign_transaction(%1, %2, %3, 'mine now')")
                           .arg(id, v)
                           .arg(clerk2)),
                 QStringLiteral("42501"));
        QCOMPARE(sqlAs(w,
                       QStringLiteral("clerk2"),
                       QStringLiteral("SELECT diwan.take_over_transaction(%1, %2, 'mine now')")
                           .arg(id, v)),
                 QStringLiteral("42501"));
        QCOMPARE(
            sqlAs(w,
                  QStringLiteral("clerk2"),
                  QStringLiteral("SELECT diwan.supervise_transaction('take_over', %1, %2, NULL, "
                                 "NULL, 'mine now')")
                      .arg(id, v)),
            QStringLiteral("42501"));
        QCOMPARE(sqlAs(w, QStringLiteral("clerk2"), QStringLiteral("SET ROLE diwan_owner")),
                 QStringLiteral("42501"));
        // The holder may escalate only to their own supervisor (or the pool), not to a colleague.
        QCOMPARE(sqlAs(w,
                       QStringLiteral("clerk"),
                       QStringLiteral("UPDATE diwan.transactions SET state = 'escalated', "
                                      "assigned_to = %1 WHERE id = %2")
                           .arg(clerk2)
                           .arg(claim.id)),
                 QStringLiteral("42501"));
        // ... nor hand it to a colleague outright.
        QCOMPARE(
            sqlAs(w,
                  QStringLiteral("clerk"),
                  QStringLiteral("UPDATE diwan.transactions SET assigned_to = %1 WHERE id = %2")
                      .arg(clerk2)
                      .arg(claim.id)),
            QStringLiteral("42501"));
    }
    QCOMPARE(version(w, claim.id), claim.version);
    QCOMPARE(holder(w, claim.id), clerk);
    QCOMPARE(events(w, claim.id), before);
}

void TestSupervision::otherServiceManagerRefused()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QSqlDatabase mgrDb = w.as(QStringLiteral("manager_b"));
    const qint64 mgr = w.id(QStringLiteral("manager_b"));
    const qint64 a = w.transactionsA.first();
    const int va = version(w, a);

    DbError e = Supervision::takeOver(mgrDb, mgr, a, va, QStringLiteral("Helping out"));
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    QVERIFY(Supervision::errorText(e).contains(QStringLiteral("MOI-2026-0000001")));
    if (w.pg()) {
        QCOMPARE(sqlAs(w,
                       QStringLiteral("manager_b"),
                       QStringLiteral("SELECT diwan.take_over_transaction(%1, %2, 'Helping out')")
                           .arg(a)
                           .arg(va)),
                 QStringLiteral("42501"));
        // No table privilege either: only the functions.
        QCOMPARE(
            sqlAs(
                w,
                QStringLiteral("manager_b"),
                QStringLiteral("UPDATE diwan.transactions SET priority = 1 WHERE id = %1").arg(a)),
            QStringLiteral("42501"));
    }
    QCOMPARE(version(w, a), va);
    QCOMPARE(events(w, a), 0);

    // Their own service they do supervise (the same call goes through), but they may give it
    // only to a clerk of that service.
    const int vb = version(w, w.transactionB);
    QCOMPARE(Supervision::reassign(mgrDb,
                                   mgr,
                                   w.transactionB,
                                   vb,
                                   w.id(QStringLiteral("clerk")),
                                   QStringLiteral("Needs a residency clerk"))
                 .kind,
             DbError::Kind::Invalid);
    int v = 0;
    e = Supervision::reassign(mgrDb,
                              mgr,
                              w.transactionB,
                              vb,
                              w.id(QStringLiteral("clerk_b")),
                              QStringLiteral("Balance the load"),
                              &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(holder(w, w.transactionB), w.id(QStringLiteral("clerk_b")));
    e = Supervision::setPriority(mgrDb, mgr, w.transactionB, v, 1, QStringLiteral("Urgent travel"));
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(
        value(w,
              QStringLiteral("SELECT priority FROM transactions WHERE id = %1").arg(w.transactionB))
            .toInt(),
        1);
}

void TestSupervision::escalationGoesToTheSupervisor()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    const qint64 clerk = w.id(QStringLiteral("clerk"));
    const qint64 sup = w.id(QStringLiteral("sup"));
    Decision escalate;
    escalate.action = Decision::Action::Escalate;
    escalate.note = QStringLiteral("Conflicting sponsor records");

    // The clerk has a supervisor: it goes to them, held without a lease.
    Claim claim;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk")), clerk, &claim).ok());
    int v = 0;
    DbError e = decide(w.as(QStringLiteral("clerk")), clerk, claim.id, claim.version, escalate, &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(holder(w, claim.id), sup);
    QCOMPARE(value(w, QStringLiteral("SELECT state FROM transactions WHERE id = %1").arg(claim.id))
                 .toString(),
             QStringLiteral("escalated"));
    QVERIFY(
        value(
            w,
            QStringLiteral("SELECT lease_expires_at FROM transactions WHERE id = %1").arg(claim.id))
            .isNull());
    // The supervisor (a clerk too) decides on it.
    Decision approve;
    approve.action = Decision::Action::Approve;
    e = decide(w.as(QStringLiteral("sup")), sup, claim.id, v, approve);
    QVERIFY2(e.ok(), qPrintable(e.toString()));

    // clerk2 has no supervisor: unassigned, for the service's managers.
    Claim second;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk2")), w.id(QStringLiteral("clerk2")), &second).ok());
    e = decide(w.as(QStringLiteral("clerk2")),
               w.id(QStringLiteral("clerk2")),
               second.id,
               second.version,
               escalate,
               &v);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(holder(w, second.id), 0);
    // ... where a manager of the service takes it over, still escalated.
    e = Supervision::takeOver(w.as(QStringLiteral("sup")),
                              sup,
                              second.id,
                              v,
                              QStringLiteral("I will handle this escalation"));
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(holder(w, second.id), sup);
    QCOMPARE(value(w, QStringLiteral("SELECT state FROM transactions WHERE id = %1").arg(second.id))
                 .toString(),
             QStringLiteral("escalated"));

    // A supervisor's own escalation goes one level up from them: they have no supervisor, so to
    // the pool.
    const qint64 third = w.transactionsA.at(2);
    e = Supervision::escalate(w.as(QStringLiteral("sup")),
                              sup,
                              third,
                              version(w, third),
                              QStringLiteral("Needs the director's decision"));
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(value(w, QStringLiteral("SELECT state FROM transactions WHERE id = %1").arg(third))
                 .toString(),
             QStringLiteral("escalated"));
    QCOMPARE(holder(w, third), 0);
    // Reassigned back to a clerk it is an ordinary review again.
    e = Supervision::reassign(w.as(QStringLiteral("sup")),
                              sup,
                              third,
                              version(w, third),
                              clerk,
                              QStringLiteral("Approve once the sponsor letter is in"));
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(value(w, QStringLiteral("SELECT state FROM transactions WHERE id = %1").arg(third))
                 .toString(),
             QStringLiteral("in_review"));
}

void TestSupervision::bulkReportsEachItem()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QList<QPair<qint64, int>> items;
    for (qint64 id : w.transactionsA)
        items << qMakePair(id, version(w, id));
    // Between listing and acting, a clerk claims the most urgent one.
    Claim claim;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk")), w.id(QStringLiteral("clerk")), &claim).ok());
    QCOMPARE(claim.id, items.first().first);

    QList<int> progress;
    const QList<Supervision::BulkItemResult> results
        = Supervision::bulkSetPriority(w.as(QStringLiteral("sup")),
                                       w.id(QStringLiteral("sup")),
                                       items,
                                       1,
                                       QStringLiteral("Ministerial request"),
                                       [&](int done, int total) {
                                           QCOMPARE(total, 5);
                                           progress << done;
                                       });
    QCOMPARE(progress, (QList<int>{1, 2, 3, 4, 5}));
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.first().transactionId, claim.id);
    QCOMPARE(results.first().reference, QStringLiteral("MOI-2026-0000001"));
    QCOMPARE(results.first().error.kind, DbError::Kind::Conflict);
    QVERIFY2(
        Supervision::errorText(results.first().error).contains(w.login(QStringLiteral("clerk"))),
        qPrintable(Supervision::errorText(results.first().error)));
    for (int i = 1; i < 5; ++i) {
        QVERIFY2(results.at(i).error.ok(), qPrintable(results.at(i).error.toString()));
        QCOMPARE(results.at(i).reference, QStringLiteral("MOI-2026-000000%1").arg(i + 1));
        QCOMPARE(results.at(i).newVersion, items.at(i).second + 1);
    }
    QCOMPARE(
        value(w, QStringLiteral("SELECT count(*) FROM transactions WHERE priority = 1")).toInt(),
        4);
    QCOMPARE(
        value(w, QStringLiteral("SELECT priority FROM transactions WHERE id = %1").arg(claim.id))
            .toInt(),
        2);
    QCOMPARE(value(w,
                   QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = "
                                  "'priority_changed' AND note = 'Ministerial request'"))
                 .toInt(),
             4);
}

void TestSupervision::bulkCancelStopsCleanly()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QList<QPair<qint64, int>> items;
    for (qint64 id : w.transactionsA)
        items << qMakePair(id, version(w, id));
    std::atomic_bool cancel = false;
    const QList<Supervision::BulkItemResult> results = Supervision::bulkReassign(
        w.as(QStringLiteral("sup")),
        w.id(QStringLiteral("sup")),
        items,
        w.id(QStringLiteral("clerk2")),
        QStringLiteral("Spread the backlog"),
        [&](int done, int) {
            if (done == 2)
                cancel = true;
        },
        &cancel);
    QCOMPARE(results.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(results.at(i).transactionId, items.at(i).first);
        QCOMPARE(results.at(i).attempted, i < 2);
        if (i < 2)
            QVERIFY(results.at(i).error.ok());
    }
    QCOMPARE(value(w,
                   QStringLiteral("SELECT count(*) FROM transactions WHERE assigned_to = %1")
                       .arg(w.id(QStringLiteral("clerk2"))))
                 .toInt(),
             2);
    QCOMPARE(value(w, QStringLiteral("SELECT count(*) FROM transaction_events")).toInt(), 2);
}

// A bulk action runs one short database transaction per item on the GUI thread: each must stay
// well under a frame budget's worth of waiting for the window to feel live.
void TestSupervision::bulkPace()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QSqlQuery q(w.admin());
    const int count = 300;
    QVERIFY2(q.exec(QStringLiteral(
                        "INSERT INTO transactions (reference, service_id, applicant_name, "
                        "applicant_name_norm, qid, language, submitted_at, due_at) "
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                        "%1) SELECT 'MOI-BULK-' || i, %2, 'Amal', 'amal', '28463400123', 'en', "
                        "'2026-11-20T08:00:00.000Z', '2031-01-01T08:00:00.000Z' FROM n")
                        .arg(count)
                        .arg(w.serviceA)),
             qPrintable(q.lastError().text()));
    QList<QPair<qint64, int>> items;
    QVERIFY(q.exec(QStringLiteral(
        "SELECT id, version FROM transactions WHERE reference LIKE 'MOI-BULK-%' ORDER BY id")));
    while (q.next())
        items << qMakePair(q.value(0).toLongLong(), q.value(1).toInt());
    QCOMPARE(items.size(), count);
    const auto results = Supervision::bulkReassign(w.as(QStringLiteral("sup")),
                                                   w.id(QStringLiteral("sup")),
                                                   items,
                                                   w.id(QStringLiteral("clerk2")),
                                                   QStringLiteral("Spread the backlog"));
    for (const auto &r : results)
        QVERIFY2(r.error.ok(), qPrintable(r.error.toString()));
    QCOMPARE(value(w,
                   QStringLiteral("SELECT count(*) FROM transactions WHERE assigned_to = %1")
                       .arg(w.id(QStringLiteral("clerk2"))))
                 .toInt(),
             count);
    // How fast is diwan-bench's business, not a test's.
}

void TestSupervision::inactiveStaffCannotAct()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    const qint64 a = w.transactionsA.first();
    const qint64 free = w.transactionsA.at(1);
    // Before: clerk2 may claim a free transaction through the claim function (the control).
    if (w.pg()) {
        QCOMPARE(
            sqlAs(w,
                  QStringLiteral("clerk2"),
                  QStringLiteral("SELECT claimed_id FROM diwan.claim_transaction(%1)").arg(free)),
            QString());
        QCOMPARE(holder(w, free), w.id(QStringLiteral("clerk2")));
    }
    QSqlQuery q(w.admin());
    QVERIFY(q.exec(QStringLiteral("UPDATE staff SET active = %1 WHERE id IN (%2, %3)")
                       .arg(w.pg() ? QStringLiteral("false") : QStringLiteral("0"))
                       .arg(w.id(QStringLiteral("sup")))
                       .arg(w.id(QStringLiteral("clerk2")))));
    const int va = version(w, a);
    DbError e = Supervision::takeOver(w.as(QStringLiteral("sup")),
                                      w.id(QStringLiteral("sup")),
                                      a,
                                      va,
                                      QStringLiteral("Still here"));
    QCOMPARE(e.kind, DbError::Kind::Forbidden);
    // Nobody gives work to a deactivated clerk.
    QVERIFY(Supervision::assignableStaff(w.as(QStringLiteral("manager_b")), w.serviceA).size()
            == 1);
    if (w.pg()) {
        QCOMPARE(sqlAs(w,
                       QStringLiteral("sup"),
                       QStringLiteral("SELECT diwan.take_over_transaction(%1, %2, 'Still here')")
                           .arg(a)
                           .arg(va)),
                 QStringLiteral("42501"));
        QVERIFY(value(w,
                      QStringLiteral("SELECT count(*) FROM staff WHERE id = %1")
                          .arg(w.id(QStringLiteral("sup"))))
                    .toInt()
                == 1);
        QSqlQuery me(w.as(QStringLiteral("sup")));
        QVERIFY(me.exec(QStringLiteral("SELECT diwan.current_staff_id()")) && me.next());
        QVERIFY(me.value(0).isNull());
        // The deactivated clerk can no longer touch even what they hold, nor claim more: no table
        // privilege, and every function says why.
        QSqlQuery renew(w.as(QStringLiteral("clerk2")));
        QVERIFY(!renew.exec(QStringLiteral("SELECT diwan.renew_lease(%1)").arg(free)));
        QCOMPARE(DbError::fromSql(renew.lastError()).kind, DbError::Kind::Deactivated);
        QCOMPARE(sqlAs(w,
                       QStringLiteral("clerk2"),
                       QStringLiteral("SELECT claimed_id FROM diwan.claim_next()")),
                 QStringLiteral("42501"));
        QCOMPARE(sqlAs(w,
                       QStringLiteral("clerk2"),
                       QStringLiteral("UPDATE diwan.transactions SET priority = 1 WHERE id = %1")
                           .arg(free)),
                 QStringLiteral("42501"));
        QCOMPARE(
            sqlAs(w,
                  QStringLiteral("clerk2"),
                  QStringLiteral("UPDATE diwan.transactions SET assigned_to = %1, lease_expires_at "
                                 "= now() + interval '1 hour' WHERE id = %2")
                      .arg(w.id(QStringLiteral("clerk2")))
                      .arg(w.transactionsA.at(2))),
            QStringLiteral("42501"));
        QCOMPARE(
            sqlAs(w,
                  QStringLiteral("clerk2"),
                  QStringLiteral("INSERT INTO diwan.saved_views (area, name, definition) VALUES "
                                 "('transactions', 'late', '{}')")),
            QStringLiteral("42501"));
    }
    QCOMPARE(version(w, a), va);
    QCOMPARE(holder(w, a), 0);
}

void TestSupervision::render(QWidget &widget, const QString &name)
{
    widget.adjustSize();
    const QString path = QDir(m_shots).filePath(name + QStringLiteral(".png"));
    QVERIFY2(widget.grab().save(path), qPrintable(path));
}

void TestSupervision::reassignDialogNeedsAReason()
{
    const QList<Supervision::StaffChoice> staff{
        {7,
         QStringLiteral("maryam"),
         QStringLiteral(u"\u0645\u0631\u064a\u0645 \u0627\u0644\u0633\u0644\u064a\u0637\u064a"),
         QStringLiteral("Maryam Al-Sulaiti"),
         4},
        {9, QStringLiteral("ahmed"), QString(), QStringLiteral("Ahmed Al-Kuwari"), 0},
    };
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
        LanguageManager::instance().setLanguage(language);
        if (language == QLatin1String("ar"))
            QCoreApplication::installTranslator(&m_arabic);
        ReassignDialog dialog(ReassignDialog::Mode::Reassign, staff, 3);
        QCOMPARE(dialog.layoutDirection(),
                 language == QLatin1String("ar") ? Qt::RightToLeft : Qt::LeftToRight);
        QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        auto *hint = dialog.findChild<QLabel *>(QStringLiteral("hint"));
        QVERIFY(!hint->text().isEmpty());
        if (language == QLatin1String("ar"))
            QVERIFY2(hint->text().contains(QChar(0x0633)), qPrintable(hint->text())); // Arabic text
        render(dialog, QStringLiteral("reassign-empty-") + language);
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("   "));
        QVERIFY(!ok->isEnabled());
        dialog.reasonEdit()->clear();
        // Keyboard only: from the picker, Tab reaches the reason (not a tab character in it).
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.targetBox()->setFocus();
        QTest::keyClick(dialog.targetBox(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dialog.reasonEdit());
        QTest::keyClicks(dialog.reasonEdit(), QStringLiteral("Maryam is on leave"));
        QVERIFY(ok->isEnabled());
        QVERIFY(hint->text().isEmpty());
        dialog.targetBox()->setCurrentIndex(dialog.targetBox()->findData(7));
        Supervision::Request r = dialog.request();
        QCOMPARE(r.action, Supervision::Action::Reassign);
        QCOMPARE(r.toStaffId, 7);
        QCOMPARE(r.reason, QStringLiteral("Maryam is on leave"));
        // The unnamed colleague shows by login, with the workload.
        QVERIFY(dialog.targetBox()
                    ->itemText(dialog.targetBox()->findData(9))
                    .contains(language == QLatin1String("ar") ? QStringLiteral("ahmed")
                                                              : QStringLiteral("Ahmed Al-Kuwari")));
        render(dialog, QStringLiteral("reassign-filled-") + language);
        dialog.targetBox()->setCurrentIndex(1);
        QCOMPARE(dialog.request().action, Supervision::Action::TakeOver);
        dialog.targetBox()->setCurrentIndex(0);
        QCOMPARE(dialog.request().action, Supervision::Action::Reassign);
        QCOMPARE(dialog.request().toStaffId, 0);
        dialog.hide();

        ReassignDialog priority(ReassignDialog::Mode::Priority, {}, 12);
        QVERIFY(!priority.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(priority.reasonEdit(), QStringLiteral("Ministerial request"));
        QVERIFY(priority.buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QCOMPARE(priority.request().action, Supervision::Action::SetPriority);
        QCOMPARE(priority.request().priority, 1);
        render(priority, QStringLiteral("priority-") + language);
        ReassignDialog escalate(ReassignDialog::Mode::Escalate, {}, 2);
        QTest::keyClicks(escalate.reasonEdit(), QStringLiteral("Needs a decision"));
        QCOMPARE(escalate.request().action, Supervision::Action::Escalate);
        render(escalate, QStringLiteral("escalate-") + language);
    }
    QCoreApplication::removeTranslator(&m_arabic);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
}

void TestSupervision::bulkDialogShowsEveryItem()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QList<QPair<qint64, int>> items;
    for (qint64 id : w.transactionsA)
        items << qMakePair(id, version(w, id));
    items << qMakePair(w.transactionB, version(w, w.transactionB)); // not this supervisor's service
    Claim claim;
    QVERIFY(takeNext(w.as(QStringLiteral("clerk")), w.id(QStringLiteral("clerk")), &claim).ok());

    Supervision::Request request;
    request.action = Supervision::Action::TakeOver;
    request.reason = QStringLiteral("Backlog before the holiday");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("ar")}) {
        LanguageManager::instance().setLanguage(language);
        // The second run (Arabic) goes over the same items: all of them have changed since.
        if (language == QLatin1String("ar"))
            QCoreApplication::installTranslator(&m_arabic);
        BulkResultDialog dialog(w.connections.value(QStringLiteral("sup")),
                                w.id(QStringLiteral("sup")),
                                request,
                                items);
        dialog.show();
        QTRY_VERIFY(dialog.isFinished());
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), 6);
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
        if (language == QLatin1String("en")) {
            QCOMPARE(summary->text(), QStringLiteral("4 done, 2 failed"));
            QCOMPARE(table->item(0, 0)->text(),
                     QChar(0x2066) + QStringLiteral("MOI-2026-0000001") + QChar(0x2069));
            QVERIFY2(table->item(0, 1)->text().contains(w.login(QStringLiteral("clerk"))),
                     qPrintable(table->item(0, 1)->text()));
            for (int row = 1; row < 5; ++row)
                QCOMPARE(table->item(row, 1)->text(), QStringLiteral("Done"));
            QVERIFY(table->item(5, 1)->text().contains(QStringLiteral("do not supervise")));
            QCOMPARE(holder(w, items.at(1).first), w.id(QStringLiteral("sup")));
        } else {
            QVERIFY(summary->text().contains(QLatin1Char('6')));
            QVERIFY2(summary->text().contains(QChar(0x062A)), qPrintable(summary->text()));
        }
        render(dialog, QStringLiteral("bulk-result-") + language);
    }
    QCoreApplication::removeTranslator(&m_arabic);
    LanguageManager::instance().setLanguage(QStringLiteral("en"));

    // Cancelled before it began: nothing is written and every item says so.
    const int before = value(w, QStringLiteral("SELECT count(*) FROM transaction_events")).toInt();
    request.action = Supervision::Action::SetPriority;
    request.priority = 4;
    BulkResultDialog cancelled(
        w.connections.value(QStringLiteral("sup")), w.id(QStringLiteral("sup")), request, items);
    cancelled.start();
    cancelled.buttons()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(cancelled.isFinished());
    QCOMPARE(cancelled.table()->rowCount(), 6);
    QCOMPARE(cancelled.summary(), QStringLiteral("0 done, 0 failed (6 not done: cancelled)"));
    QCOMPARE(value(w, QStringLiteral("SELECT count(*) FROM transaction_events")).toInt(), before);
}

// What the Transactions page calls: the question first, then the run, then the table.
void TestSupervision::entryPointAsksThenRuns()
{
    DIWAN_OPEN_DB(t, true);
    World w;
    QVERIFY(setUp(w, std::move(t)));
    QList<QPair<qint64, int>> items;
    for (int i = 0; i < 3; ++i)
        items << qMakePair(w.transactionsA.at(i), version(w, w.transactionsA.at(i)));
    const qint64 clerk2 = w.id(QStringLiteral("clerk2"));

    QStringList choices;
    QString summary;
    QTimer driver; // plays the supervisor at the keyboard while each dialog runs modally
    driver.setInterval(20);
    connect(&driver, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *ask = qobject_cast<ReassignDialog *>(modal)) {
            if (!choices.isEmpty())
                return;
            for (int i = 0; i < ask->targetBox()->count(); ++i)
                choices << ask->targetBox()->itemText(i);
            ask->targetBox()->setCurrentIndex(ask->targetBox()->findData(clerk2));
            QTest::keyClicks(ask->reasonEdit(), QStringLiteral("Spread the backlog"));
            ask->buttons()->button(QDialogButtonBox::Ok)->click();
        } else if (auto *bulk = qobject_cast<BulkResultDialog *>(modal)) {
            if (!bulk->isFinished())
                return;
            summary = bulk->summary();
            bulk->buttons()->button(QDialogButtonBox::Close)->click();
        }
    });
    driver.start();
    BulkResultDialog::run(nullptr,
                          w.connections.value(QStringLiteral("sup")),
                          w.id(QStringLiteral("sup")),
                          Supervision::Action::Reassign,
                          items);
    driver.stop();
    // The clerks of the service, not the supervisor (they have "Take over myself").
    QVERIFY2(choices.filter(QStringLiteral("clerk2")).size() == 1, qPrintable(choices.join(u'|')));
    QVERIFY2(choices.filter(QStringLiteral("sup")).isEmpty(), qPrintable(choices.join(u'|')));
    QVERIFY2(choices.filter(QStringLiteral("clerk_b")).isEmpty(), qPrintable(choices.join(u'|')));
    QCOMPARE(summary, QStringLiteral("3 done, 0 failed"));
    QCOMPARE(
        value(
            w,
            QStringLiteral("SELECT count(*) FROM transactions WHERE assigned_to = %1").arg(clerk2))
            .toInt(),
        3);
}

QTEST_MAIN(TestSupervision)
#include "tst_supervision.moc"
