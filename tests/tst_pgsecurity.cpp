#include "administration/staffadmin.h"
#include "db/database.h"
#include "testdatabase.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

// The database is the last line of defence: signed in as each role, what the role must not do -
// plain SQL on a table, or a diwan.* function called where its checks say no - is refused by
// PostgreSQL itself (privileges, the functions' own checks), the data is unchanged afterwards,
// and the allowed counterpart (the function on a row the role may change, or the same statement
// by the DBA) goes through, so that a refusal cannot pass for the wrong reason (a typo, a missing
// row). PostgreSQL only. Every table and function against the catalogue: tst_privileges.

namespace {

// Expected outcomes: the SQLSTATE of the refusal.
const QString Denied = QStringLiteral("42501");   // privileges, who-may checks of the functions
const QString Illegal = QStringLiteral("23514");  // the state machine, what a decision needs
const QString Conflict = QStringLiteral("40001"); // not (or no longer) held, a stale version

const QString StaffPassword = QStringLiteral("correct horse 1");
const QString OtherPassword = QStringLiteral("portal horse 1");

struct StaffSpec
{
    const char *key;
    const char *name;
    Role role;
};

const StaffSpec Staff[] = {
    {"clerk_a", "Clerk A", Role::Clerk},
    {"clerk_b", "Clerk B", Role::Clerk},
    {"moderator_a", "Moderator A", Role::Moderator},
    {"moderator_b", "Moderator B", Role::Moderator},
    {"editor_a", "Editor A", Role::Editor},
    {"editor_b", "Editor B", Role::Editor},
    {"manager", "Manager", Role::Manager},
    {"admin", "Admin", Role::Admin},
};

// Rows the cases act on. {key} is a staff id, {login_key} a login, {me} the acting staff member.
const char *const Seed[] = {
    "INSERT INTO services (code, name_ar, name_en, category, sla_hours) "
    "VALUES ('RPR', 'RPR', 'Residence permit renewal', 'residency', 72)",
    "INSERT INTO staff_services (staff_id, service_id) SELECT {clerk_a}, id FROM services",
    "INSERT INTO transactions (reference, service_id, state, applicant_name, "
    "applicant_name_norm, qid, phone, due_at, assigned_to, lease_expires_at, decided_at) "
    "SELECT v.reference, s.id, v.state, v.name, lower(v.name), v.qid, '+97455555555', "
    "now() + interval '3 days', v.holder, "
    "CASE WHEN v.holder IS NOT NULL THEN now() + interval '1 hour' END, "
    "CASE WHEN v.state = 'approved' THEN now() END FROM services s, (VALUES "
    "('MOI-A', 'in_review', 'Applicant A', '28400000001', {clerk_a}::bigint), "
    "('MOI-A2', 'submitted', 'Applicant A2', '28400000002', {clerk_a}), "
    "('MOI-B', 'in_review', 'Applicant B', '28400000003', {clerk_b}), "
    "('MOI-FREE', 'submitted', 'Applicant Free', '28400000004', NULL), "
    "('MOI-DONE', 'approved', 'Applicant Done', '28400000005', {clerk_a}), "
    "('MOI-WAIT', 'awaiting_applicant', 'Applicant Wait', '28400000006', {clerk_a})) "
    "AS v (reference, state, name, qid, holder)",
    "INSERT INTO attachments (transaction_id, document_code, file_name, url, sha256, "
    "size_bytes, mime_type) "
    "SELECT id, 'passport', lower(right(reference, 1)) || '.pdf', "
    "'https://docs.example/' || reference, repeat('a', 64), 1024, 'application/pdf' "
    "FROM transactions WHERE reference IN ('MOI-A', 'MOI-B')",
    "INSERT INTO topics (title_ar, title_en, body_ar, body_en, state, created_by) VALUES "
    "('t1', 'Open topic', 'b', 'b', 'open', {editor_a}), "
    "('t2', 'Topic in review', 'b', 'b', 'in_review', {editor_a})",
    "INSERT INTO contributions (topic_id, author_id, author_name, body, body_norm, claimed_by) "
    "SELECT t.id, v.author, 'Citizen', 'An opinion', 'an opinion', v.claimed FROM topics t, "
    "(VALUES ('c-free', NULL::bigint), ('c-held-b', {moderator_b})) AS v (author, claimed) "
    "WHERE t.title_en = 'Open topic'",
    "INSERT INTO polls (title_ar, title_en, state, created_by, reviewed_by) VALUES "
    "('p1', 'Open poll', 'open', {editor_a}, {editor_b}), "
    "('p2', 'Poll in review', 'in_review', {editor_a}, NULL), "
    "('p3', 'Poll draft', 'draft', {editor_a}, NULL)",
    "INSERT INTO poll_questions (poll_id, position, kind, text_ar, text_en) "
    "SELECT id, 1, 'single', 'q', 'Question 1' FROM polls WHERE title_en = 'Poll in review'",
    "INSERT INTO poll_options (question_id, position, text_ar, text_en) "
    "SELECT id, 1, 'o', 'Option 1' FROM poll_questions",
    "INSERT INTO poll_responses (poll_id, gender, age_band, nationality_group, municipality) "
    "SELECT id, 'female', '25-34', 'qatari', 'doha' FROM polls WHERE title_en = 'Open poll'",
    "INSERT INTO saved_views (staff_login, area, name, definition) VALUES "
    "('{login_clerk_a}', 'transactions', 'mine', '{}'), "
    "('{login_clerk_b}', 'transactions', 'theirs', '{}')",
};

// A migrated database, a connection for everyone who signs in, and the seed rows.
class World
{
public:
    ~World();
    static std::unique_ptr<World> create(QString *error);

    QSqlDatabase db(const QString &who) const
    {
        return QSqlDatabase::database(m_connections.value(who));
    }
    QString login(const QString &who) const { return m_logins.value(who); }
    qint64 staffId(const QString &who) const { return m_ids.value(who); }
    // Fills in {me}, {<staff key>} and {login_<key>}.
    QString sql(const QString &who, const QString &text) const;
    // Everything a refused statement could have changed: rows, privileges, row-security switches,
    // role memberships. Read as the superuser, who sees every row.
    QString fingerprint() const;

private:
    World() = default;
    std::unique_ptr<TestDatabase> m_test;
    QHash<QString, QString> m_connections;
    QHash<QString, QString> m_logins;
    QHash<QString, qint64> m_ids;
};

World::~World()
{
    for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it) {
        if (it.key() != QLatin1String("dba"))
            Database::close(it.value());
    }
}

std::unique_ptr<World> World::create(QString *error)
{
    std::unique_ptr<World> w(new World);
    w->m_test = TestDatabase::create(QStringLiteral("postgresql"), true, error);
    if (!w->m_test)
        return nullptr;
    QSqlDatabase dba = w->m_test->db();
    w->m_connections.insert(QStringLiteral("dba"), w->m_test->connectionName());
    w->m_logins.insert(QStringLiteral("dba"), w->m_test->profile().user);

    for (const StaffSpec &s : Staff) {
        const QString key = QLatin1String(s.key);
        const QString login = w->m_test->uniqueLogin(key);
        const QString name = QLatin1String(s.name);
        qint64 id = 0;
        const DbError e
            = StaffAdmin::createStaff(dba, {login, name, name, s.role, StaffPassword}, &id);
        if (!e.ok()) {
            *error = e.toString();
            return nullptr;
        }
        w->m_logins.insert(key, login);
        w->m_ids.insert(key, id);
    }
    // Not staff: the portal's own login, and a login in no Diwan group at all.
    QSqlQuery q(dba);
    const QList<std::pair<QString, QString>> others
        = {{QStringLiteral("portal"), QStringLiteral(" IN ROLE diwan_portal")},
           {QStringLiteral("nobody"), QString()}};
    for (const auto &[key, membership] : others) {
        const QString login = w->m_test->uniqueLogin(key);
        if (!q.exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'%3")
                        .arg(login, OtherPassword, membership))) {
            *error = q.lastError().text();
            return nullptr;
        }
        w->m_logins.insert(key, login);
    }
    for (const char *statement : Seed) {
        if (!q.exec(w->sql(QStringLiteral("dba"), QLatin1String(statement)))) {
            *error = q.lastError().text() + QLatin1String(" in: ") + QLatin1String(statement);
            return nullptr;
        }
    }
    // {view_mine}, {view_theirs}: clerk A's and clerk B's saved views.
    if (!q.exec(QStringLiteral("SELECT name, id FROM saved_views"))) {
        *error = q.lastError().text();
        return nullptr;
    }
    while (q.next())
        w->m_ids.insert(QStringLiteral("view_") + q.value(0).toString(), q.value(1).toLongLong());

    for (auto it = w->m_logins.cbegin(); it != w->m_logins.cend(); ++it) {
        if (it.key() == QLatin1String("dba"))
            continue;
        const QString connection
            = Database::uniqueConnectionName(QStringLiteral("pgsecurity-") + it.key());
        const QString password = w->m_ids.contains(it.key()) ? StaffPassword : OtherPassword;
        if (const DbError e
            = Database::open(w->m_test->profileFor(it.value()), password, connection);
            !e.ok()) {
            *error = it.key() + QLatin1String(": ") + e.toString();
            return nullptr;
        }
        w->m_connections.insert(it.key(), connection);
    }
    return w;
}

QString World::sql(const QString &who, const QString &text) const
{
    QString result = text;
    const qint64 me = m_ids.value(who);
    result.replace(QLatin1String("{me}"), me ? QString::number(me) : QStringLiteral("NULL"));
    for (auto it = m_ids.cbegin(); it != m_ids.cend(); ++it)
        result.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QString::number(it.value()));
    for (auto it = m_logins.cbegin(); it != m_logins.cend(); ++it)
        result.replace(QLatin1String("{login_") + it.key() + QLatin1Char('}'), it.value());
    return result;
}

QString World::fingerprint() const
{
    QSqlQuery q(db(QStringLiteral("dba")));
    QStringList parts;
    if (!q.exec(QStringLiteral(
            "SELECT format('%I.%I', n.nspname, c.relname), concat_ws(' ', c.relacl::text, "
            "c.relrowsecurity, "
            "c.relforcerowsecurity, n.nspacl::text) FROM pg_class c JOIN pg_namespace n ON n.oid = "
            "c.relnamespace "
            "WHERE n.nspname IN ('diwan', 'diwan_audit') AND c.relkind = 'r' ORDER BY 1")))
        return q.lastError().text();
    QList<std::pair<QString, QString>> tables;
    while (q.next())
        tables.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, acl] : tables) {
        if (!q.exec(
                QStringLiteral(
                    "SELECT count(*), md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) "
                    "FROM %1 x")
                    .arg(table))
            || !q.next())
            return q.lastError().text();
        parts << QStringLiteral("%1 %2 %3 %4")
                     .arg(table, acl, q.value(0).toString(), q.value(1).toString());
    }
    // Memberships of this world's logins only: other suites create roles in the same cluster
    // at the same time.
    QStringList logins(m_logins.cbegin(), m_logins.cend());
    for (QString &l : logins)
        l = QLatin1Char('\'') + l + QLatin1Char('\'');
    if (!q.exec(QStringLiteral(
                    "SELECT string_agg(g.rolname || '>' || m.rolname, ',' ORDER BY g.rolname, "
                    "m.rolname) FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
                    "JOIN pg_roles m ON m.oid = a.member WHERE g.rolname LIKE 'diwan\\_%' "
                    "AND (m.rolname LIKE 'diwan\\_%' OR m.rolname IN (%1))")
                    .arg(logins.join(QLatin1Char(','))))
        || !q.next())
        return q.lastError().text();
    parts << q.value(0).toString();
    return parts.join(QLatin1Char('\n'));
}

// The first column of every row a query returns, comma separated.
QString firstColumn(QSqlQuery &q)
{
    QStringList values;
    while (q.next())
        values << q.value(0).toString();
    return values.join(QLatin1Char(','));
}

int rowCount(QSqlQuery &q)
{
    int rows = 0;
    while (q.next())
        ++rows;
    return rows;
}

} // namespace

class TestPgSecurity : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();
    void reads_data();
    void reads();
    void claimDecideAndAudit();
    void claimNextChecksForItself();
    void schemaPrivileges();

private:
    std::unique_ptr<World> m_world; // shared by the cases that leave it as they found it
};

void TestPgSecurity::initTestCase()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        QSKIP("no PostgreSQL (set DIWAN_TEST_PG_URL, or run ./test.sh)");
    }
    QString error;
    m_world = World::create(&error);
    QVERIFY2(m_world, qPrintable(error));
}

void TestPgSecurity::cleanupTestCase()
{
    m_world.reset();
}

static void row(const char *tag,
                const QString &as,
                const QString &statement,
                const QString &sqlState,
                const QString &message,
                const QString &allowed,
                int allowedRows,
                const QString &allowedAs = {})
{
    QTest::newRow(tag) << as << statement << sqlState << message
                       << (allowedAs.isEmpty() ? as : allowedAs) << allowed << allowedRows;
}

void TestPgSecurity::refused_data()
{
    QTest::addColumn<QString>("as");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("sqlState");
    QTest::addColumn<QString>("message");   // part of PostgreSQL's message: the reason
    QTest::addColumn<QString>("allowedAs"); // who runs the same-shaped allowed statement
    QTest::addColumn<QString>("allowed");   // run in a transaction that is rolled back
    QTest::addColumn<int>("allowedRows");   // rows it touches (or returns)

    const QString clerk = QStringLiteral("clerk_a");
    const QString moderator = QStringLiteral("moderator_a");
    const QString editor = QStringLiteral("editor_a");
    const QString manager = QStringLiteral("manager");
    const QString admin = QStringLiteral("admin");
    const QString portal = QStringLiteral("portal");
    const QString dba = QStringLiteral("dba");
    const QString newTransaction = QStringLiteral(
        "INSERT INTO transactions (reference, service_id, state, applicant_name, "
        "applicant_name_norm, qid, due_at, assigned_to) "
        "SELECT 'MOI-NEW', id, '%1', 'New', 'new', '28400000009', now(), %2 FROM services");
    const QString newContribution = QStringLiteral(
        "INSERT INTO contributions (topic_id, author_id, author_name, body, body_norm, state) "
        "SELECT id, 'c-new', 'Citizen', 'x', 'x', '%1' FROM topics WHERE title_en = 'Open topic'");
    const QString event = QStringLiteral(
        "INSERT INTO transaction_events (transaction_id, staff_id, kind, note) "
        "SELECT id, %2, 'note', 'checked' FROM transactions WHERE reference = '%1'");
    const QString publish = QStringLiteral(
        "UPDATE contributions SET state = 'published', moderated_by = %2 WHERE author_id = '%1'");
    const QString auditCount = QStringLiteral("SELECT count(*) FROM diwan_audit.event");

    // Plain SQL: since migration 012 no group writes any table (tst_privileges tries every table
    // and statement from the catalogue); the same statement by the DBA shows it would run.
    const auto deniedTable = [&](const QString &table) {
        return QStringLiteral("permission denied for table ") + table;
    };
    const QString notHeld = QStringLiteral("is not held by you");
    const QString illegal = QStringLiteral("not possible from there");
    // A function over the seed row `reference`: {id}, {version} and {reference} are its columns.
    const auto on = [](const QString &reference, const QString &call) {
        return QStringLiteral("SELECT %1 FROM transactions WHERE reference = '%2'")
            .arg(QString(call)
                     .replace(QLatin1String("{id}"), QLatin1String("id"))
                     .replace(QLatin1String("{version}"), QLatin1String("version"))
                     .replace(QLatin1String("{reference}"), QLatin1String("reference")),
                 reference);
    };
    const QString approve
        = QStringLiteral("diwan.decide_approve({id}, {version}, NULL, 'Your transaction ' || "
                         "{reference} || ' is approved.')");

    // Clerks: every change through a function, which checks that they hold the transaction, the
    // state machine and what the decision needs.
    row("clerk updates a transaction another clerk holds",
        clerk,
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-B'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-B'"),
        1,
        dba);
    row("clerk decides a transaction another clerk holds",
        clerk,
        on(QStringLiteral("MOI-B"), approve),
        Conflict,
        notHeld,
        on(QStringLiteral("MOI-A"), approve),
        1);
    row("clerk hands a transaction to another clerk",
        clerk,
        QStringLiteral("UPDATE transactions SET assigned_to = {clerk_b} WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.release_transaction({id})")),
        1);
    row("clerk claims for another clerk",
        clerk,
        QStringLiteral(
            "UPDATE transactions SET assigned_to = {clerk_b} WHERE reference = 'MOI-FREE'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        on(QStringLiteral("MOI-FREE"), QStringLiteral("diwan.claim_transaction({id})")),
        1);
    row("clerk claims what another clerk holds",
        clerk,
        on(QStringLiteral("MOI-B"), QStringLiteral("diwan.claim_transaction({id})")),
        Conflict,
        QStringLiteral("is held already"),
        on(QStringLiteral("MOI-FREE"), QStringLiteral("diwan.claim_transaction({id})")),
        1);
    row("manager takes the next transaction",
        manager,
        QStringLiteral("SELECT * FROM claim_next()"),
        Denied,
        QStringLiteral("permission denied for function claim_next"),
        QStringLiteral("SELECT * FROM claim_next()"),
        1,
        clerk);
    row("clerk changes an unclaimed transaction without claiming it",
        clerk,
        on(QStringLiteral("MOI-FREE"),
           QStringLiteral("diwan.decide_escalate({id}, {version}, NULL)")),
        Conflict,
        notHeld,
        on(QStringLiteral("MOI-A2"),
           QStringLiteral("diwan.decide_escalate({id}, {version}, NULL)")),
        1);
    row("clerk decides on a version they did not read",
        clerk,
        on(QStringLiteral("MOI-A"),
           QString(approve).replace(QLatin1String("{version}"), QLatin1String("{version} - 1"))),
        Conflict,
        QStringLiteral("changed since it was read"),
        on(QStringLiteral("MOI-A"), approve),
        1);
    row("clerk skips review: submitted to approved",
        clerk,
        on(QStringLiteral("MOI-A2"), approve),
        Illegal,
        illegal,
        on(QStringLiteral("MOI-A"), approve),
        1);
    row("clerk reopens a decided transaction",
        clerk,
        on(QStringLiteral("MOI-DONE"),
           QStringLiteral("diwan.decide_resume_review({id}, {version}, NULL)")),
        Illegal,
        illegal,
        on(QStringLiteral("MOI-WAIT"),
           QStringLiteral("diwan.decide_resume_review({id}, {version}, NULL)")),
        1);
    row("clerk rejects without a reason",
        clerk,
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.decide_reject({id}, {version}, 'docs', '  ', NULL, "
                          "{reference} || ' is rejected.')")),
        Illegal,
        QStringLiteral("rejection needs a reason"),
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.decide_reject({id}, {version}, 'docs', 'Passport expired', "
                          "NULL, {reference} || ' is rejected. Reason: Passport expired.')")),
        1);
    row("clerk rejects without telling the applicant why",
        clerk,
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.decide_reject({id}, {version}, 'docs', 'Passport expired', "
                          "NULL, {reference} || ' is rejected.')")),
        Illegal,
        QStringLiteral("must give the reason"),
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.decide_reject({id}, {version}, 'docs', 'Passport expired', "
                          "NULL, {reference} || ' is rejected. Reason: Passport  expired.')")),
        1);
    row("clerk sends a decision's message about another transaction",
        clerk,
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.decide_approve({id}, {version}, NULL, 'MOI-B is approved.')")),
        Illegal,
        QStringLiteral("must name transaction MOI-A"),
        on(QStringLiteral("MOI-A"), approve),
        1);
    row("clerk asks for documents without naming them in the message",
        clerk,
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.decide_request_documents({id}, {version}, '[\"Passport copy\"]', "
                          "NULL, {reference} || ': please send the missing documents.')")),
        Illegal,
        QStringLiteral("must name the document \"Passport copy\""),
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.decide_request_documents({id}, {version}, '[\"Passport copy\"]', "
                          "NULL, {reference} || ': please send: Passport copy.')")),
        1);
    row("clerk rewrites what the applicant submitted",
        clerk,
        QStringLiteral("UPDATE transactions SET qid = '28400000099' WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET qid = '28400000099' WHERE reference = 'MOI-A'"),
        1,
        dba);
    row("clerk inserts a transaction",
        clerk,
        newTransaction.arg(QStringLiteral("submitted"), QStringLiteral("NULL")),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        newTransaction.arg(QStringLiteral("submitted"), QStringLiteral("NULL")),
        1,
        dba);
    row("clerk deletes a transaction",
        clerk,
        QStringLiteral("DELETE FROM transactions WHERE reference = 'MOI-DONE'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("DELETE FROM transactions WHERE reference = 'MOI-DONE'"),
        1,
        dba);
    row("clerk notes on a transaction another clerk holds",
        clerk,
        on(QStringLiteral("MOI-B"), QStringLiteral("diwan.add_note({id}, 'checked', false)")),
        Conflict,
        notHeld,
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.add_note({id}, 'checked', false)")),
        1);
    row("clerk notes in another clerk's name",
        clerk,
        event.arg(QStringLiteral("MOI-A"), QStringLiteral("{clerk_b}")),
        Denied,
        deniedTable(QStringLiteral("transaction_events")),
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.add_note({id}, 'checked', false)")),
        1);
    row("clerk rewrites history",
        clerk,
        QStringLiteral("UPDATE transaction_events SET note = 'x'"),
        Denied,
        deniedTable(QStringLiteral("transaction_events")),
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.add_note({id}, 'checked', false)")),
        1);
    row("clerk writes to the applicant of another clerk's transaction",
        clerk,
        on(QStringLiteral("MOI-B"), QStringLiteral("diwan.add_note({id}, 'Call us', true)")),
        Conflict,
        notHeld,
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.add_note({id}, 'Call us', true)")),
        1);
    row("clerk writes the outbox by hand",
        clerk,
        QStringLiteral("INSERT INTO outbox (transaction_id, channel, recipient, language, body) "
                       "SELECT id, 'sms', '+97455555555', 'ar', 'x' FROM transactions WHERE "
                       "reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("outbox")),
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.add_note({id}, 'Call us', true)")),
        1);
    row("clerk reviews a document of another clerk's transaction",
        clerk,
        QStringLiteral("SELECT diwan.review_document(id, version, true, '', 'en') FROM "
                       "attachments WHERE file_name = 'b.pdf'"),
        Conflict,
        notHeld,
        QStringLiteral("SELECT diwan.review_document(id, version, true, '', 'en') FROM "
                       "attachments WHERE file_name = 'a.pdf'"),
        1);
    row("clerk reviews a document in another clerk's name",
        clerk,
        QStringLiteral("UPDATE attachments SET review_state = 'accepted', reviewed_by = {clerk_b} "
                       "WHERE file_name = 'a.pdf'"),
        Denied,
        deniedTable(QStringLiteral("attachments")),
        QStringLiteral("SELECT diwan.review_document(id, version, true, '', 'en') FROM "
                       "attachments WHERE file_name = 'a.pdf'"),
        1);
    row("clerk rejects a document without a reason",
        clerk,
        QStringLiteral("SELECT diwan.review_document(id, version, false, ' ', 'en') FROM "
                       "attachments WHERE file_name = 'a.pdf'"),
        Illegal,
        QStringLiteral("a rejection needs a reason"),
        QStringLiteral("SELECT diwan.review_document(id, version, false, 'Blurred', 'en') FROM "
                       "attachments WHERE file_name = 'a.pdf'"),
        1);
    row("clerk issues the letter of an undecided transaction",
        clerk,
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.record_letter({id}, 'pdf', 'ar')")),
        Illegal,
        QStringLiteral("a letter states a decision"),
        on(QStringLiteral("MOI-DONE"), QStringLiteral("diwan.record_letter({id}, 'pdf', 'ar')")),
        1);
    row("clerk reads contributions",
        clerk,
        QStringLiteral("SELECT count(*) FROM contributions"),
        Denied,
        QStringLiteral("permission denied for table contributions"),
        QStringLiteral("SELECT count(*) FROM contributions"),
        1,
        moderator);
    row("clerk moderates a contribution",
        clerk,
        publish.arg(QStringLiteral("c-free"), QStringLiteral("{me}")),
        Denied,
        deniedTable(QStringLiteral("contributions")),
        publish.arg(QStringLiteral("c-free"), QStringLiteral("{moderator_a}")),
        1,
        dba);
    row("clerk edits a poll",
        clerk,
        QStringLiteral("UPDATE polls SET title_en = 'x' WHERE title_en = 'Poll draft'"),
        Denied,
        deniedTable(QStringLiteral("polls")),
        QStringLiteral("UPDATE polls SET title_en = 'x' WHERE title_en = 'Poll draft'"),
        1,
        dba);
    row("clerk edits a staff record",
        clerk,
        QStringLiteral("UPDATE staff SET display_name_en = 'x' WHERE id = {clerk_b}"),
        Denied,
        deniedTable(QStringLiteral("staff")),
        QStringLiteral("UPDATE staff SET display_name_en = 'x' WHERE id = {clerk_b}"),
        1,
        dba);
    row("clerk adds a service",
        clerk,
        QStringLiteral("INSERT INTO services (code, name_ar, name_en, category, sla_hours) "
                       "VALUES ('NEW', 'x', 'x', 'visas', 24)"),
        Denied,
        deniedTable(QStringLiteral("services")),
        QStringLiteral("INSERT INTO services (code, name_ar, name_en, category, sla_hours) "
                       "VALUES ('NEW', 'x', 'x', 'visas', 24)"),
        1,
        dba);
    row("clerk calls a supervisor's function",
        clerk,
        on(QStringLiteral("MOI-B"),
           QStringLiteral("diwan.take_over_transaction({id}, {version}, 'mine now')")),
        Denied,
        QStringLiteral("permission denied for function take_over_transaction"),
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.renew_lease({id})")),
        1);
    row("clerk calls a function's inner step",
        clerk,
        on(QStringLiteral("MOI-B"),
           QStringLiteral("diwan.decide_transaction('approve', {id}, {version}, NULL, NULL, NULL, "
                          "NULL, {reference})")),
        Denied,
        QStringLiteral("permission denied for function decide_transaction"),
        on(QStringLiteral("MOI-A"), approve),
        1);
    row("clerk reads the audit trail",
        clerk,
        auditCount,
        Denied,
        QStringLiteral("permission denied for schema diwan_audit"),
        auditCount,
        1,
        manager);
    row("clerk writes the audit trail",
        clerk,
        QStringLiteral("INSERT INTO diwan_audit.event (table_name, row_id, action) VALUES "
                       "('transactions', '1', 'UPDATE')"),
        Denied,
        QStringLiteral("permission denied for schema diwan_audit"),
        QStringLiteral("INSERT INTO diwan_audit.event (table_name, row_id, action) VALUES "
                       "('transactions', '1', 'UPDATE')"),
        1,
        dba);

    // Moderators, editors, managers, administrators and the portal write no table either: what
    // they do comes as functions, like the clerks' (none exist yet but the supervisors' and the
    // saved views').
    row("moderator updates a transaction",
        moderator,
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        1,
        dba);
    row("moderator decides a contribution",
        moderator,
        publish.arg(QStringLiteral("c-held-b"), QStringLiteral("{me}")),
        Denied,
        deniedTable(QStringLiteral("contributions")),
        publish.arg(QStringLiteral("c-held-b"), QStringLiteral("{moderator_b}")),
        1,
        dba);
    row("moderator claims a contribution",
        moderator,
        QStringLiteral("UPDATE contributions SET claimed_by = {me} WHERE author_id = 'c-free'"),
        Denied,
        deniedTable(QStringLiteral("contributions")),
        QStringLiteral(
            "UPDATE contributions SET claimed_by = {moderator_a} WHERE author_id = 'c-free'"),
        1,
        dba);
    row("moderator logs an action",
        moderator,
        QStringLiteral("INSERT INTO moderation_actions (contribution_id, staff_id, action) "
                       "SELECT id, {me}, 'approve' FROM contributions WHERE author_id = 'c-free'"),
        Denied,
        deniedTable(QStringLiteral("moderation_actions")),
        QStringLiteral(
            "INSERT INTO moderation_actions (contribution_id, staff_id, action) "
            "SELECT id, {moderator_a}, 'approve' FROM contributions WHERE author_id = 'c-free'"),
        1,
        dba);
    row("moderator blocks an author",
        moderator,
        QStringLiteral("INSERT INTO blocked_authors (author_id, blocked_by, reason) VALUES "
                       "('c-free', {me}, 'spam')"),
        Denied,
        deniedTable(QStringLiteral("blocked_authors")),
        QStringLiteral("INSERT INTO blocked_authors (author_id, blocked_by, reason) VALUES "
                       "('c-free', {moderator_a}, 'spam')"),
        1,
        dba);
    row("moderator deletes a contribution",
        moderator,
        QStringLiteral("DELETE FROM contributions WHERE author_id = 'c-free'"),
        Denied,
        deniedTable(QStringLiteral("contributions")),
        QStringLiteral("DELETE FROM contributions WHERE author_id = 'c-free'"),
        1,
        dba);
    row("editor updates a transaction",
        editor,
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        1,
        dba);
    row("editor deletes a poll option",
        editor,
        QStringLiteral("DELETE FROM poll_options WHERE text_en = 'Option 1'"),
        Denied,
        deniedTable(QStringLiteral("poll_options")),
        QStringLiteral("DELETE FROM poll_options WHERE text_en = 'Option 1'"),
        1,
        dba);
    row("editor creates a poll",
        editor,
        QStringLiteral(
            "INSERT INTO polls (title_ar, title_en, created_by) VALUES ('n', 'New poll', {me})"),
        Denied,
        deniedTable(QStringLiteral("polls")),
        QStringLiteral("INSERT INTO polls (title_ar, title_en, created_by) VALUES ('n', 'New "
                       "poll', {editor_a})"),
        1,
        dba);
    row("editor approves their own poll (four eyes)",
        editor,
        QStringLiteral("UPDATE polls SET reviewed_by = {me}, state = 'scheduled' WHERE title_en = "
                       "'Poll in review'"),
        Denied,
        deniedTable(QStringLiteral("polls")),
        QStringLiteral("UPDATE polls SET reviewed_by = {editor_b}, state = 'scheduled' WHERE "
                       "title_en = 'Poll in review'"),
        1,
        dba);
    row("editor opens a topic",
        editor,
        QStringLiteral("UPDATE topics SET state = 'open' WHERE title_en = 'Topic in review'"),
        Denied,
        deniedTable(QStringLiteral("topics")),
        QStringLiteral("UPDATE topics SET state = 'open' WHERE title_en = 'Topic in review'"),
        1,
        dba);

    // Managers read; they change transactions only through the supervision functions, and
    // nothing else at all, least of all the audit trail.
    row("manager updates a transaction",
        manager,
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        1,
        dba);
    row("manager supervises a service they are not linked to",
        manager,
        on(QStringLiteral("MOI-A"),
           QStringLiteral("diwan.set_transaction_priority({id}, {version}, 1, 'urgent')")),
        Denied,
        QStringLiteral("a service you do not supervise"),
        on(QStringLiteral("MOI-A"), QStringLiteral("diwan.renew_lease({id})")),
        1,
        clerk);
    row("manager decides as a clerk",
        manager,
        on(QStringLiteral("MOI-A"), approve),
        Denied,
        QStringLiteral("permission denied for function decide_approve"),
        on(QStringLiteral("MOI-A"), approve),
        1,
        clerk);
    row("manager adds a service",
        manager,
        QStringLiteral("INSERT INTO services (code, name_ar, name_en, category, sla_hours) "
                       "VALUES ('NEW', 'x', 'x', 'visas', 24)"),
        Denied,
        deniedTable(QStringLiteral("services")),
        QStringLiteral("INSERT INTO services (code, name_ar, name_en, category, sla_hours) "
                       "VALUES ('NEW', 'x', 'x', 'visas', 24)"),
        1,
        dba);
    row("manager deletes a poll option",
        manager,
        QStringLiteral("DELETE FROM poll_options WHERE text_en = 'Option 1'"),
        Denied,
        deniedTable(QStringLiteral("poll_options")),
        QStringLiteral("DELETE FROM poll_options WHERE text_en = 'Option 1'"),
        1,
        dba);
    row("manager deletes poll responses",
        manager,
        QStringLiteral("DELETE FROM poll_responses"),
        Denied,
        deniedTable(QStringLiteral("poll_responses")),
        QStringLiteral("DELETE FROM poll_responses"),
        1,
        dba);
    row("manager deletes from the audit trail",
        manager,
        QStringLiteral("DELETE FROM diwan_audit.event"),
        Denied,
        QStringLiteral("permission denied for table event"),
        auditCount,
        1);
    row("manager updates the audit trail",
        manager,
        QStringLiteral("UPDATE diwan_audit.event SET db_user = 'someone else'"),
        Denied,
        QStringLiteral("permission denied for table event"),
        auditCount,
        1);
    row("manager truncates the audit trail",
        manager,
        QStringLiteral("TRUNCATE diwan_audit.event"),
        Denied,
        QStringLiteral("permission denied for table event"),
        auditCount,
        1);

    // Admins: staff and catalogue, not the work itself, not the schema, not the audit trail.
    row("admin updates a transaction",
        admin,
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-A'"),
        1,
        dba);
    row("admin deletes a staff record",
        admin,
        QStringLiteral("DELETE FROM staff WHERE id = {clerk_a}"),
        Denied,
        deniedTable(QStringLiteral("staff")),
        QStringLiteral("DELETE FROM staff_services WHERE staff_id = {clerk_a}"),
        1,
        dba);
    row("admin links a clerk to a service",
        admin,
        QStringLiteral("DELETE FROM staff_services WHERE staff_id = {clerk_a}"),
        Denied,
        deniedTable(QStringLiteral("staff_services")),
        QStringLiteral("DELETE FROM staff_services WHERE staff_id = {clerk_a}"),
        1,
        dba);
    row("admin deletes from the audit trail",
        admin,
        QStringLiteral("DELETE FROM diwan_audit.event"),
        Denied,
        QStringLiteral("permission denied for table event"),
        auditCount,
        1);
    row("admin updates the audit trail",
        admin,
        QStringLiteral("UPDATE diwan_audit.event SET db_user = 'someone else'"),
        Denied,
        QStringLiteral("permission denied for table event"),
        auditCount,
        1);
    row("admin truncates the audit trail",
        admin,
        QStringLiteral("TRUNCATE diwan_audit.event"),
        Denied,
        QStringLiteral("permission denied for table event"),
        auditCount,
        1);
    row("admin creates a table in diwan",
        admin,
        QStringLiteral("CREATE TABLE diwan.shadow (a integer)"),
        Denied,
        QStringLiteral("permission denied for schema diwan"),
        QStringLiteral("CREATE TEMP TABLE shadow (a integer)"),
        0);
    row("admin creates a table in public",
        admin,
        QStringLiteral("CREATE TABLE public.shadow (a integer)"),
        Denied,
        QStringLiteral("permission denied for schema public"),
        QStringLiteral("CREATE TEMP TABLE shadow (a integer)"),
        0);
    row("admin drops a table",
        admin,
        QStringLiteral("DROP TABLE diwan.blocked_authors"),
        Denied,
        QStringLiteral("must be owner of table blocked_authors"),
        QStringLiteral("DROP TABLE diwan.blocked_authors"),
        0,
        dba);
    row("admin switches row security off",
        admin,
        QStringLiteral("ALTER TABLE diwan.transactions DISABLE ROW LEVEL SECURITY"),
        Denied,
        QStringLiteral("must be owner of table transactions"),
        QStringLiteral("ALTER TABLE diwan.transactions DISABLE ROW LEVEL SECURITY"),
        0,
        dba);
    row("admin grants themselves another role",
        admin,
        QStringLiteral("GRANT diwan_manager TO \"{login_admin}\""),
        Denied,
        QStringLiteral("diwan_manager"),
        QStringLiteral("GRANT diwan_manager TO \"{login_admin}\""),
        0,
        dba);

    // The portal: no table to write either (its submissions will come through functions); no
    // names of other applicants to read.
    row("portal submits an approved transaction",
        portal,
        newTransaction.arg(QStringLiteral("approved"), QStringLiteral("NULL")),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        newTransaction.arg(QStringLiteral("submitted"), QStringLiteral("NULL")),
        1,
        dba);
    row("portal reads applicant names",
        portal,
        QStringLiteral("SELECT applicant_name FROM transactions WHERE reference = 'MOI-A'"),
        Denied,
        QStringLiteral("permission denied for table transactions"),
        QStringLiteral("SELECT state FROM transactions WHERE reference = 'MOI-A'"),
        1);
    row("portal looks transactions up by name",
        portal,
        QStringLiteral("SELECT reference FROM transactions WHERE applicant_name = 'Applicant A'"),
        Denied,
        QStringLiteral("permission denied for table transactions"),
        QStringLiteral("SELECT reference FROM transactions WHERE reference = 'MOI-A'"),
        1);
    row("portal approves a transaction",
        portal,
        QStringLiteral("UPDATE transactions SET state = 'approved' WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET state = 'withdrawn' WHERE reference = 'MOI-A'"),
        1,
        dba);
    row("portal withdraws a transaction",
        portal,
        QStringLiteral("UPDATE transactions SET state = 'withdrawn' WHERE reference = 'MOI-FREE'"),
        Denied,
        deniedTable(QStringLiteral("transactions")),
        QStringLiteral("UPDATE transactions SET state = 'withdrawn' WHERE reference = 'MOI-FREE'"),
        1,
        dba);
    row("portal reads contribution authors",
        portal,
        QStringLiteral("SELECT author_name FROM contributions"),
        Denied,
        QStringLiteral("permission denied for table contributions"),
        QStringLiteral("SELECT id FROM contributions"),
        2);
    row("portal submits a contribution",
        portal,
        newContribution.arg(QStringLiteral("pending")),
        Denied,
        deniedTable(QStringLiteral("contributions")),
        newContribution.arg(QStringLiteral("pending")),
        1,
        dba);
    row("portal submits a document",
        portal,
        QStringLiteral(
            "INSERT INTO attachments (transaction_id, document_code, file_name, url, sha256, "
            "size_bytes, mime_type) SELECT id, 'photo', 'p.jpg', 'https://docs.example/p', "
            "repeat('b', 64), 1, 'image/jpeg' FROM transactions WHERE reference = 'MOI-A'"),
        Denied,
        deniedTable(QStringLiteral("attachments")),
        QStringLiteral(
            "INSERT INTO attachments (transaction_id, document_code, file_name, url, sha256, "
            "size_bytes, mime_type) SELECT id, 'photo', 'p.jpg', 'https://docs.example/p', "
            "repeat('b', 64), 1, 'image/jpeg' FROM transactions WHERE reference = 'MOI-A'"),
        1,
        dba);
    row("portal answers a poll",
        portal,
        QStringLiteral("INSERT INTO poll_responses (poll_id, gender, age_band, nationality_group, "
                       "municipality) SELECT id, 'male', '18-24', 'non_qatari', 'al_khor' FROM "
                       "polls WHERE title_en = 'Open poll'"),
        Denied,
        deniedTable(QStringLiteral("poll_responses")),
        QStringLiteral("INSERT INTO poll_responses (poll_id, gender, age_band, nationality_group, "
                       "municipality) SELECT id, 'male', '18-24', 'non_qatari', 'al_khor' FROM "
                       "polls WHERE title_en = 'Open poll'"),
        1,
        dba);
    row("portal reads staff",
        portal,
        QStringLiteral("SELECT login FROM staff"),
        Denied,
        QStringLiteral("permission denied for table staff"),
        QStringLiteral("SELECT login FROM staff"),
        8,
        clerk);
    row("portal reads the audit trail",
        portal,
        auditCount,
        Denied,
        QStringLiteral("permission denied for schema diwan_audit"),
        auditCount,
        1,
        manager);

    // Saved views are private to their owner, and written through functions too.
    row("staff renames a saved view by hand",
        clerk,
        QStringLiteral("UPDATE saved_views SET name = 'x' WHERE name = 'mine'"),
        Denied,
        deniedTable(QStringLiteral("saved_views")),
        QStringLiteral(
            "SELECT diwan.save_view('transactions', 'mine', '{\"sort\": \"due_last\"}')"),
        1);
    row("staff deletes another's saved view",
        clerk,
        QStringLiteral("SELECT diwan.delete_view({view_theirs}, 1)"),
        Conflict,
        QStringLiteral("is not yours"),
        QStringLiteral("SELECT diwan.delete_view({view_mine}, 1)"),
        1);
    row("staff plants a saved view on another",
        clerk,
        QStringLiteral("INSERT INTO saved_views (staff_login, area, name, definition) "
                       "VALUES ('{login_clerk_b}', 'transactions', 'planted', '{}')"),
        Denied,
        deniedTable(QStringLiteral("saved_views")),
        QStringLiteral("SELECT diwan.save_view('transactions', 'planted', '{}')"),
        1);

    // The audit trail is append-only even for the superuser.
    row("superuser updates the audit trail",
        dba,
        QStringLiteral("UPDATE diwan_audit.event SET db_user = 'someone else'"),
        Denied,
        QStringLiteral("append-only"),
        QStringLiteral("UPDATE diwan.saved_views SET name = 'x' WHERE name = 'mine'"),
        1);
    row("superuser deletes from the audit trail",
        dba,
        QStringLiteral("DELETE FROM diwan_audit.event"),
        Denied,
        QStringLiteral("append-only"),
        QStringLiteral("DELETE FROM diwan.saved_views WHERE name = 'mine'"),
        1);
    row("superuser truncates the audit trail",
        dba,
        QStringLiteral("TRUNCATE diwan_audit.event"),
        Denied,
        QStringLiteral("append-only"),
        QStringLiteral("DELETE FROM diwan.saved_views WHERE name = 'mine'"),
        1);

    // A login in no Diwan group reaches nothing.
    row("login in no group reads transactions",
        QStringLiteral("nobody"),
        QStringLiteral("SELECT count(*) FROM diwan.transactions"),
        Denied,
        QStringLiteral("permission denied for schema diwan"),
        QStringLiteral("SELECT count(*) FROM diwan.transactions"),
        1,
        manager);
    row("login in no group calls into diwan",
        QStringLiteral("nobody"),
        QStringLiteral("SELECT diwan.current_staff_id()"),
        Denied,
        QStringLiteral("permission denied for schema diwan"),
        QStringLiteral("SELECT diwan.current_staff_id()"),
        1,
        clerk);
}

void TestPgSecurity::refused()
{
    QFETCH(QString, as);
    QFETCH(QString, statement);
    QFETCH(QString, sqlState);
    QFETCH(QString, message);
    QFETCH(QString, allowedAs);
    QFETCH(QString, allowed);
    QFETCH(int, allowedRows);
    World &w = *m_world;

    const QString before = w.fingerprint();
    {
        QSqlQuery q(w.db(as));
        const bool ran = q.exec(w.sql(as, statement));
        QVERIFY2(!ran, "PostgreSQL accepted a statement it must refuse");
        QVERIFY2(q.lastError().nativeErrorCode() == sqlState
                     && q.lastError().databaseText().contains(message),
                 qPrintable(q.lastError().nativeErrorCode() + QLatin1Char(' ')
                            + q.lastError().databaseText()));
    }
    QCOMPARE(w.fingerprint(), before);

    // The same shape, by someone allowed or on a row they may touch, goes through.
    QSqlDatabase db = w.db(allowedAs);
    QVERIFY(db.transaction());
    QSqlQuery q(db);
    const bool ran = q.exec(w.sql(allowedAs, allowed));
    int rows = -1;
    if (ran)
        rows = q.isSelect() ? rowCount(q) : q.numRowsAffected();
    const QString error = q.lastError().text();
    q.finish();
    QVERIFY(db.rollback());
    QVERIFY2(ran, qPrintable(error));
    QCOMPARE(rows, allowedRows);
    QCOMPARE(w.fingerprint(), before);
}

void TestPgSecurity::reads_data()
{
    QTest::addColumn<QString>("as");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expected"); // first column of every row, comma separated

    QTest::newRow("manager: transactions") << "manager"
                                           << "SELECT count(*) FROM transactions"
                                           << "6";
    QTest::newRow("manager: poll responses") << "manager"
                                             << "SELECT count(*) FROM poll_responses"
                                             << "1";
    QTest::newRow("manager: audit trail") << "manager"
                                          << "SELECT count(*) > 0 FROM diwan_audit.event"
                                          << "true";
    QTest::newRow("admin: audit trail") << "admin"
                                        << "SELECT count(*) > 0 FROM diwan_audit.event"
                                        << "true";
    QTest::newRow("clerk: the whole queue") << "clerk_a"
                                            << "SELECT count(*) FROM transactions"
                                            << "6";
    QTest::newRow("clerk: documents") << "clerk_a"
                                      << "SELECT file_name FROM attachments ORDER BY 1"
                                      << "a.pdf,b.pdf";
    QTest::newRow("moderator: contributions") << "moderator_a"
                                              << "SELECT author_id FROM contributions ORDER BY 1"
                                              << "c-free,c-held-b";
    QTest::newRow("portal: state of a submission")
        << "portal"
        << "SELECT state FROM transactions WHERE reference = 'MOI-A'"
        << "in_review";
    QTest::newRow("saved views: clerk A sees only theirs") << "clerk_a"
                                                           << "SELECT name FROM saved_views"
                                                           << "mine";
    QTest::newRow("saved views: clerk B sees only theirs") << "clerk_b"
                                                           << "SELECT name FROM saved_views"
                                                           << "theirs";
    QTest::newRow("saved views: a manager sees none") << "manager"
                                                      << "SELECT name FROM saved_views"
                                                      << "";
}

void TestPgSecurity::reads()
{
    QFETCH(QString, as);
    QFETCH(QString, query);
    QFETCH(QString, expected);
    QSqlQuery q(m_world->db(as));
    QVERIFY2(q.exec(query), qPrintable(q.lastError().text()));
    QCOMPARE(firstColumn(q), expected);
}

// A claim, a decision and what the audit trail keeps of them, committed on a database of its own:
// the functions run as the owner, the audit trail still names the clerk (session_user).
void TestPgSecurity::claimDecideAndAudit()
{
    QString error;
    const std::unique_ptr<World> w = World::create(&error);
    QVERIFY2(w, qPrintable(error));
    const QString a = QStringLiteral("clerk_a");
    const QString b = QStringLiteral("clerk_b");
    auto run = [&](const QString &who, const QString &statement, int *rows = nullptr) {
        QSqlQuery q(w->db(who));
        const bool ok = q.exec(w->sql(who, statement));
        if (rows) {
            *rows = 0;
            while (ok && q.next())
                ++*rows;
        }
        return ok ? QString()
                  : q.lastError().nativeErrorCode() + QLatin1Char(' ')
                        + q.lastError().databaseText();
    };
    const QString claim = QStringLiteral(
        "SELECT claimed_id FROM diwan.claim_transaction((SELECT id FROM transactions WHERE "
        "reference = '%1'))");
    int rows = -1;
    // Both clerks work on the service here.
    QCOMPARE(run(QStringLiteral("dba"),
                 QStringLiteral("INSERT INTO staff_services (staff_id, service_id) SELECT "
                                "{clerk_b}, id FROM services")),
             QString());

    // A live claim cannot be taken over.
    QVERIFY(run(b, claim.arg(QStringLiteral("MOI-A"))).startsWith(QLatin1String("40001")));
    // Clerk A claims the free one; then clerk B can neither take it nor change it.
    QCOMPARE(run(a, claim.arg(QStringLiteral("MOI-FREE")), &rows), QString());
    QCOMPARE(rows, 1);
    QVERIFY(run(b, claim.arg(QStringLiteral("MOI-FREE"))).startsWith(QLatin1String("40001")));
    QVERIFY(
        run(b, QStringLiteral("UPDATE transactions SET priority = 1 WHERE reference = 'MOI-FREE'"))
            .startsWith(QLatin1String("42501")));

    // Decide it: the change, its history event, the message to the applicant, in one call.
    QCOMPARE(run(a,
                 QStringLiteral("SELECT diwan.decide_approve(id, version, 'all in order', "
                                "'Transaction ' || reference || ' is approved.') FROM "
                                "transactions WHERE reference = 'MOI-FREE'"),
                 &rows),
             QString());
    QCOMPARE(rows, 1);
    QSqlQuery q(w->db(QStringLiteral("dba")));
    QVERIFY(q.exec(w->sql(
                QStringLiteral("dba"),
                QStringLiteral(
                    "SELECT string_agg(e.kind || ' ' || coalesce(e.new_state, '-') || ' ' || "
                    "(e.staff_id = {clerk_a})::text, ',' ORDER BY e.id), (SELECT "
                    "string_agg(o.channel || ' ' || o.body, ',') FROM outbox o WHERE "
                    "o.transaction_id = t.id) FROM transactions t JOIN transaction_events e "
                    "ON e.transaction_id = t.id WHERE t.reference = 'MOI-FREE' GROUP BY t.id")))
            && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("claimed - true,approved approved true"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("sms Transaction MOI-FREE is approved."));

    // The audit trail names the clerk's own login (session_user), not the functions' owner.
    QVERIFY(q.exec(QStringLiteral(
        "SELECT e.db_user, e.action, e.old_row ->> 'state', e.new_row ->> 'state', "
        "e.new_row ->> 'assigned_to' FROM diwan_audit.event e JOIN transactions t ON e.row_id = "
        "t.id::text "
        "WHERE e.table_name = 'transactions' AND t.reference = 'MOI-FREE' ORDER BY e.id")));
    QStringList trail;
    while (q.next()) {
        QStringList fields;
        for (int i = 0; i < 5; ++i)
            fields << q.value(i).toString();
        trail << fields.join(QLatin1Char(' '));
    }
    const QString who = w->login(a) + QLatin1String(" UPDATE ");
    const QString id = QLatin1Char(' ') + QString::number(w->staffId(a));
    QCOMPARE(trail,
             QStringList({who + QLatin1String("submitted in_review") + id,
                          who + QLatin1String("in_review approved") + id}));

    // Nobody rewrites that, not even the superuser.
    const QString rewrite = QStringLiteral("UPDATE diwan_audit.event SET db_user = 'someone else' "
                                           "WHERE db_user = '{login_clerk_a}'");
    QVERIFY(run(QStringLiteral("dba"), rewrite).contains(QLatin1String("append-only")));
    QVERIFY(run(QStringLiteral("dba"),
                QStringLiteral("DELETE FROM diwan_audit.event WHERE db_user = '{login_clerk_a}'"))
                .contains(QLatin1String("append-only")));
    QVERIFY(run(QStringLiteral("manager"), rewrite).contains(QLatin1String("permission denied")));
    QVERIFY(q.exec(w->sql(
                QStringLiteral("dba"),
                QStringLiteral(
                    "SELECT count(*) FROM diwan_audit.event WHERE db_user = '{login_clerk_a}' "
                    "AND table_name = 'transactions'")))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 2);

    // Once clerk B's lease runs out, clerk A may take MOI-B over, but only by claiming it.
    QCOMPARE(
        run(QStringLiteral("dba"),
            QStringLiteral("UPDATE transactions SET lease_expires_at = now() - interval '1 minute' "
                           "WHERE reference = 'MOI-B'")),
        QString());
    QVERIFY(run(a,
                QStringLiteral("SELECT diwan.add_note(id, 'mine?', false) FROM transactions "
                               "WHERE reference = 'MOI-B'"))
                .contains(QLatin1String("is not held by you")));
    // ... nor may clerk B, whose lease ran out, go on deciding or renewing.
    QVERIFY(run(b,
                QStringLiteral("SELECT diwan.renew_lease(id) FROM transactions WHERE reference = "
                               "'MOI-B'"))
                .contains(QLatin1String("is not held by you")));
    QCOMPARE(run(a, claim.arg(QStringLiteral("MOI-B")), &rows), QString());
    QCOMPARE(rows, 1);
}

// Claim next (diwan.claim_next) runs as the owner, without the row policies: it is its own check.
// It hands a clerk only what is free or whose lease ran out, in their own services, to them alone,
// for as long as the server says, and the audit trail and the history still name the clerk.
void TestPgSecurity::claimNextChecksForItself()
{
    QString error;
    const std::unique_ptr<World> w = World::create(&error);
    QVERIFY2(w, qPrintable(error));
    const QString a = QStringLiteral("clerk_a");
    const QString b = QStringLiteral("clerk_b");
    const QString dba = QStringLiteral("dba");
    auto next = [&](const QString &who, QString *failure = nullptr) {
        QSqlQuery q(w->db(who));
        if (!q.exec(QStringLiteral("SELECT claimed_reference, claimed_lease - now() BETWEEN "
                                   "interval '29 minutes' AND interval '30 minutes' FROM "
                                   "claim_next()"))) {
            if (failure)
                *failure = q.lastError().databaseText();
            return QStringLiteral("error");
        }
        if (!q.next())
            return QString();
        return q.value(1).toBool() ? q.value(0).toString() : QStringLiteral("wrong lease");
    };
    QSqlQuery q(w->db(dba));

    // Clerk B works on no service: nothing for them, not even clerk A's free work.
    QCOMPARE(next(b), QString());
    // Clerk B's lease on MOI-B runs out; clerk A (every service) gets the free one first, then
    // that one, then nothing: never MOI-A2, MOI-A (their own, held) or MOI-DONE.
    QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET lease_expires_at = now() - interval "
                                  "'1 minute' WHERE reference = 'MOI-B'")));
    QCOMPARE(next(a), QStringLiteral("MOI-FREE"));
    QCOMPARE(next(a), QStringLiteral("MOI-B"));
    QCOMPARE(next(a), QString());

    // Both claims are the clerk's in the audit trail (session_user) and in the history (the
    // superuser's own change of the lease left aside).
    QVERIFY(q.exec(
        w->sql(dba,
               QStringLiteral(
                   "SELECT t.reference, e.db_user, e.new_row ->> 'assigned_to', "
                   "e.new_row ->> 'state' FROM diwan_audit.event e JOIN transactions t ON "
                   "e.row_id = t.id::text WHERE e.table_name = 'transactions' AND "
                   "t.reference IN ('MOI-FREE', 'MOI-B') AND e.db_user <> session_user ORDER BY "
                   "e.id"))));
    QStringList trail;
    while (q.next())
        trail << QStringList{q.value(0).toString(),
                             q.value(1).toString(),
                             q.value(2).toString(),
                             q.value(3).toString()}
                     .join(QLatin1Char(' '));
    const QString mine = QLatin1Char(' ') + w->login(a) + QLatin1Char(' ')
                         + QString::number(w->staffId(a)) + QLatin1String(" in_review");
    QCOMPARE(trail, QStringList({QLatin1String("MOI-FREE") + mine, QLatin1String("MOI-B") + mine}));
    QVERIFY(q.exec(w->sql(dba,
                          QStringLiteral("SELECT count(*) FROM transaction_events e JOIN "
                                         "transactions t ON t.id = e.transaction_id WHERE e.kind "
                                         "= 'claimed' AND e.staff_id = {clerk_a} AND t.reference "
                                         "IN ('MOI-FREE', 'MOI-B')")))
            && q.next());
    QCOMPARE(q.value(0).toInt(), 2);

    // A deactivated clerk takes nothing, even with work waiting.
    QVERIFY(q.exec(QStringLiteral("UPDATE transactions SET assigned_to = NULL, lease_expires_at "
                                  "= NULL WHERE reference = 'MOI-B'")));
    QVERIFY(q.exec(w->sql(dba,
                          QStringLiteral("UPDATE staff SET active = false WHERE id = "
                                         "{clerk_a}"))));
    QString failure;
    QCOMPARE(next(a, &failure), QStringLiteral("error"));
    QVERIFY2(failure.contains(QLatin1String("is deactivated")), qPrintable(failure));
    QVERIFY(q.exec(QStringLiteral("SELECT assigned_to IS NULL FROM transactions WHERE reference "
                                  "= 'MOI-B'"))
            && q.next());
    QVERIFY(q.value(0).toBool());
}

// What no group holds, read from the catalogue: CREATE on the schemas, USAGE for PUBLIC, any way
// to rewrite the audit trail, TRUNCATE/TRIGGER/REFERENCES anywhere, DELETE beyond a short list.
void TestPgSecurity::schemaPrivileges()
{
    QSqlQuery q(m_world->db(QStringLiteral("dba")));
    const QString groups = QStringLiteral("(VALUES ('diwan_clerk'), ('diwan_moderator'), "
                                          "('diwan_editor'), ('diwan_manager'), ('diwan_admin'), "
                                          "('diwan_portal')) AS g (name)");
    auto list = [&](const QString &query) {
        if (!q.exec(query))
            return QStringLiteral("error: ") + q.lastError().text();
        return firstColumn(q);
    };

    QCOMPARE(
        list(QStringLiteral(
                 "SELECT g.name || ' ' || s.name FROM %1, (VALUES ('diwan'), ('diwan_audit'), "
                 "('public')) AS s (name) WHERE has_schema_privilege(g.name, s.name, 'CREATE')")
                 .arg(groups)),
        QString());
    QCOMPARE(list(QStringLiteral("SELECT n.nspname || ' ' || a.privilege_type FROM pg_namespace n, "
                                 "aclexplode(n.nspacl) a WHERE n.nspname IN ('diwan', "
                                 "'diwan_audit') AND a.grantee = 0")),
             QString());
    QCOMPARE(list(QStringLiteral("SELECT g.name || ' ' || p.name FROM %1, (VALUES ('INSERT'), "
                                 "('UPDATE'), ('DELETE'), ('TRUNCATE'), ('TRIGGER'), "
                                 "('REFERENCES')) AS p (name) "
                                 "WHERE has_table_privilege(g.name, 'diwan_audit.event', p.name)")
                      .arg(groups)),
             QString());
    const QString tables = QStringLiteral("SELECT g.name || ' ' || c.relname FROM %1, pg_class c "
                                          "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                          "WHERE n.nspname = 'diwan' AND c.relkind = 'r' AND %2");
    QCOMPARE(
        list(tables.arg(groups,
                        QStringLiteral("(has_table_privilege(g.name, c.oid, 'TRUNCATE') "
                                       "OR has_table_privilege(g.name, c.oid, 'TRIGGER') "
                                       "OR has_table_privilege(g.name, c.oid, 'REFERENCES'))"))),
        QString());
    // No group writes a table at all (migration 012; every statement is tried in tst_privileges).
    QCOMPARE(list(tables.arg(groups,
                             QStringLiteral("(has_table_privilege(g.name, c.oid, 'DELETE') "
                                            "OR has_any_column_privilege(g.name, c.oid, 'INSERT') "
                                            "OR has_any_column_privilege(g.name, c.oid, "
                                            "'UPDATE'))"))),
             QString());
    // Nobody signs in as, or inherits from, the owners.
    QCOMPARE(list(QStringLiteral(
                 "SELECT o.rolname || ' ' || m.rolname FROM pg_auth_members a "
                 "JOIN pg_roles o ON o.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                 "WHERE o.rolname IN ('diwan_owner', 'diwan_audit_owner')")),
             QString());
    QCOMPARE(list(QStringLiteral(
                 "SELECT rolname FROM pg_roles WHERE rolname LIKE 'diwan\\_%' AND rolcanlogin")),
             QString());
    // SECURITY DEFINER code pins its search_path, so callers cannot slip their own objects in.
    QCOMPARE(
        list(QStringLiteral(
            "SELECT p.oid::regprocedure::text FROM pg_proc p JOIN pg_namespace n "
            "ON n.oid = p.pronamespace WHERE n.nspname IN ('diwan', 'diwan_audit') "
            "AND p.prosecdef AND NOT coalesce(p.proconfig::text LIKE '%search_path=pg_catalog%', "
            "false)")),
        QString());
}

QTEST_GUILESS_MAIN(TestPgSecurity)
#include "tst_pgsecurity.moc"
