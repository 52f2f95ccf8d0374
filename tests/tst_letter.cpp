#include "administration/staffadmin.h"
#include "auth/session.h"
#include "db/database.h"
#include "testdatabase.h"
#include "transactions/decisionletter.h"
#include "transactions/letterdialog.h"
#include "transactions/transactionservice.h"

#include <QCalendar>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>

using namespace DecisionLetter;
using namespace TransactionService;

// The decision letter as the applicant reads it: each PDF is opened with poppler's pdftotext
// and pdfinfo, and its history event is checked in the database, over SQLite and PostgreSQL.
class TestLetter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lettersSayTheDecision_data() { TestDatabase::addRows(); }
    void lettersSayTheDecision();
    void undecidedTransactionHasNoLetter_data() { TestDatabase::addRows(); }
    void undecidedTransactionHasNoLetter();
    void issuingIsRecordedOnce_data() { TestDatabase::addRows(); }
    void issuingIsRecordedOnce();
    void onlyTheDecidingClerkIssues_data() { TestDatabase::addRows(); }
    void onlyTheDecidingClerkIssues();
    void printedLetterIsTheSame_data() { TestDatabase::addRows(); }
    void printedLetterIsTheSame();
    void dialogSavesAndRecords_data() { TestDatabase::addRows(); }
    void dialogSavesAndRecords();
    // PostgreSQL only: SQLite lets one writer at a time, so the second window cannot write
    // between the first one's count and its letter; there is no race to lose.
    void twoWindowsNumberTheirLettersApart_data()
    {
        QTest::addColumn<QString>("dbKind");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void twoWindowsNumberTheirLettersApart();

private:
    struct Fixture
    {
        std::unique_ptr<TestDatabase> db;
        qint64 clerk = 0;
        qint64 other = 0;
        QString clerkLogin;
        QString clerkConnection;
        QString otherConnection;
        qint64 approved = 0; // applicant writes Arabic
        qint64 rejected = 0; // applicant writes English
        qint64 submitted = 0;
    };
    bool setUp(Fixture &f);
    qint64 scalar(Fixture &f, const QString &sql);
    // pdftotext's text, presentation forms folded (NFKC), bidi marks dropped, spaces collapsed.
    static QString pdfText(const QString &path);
    static QString pdfInfo(const QString &path);
    static bool hasArabic(const QString &text, const QString &word);
    void checkLetter(const QString &path, const LetterData &data);

    QTemporaryDir m_dir;
};

static const QString reasonText = QStringLiteral("The passport expires in less than six months.");

void TestLetter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // ./run.sh and ./test.sh install poppler-utils: without it the letters would go unread.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("poppler-utils (pdftotext) is not installed: run ./test.sh, which installs it");
}

bool TestLetter::setUp(Fixture &f)
{
    QSqlDatabase db = f.db->db();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO services (code, name_ar, name_en, category, sla_hours) "
                             "VALUES ('residence_renewal', ?, 'Residence permit renewal', "
                             "'residency', 24)"));
    q.addBindValue(QString::fromUtf16(u"\u062a\u062c\u062f\u064a\u062f \u0625\u0630\u0646 "
                                      u"\u0627\u0644\u0625\u0642\u0627\u0645\u0629"));
    if (!q.exec())
        return false;
    // Due dates order them in the queue: the clerk takes the Arabic one, then the English one.
    const struct
    {
        const char *reference;
        QString name;
        const char *language;
        const char *due;
    } rows[] = {
        {"MOI-2026-0000101",
         QString::fromUtf16(u"\u0645\u0631\u064a\u0645 \u0627\u0644\u0643\u0648\u0627\u0631\u064a"),
         "ar",
         "2030-11-21T08:00:00.000Z"},
        {"MOI-2026-0000102", QStringLiteral("John Smith"), "en", "2030-11-22T08:00:00.000Z"},
        {"MOI-2026-0000103", QStringLiteral("Amal"), "ar", "2030-11-23T08:00:00.000Z"},
    };
    q.prepare(QStringLiteral(
        "INSERT INTO transactions (reference, service_id, applicant_name, applicant_name_norm, "
        "qid, phone, language, submitted_at, due_at) VALUES (?, (SELECT id FROM services), ?, ?, "
        "'28463400123', '+974 55512345', ?, '2026-11-20T08:00:00.000Z', ?)"));
    for (const auto &r : rows) {
        q.addBindValue(QString::fromLatin1(r.reference));
        q.addBindValue(r.name);
        q.addBindValue(r.name.toLower());
        q.addBindValue(QString::fromLatin1(r.language));
        q.addBindValue(QString::fromLatin1(r.due));
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            return false;
        }
    }
    const QString clerkLogin = f.db->uniqueLogin(QStringLiteral("clerk"));
    f.clerkLogin = clerkLogin;
    const QString otherLogin = f.db->uniqueLogin(QStringLiteral("other"));
    const StaffAdmin::NewStaff clerk{clerkLogin,
                                     QString::fromUtf16(u"\u0623\u062d\u0645\u062f "
                                                        u"\u0627\u0644\u0633\u0627\u0644\u0645"),
                                     QStringLiteral("Ahmed Al-Salem"),
                                     Role::Clerk,
                                     QStringLiteral("password-123")};
    const StaffAdmin::NewStaff other{
        otherLogin, QString(), QString(), Role::Clerk, QStringLiteral("password-123")};
    for (auto [staff, id] : {std::pair{clerk, &f.clerk}, std::pair{other, &f.other}}) {
        if (!StaffAdmin::createStaff(db, staff, id).ok())
            return false;
        q.exec(QStringLiteral(
                   "INSERT INTO staff_services (staff_id, service_id) SELECT %1, id FROM services")
                   .arg(*id));
    }
    f.clerkConnection = Database::uniqueConnectionName(QStringLiteral("letter"));
    f.otherConnection = Database::uniqueConnectionName(QStringLiteral("letter-other"));
    if (!signIn(f.db->profileFor(clerkLogin),
                clerkLogin,
                QStringLiteral("password-123"),
                f.clerkConnection)
             .error.ok()
        || !signIn(f.db->profileFor(otherLogin),
                   otherLogin,
                   QStringLiteral("password-123"),
                   f.otherConnection)
                .error.ok())
        return false;

    QSqlDatabase clerkDb = QSqlDatabase::database(f.clerkConnection);
    Claim first;
    Claim second;
    if (!takeNext(clerkDb, f.clerk, &first).ok() || !takeNext(clerkDb, f.clerk, &second).ok()
        || first.reference != QLatin1String("MOI-2026-0000101")
        || second.reference != QLatin1String("MOI-2026-0000102"))
        return false;
    Decision approve;
    approve.action = Decision::Action::Approve;
    Decision reject;
    reject.action = Decision::Action::Reject;
    reject.reasonCode = QStringLiteral("expired_passport");
    reject.reasonText = reasonText;
    if (!decide(clerkDb, f.clerk, first.id, first.version, approve).ok()
        || !decide(clerkDb, f.clerk, second.id, second.version, reject).ok())
        return false;
    f.approved = first.id;
    f.rejected = second.id;
    f.submitted = scalar(
        f, QStringLiteral("SELECT id FROM transactions WHERE reference = 'MOI-2026-0000103'"));
    return f.submitted > 0;
}

qint64 TestLetter::scalar(Fixture &f, const QString &sql)
{
    QSqlQuery q(f.db->db());
    if (!q.exec(sql) || !q.next()) {
        qWarning() << sql << q.lastError().text();
        return -1;
    }
    return q.value(0).toLongLong();
}

QString TestLetter::pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    QString text
        = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    QString out;
    for (const QChar c : std::as_const(text)) {
        const char16_t u = c.unicode();
        if (u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e)
            || (u >= 0x2066 && u <= 0x2069))
            continue;
        out += c;
    }
    return out.simplified();
}

QString TestLetter::pdfInfo(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

// pdftotext may give right-to-left words in visual order: accept the word either way round.
bool TestLetter::hasArabic(const QString &text, const QString &word)
{
    QString reversed = word;
    std::reverse(reversed.begin(), reversed.end());
    return text.contains(word) || text.contains(reversed);
}

void TestLetter::checkLetter(const QString &path, const LetterData &data)
{
    // Keep a copy to look at, when asked.
    const QString keep = qEnvironmentVariable("DIWAN_LETTER_KEEP");
    if (!keep.isEmpty()) {
        const QString target = QDir(keep).filePath(QFileInfo(path).fileName());
        QFile::remove(target);
        QFile::copy(path, target);
    }
    const QString info = pdfInfo(path);
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Creator:")) && info.contains(QStringLiteral("Diwan")),
             qPrintable(info));

    const QString text = pdfText(path);
    QVERIFY2(!text.isEmpty(), qPrintable(path));
    // The reference and letter number (Latin, isolated: whole in either language).
    QVERIFY2(text.contains(data.reference), qPrintable(text));
    QVERIFY2(text.contains(data.letterNumber()), qPrintable(text));
    // The bilingual header.
    QVERIFY2(text.contains(QStringLiteral("Ministry of Interior")), qPrintable(text));
    QVERIFY2(hasArabic(text,
                       QString::fromUtf16(u"\u0648\u0632\u0627\u0631\u0629 "
                                          u"\u0627\u0644\u062f\u0627\u062e\u0644\u064a\u0629")),
             qPrintable(text));
    // Today's Gregorian and Hijri years in Qatar, Latin digits.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone("Asia/Qatar")).date();
    const int hijriYear = QCalendar(QCalendar::System::IslamicCivil).partsFromDate(today).year;
    QVERIFY2(text.contains(QString::number(hijriYear)), qPrintable(text));
    QVERIFY2(text.contains(QString::number(today.year())), qPrintable(text));

    const bool approved = data.state == QLatin1String("approved");
    if (data.isArabic()) {
        QVERIFY2(hasArabic(text, QStringLiteral("AH")) || hasArabic(text, QString(QChar(0x0647))),
                 qPrintable(text));
        // "approval" / "rejection"
        const QString word = approved ? QString::fromUtf16(u"\u0627\u0644\u0645\u0648\u0627"
                                                           u"\u0641\u0642\u0629")
                                      : QString::fromUtf16(u"\u0631\u0641\u0636");
        QVERIFY2(hasArabic(text, word), qPrintable(text));
        QVERIFY2(hasArabic(text, data.applicantName.section(QLatin1Char(' '), 0, 0))
                     || text.contains(data.applicantName),
                 qPrintable(text));
    } else {
        QVERIFY2(text.contains(approved ? QStringLiteral("Notice of Approval")
                                        : QStringLiteral("Notice of Rejection")),
                 qPrintable(text));
        QVERIFY2(text.contains(approved ? QStringLiteral("was approved on")
                                        : QStringLiteral("was rejected on")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(" AH")), qPrintable(text));
        QVERIFY2(text.contains(data.applicantName), qPrintable(text));
    }
    if (!approved) {
        QVERIFY2(text.contains(QStringLiteral("passport expires in less than six months")),
                 qPrintable(text));
    } else {
        QVERIFY2(!text.contains(QStringLiteral("passport")), qPrintable(text));
    }
}

void TestLetter::lettersSayTheDecision()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    for (qint64 id : {f.approved, f.rejected}) {
        for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
            LetterData data;
            const DbError e = loadLetterData(db, id, language, &data);
            QVERIFY2(e.ok(), qPrintable(e.toString()));
            QCOMPARE(data.language, language);
            QCOMPARE(data.serial, 1);
            QVERIFY(data.decidedAt.isValid());
            QCOMPARE(data.staffName,
                     language == QLatin1String("en")
                         ? QStringLiteral("Ahmed Al-Salem")
                         : QString::fromUtf16(u"\u0623\u062d\u0645\u062f "
                                              u"\u0627\u0644\u0633\u0627\u0644\u0645"));
            const QString path = m_dir.filePath(
                QStringLiteral("%1-%2-%3.pdf")
                    .arg(data.state, language, f.db->isPostgres() ? "pg" : "sqlite"));
            QString error;
            QVERIFY2(writePdf(data, path, &error), qPrintable(error));
            checkLetter(path, data);
            if (QTest::currentTestFailed())
                return;
        }
    }
    // Empty language: the applicant's.
    LetterData data;
    QVERIFY(loadLetterData(db, f.approved, QString(), &data).ok());
    QCOMPARE(data.language, QStringLiteral("ar"));
    QVERIFY(loadLetterData(db, f.rejected, QString(), &data).ok());
    QCOMPARE(data.language, QStringLiteral("en"));
    QCOMPARE(data.reasonCode, QStringLiteral("expired_passport"));
    QCOMPARE(data.reasonText, reasonText);
    QCOMPARE(data.serviceName, QStringLiteral("Residence permit renewal"));
    // A file that cannot be written is said so.
    QString error;
    QVERIFY(!writePdf(data, m_dir.filePath(QStringLiteral("missing/folder/x.pdf")), &error));
    QVERIFY(error.contains(QStringLiteral("missing/folder")));
}

void TestLetter::undecidedTransactionHasNoLetter()
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

void TestLetter::issuingIsRecordedOnce()
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

void TestLetter::onlyTheDecidingClerkIssues()
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
    }
    // Whoever holds a transaction still records no letter for it before it is decided (the
    // database refuses it on both kinds); other history is still theirs to write.
    QSqlDatabase clerkDb = QSqlDatabase::database(f.clerkConnection);
    Claim claim;
    QVERIFY(takeNext(clerkDb, f.clerk, &claim).ok());
    QCOMPARE(claim.id, f.submitted);
    QSqlQuery c(clerkDb);
    QVERIFY(!c.exec(insert.arg(f.submitted).arg(f.clerk)));
    QVERIFY(c.exec(QStringLiteral("INSERT INTO transaction_events (transaction_id, staff_id, kind, "
                                  "note) VALUES (%1, %2, 'note', 'plain SQL')")
                       .arg(f.submitted)
                       .arg(f.clerk)));
    QVERIFY2(c.exec(insert.arg(f.approved).arg(f.clerk)), qPrintable(c.lastError().text()));
    QCOMPARE(scalar(f, letters), 1);
}

void TestLetter::printedLetterIsTheSame()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    QSqlDatabase db = QSqlDatabase::database(f.clerkConnection);
    for (const QString &language : {QStringLiteral("ar"), QStringLiteral("en")}) {
        LetterData data;
        QVERIFY(loadLetterData(db, f.rejected, language, &data).ok());
        const QString path
            = m_dir.filePath(QStringLiteral("printed-%1-%2.pdf")
                                 .arg(language, f.db->isPostgres() ? "pg" : "sqlite"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageSize(QPageSize(QPageSize::A4));
        const DbError e = recordLetter(
            db, f.clerk, f.rejected, QStringLiteral("print"), language, [&](int number, QString *) {
                data.serial = number;
                return printLetter(data, &printer);
            });
        QVERIFY2(e.ok(), qPrintable(e.toString()));
        checkLetter(path, data);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(scalar(f,
                    QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = "
                                   "'letter_issued' AND note LIKE '%printed'")),
             2);
}

void TestLetter::dialogSavesAndRecords()
{
    DIWAN_OPEN_DB(t, true);
    Fixture f;
    f.db = std::move(t);
    QVERIFY(setUp(f));
    const QString letters
        = QStringLiteral("SELECT count(*) FROM transaction_events WHERE kind = 'letter_issued'");
    {
        // The applicant wrote in English: the letter starts in English, one A4 page.
        LetterDialog dialog(f.clerkConnection, f.rejected, f.clerk);
        QVERIFY(dialog.isReady());
        QCOMPARE(dialog.language(), QStringLiteral("en"));
        QCOMPARE(dialog.previewPageCount(), 1);
        if (const QString keep = qEnvironmentVariable("DIWAN_LETTER_KEEP"); !keep.isEmpty()) {
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            dialog.grab().save(QDir(keep).filePath(QStringLiteral("dialog.png")));
        }
        QCOMPARE(dialog.defaultFileName(), QStringLiteral("MOI-2026-0000102-en.pdf"));
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        bool hasSaveKey = false;
        bool hasPrintKey = false;
        for (QPushButton *b : buttons) {
            hasSaveKey |= b->shortcut() == QKeySequence(QKeySequence::Save) && b->isEnabled();
            hasPrintKey |= b->shortcut() == QKeySequence(QKeySequence::Print) && b->isEnabled();
        }
        QVERIFY(hasSaveKey && hasPrintKey);

        dialog.setLanguage(QStringLiteral("ar"));
        QCOMPARE(dialog.letter().language, QStringLiteral("ar"));
        QCOMPARE(dialog.defaultFileName(), QStringLiteral("MOI-2026-0000102-ar.pdf"));
        const QString path = m_dir.filePath(dialog.defaultFileName());
        QVERIFY2(dialog.saveTo(path), qPrintable(dialog.statusText()));
        QVERIFY(!dialog.statusIsError());
        QVERIFY(dialog.statusText().contains(QStringLiteral("recorded in the history")));
        QVERIFY(QFile::exists(path));
        QCOMPARE(scalar(f, letters), 1);
        LetterData saved = dialog.letter();
        saved.serial = 1;
        checkLetter(path, saved);
        // The next one is number 2.
        QCOMPARE(dialog.letter().serial, 2);
    }
    {
        // Another clerk sees the error and leaves no file behind.
        LetterDialog dialog(f.otherConnection, f.approved, f.other);
        QVERIFY(dialog.isReady()); // reading is allowed
        const QString path = m_dir.filePath(QStringLiteral("not-mine.pdf"));
        QVERIFY(!dialog.saveTo(path));
        QVERIFY(dialog.statusIsError());
        QVERIFY(dialog.statusText().contains(QStringLiteral("Only the clerk who decided")));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(scalar(f, letters), 1);
    }
    {
        // No letter for what is not decided.
        LetterDialog dialog(f.clerkConnection, f.submitted, f.clerk);
        QVERIFY(!dialog.isReady());
        QVERIFY(dialog.statusIsError());
        QVERIFY(dialog.statusText().contains(QStringLiteral("approved or rejected")));
        for (QPushButton *b : dialog.findChildren<QPushButton *>())
            if (!b->shortcut().isEmpty())
                QVERIFY(!b->isEnabled());
        QVERIFY(!dialog.saveTo(m_dir.filePath(QStringLiteral("undecided.pdf"))));
        QCOMPARE(scalar(f, letters), 1);
    }
}

// The deciding clerk has the transaction open in two windows and issues a letter from both at
// the same moment: the second waits for the first and takes the next number; neither is lost.
void TestLetter::twoWindowsNumberTheirLettersApart()
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
            QThread::msleep(300); // long enough for the second to reach the database and wait
            return true;
        },
        &firstSerial);
    secondWindow.join();
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

QTEST_MAIN(TestLetter)
#include "tst_letter.moc"
