#pragma once

#include <QDate>
#include <QString>
#include <QVariantMap>

// What the dashboards show: a period, a poll and one of its questions, a demographic segment to
// break results down by, a service and a discussion topic (0: all). Saved per user as a map.
struct DashboardFilters
{
    QDate from;
    QDate to;
    qint64 pollId = 0;
    qint64 questionId = 0;
    QString segment = QStringLiteral("gender"); // gender, age_band, nationality_group, municipality
    qint64 serviceId = 0;
    qint64 topicId = 0;
    bool weekly = false; // trends by week instead of by day
    // Dates picked and labelled in the Hijri calendar (DashboardText::dayLabel) instead of the
    // Gregorian one; saved as "calendar": "hijri" / "gregorian".
    bool hijri = false;

    QVariantMap toMap() const;
    static DashboardFilters fromMap(const QVariantMap &map, const QDate &today);
    // The default: the last 90 days up to today.
    static DashboardFilters defaults(const QDate &today);
    static bool isSegment(const QString &key);
};
