#pragma once

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

} // namespace DashboardText
