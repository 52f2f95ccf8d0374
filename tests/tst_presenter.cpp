#include "common/presenter.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

// Loads Diwan's catalogue of one language for the duration of a test.
class Catalogue
{
public:
    explicit Catalogue(const QString &language)
    {
        m_loaded = m_translator.load(QStringLiteral(":/i18n/diwan_%1.qm").arg(language));
        if (m_loaded)
            QCoreApplication::installTranslator(&m_translator);
    }
    ~Catalogue() { QCoreApplication::removeTranslator(&m_translator); }
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_translator;
    bool m_loaded = false;
};

class TestPresenter : public QObject
{
    Q_OBJECT
private slots:
    void latinDigitsInArabic();
    void arabicIndicDigits();
    void hijri();
    void englishDates();
    void codesIsolated();
    void countdown();
    void arabicPluralsAndDurations_data();
    void arabicPluralsAndDurations();
    void qatarTime();
};

void TestPresenter::latinDigitsInArabic()
{
    const Presenter p(QStringLiteral("ar"), Presenter::Digits::Latin);
    QCOMPARE(p.date(QDate(2026, 11, 28)), QStringLiteral("28/11/2026"));
    QVERIFY(p.number(1234567).contains(QStringLiteral("234")));
}

void TestPresenter::arabicIndicDigits()
{
    const Presenter p(QStringLiteral("ar"), Presenter::Digits::ArabicIndic);
    QCOMPARE(p.date(QDate(2026, 11, 28)),
             QStringLiteral(u"\u0662\u0668/\u0661\u0661/\u0662\u0660\u0662\u0666"));
    QVERIFY(p.number(42).contains(QChar(0x0664)));
    // Codes keep Latin digits whatever the setting: a reference is typed as printed.
    QVERIFY(p.code(QStringLiteral("MOI-2026-0042")).contains(QStringLiteral("2026-0042")));
}

void TestPresenter::hijri()
{
    // 28 November 2026 is 18 Jumada al-Akhirah 1448 in Umm al-Qura (17 in the tabular calendar).
    const Presenter en(QStringLiteral("en"));
    const QString h = en.hijriDate(QDate(2026, 11, 28));
    QCOMPARE(h, QStringLiteral("18 Jumada II 1448 AH"));
    QVERIFY2(h.contains(QStringLiteral("1448")), qPrintable(h));
    QVERIFY2(h.contains(QStringLiteral("AH")), qPrintable(h));
    const Presenter ar(QStringLiteral("ar"));
    const QString ha = ar.hijriDate(QDate(2026, 11, 28));
    QVERIFY2(ha.contains(QStringLiteral("1448")), qPrintable(ha));
    // Arabic month name (Jumada), not a Latin one.
    QVERIFY2(ha.contains(QStringLiteral(u"\u062c\u0645\u0627\u062f\u0649")), qPrintable(ha));
    QVERIFY(ar.dateWithHijri(QDate(2026, 11, 28)).startsWith(QStringLiteral("28/11/2026 (")));
}

void TestPresenter::englishDates()
{
    const Presenter p(QStringLiteral("en"));
    QCOMPARE(p.longDate(QDate(2026, 11, 28)), QStringLiteral("28 November 2026"));
    QCOMPARE(p.number(1234567), QStringLiteral("1,234,567"));
    QCOMPARE(p.direction(), Qt::LeftToRight);
    QCOMPARE(Presenter(QStringLiteral("ar")).direction(), Qt::RightToLeft);
}

void TestPresenter::codesIsolated()
{
    const Presenter p(QStringLiteral("ar"));
    QCOMPARE(p.code(QStringLiteral("28463400123")), QStringLiteral(u"\u206628463400123\u2069"));
    QVERIFY(p.code(QString()).isEmpty());
}

void TestPresenter::countdown()
{
    const Catalogue english(QStringLiteral("en"));
    QVERIFY(english.loaded());
    const Presenter p(QStringLiteral("en"));
    QCOMPARE(p.countdown(2 * 86400 + 4 * 3600 + 59), QStringLiteral("in 2 days and 4 hours"));
    QCOMPARE(p.countdown(-(3 * 3600 + 5 * 60)), QStringLiteral("3 hours and 5 minutes overdue"));
    QCOMPARE(p.countdown(600), QStringLiteral("in 10 minutes"));
    QCOMPARE(p.countdown(86400 + 59), QStringLiteral("in 1 day"));
    // Large durations in their largest units; zero units left out.
    QCOMPARE(p.countdown(-(257 * 86400 + 2 * 3600)), QStringLiteral("257 days overdue"));
    QCOMPARE(p.duration(240 * 3600), QStringLiteral("10 days"));
    QCOMPARE(p.duration(3600), QStringLiteral("1 hour"));
    QCOMPARE(p.duration(30), QStringLiteral("less than a minute"));
}

void TestPresenter::arabicPluralsAndDurations_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("arabic");
    const qint64 day = 86400;
    const qint64 hour = 3600;
    // Written as a clerk in Doha writes them: the noun takes the form its count asks for.
    QTest::newRow("1 day") << day << QStringLiteral(u"يوم واحد");
    QTest::newRow("2 days") << 2 * day << QStringLiteral(u"يومان");
    QTest::newRow("3 days") << 3 * day << QStringLiteral(u"3 أيام");
    QTest::newRow("10 days, not 240 hours") << 240 * hour << QStringLiteral(u"10 أيام");
    QTest::newRow("11 days") << 11 * day << QStringLiteral(u"11 يومًا");
    QTest::newRow("100 days") << 100 * day << QStringLiteral(u"100 يوم");
    QTest::newRow("257 days") << 257 * day + 2 * hour << QStringLiteral(u"257 يومًا");
    QTest::newRow("2 days and 4 hours") << 2 * day + 4 * hour << QStringLiteral(u"يومان و4 ساعات");
    QTest::newRow("8 hours") << 8 * hour << QStringLiteral(u"8 ساعات");
    QTest::newRow("1 day and 1 hour") << day + hour << QStringLiteral(u"يوم واحد وساعة واحدة");
    QTest::newRow("2 hours and 20 minutes")
        << 2 * hour + 20 * 60 << QStringLiteral(u"ساعتان و20 دقيقة");
    QTest::newRow("zero units left out") << 220 * day << QStringLiteral(u"220 يومًا");
}

void TestPresenter::arabicPluralsAndDurations()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, arabic);
    const Catalogue catalogue(QStringLiteral("ar"));
    QVERIFY(catalogue.loaded());
    const Presenter p(QStringLiteral("ar"));
    QCOMPARE(p.duration(seconds), arabic);
    QCOMPARE(p.duration(-seconds), arabic);
}

void TestPresenter::qatarTime()
{
    const Presenter p(QStringLiteral("en"));
    const QDateTime utc(QDate(2026, 11, 28), QTime(21, 30), QTimeZone::utc());
    // Doha is UTC+3 all year: 21:30 UTC is 00:30 the next day.
    QCOMPARE(p.dateTime(utc), QStringLiteral("29/11/2026 00:30"));
}

QTEST_GUILESS_MAIN(TestPresenter)
#include "tst_presenter.moc"
