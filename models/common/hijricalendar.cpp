#include "common/hijricalendar.h"

#include <QCalendar>
#include <QDateTime>
#include <QTimeZone>

#include <memory>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>

namespace HijriCalendar {

namespace {

constexpr qint64 dayMs = 24 * 3600 * 1000;

// One ICU calendar per thread (an icu::Calendar is not thread-safe; the dashboards' loader runs
// on a thread of its own), in UTC so that a day is midnight to midnight.
icu::Calendar *calendar()
{
    thread_local std::unique_ptr<icu::Calendar> c = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Calendar> out(icu::Calendar::createInstance(
            icu::TimeZone::getGMT()->clone(), icu::Locale("en@calendar=islamic-umalqura"), status));
        return U_SUCCESS(status) ? std::move(out) : nullptr;
    }();
    return c.get();
}

qint64 noonOf(const QDate &date)
{
    return QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

} // namespace

Date fromDate(const QDate &date)
{
    icu::Calendar *c = calendar();
    if (!date.isValid() || !c)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    c->setTime(UDate(noonOf(date)), status);
    const Date out{
        c->get(UCAL_YEAR, status), c->get(UCAL_MONTH, status) + 1, c->get(UCAL_DATE, status)};
    return U_SUCCESS(status) ? out : Date{};
}

int daysInMonth(int year, int month)
{
    icu::Calendar *c = calendar();
    if (!c || month < 1 || month > 12)
        return 0;
    UErrorCode status = U_ZERO_ERROR;
    c->clear();
    c->set(year, month - 1, 1, 12, 0, 0);
    const int days = c->getActualMaximum(UCAL_DATE, status);
    return U_SUCCESS(status) ? days : 0;
}

QDate toDate(int year, int month, int day)
{
    icu::Calendar *c = calendar();
    if (!c || day < 1 || day > daysInMonth(year, month))
        return {};
    UErrorCode status = U_ZERO_ERROR;
    c->clear();
    c->set(year, month - 1, day, 12, 0, 0);
    const UDate ms = c->getTime(status);
    if (U_FAILURE(status))
        return {};
    return QDate(1970, 1, 1).addDays(qint64(ms) / dayMs);
}

QString monthName(const QLocale &locale, int month)
{
    return QCalendar(QCalendar::System::IslamicCivil).monthName(locale, month, 1);
}

QString format(const QLocale &locale, const QDate &date, bool withYear)
{
    const Date d = fromDate(date);
    if (!d.isValid())
        return {};
    const QString dayMonth = QStringLiteral("%1 %2").arg(d.day).arg(monthName(locale, d.month));
    return withYear ? QStringLiteral("%1 %2").arg(dayMonth).arg(d.year) : dayMonth;
}

} // namespace HijriCalendar
