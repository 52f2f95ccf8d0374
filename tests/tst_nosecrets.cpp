#include "db/database.h"
#include "fixtures.h"
#include "shell/languagemanager.h"
#include "shell/signindialog.h"
#include "testdatabase.h"
#include "transactions/portaltransactions.h"
#include "transactions/transactionservice.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Issue 15: no password, token or personal data in what Diwan writes on its own - its log (every
// qDebug/qWarning, captured by a message handler), the error text the command lines print on
// stderr (the only "crash output" Diwan has: it installs no crash handler) and the QSettings
// files (XDG_CONFIG_HOME points at a folder of the test's own). Known secrets go in: a staff
// password, a wrong password, a password put in a database URL, the test cluster's superuser
// password, and an applicant's QID, phone and e-mail address. Then a sign-in, wrong and right, a
// portal submission, refusals, conflicts and decisions; none of the secrets may come out.
// Drafts (DraftStore, under XDG_DATA_HOME) keep what a person typed by design and are not
// searched: README "Reliability".
namespace {

const QString staffPassword = QStringLiteral("password-123"); // TestDatabase::signInAs
const QString wrongPassword = QStringLiteral("Wrong-Secret-7731");
const QString urlPassword = QStringLiteral("Url-Secret-5512");
const QString qid = QStringLiteral("28763400517");
const QString phone = QStringLiteral("+97455098123");
const QString phoneDigits = QStringLiteral("55098123");
const QString email = QStringLiteral("noor.k@example.qa");

QStringList &logged()
{
    static QStringList lines;
    return lines;
}

QtMessageHandler previousHandler = nullptr;

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    logged() << message;
    if (previousHandler)
        previousHandler(type, context, message);
}

// The secrets found in text, by name (empty: none).
QStringList secretsIn(const QString &text, const QStringList &extra = {})
{
    QStringList found;
    const QList<QPair<QString, QString>> secrets{{QStringLiteral("staff password"), staffPassword},
                                                 {QStringLiteral("wrong password"), wrongPassword},
                                                 {QStringLiteral("URL password"), urlPassword},
                                                 {QStringLiteral("QID"), qid},
                                                 {QStringLiteral("phone"), phoneDigits},
                                                 {QStringLiteral("e-mail"), email}};
    for (const auto &[name, secret] : secrets) {
        if (text.contains(secret, Qt::CaseInsensitive))
            found << name;
    }
    for (const QString &secret : extra) {
        if (!secret.isEmpty() && text.contains(secret))
            found << QStringLiteral("superuser password");
    }
    return found;
}

} // namespace

class TestNoSecrets : public QObject
{
    Q_OBJECT
public:
    explicit TestNoSecrets(QString configDir)
        : m_configDir(std::move(configDir))
    {}

private slots:
    void initTestCase();
    void cleanupTestCase();
    void workLeavesNoSecrets_data() { TestDatabase::addRows(); }
    void workLeavesNoSecrets();
    void commandLinesPrintNoSecrets_data() { TestDatabase::addRows(); }
    void commandLinesPrintNoSecrets();
    void passwordInAUrlIsNotEchoed();

private:
    struct Run
    {
        int code = -1;
        QString err;
    };
    static Run run(const QString &program, const QStringList &args, const QString &password);
    QString m_configDir;
    QStringList m_errors; // every DbError's text, as a log or the CLI would print it
};

void TestNoSecrets::initTestCase()
{
    previousHandler = qInstallMessageHandler(capture);
}

void TestNoSecrets::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    const QStringList extra{TestDatabase::postgresAdminPassword()};
    // The log and every error text.
    QStringList leaks;
    for (const QString &line : logged() + m_errors) {
        if (const QStringList found = secretsIn(line, extra); !found.isEmpty())
            leaks << found.join(QLatin1String(", ")) + QLatin1String(" in: ") + line;
    }
    // The settings files.
    QSettings().sync();
    int files = 0;
    QDirIterator it(m_configDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(f.readAll());
        if (const QStringList found = secretsIn(text, extra); !found.isEmpty())
            leaks << found.join(QLatin1String(", ")) + QLatin1String(" in ") + f.fileName();
    }
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    // The sign-in remembered something, so the settings were looked at.
    QVERIFY(files >= 1);
    QVERIFY(!m_errors.isEmpty());
}

void TestNoSecrets::workLeavesNoSecrets()
{
    DIWAN_OPEN_DB(t, true);
    QVERIFY(
        Fixtures::service(t->db(), {QStringLiteral("rp"), {}, {}, QStringLiteral("residency"), 72})
        > 0);
    QVERIFY(Fixtures::document(t->db(),
                               {QStringLiteral("rp"),
                                QStringLiteral("passport"),
                                QStringLiteral("passport"),
                                QStringLiteral("passport")})
            > 0);
    const Session clerk = t->signInAs(QStringLiteral("ns.clerk"), Role::Clerk, true);
    const Session other = t->signInAs(QStringLiteral("ns.other"), Role::Clerk, true);
    QVERIFY(clerk.isValid() && other.isValid());

    // Signing in through the dialog, wrong then right: it remembers the database and the user.
    LanguageManager::instance().setLanguage(QStringLiteral("en"));
    {
        SignInDialog dialog;
        dialog.setDatabaseUrl(t->profileFor(clerk.login).toUrl());
        dialog.setUser(clerk.login);
        dialog.setPassword(wrongPassword);
        dialog.submit();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(
            dialog.message(),
            QStringLiteral("The user name or password is not correct. Check them and try again."));
        m_errors << dialog.message();
        dialog.setPassword(staffPassword);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.submit();
        QTRY_COMPARE_WITH_TIMEOUT(accepted.count(), 1, 20000);
        Database::close(dialog.session().connectionName);
    }
    LanguageManager::instance().setLanguage(QStringLiteral("ar"));

    // The website submits, then asks for what it may not have.
    using namespace PortalTransactions;
    QSqlDatabase portal = t->portalConnection();
    Submission s;
    s.requestKey = QStringLiteral("web-secret-0001");
    s.service = QStringLiteral("rp");
    s.applicantName = QStringLiteral("نور الكعبي");
    s.qid = qid;
    s.phone = phone;
    s.email = email;
    s.details = QJsonObject{{QStringLiteral("sponsor"), qid}};
    const Result made = submitTransaction(portal, s);
    QVERIFY2(made.done(), qPrintable(code(made.refusal) + made.error.toString()));
    Submission bad = s;
    bad.requestKey = QStringLiteral("web-secret-0002");
    bad.email = QStringLiteral("not an address ") + email;
    const Result refused = submitTransaction(portal, bad);
    QCOMPARE(code(refused.refusal), QStringLiteral("contact_invalid"));
    m_errors << refused.error.toString();
    const Result notHers = withdrawTransaction(
        portal, QStringLiteral("web-secret-0003"), made.reference, QStringLiteral("29900000000"));
    QCOMPARE(code(notHers.refusal), QStringLiteral("not_found"));
    m_errors << notHers.error.toString();

    // Clerks: a claim lost to another, a stale decision, a note, then the decision.
    QSqlDatabase clerkDb = QSqlDatabase::database(clerk.connectionName);
    QSqlDatabase otherDb = QSqlDatabase::database(other.connectionName);
    TransactionService::Claim claim;
    DbError e = TransactionService::claim(clerkDb, made.id, clerk.staffId, &claim);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    TransactionService::Claim lost;
    e = TransactionService::claim(otherDb, made.id, other.staffId, &lost);
    QCOMPARE(e.kind, DbError::Kind::Conflict);
    m_errors << e.toString();
    TransactionService::Decision approve;
    approve.action = TransactionService::Decision::Action::Approve;
    approve.message = QStringLiteral("Collect your card.");
    e = TransactionService::decide(clerkDb, clerk.staffId, made.id, claim.version - 1, approve);
    QCOMPARE(e.kind, DbError::Kind::Conflict);
    m_errors << e.toString();
    e = TransactionService::addNote(clerkDb, clerk.staffId, made.id, QStringLiteral("  "), true);
    QCOMPARE(e.kind, DbError::Kind::Invalid);
    m_errors << e.toString();
    e = TransactionService::decide(otherDb, other.staffId, made.id, claim.version, approve);
    QCOMPARE(e.kind, DbError::Kind::Conflict);
    m_errors << e.toString();
    e = TransactionService::decide(clerkDb, clerk.staffId, made.id, claim.version, approve);
    QVERIFY2(e.ok(), qPrintable(e.toString()));
    // Deciding again what is decided.
    e = TransactionService::decide(clerkDb, clerk.staffId, made.id, claim.version + 1, approve);
    QVERIFY(!e.ok());
    m_errors << e.toString();
}

TestNoSecrets::Run
TestNoSecrets::run(const QString &program, const QStringList &args, const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DIWAN_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("DIWAN_PASSWORD"), password);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DIWAN_APP_DIR "/") + program, args);
    if (!p.waitForStarted() || !p.waitForFinished(120000)) {
        p.kill();
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())};
}

// A wrong password in DIWAN_PASSWORD: refused with a sentence, never with the password.
void TestNoSecrets::commandLinesPrintNoSecrets()
{
    DIWAN_OPEN_DB(t, true);
    const Session editor = t->signInAs(QStringLiteral("ns.editor"), Role::Editor);
    QVERIFY(editor.isValid());
    const QString url = t->profileFor(editor.login).toUrl();
    const QTemporaryDir shots;

    Run r = run(QStringLiteral("diwan"),
                {QStringLiteral("--database"),
                 url,
                 QStringLiteral("--user"),
                 editor.login,
                 QStringLiteral("--screenshots"),
                 shots.path()},
                wrongPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("diwan: cannot sign in as ") + editor.login),
             qPrintable(r.err));
    m_errors << r.err;

    QStringList admin{QStringLiteral("poll"),
                      QStringLiteral("export"),
                      QStringLiteral("1"),
                      QStringLiteral("--database"),
                      url};
    if (!t->isPostgres())
        admin << QStringLiteral("--login") << editor.login;
    r = run(QStringLiteral("diwan-admin"), admin, wrongPassword);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("diwan-admin: ")), qPrintable(r.err));
    m_errors << r.err;
}

// A password typed into the URL is refused (a usage error), and the message does not repeat the
// URL.
void TestNoSecrets::passwordInAUrlIsNotEchoed()
{
    const QString url = QStringLiteral("postgresql://amal.k:%1@127.0.0.1:9/diwan").arg(urlPassword);
    Run r = run(QStringLiteral("diwan"), {QStringLiteral("--database"), url}, {});
    QCOMPARE(r.code, 2); // a usage error
    QVERIFY2(r.err.contains(QStringLiteral("diwan: malformed database URL: do not put the "
                                           "password in the URL; it is asked for at sign-in")),
             qPrintable(r.err));
    m_errors << r.err;
    r = run(QStringLiteral("diwan-admin"),
            {QStringLiteral("migrate"), QStringLiteral("--database"), url},
            {});
    QCOMPARE(r.code, 2); // a usage error
    m_errors << r.err;
    // Or as an option of the URL.
    r = run(QStringLiteral("diwan-admin"),
            {QStringLiteral("migrate"),
             QStringLiteral("--database"),
             QStringLiteral("postgresql://amal.k@127.0.0.1:9/diwan?password=") + urlPassword},
            {});
    QCOMPARE(r.code, 2); // a usage error
    QVERIFY2(r.err.contains(QStringLiteral(
                 "diwan-admin: malformed database URL: unknown connection option: password")),
             qPrintable(r.err));
    m_errors << r.err;
    // Or in the read replica's URL.
    r = run(QStringLiteral("diwan"),
            {QStringLiteral("--database"),
             QStringLiteral("postgresql://amal.k@127.0.0.1:9/diwan"),
             QStringLiteral("--read-replica"),
             url},
            {});
    QCOMPARE(r.code, 2); // a usage error
    m_errors << r.err;
}

int main(int argc, char **argv)
{
    // Before anything reads a QSettings path: the settings go to a folder of the test's own.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toUtf8());
    QApplication app(argc, argv);
    QTEST_SET_MAIN_SOURCE_PATH
    TestNoSecrets test(home.filePath(QStringLiteral("config")));
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nosecrets.moc"
