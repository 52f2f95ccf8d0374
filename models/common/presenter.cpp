#include "common/presenter.h"

#include "common/arabictext.h"
#include "common/hijricalendar.h"

#include <QCoreApplication>

namespace {
Presenter &currentPresenter()
{
    static Presenter presenter;
    return presenter;
}

QString toLatinDigits(QString s)
{
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x0660 && u <= 0x0669)
            c = QChar(char16_t(u'0' + (u - 0x0660)));
        else if (u >= 0x06F0 && u <= 0x06F9)
            c = QChar(char16_t(u'0' + (u - 0x06F0)));
        else if (u == 0x066B)
            c = QLatin1Char('.');
        else if (u == 0x066C)
            c = QLatin1Char(',');
    }
    return s;
}
} // namespace

Presenter::Presenter(const QString &language, Digits digits)
    : m_language(language == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("ar"))
    , m_digits(digits)
    , m_locale(m_language == QLatin1String("ar")
                   ? QLocale(QLocale::Arabic, QLocale::Qatar)
                   : QLocale(QLocale::English, QLocale::UnitedKingdom))
{
    m_locale.setNumberOptions(QLocale::DefaultNumberOptions);
}

Presenter &Presenter::current()
{
    return currentPresenter();
}

void Presenter::setCurrent(const Presenter &presenter)
{
    currentPresenter() = presenter;
}

QTimeZone Presenter::timeZone()
{
    static const QTimeZone qatar = QTimeZone(QByteArrayLiteral("Asia/Qatar")).isValid()
                                       ? QTimeZone(QByteArrayLiteral("Asia/Qatar"))
                                       : QTimeZone(3 * 3600);
    return qatar;
}

QString Presenter::digitsOf(const QString &text) const
{
    if (m_digits == Digits::ArabicIndic && isArabic())
        return ArabicText::toArabicIndicDigits(toLatinDigits(text));
    return toLatinDigits(text);
}

QString Presenter::number(qint64 value) const
{
    return digitsOf(m_locale.toString(value));
}

QString Presenter::decimal(double value, int precision) const
{
    return digitsOf(m_locale.toString(value, 'f', precision));
}

QString Presenter::percent(double fraction, int precision) const
{
    return digitsOf(m_locale.toString(fraction * 100.0, 'f', precision) + QLatin1Char('%'));
}

QString Presenter::date(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return digitsOf(m_locale.toString(date, QStringLiteral("dd/MM/yyyy")));
}

QString Presenter::longDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    return digitsOf(m_locale.toString(date, QStringLiteral("d MMMM yyyy")));
}

QString Presenter::hijriDate(const QDate &date) const
{
    if (!date.isValid())
        return {};
    const QString text = HijriCalendar::format(m_locale, date); // Umm al-Qura
    return digitsOf(QCoreApplication::translate("Presenter", "%1 AH").arg(text));
}

QString Presenter::dateWithHijri(const QDate &day) const
{
    if (!day.isValid())
        return {};
    return QStringLiteral("%1 (%2)").arg(date(day), hijriDate(day));
}

QString Presenter::dateTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toTimeZone(timeZone());
    return digitsOf(m_locale.toString(local, QStringLiteral("dd/MM/yyyy HH:mm")));
}

QString Presenter::time(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    return digitsOf(m_locale.toString(utc.toTimeZone(timeZone()).time(), QStringLiteral("HH:mm")));
}

QString Presenter::duration(qint64 seconds) const
{
    return durationIn(seconds, false);
}

QString Presenter::durationIn(qint64 seconds, bool afterPreposition) const
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const int days = int(qMin<qint64>(s / 86400, INT_MAX));
    const int hours = int((s % 86400) / 3600);
    const int minutes = int((s % 3600) / 60);
    // Arabic writes a dual differently after a preposition ("يومان", "خلال يومين"), so the
    // units after one are messages of their own. %n is written with Latin digits; the digits
    // setting applies afterwards.
    const auto dayText = [&](int n) {
        return digitsOf(
            afterPreposition
                ? QCoreApplication::translate("Presenter", "%n day(s)", "after a preposition", n)
                : QCoreApplication::translate("Presenter", "%n day(s)", nullptr, n));
    };
    const auto hourText = [&](int n) {
        return digitsOf(
            afterPreposition
                ? QCoreApplication::translate("Presenter", "%n hour(s)", "after a preposition", n)
                : QCoreApplication::translate("Presenter", "%n hour(s)", nullptr, n));
    };
    const auto minuteText = [&](int n) {
        return digitsOf(
            afterPreposition
                ? QCoreApplication::translate("Presenter", "%n minute(s)", "after a preposition", n)
                : QCoreApplication::translate("Presenter", "%n minute(s)", nullptr, n));
    };
    const auto both = [](const QString &a, const QString &b) {
        return QCoreApplication::translate("Presenter", "%1 and %2").arg(a, b);
    };
    // Ten days or more: days only; a day or more: days and hours; then hours and minutes.
    if (days >= 10)
        return dayText(days);
    if (days > 0)
        return hours ? both(dayText(days), hourText(hours)) : dayText(days);
    if (hours > 0)
        return minutes ? both(hourText(hours), minuteText(minutes)) : hourText(hours);
    if (minutes > 0)
        return minuteText(minutes);
    return QCoreApplication::translate("Presenter", "less than a minute");
}

QString Presenter::countdown(qint64 seconds) const
{
    const bool overdue = seconds < 0;
    const QString span = durationIn(seconds, true);
    return overdue ? QCoreApplication::translate("Presenter", "%1 overdue").arg(span)
                   : QCoreApplication::translate("Presenter", "in %1").arg(span);
}

QString Presenter::code(const QString &text) const
{
    if (text.isEmpty())
        return {};
    return ArabicText::isolateLtr(text);
}
