#include "auth/session.h"
#include "common/arabictext.h"
#include "db/database.h"
#include "db/dialect.h"
#include "demo/seeder.h"
#include "testdatabase.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

// The demo and benchmark data: what a person trying Diwan out sees (every state in the queue,
// problem contributions for the moderator, poll trends), the same rows for the same seed on
// either database, and a second seed refused.
class TestSeeder : public QObject
{
    Q_OBJECT
private slots:
    void demoAccounts();
    void seedsADemoDatabase_data() { TestDatabase::addRows(); }
    void seedsADemoDatabase();
    void openQueueStandsOnTheDayItIsMade_data() { TestDatabase::addRows(); }
    void openQueueStandsOnTheDayItIsMade();
    void sameSeedSameRows_data() { TestDatabase::addRows(); }
    void sameSeedSameRows();
    void sameRowsOnSqliteAndPostgres();
    void largeLoadKeepsTheIndexes_data() { TestDatabase::addRows(); }
    void largeLoadKeepsTheIndexes();
};

namespace {

const qint64 transactionCount = 400;

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 28), QTime(9, 0), QTimeZone::utc());
}

Seeder::Options options(const TestDatabase &t, quint64 seed = 7)
{
    Seeder::Options o;
    o.transactions = transactionCount;
    o.seed = seed;
    o.now = fixedNow();
    o.profile = t.profile();
    o.password = t.password();
    return o;
}

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec() || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

// A digest of a result set that reads the same from either database (timestamps as UTC text).
QByteArray checksum(const QSqlDatabase &db, const QString &sql, qint64 *rows = nullptr)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 n = 0;
    while (q.next()) {
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            const QString text = v.typeId() == QMetaType::QDateTime
                                     ? Database::toDateTime(v).toString(Qt::ISODateWithMs)
                                     : v.toString();
            hash.addData(text.toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
        ++n;
    }
    if (rows)
        *rows = n;
    return hash.result().toHex();
}

struct Digests
{
    QByteArray transactions;
    QByteArray timeline;
    QByteArray contributions;
    QByteArray answers;
};

Digests digests(const QSqlDatabase &db)
{
    return {
        checksum(db,
                 QStringLiteral(
                     "SELECT reference, applicant_name, state FROM transactions ORDER BY id")),
        checksum(
            db,
            QStringLiteral("SELECT id, submitted_at, due_at, decided_at, priority, qid, service_id "
                           "FROM transactions ORDER BY id")),
        checksum(
            db,
            QStringLiteral("SELECT id, topic_id, author_id, body, state, auto_flags, report_count "
                           "FROM contributions ORDER BY id")),
        checksum(
            db,
            QStringLiteral(
                "SELECT response_id, question_id, coalesce(option_id, 0), coalesce(value_int, 0), "
                "coalesce(value_text, '') FROM poll_answers "
                "ORDER BY response_id, question_id, coalesce(option_id, 0)"))};
}

QStringList indexes(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const QString sql
        = Dialect::of(db).isPostgres()
              ? QStringLiteral("SELECT indexname || ' ' || indexdef FROM pg_indexes "
                               "WHERE schemaname = 'diwan' ORDER BY 1")
              : QStringLiteral("SELECT name || ' ' || coalesce(sql, '') FROM sqlite_master "
                               "WHERE type = 'index' ORDER BY 1");
    QStringList out;
    if (!q.exec(sql))
        qWarning() << q.lastError().text();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

bool hasArabicMarks(const QString &text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x064B && u <= 0x065F) || u == 0x0670 || u == 0x0640 || u == 0x0623 || u == 0x0625
            || u == 0x0622)
            return true;
    }
    return false;
}

} // namespace

void TestSeeder::demoAccounts()
{
    const QList<Seeder::DemoAccount> &accounts = Seeder::demoAccounts();
    QStringList logins;
    for (const auto &a : accounts) {
        logins << a.login;
        QVERIFY2(a.password.size() >= 8, qPrintable(a.login));
        QVERIFY(a.roles);
        QVERIFY(!a.displayNameEn.isEmpty());
        QVERIFY2(a.displayNameAr.at(0).unicode() >= 0x0600
                     && a.displayNameAr.at(0).unicode() <= 0x06FF,
                 qPrintable(a.login));
    }
    logins.sort();
    QCOMPARE(logins,
             QStringList({QStringLiteral("admin"),
                          QStringLiteral("clerk"),
                          QStringLiteral("demo"),
                          QStringLiteral("editor"),
                          QStringLiteral("manager"),
                          QStringLiteral("moderator"),
                          QStringLiteral("supervisor")}));
    for (const auto &a : accounts) {
        if (a.login == QLatin1String("demo")) {
            QCOMPARE(a.roles,
                     Role::Clerk | Role::Moderator | Role::Editor | Role::Manager | Role::Admin);
            QCOMPARE(a.password, QStringLiteral("diwan-demo-2026"));
        } else if (a.login == QLatin1String("supervisor")) {
            QCOMPARE(a.roles, Role::Clerk | Role::Manager);
        } else if (a.login == QLatin1String("clerk")) {
            QCOMPARE(a.roles, Roles(Role::Clerk));
            QCOMPARE(a.password, QStringLiteral("clerk-demo-2026"));
        }
    }
}

void TestSeeder::seedsADemoDatabase()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const Dialect dialect = Dialect::of(db);
    QVERIFY(!Seeder::isSeeded(db));

    // Demo logins are cluster-wide on PostgreSQL: an earlier run may have made them already,
    // and seeding must take them as they are.
    Seeder::Options o = options(*t);
    QStringList stages;
    o.progress = [&stages](const QString &stage, qint64 done, qint64 total) {
        QVERIFY(done <= total);
        if (!stages.contains(stage))
            stages << stage;
    };
    Seeder::Report report;
    const DbError e = Seeder::seed(db, o, &report);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QVERIFY(Seeder::isSeeded(db));
    QVERIFY(stages.contains(QStringLiteral("transactions")));
    QVERIFY(stages.contains(QStringLiteral("poll answers")));

    // What was asked for is what is there.
    QCOMPARE(report.transactions, transactionCount);
    QCOMPARE(report.contributions, qint64(200));  // transactions / 4, at least 200
    QCOMPARE(report.pollResponses, qint64(2000)); // transactions * 2, at least 2000
    QCOMPARE(report.services, qint64(17));
    QCOMPARE(report.staff, qint64(7));
    QVERIFY(report.polls >= 4);
    QVERIFY(report.attachments >= transactionCount);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM transactions")), transactionCount);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contributions")), qint64(200));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM poll_responses")), qint64(2000));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM services")), qint64(17));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM staff")), qint64(7));

    // Every state of the queue shows up, about 15% still open, rejections carry their reason.
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT state FROM transactions ORDER BY state")));
    QStringList states;
    while (q.next())
        states << q.value(0).toString();
    QCOMPARE(states,
             QStringList({QStringLiteral("approved"),
                          QStringLiteral("awaiting_applicant"),
                          QStringLiteral("escalated"),
                          QStringLiteral("in_review"),
                          QStringLiteral("rejected"),
                          QStringLiteral("submitted"),
                          QStringLiteral("withdrawn")}));
    const qint64 open
        = scalar(db,
                 QStringLiteral("SELECT count(*) FROM transactions WHERE state IN "
                                "('submitted', 'in_review', 'awaiting_applicant', 'escalated')"));
    QVERIFY2(open > transactionCount / 10 && open < transactionCount / 4,
             qPrintable(QString::number(open)));
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM transactions WHERE state = 'rejected' AND "
                        "(coalesce(reason_code, '') = '' OR coalesce(reason_text, '') = '')")),
             qint64(0));
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM transactions WHERE due_at <= submitted_at")),
        qint64(0));
    // Some of the open ones are overdue, some are due within two days.
    const QString now = dialect.timestampParam(QStringLiteral("?"));
    const QVariant nowValue = Database::fromDateTime(fixedNow());
    const QVariant soonValue = Database::fromDateTime(fixedNow().addDays(2));
    QVERIFY(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM transactions WHERE state IN ('submitted', 'in_review') "
                   "AND due_at < %1")
                   .arg(now),
               {nowValue})
        > 0);
    QVERIFY(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM transactions WHERE state IN ('submitted', 'in_review') "
                   "AND due_at >= %1 AND due_at < %2")
                   .arg(now, now),
               {nowValue, soonValue})
        > 0);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral("SELECT count(*) FROM transactions WHERE submitted_at >= %1").arg(now),
            {nowValue}),
        qint64(0));
    // A clerk holds part of what is in review, on a lease that has not run out.
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT count(*) FROM transactions WHERE state = 'in_review' "
                                  "AND assigned_to IS NOT NULL AND lease_expires_at > %1")
                       .arg(now),
                   {nowValue})
            > 0);

    // References, QIDs, names: the shapes people expect, and searchable names normalised.
    QVERIFY(q.exec(
        QStringLiteral("SELECT reference, qid, applicant_name, applicant_name_norm, submitted_at "
                       "FROM transactions ORDER BY id")));
    const QRegularExpression referencePattern(QStringLiteral("^MOI-(\\d{4})-\\d{7}$"));
    int marked = 0;
    while (q.next()) {
        const QRegularExpressionMatch m = referencePattern.match(q.value(0).toString());
        QVERIFY2(m.hasMatch(), qPrintable(q.value(0).toString()));
        QCOMPARE(m.captured(1).toInt(), Database::toDateTime(q.value(4)).date().year());
        const QString qid = q.value(1).toString();
        QVERIFY2(qid.size() == 11
                     && (qid.startsWith(QLatin1Char('2')) || qid.startsWith(QLatin1Char('3'))),
                 qPrintable(qid));
        const QString name = q.value(2).toString();
        const QString norm = q.value(3).toString();
        QCOMPARE(norm, ArabicText::normalize(name));
        QVERIFY2(!hasArabicMarks(norm), qPrintable(norm));
        if (hasArabicMarks(name))
            ++marked;
    }
    QVERIFY(marked > 0); // names typed with hamza, vowel marks or tatweel are there to be folded

    // History and documents.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(DISTINCT transaction_id) FROM transaction_events "
                                   "WHERE kind = 'submitted'")),
             transactionCount);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM (SELECT transaction_id FROM attachments "
                                   "GROUP BY transaction_id HAVING count(*) BETWEEN 1 AND 3) a")),
             transactionCount);
    QCOMPARE(
        scalar(
            db,
            QStringLiteral(
                "SELECT count(*) FROM attachments a JOIN transactions t ON t.id = a.transaction_id "
                "WHERE NOT EXISTS (SELECT 1 FROM service_documents d WHERE "
                "d.service_id = t.service_id AND d.code = a.document_code)")),
        qint64(0));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM attachments WHERE length(sha256) <> 64 "
                                   "OR url NOT LIKE 'qrc:/demo/documents/%'")),
             qint64(0));

    // The moderator's queue has the problems the automatic checks catch.
    for (const char *flag : {"link", "phone", "bidi", "abuse", "duplicate"}) {
        QVERIFY2(
            scalar(db,
                   QStringLiteral("SELECT count(*) FROM contributions WHERE auto_flags LIKE ?"),
                   {QStringLiteral("%%1%").arg(QLatin1String(flag))})
                > 0,
            flag);
    }
    QVERIFY(q.exec(QStringLiteral(
        "SELECT body, body_norm FROM contributions WHERE auto_flags LIKE '%bidi%'")));
    int rlo = 0;
    while (q.next()) {
        if (q.value(0).toString().contains(QChar(0x202E)))
            ++rlo;
        QVERIFY(!q.value(1).toString().contains(QChar(0x202E)));
    }
    QVERIFY(rlo > 0);
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contributions WHERE state = 'pending'"))
            > 20);
    // The Auto-hidden tab is not empty: hidden by their reports, no moderator yet; the moderation
    // log says so (no staff), and names the moderator of every decision.
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT count(*) FROM contributions WHERE state = 'hidden' AND "
                                  "auto_hidden_at IS NOT NULL AND moderated_by IS NULL AND "
                                  "report_count >= 3"))
            > 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contributions c WHERE auto_hidden_at IS "
                                   "NOT NULL AND NOT EXISTS (SELECT 1 FROM moderation_log l WHERE "
                                   "l.contribution_id = c.id AND l.action = 'auto_hide' AND "
                                   "l.staff_id IS NULL)")),
             qint64(0));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM contributions c WHERE moderated_by IS NOT "
                                   "NULL AND state <> 'pending' AND NOT EXISTS (SELECT 1 FROM "
                                   "moderation_log l WHERE l.contribution_id = c.id AND "
                                   "l.staff_id = c.moderated_by)")),
             qint64(0));
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM contributions c WHERE report_count <> "
                   "(SELECT count(*) FROM contribution_reports r WHERE r.contribution_id = c.id)")),
        qint64(0));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM contribution_reports")) > 0);

    // Polls: one of each state the designer shows, and the rollup matches the answers.
    for (const char *state : {"open", "closed", "draft", "scheduled"})
        QVERIFY2(scalar(db,
                        QStringLiteral("SELECT count(*) FROM polls WHERE state = ?"),
                        {QLatin1String(state)})
                     > 0,
                 state);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT coalesce(sum(answers), 0) FROM poll_rollup WHERE option_id <> 0")),
        scalar(db,
               QStringLiteral("SELECT count(*) FROM poll_answers WHERE option_id IS NOT NULL")));
    QVERIFY(
        scalar(db, QStringLiteral("SELECT count(*) FROM poll_answers WHERE option_id IS NOT NULL"))
        > 2000);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM poll_responses r WHERE NOT EXISTS "
                                   "(SELECT 1 FROM poll_answers a WHERE a.response_id = r.id)")),
             qint64(0));
    for (const char *kind : {"single", "multiple", "likert", "rating", "open"})
        QVERIFY2(scalar(db,
                        QStringLiteral("SELECT count(*) FROM poll_answers a JOIN poll_questions q "
                                       "ON q.id = a.question_id WHERE q.kind = ?"),
                        {QLatin1String(kind)})
                     > 0,
                 kind);

    if (!t->isPostgres()) {
        // The full-text index covers names and contributions.
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM search_index")),
                 transactionCount + 200);
    } else {
        // New rows continue after the seeded ids.
        QVERIFY(scalar(db,
                       QStringLiteral(
                           "SELECT nextval(pg_get_serial_sequence('diwan.transactions', 'id'))"))
                > transactionCount);
    }

    // The demo accounts sign in, with their roles and services.
    const SignInResult clerk = signIn(t->profileFor(QStringLiteral("clerk")),
                                      QStringLiteral("clerk"),
                                      QStringLiteral("clerk-demo-2026"),
                                      QStringLiteral("seeder-clerk"));
    QVERIFY2(clerk.error.ok(), qPrintable(clerk.error.toString()));
    QCOMPARE(clerk.session.roles, Roles(Role::Clerk));
    Database::close(QStringLiteral("seeder-clerk"));
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM staff_services ss JOIN staff s ON s.id = ss.staff_id "
                        "JOIN services v ON v.id = ss.service_id WHERE s.login = 'clerk' "
                        "AND v.category NOT IN ('residency', 'visas')")),
             qint64(0));
    QVERIFY(scalar(db,
                   QStringLiteral(
                       "SELECT count(*) FROM staff_services ss JOIN staff s ON s.id = ss.staff_id "
                       "WHERE s.login = 'clerk'"))
            > 0);
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM staff_services ss JOIN staff s ON s.id = ss.staff_id "
                        "WHERE s.login = 'supervisor'")),
             qint64(17));

    // A second seed is refused and changes nothing.
    const DbError again = Seeder::seed(db, options(*t), nullptr);
    QCOMPARE(again.kind, DbError::Kind::Invalid);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM transactions")), transactionCount);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM staff")), qint64(7));
}

// The demo's open queue is as old as the day the database is made, so that the time-limit
// colours tell something: mostly within the limit, some due within eight hours, a few overdue by
// days at most. The decided transactions keep a year of history.
void TestSeeder::openQueueStandsOnTheDayItIsMade()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    Seeder::Options o = options(*t);
    o.createAccounts = false;
    const DbError e = Seeder::seed(db, o);
    QVERIFY2(e.ok(), qPrintable(e.toString()));

    const QString param = Dialect::of(db).timestampParam(QStringLiteral("?"));
    const QString open
        = QStringLiteral("SELECT count(*) FROM transactions WHERE state IN "
                         "('submitted', 'in_review', 'awaiting_applicant', 'escalated')");
    const auto openWhere = [&](const QString &condition, const QVariantList &values) {
        return scalar(db, open + QStringLiteral(" AND ") + condition.arg(param), values);
    };
    const auto at = [](qint64 hours) {
        return Database::fromDateTime(fixedNow().addSecs(hours * 3600));
    };
    const qint64 total = scalar(db, open);
    const qint64 notYetDue = openWhere(QStringLiteral("due_at > %1"), {at(0)});
    const qint64 dueSoon
        = openWhere(QStringLiteral("due_at > %1 AND due_at <= %1"), {at(0), at(8)});
    const qint64 overdue = openWhere(QStringLiteral("due_at <= %1"), {at(0)});
    const qint64 longOverdue = openWhere(QStringLiteral("due_at < %1"), {at(-3 * 24)});
    const QString figures = QStringLiteral("open %1, not yet due %2, due within 8 h %3, overdue %4")
                                .arg(total)
                                .arg(notYetDue)
                                .arg(dueSoon)
                                .arg(overdue);
    QVERIFY2(total > 0, qPrintable(figures));
    QVERIFY2(notYetDue * 100 >= total * 60, qPrintable(figures));
    QVERIFY2(dueSoon >= 1, qPrintable(figures));
    QVERIFY2(overdue >= 1, qPrintable(figures));
    QCOMPARE(longOverdue, qint64(0));
    QCOMPARE(openWhere(QStringLiteral("submitted_at >= %1"), {at(0)}), qint64(0));

    // Decided transactions keep the historical spread: months old, some from a year ago.
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT count(*) FROM transactions WHERE state IN "
                                  "('approved', 'rejected') AND submitted_at < %1")
                       .arg(param),
                   {at(-300 * 24)})
            > 0);
}

void TestSeeder::sameSeedSameRows()
{
    DIWAN_OPEN_DB(first, true);
    QString secondError;
    auto second = TestDatabase::create(dbKind, true, &secondError);
    QVERIFY2(second, qPrintable(secondError));
    QString thirdError;
    auto third = TestDatabase::create(dbKind, true, &thirdError);
    QVERIFY2(third, qPrintable(thirdError));

    QSqlDatabase a = first->db();
    QSqlDatabase b = second->db();
    QSqlDatabase c = third->db();
    Seeder::Options oa = options(*first);
    Seeder::Options ob = options(*second);
    Seeder::Options oc = options(*third, 8);
    oa.createAccounts = ob.createAccounts = oc.createAccounts = false;
    DbError e = Seeder::seed(a, oa);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    e = Seeder::seed(b, ob);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    e = Seeder::seed(c, oc);
    QVERIFY2(e.ok(), qPrintable(e.toString()));

    const Digests da = digests(a);
    const Digests db = digests(b);
    const Digests dc = digests(c);
    QVERIFY(!da.transactions.isEmpty());
    QCOMPARE(db.transactions, da.transactions);
    QCOMPARE(db.timeline, da.timeline);
    QCOMPARE(db.contributions, da.contributions);
    QCOMPARE(db.answers, da.answers);
    // Another seed, other people.
    QVERIFY(dc.transactions != da.transactions);
    QVERIFY(dc.answers != da.answers);
}

void TestSeeder::sameRowsOnSqliteAndPostgres()
{
    if (!TestDatabase::postgresAvailable()) {
        if (TestDatabase::postgresRequired())
            QFAIL("DIWAN_REQUIRE_POSTGRES is set but DIWAN_TEST_PG_URL is not");
        QSKIP("no PostgreSQL (set DIWAN_TEST_PG_URL, or run ./test.sh)");
    }
    QString error;
    auto lite = TestDatabase::create(QStringLiteral("sqlite"), true, &error);
    QVERIFY2(lite, qPrintable(error));
    auto pg = TestDatabase::create(QStringLiteral("postgresql"), true, &error);
    QVERIFY2(pg, qPrintable(error));
    QSqlDatabase a = lite->db();
    QSqlDatabase b = pg->db();
    Seeder::Options oa = options(*lite, 2026);
    Seeder::Options ob = options(*pg, 2026);
    oa.createAccounts = ob.createAccounts = false;
    DbError e = Seeder::seed(a, oa);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    e = Seeder::seed(b, ob);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    const Digests da = digests(a);
    const Digests db = digests(b);
    QCOMPARE(db.transactions, da.transactions);
    QCOMPARE(db.timeline, da.timeline);
    QCOMPARE(db.contributions, da.contributions);
    QCOMPARE(db.answers, da.answers);
    // The poll rollups too, their Doha days included.
    const QString rollup = QStringLiteral(
        "SELECT poll_id, question_id, option_id, value_int, day, gender, age_band, "
        "nationality_group, municipality, answers FROM poll_rollup ORDER BY 1, 2, 3, 4, 5, 6, 7, "
        "8, 9");
    QCOMPARE(checksum(b, rollup), checksum(a, rollup));
    const QString participation = QStringLiteral(
        "SELECT poll_id, day, gender, age_band, nationality_group, municipality, responses FROM "
        "poll_participation ORDER BY 1, 2, 3, 4, 5, 6");
    QCOMPARE(checksum(b, participation), checksum(a, participation));
}

// Large loads drop the big tables' secondary indexes and build them again at the end: the
// database must come out with exactly the indexes the migrations made.
void TestSeeder::largeLoadKeepsTheIndexes()
{
    DIWAN_OPEN_DB(t, true);
    QSqlDatabase db = t->db();
    const QStringList before = indexes(db);
    QVERIFY(before.size() > 10);
    Seeder::Options o = options(*t);
    o.transactions = 50000;
    o.contributions = 300;
    o.pollResponses = 500;
    o.createAccounts = false;
    const DbError e = Seeder::seed(db, o);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    QCOMPARE(indexes(db), before);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM transactions")), qint64(50000));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM contributions")), qint64(300));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM poll_responses")), qint64(500));
    // The rebuilt indexes answer queries: a queue page by SLA due, a QID lookup.
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM (SELECT id FROM transactions WHERE state = 'submitted' "
                   "ORDER BY due_at, id LIMIT 50) q")),
        qint64(50));
    QVERIFY(scalar(db,
                   QStringLiteral("SELECT count(*) FROM transactions WHERE qid = "
                                  "(SELECT qid FROM transactions WHERE id = 1234)"))
            > 0);
}

QTEST_GUILESS_MAIN(TestSeeder)
#include "tst_seeder.moc"
