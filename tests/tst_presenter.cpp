#include "common/presenter.h"

#include <QTest>

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
    // 28 November 2026 is 18 Jumada al-Akhirah 1448 in the tabular (civil) calendar.
    const Presenter en(QStringLiteral("en"));
    const QString h = en.hijriDate(QDate(2026, 11, 28));
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
    const Presenter p(QStringLiteral("en"));
    QCOMPARE(p.countdown(2 * 86400 + 4 * 3600 + 59), QStringLiteral("in 2 d 4 h"));
    QCOMPARE(p.countdown(-(3 * 3600 + 5 * 60)), QStringLiteral("3 h 5 min overdue"));
    QCOMPARE(p.countdown(600), QStringLiteral("in 10 min"));
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
