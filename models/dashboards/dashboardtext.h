#pragma once

#include <QCalendar>
#include <QDate>
#include <QString>
#include <QStringList>

// The words of the dashboards' codes in the UI language: demographic segments and their values
// (as poll responses store them), outcomes, SLA classes.
namespace DashboardText {

QString segmentName(const QString &segment);                        // "gender" -> Gender
QString segmentValue(const QString &segment, const QString &value); // "doha" -> Doha
QStringList segmentValues(const QString &segment);                  // the keys, in display order
QString municipality(const QString &key);
QString transactionState(const QString &key);
// Backlog ages: the bucket of an age in days (0 to 5), and the buckets' names.
int ageBucket(qint64 days);
QStringList ageBuckets();

// Days in the calendar the filters chose, in the UI language and the user's digits (Presenter):
// on date axes "30 Nov" / "19 Jumada II" ("١٩ جمادى الآخرة" in Arabic), in tables "30/11/2026" /
// "19 Jumada II 1448 AH". The Hijri calendar is Qt's QCalendar::System::IslamicCivil, the
// arithmetic (tabular) Islamic calendar, as the status bar uses. It is NOT Umm al-Qura, the
// calendar Saudi Arabia and Qatar publish: over 2024-2027 the two give the same day on 608 of
// 1461 days; on the others the tabular date is one day behind (737 days), two days behind (87)
// or one day ahead (29), measured against ICU's islamic-umalqura. So a Hijri label here can be
// a day or two off the official date, and a month can start a day or two early or late.
QCalendar hijriCalendar();
QString dayLabel(const QDate &day, bool hijri); // a date axis' tick
QString dateText(const QDate &day, bool hijri); // a table cell

} // namespace DashboardText
