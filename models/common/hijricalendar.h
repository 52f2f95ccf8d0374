#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

// The Umm al-Qura calendar, the Hijri calendar Saudi Arabia publishes and Qatar's ministries
// date by, through ICU's "islamic-umalqura" (tables of the official month lengths from 1300 to
// 1600 AH). Qt 6.4 knows only the arithmetic (tabular) Islamic civil calendar, which differs
// from Umm al-Qura on most days by one or two, so Diwan's Hijri dates come from here.
// Known dates: 1 Ramadan 1447 = 18 February 2026, 1 Muharram 1444 = 30 July 2022.
namespace HijriCalendar {

struct Date
{
    int year = 0;
    int month = 0; // 1 (Muharram) to 12 (Dhu al-Hijjah)
    int day = 0;
    bool isValid() const { return year > 0; }
};

// The Umm al-Qura date of a day (invalid for an invalid QDate).
Date fromDate(const QDate &date);
// The day of an Umm al-Qura date; invalid when the month has no such day.
QDate toDate(int year, int month, int day);
// 29 or 30.
int daysInMonth(int year, int month);
// "Ramadan" / "رمضان" (the month names are those of every Islamic calendar, CLDR's).
QString monthName(const QLocale &locale, int month);
// "19 Jumada II 1448" ("d MMMM yyyy"), or "19 Jumada II" without the year; Latin digits (the
// caller applies the user's digits).
QString format(const QLocale &locale, const QDate &date, bool withYear = true);

} // namespace HijriCalendar
