#include "common/presenter.h"

#include "common/arabictext.h"

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
    , m_hijri(QCalendar::System::IslamicCivil)
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
    const QString text = m_locale.toString(date, QStringView(u"d MMMM yyyy"), m_hijri);
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

QString Presenter::countdown(qint64 seconds) const
{
    const bool overdue = seconds < 0;
    const qint64 s = overdue ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = (s % 86400) / 3600;
    const qint64 minutes = (s % 3600) / 60;
    QString span;
    if (days > 0)
        span = QCoreApplication::translate("Presenter", "%1 d %2 h")
                   .arg(number(days), number(hours));
    else if (hours > 0)
        span = QCoreApplication::translate("Presenter", "%1 h %2 min")
                   .arg(number(hours), number(minutes));
    else
        span = QCoreApplication::translate("Presenter", "%1 min").arg(number(minutes));
    return overdue ? QCoreApplication::translate("Presenter", "%1 overdue").arg(span)
                   : QCoreApplication::translate("Presenter", "in %1").arg(span);
}

QString Presenter::code(const QString &text) const
{
    if (text.isEmpty())
        return {};
    return ArabicText::isolateLtr(text);
}
