#include "db/database.h"
#include "fixtures.h"
#include "testdatabase.h"
#include "transactions/portaltransactions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// Issue 15: the website submits and withdraws transactions only through its entry points
// (diwan.submit_transaction / withdraw_transaction on PostgreSQL, PortalTransactions on SQLite),
// each refusal with the code the website shows, and a request repeated with its key answered
// with the first result, never a second transaction.

using namespace PortalTransactions;

namespace {

using Fixtures::scalar;

QJsonObject passport()
{
    return QJsonObject{{QStringLiteral("document_code"), QStringLiteral("passport")},
                       {QStringLiteral("file_name"), QStringLiteral("passport.pdf")},
                       {QStringLiteral("url"), QStringLiteral("https://docs.example/p/1")},
                       {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))},
                       {QStringLiteral("size_bytes"), 1024},
                       {QStringLiteral("mime_type"), QStringLiteral("application/pdf")}};
}

Submission submission(const QString &key)
{
    Submission s;
    s.requestKey = key;
    s.service = QStringLiteral("rp");
    s.applicantName = QStringLiteral("مريم الكواري");
    s.qid = QStringLiteral("28463400123");
    s.phone = QStringLiteral("+97455501234");
    s.email = QStringLiteral("maryam@example.qa");
    s.details = QJsonObject{{QStringLiteral("sponsor"), QStringLiteral("29163400999")}};
    s.attachments = QJsonArray{passport()};
    return s;
}

} // namespace

class TestPortalTransactions : public QObject
{
    Q_OBJECT
private slots:
    void submitAndRepeat_data() { TestDatabase::addRows(); }
    void submitAndRepeat();
    void refusals_data();
    void refusals();
    void withdraw_data() { TestDatabase::addRows(); }
    void withdraw();
    void onlyThePortal_data();
    void onlyThePortal();

private:
    static bool prepare(TestDatabase &t);
};

bool TestPortalTransactions::prepare(TestDatabase &t)
{
    return Fixtures::service(t.db(),
                             {QStringLiteral("rp"), {}, {}, QStringLiteral("residency"), 72})
               > 0
           && Fixtures::document(t.db(),
                                 {QStringLiteral("rp"),
                                  QStringLiteral("passport"),
                                  QStringLiteral("passport"),
                                  QStringLiteral("passport")})
                  > 0;
}

void TestPortalTransactions::submitAndRepeat()
{
    DIWAN_OPEN_DB(t, true);
    QVERIFY(prepare(*t));
    QSqlDatabase portal = t->portalConnection();
    const Result first = submitTransaction(portal, submission(QStringLiteral("web-0001-aaaa")));
    QVERIFY2(first.done(), qPrintable(code(first.refusal) + first.error.toString()));
    QVERIFY(!first.repeated);
    QCOMPARE(first.state, QStringLiteral("submitted"));
    QVERIFY2(first.reference.startsWith(QLatin1String("MOI-")) && first.reference.size() == 16,
             qPrintable(first.reference));

    // The website did not hear the answer and asks again: the same answer, nothing new.
    const Result again = submitTransaction(portal, submission(QStringLiteral("web-0001-aaaa")));
    QVERIFY(again.done());
    QVERIFY(again.repeated);
    QCOMPARE(again.id, first.id);
    QCOMPARE(again.reference, first.reference);
    QSqlDatabase db = t->db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM transactions")), QStringLiteral("1"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM attachments")), QStringLiteral("1"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = "
                                   "'submitted'")),
             QStringLiteral("1"));
    // What the clerk sees: the applicant's own words, the service's SLA, the document.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT applicant_name || '|' || qid || '|' || phone || '|' || "
                                   "state FROM transactions")),
             QStringLiteral("مريم الكواري|28463400123|+97455501234|submitted"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT file_name || ' ' || review_state FROM attachments")),
             QStringLiteral("passport.pdf pending"));

    // Another key is another request.
    const Result second = submitTransaction(portal, submission(QStringLiteral("web-0002-bbbb")));
    QVERIFY(second.done());
    QVERIFY(second.id != first.id);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM transactions")), QStringLiteral("2"));
}

void TestPortalTransactions::refusals_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    const QList<std::tuple<const char *, const char *, const char *>> cases = {
        {"key", "", "request_key_invalid"},
        {"key", "short", "request_key_invalid"},
        {"key", "has a space in it", "request_key_invalid"},
        {"service", "nope", "service_unknown"},
        {"service", "' OR 1=1 --", "service_unknown"},
        {"name", "   ", "applicant_missing"},
        {"name", "\u200f\u200b\u064e", "applicant_missing"},
        {"qid", "2846340012", "qid_invalid"},
        {"qid", "2846340012x", "qid_invalid"},
        {"qid",
         "\u0662\u0668\u0664\u0666\u0663\u0664\u0660\u0660\u0661\u0662\u0663",
         "qid_invalid"},
        {"phone", "call me", "contact_invalid"},
        {"email", "maryam.example.qa", "contact_invalid"},
        {"language", "fr", "contact_invalid"},
        {"attachment", "document_code=visa", "attachments_invalid"},
        {"attachment", "sha256=XYZ", "attachments_invalid"},
        {"attachment", "url=file:///etc/passwd", "attachments_invalid"},
        {"attachment", "file_name=", "attachments_invalid"},
        {"attachments", "21", "attachments_invalid"},
    };
    for (const char *kind : {"sqlite", "postgresql"}) {
        for (const auto &[field, value, expected] : cases)
            QTest::addRow("%s: %s %s", kind, field, value)
                << QString::fromLatin1(kind) << QString::fromLatin1(field)
                << QString::fromUtf8(value) << QString::fromLatin1(expected);
    }
}

// Every refusal says why with its code and writes nothing, on both databases alike.
void TestPortalTransactions::refusals()
{
    DIWAN_OPEN_DB(t, true);
    QVERIFY(prepare(*t));
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Submission s = submission(QStringLiteral("web-refused-1"));
    if (field == QLatin1String("key"))
        s.requestKey = value;
    else if (field == QLatin1String("service"))
        s.service = value;
    else if (field == QLatin1String("name"))
        s.applicantName = value;
    else if (field == QLatin1String("qid"))
        s.qid = value;
    else if (field == QLatin1String("phone"))
        s.phone = value;
    else if (field == QLatin1String("email"))
        s.email = value;
    else if (field == QLatin1String("language"))
        s.language = value;
    else if (field == QLatin1String("attachments")) {
        for (int i = 1; i < value.toInt(); ++i)
            s.attachments.append(passport());
    } else {
        QJsonObject a = passport();
        a.insert(value.section(QLatin1Char('='), 0, 0), value.section(QLatin1Char('='), 1));
        s.attachments = QJsonArray{a};
    }
    QSqlDatabase portal = t->portalConnection();
    const Result r = submitTransaction(portal, s);
    QVERIFY2(r.error.ok(), qPrintable(r.error.toString()));
    QCOMPARE(code(r.refusal), expected);
    QCOMPARE(r.id, 0);
    QSqlDatabase db = t->db();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT (SELECT count(*) FROM transactions) + (SELECT count(*) "
                                   "FROM attachments) + (SELECT count(*) FROM portal_requests)")),
             QStringLiteral("0"));
}

void TestPortalTransactions::withdraw()
{
    DIWAN_OPEN_DB(t, true);
    QVERIFY(prepare(*t));
    QSqlDatabase portal = t->portalConnection();
    const Result made = submitTransaction(portal, submission(QStringLiteral("web-submit-01")));
    QVERIFY(made.done());

    // Somebody else's QID, or a reference that does not exist: the same answer.
    QCOMPARE(code(withdrawTransaction(portal,
                                      QStringLiteral("web-withdraw-00"),
                                      made.reference,
                                      QStringLiteral("29900000000"))
                      .refusal),
             QStringLiteral("not_found"));
    QCOMPARE(code(withdrawTransaction(portal,
                                      QStringLiteral("web-withdraw-00"),
                                      QStringLiteral("MOI-2026-9999999"),
                                      QStringLiteral("28463400123"))
                      .refusal),
             QStringLiteral("not_found"));
    // A key is for one kind of request.
    QCOMPARE(code(withdrawTransaction(portal,
                                      QStringLiteral("web-submit-01"),
                                      made.reference,
                                      QStringLiteral("28463400123"))
                      .refusal),
             QStringLiteral("request_key_reused"));

    const Result w = withdrawTransaction(
        portal, QStringLiteral("web-withdraw-01"), made.reference, QStringLiteral("28463400123"));
    QVERIFY2(w.done(), qPrintable(code(w.refusal) + w.error.toString()));
    QCOMPARE(w.state, QStringLiteral("withdrawn"));
    QVERIFY(!w.repeated);
    const Result again = withdrawTransaction(
        portal, QStringLiteral("web-withdraw-01"), made.reference, QStringLiteral("28463400123"));
    QVERIFY(again.done());
    QVERIFY(again.repeated);
    QCOMPARE(again.id, made.id);
    // A new request to withdraw what is withdrawn already.
    QCOMPARE(code(withdrawTransaction(portal,
                                      QStringLiteral("web-withdraw-02"),
                                      made.reference,
                                      QStringLiteral("28463400123"))
                      .refusal),
             QStringLiteral("not_withdrawable"));
    QSqlDatabase db = t->db();
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT state || ' ' || version FROM transactions WHERE id = %1")
                        .arg(made.id)),
             QStringLiteral("withdrawn 2"));
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("SELECT kind FROM transaction_events ORDER BY id")));
    QStringList kinds;
    while (q.next())
        kinds << q.value(0).toString();
    QCOMPARE(kinds, QStringList({QStringLiteral("submitted"), QStringLiteral("withdrawn")}));
}

void TestPortalTransactions::onlyThePortal_data()
{
    QTest::addColumn<QString>("dbKind");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// On PostgreSQL the functions are the portal's alone, and the portal writes the tables through
// nothing else.
void TestPortalTransactions::onlyThePortal()
{
    DIWAN_OPEN_DB(t, true);
    QVERIFY(prepare(*t));
    const Session clerk = t->signInAs(QStringLiteral("clerk"), Role::Clerk, true);
    QSqlDatabase clerkDb = QSqlDatabase::database(clerk.connectionName);
    const Result byClerk = submitTransaction(clerkDb, submission(QStringLiteral("web-clerk-01")));
    QCOMPARE(byClerk.refusal, Refusal::None);
    QCOMPARE(byClerk.error.sqlState, QStringLiteral("42501"));

    QSqlDatabase portal = t->portalConnection();
    QSqlQuery q(portal);
    QVERIFY(!q.exec(QStringLiteral(
        "INSERT INTO diwan.transactions (reference, service_id, applicant_name, "
        "applicant_name_norm, qid, due_at) SELECT 'X-1', id, 'n', 'n', '28463400123', now() FROM "
        "diwan.services")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("UPDATE diwan.transactions SET state = 'withdrawn'")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO diwan.portal_requests (request_key, kind, "
                                   "transaction_id, reference, state) VALUES ('k', "
                                   "'submit_transaction', 1, 'r', 's')")));
    QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
    QCOMPARE(scalar(t->db(), QStringLiteral("SELECT count(*) FROM transactions")),
             QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestPortalTransactions)
#include "tst_portaltransactions.moc"
