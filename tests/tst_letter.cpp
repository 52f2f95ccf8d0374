#include "administration/staffadmin.h"
#include "auth/session.h"
#include "common/hijricalendar.h"
#include "db/database.h"
#include "letterfixture.h"
#include "transactions/decisionletter.h"
#include "transactions/letterdialog.h"

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

using namespace DecisionLetter;

// The decision letter as the applicant reads it: each PDF is opened with poppler's pdftotext
// and pdfinfo, and its history event is checked in the database, over SQLite and PostgreSQL.
// What the database records of a letter's issue alone: tst_letterrecords.
class TestLetter : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void lettersSayTheDecision_data() { TestDatabase::addRows(); }
    void lettersSayTheDecision();
    void printedLetterIsTheSame_data() { TestDatabase::addRows(); }
    void printedLetterIsTheSame();
    void dialogSavesAndRecords_data() { TestDatabase::addRows(); }
    void dialogSavesAndRecords();

private:
    using Fixture = LetterFixture;
    static bool setUp(Fixture &f) { return f.setUp(); }
    static qint64 scalar(const Fixture &f, const QString &sql) { return f.scalar(sql); }
    // pdftotext's text, presentation forms folded (NFKC), bidi marks dropped, spaces collapsed.
    static QString pdfText(const QString &path);
    static QString pdfInfo(const QString &path);
    static bool hasArabic(const QString &text, const QString &word);
    void checkLetter(const QString &path, const LetterData &data);

    QTemporaryDir m_dir;
};

static const QString reasonText = LetterFixture::reasonText();

void TestLetter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // ./run.sh and ./test.sh install poppler-utils: without it the letters would go unread.
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("poppler-utils (pdftotext) is not installed: run ./test.sh, which installs it");
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
    const int hijriYear = HijriCalendar::fromDate(today).year; // Umm al-Qura
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

QTEST_MAIN(TestLetter)
#include "tst_letter.moc"
