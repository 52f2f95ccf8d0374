#pragma once

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
// on date axes "30 Nov" / "20 Jumada II" ("٢٠ جمادى الآخرة" in Arabic), in tables "30/11/2026" /
// "20 Jumada II 1448 AH". The Hijri calendar is Umm al-Qura (common/hijricalendar.h, through
// ICU), the one Saudi Arabia publishes and Qatar dates by.
QString dayLabel(const QDate &day, bool hijri); // a date axis' tick
QString dateText(const QDate &day, bool hijri); // a table cell

} // namespace DashboardText
