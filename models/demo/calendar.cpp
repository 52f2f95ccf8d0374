#include "demo/calendar.h"

namespace Seeder {

namespace {

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

struct Civil
{
    int year;
    int month;
    int day;
};

Civil civilFromDays(qint64 days)
{
    // Howard Hinnant's days_from_civil, inverted.
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 doe = days - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int d = int(doy - (153 * mp + 2) / 5 + 1);
    const int m = int(mp < 10 ? mp + 3 : mp - 9);
    return {int(yoe + era * 400 + (m <= 2 ? 1 : 0)), m, d};
}

} // namespace

int yearOf(qint64 ms)
{
    return civilFromDays(floorDiv(ms, dayMs)).year;
}

TimeText formatTime(qint64 ms)
{
    const qint64 days = floorDiv(ms, dayMs);
    qint64 rest = ms - days * dayMs;
    const Civil c = civilFromDays(days);
    const int hour = int(rest / hourMs);
    rest -= qint64(hour) * hourMs;
    const int minute = int(rest / minuteMs);
    rest -= qint64(minute) * minuteMs;
    const int second = int(rest / 1000);
    const int milli = int(rest - qint64(second) * 1000);
    TimeText t;
    auto put = [&t](int at, int value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            t.text[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, c.year, 4);
    t.text[4] = '-';
    put(5, c.month, 2);
    t.text[7] = '-';
    put(8, c.day, 2);
    t.text[10] = 'T';
    put(11, hour, 2);
    t.text[13] = ':';
    put(14, minute, 2);
    t.text[16] = ':';
    put(17, second, 2);
    t.text[19] = '.';
    put(20, milli, 3);
    t.text[23] = 'Z';
    return t;
}

double activity(qint64 ms)
{
    static const double hours[24]
        = {0.25, 0.15, 0.10, 0.08, 0.08, 0.12, 0.30, 0.60, 0.90, 1.00, 1.00, 1.00,
           0.95, 0.90, 0.80, 0.75, 0.75, 0.80, 0.85, 0.90, 0.90, 0.80, 0.60, 0.40};
    static const double week[7] = {1.10, 1.00, 1.00, 1.00, 1.00, 0.45, 0.70}; // Sunday first
    const qint64 local = ms + 3 * hourMs;
    const qint64 days = floorDiv(local, dayMs);
    const int hour = int((local - days * dayMs) / hourMs);
    const int dow = int(((days % 7) + 7 + 4) % 7); // 1970-01-01 was a Thursday
    return hours[hour] * week[dow];
}

} // namespace Seeder
