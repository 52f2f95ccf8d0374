#pragma once

#include <QCalendar>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

// The one place that turns numbers, dates, codes and durations into text, in the UI language:
// Gregorian and Hijri (Umm al-Qura: common/hijricalendar.h) dates, Arabic-Indic or Latin digits
// as the user chooses, and codes isolated (U+2066..U+2069) so that they read right inside Arabic
// text.
class Presenter
{
public:
    enum class Digits { Latin, ArabicIndic };

    Presenter(const QString &language = QStringLiteral("ar"), Digits digits = Digits::Latin);

    // The presenter the UI uses; set when the language or the digits setting changes.
    static Presenter &current();
    static void setCurrent(const Presenter &presenter);

    QString language() const { return m_language; }
    bool isArabic() const { return m_language == QLatin1String("ar"); }
    Digits digits() const { return m_digits; }
    QLocale locale() const { return m_locale; }
    Qt::LayoutDirection direction() const { return isArabic() ? Qt::RightToLeft : Qt::LeftToRight; }

    QString number(qint64 value) const;
    QString decimal(double value, int precision = 1) const;
    QString percent(double fraction, int precision = 1) const;

    QString date(const QDate &date) const;          // 28/11/2026
    QString longDate(const QDate &date) const;      // 28 November 2026
    QString hijriDate(const QDate &date) const;     // 18 Jumada II 1448 AH
    QString dateWithHijri(const QDate &date) const; // 28/11/2026 (18 Jumada II 1448 AH)
    QString dateTime(const QDateTime &utc) const;   // in Qatar time
    QString time(const QDateTime &utc) const;
    // A length of time in its largest sensible units, each with its plural form, zero units
    // left out: "10 days", "2 days and 4 hours", "3 hours and 20 minutes", "5 minutes"
    // ("10 أيام", "يومان و4 ساعات", "3 ساعات و20 دقيقة").
    QString duration(qint64 seconds) const;
    // "in 2 days and 4 hours" / "3 hours overdue"; the sign tells overdue apart.
    QString countdown(qint64 seconds) const;

    // A reference number, QID, phone or other Latin code, isolated left-to-right, digits kept
    // Latin.
    QString code(const QString &text) const;
    // Applies the digits setting to already formatted text.
    QString digitsOf(const QString &text) const;

    static QTimeZone timeZone(); // Asia/Qatar

private:
    QString durationIn(qint64 seconds, bool afterPreposition) const;

    QString m_language;
    Digits m_digits;
    QLocale m_locale;
};
