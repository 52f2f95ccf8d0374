#pragma once

#include <QtGlobal>

#include <limits>

// The seeder's clock: moments are milliseconds since the epoch, UTC, and are written as
// 'YYYY-MM-DDTHH:MM:SS.zzzZ' (the SQLite storage format; PostgreSQL accepts it for timestamptz).
// Plain integer arithmetic instead of QDateTime: millions of rows are stamped.
namespace Seeder {

constexpr qint64 minuteMs = 60 * 1000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;
constexpr qint64 noTime = std::numeric_limits<qint64>::min(); // NULL

int yearOf(qint64 ms);

struct TimeText
{
    char text[24];
};
TimeText formatTime(qint64 ms);

// How busy the portal is at a moment: Qatar time (UTC+3), quiet nights, Friday and Saturday.
double activity(qint64 ms);

} // namespace Seeder
