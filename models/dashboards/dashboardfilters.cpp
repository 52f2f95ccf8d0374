#include "dashboards/dashboardfilters.h"

#include <QStringList>

QVariantMap DashboardFilters::toMap() const
{
    return {{QStringLiteral("from"), from.toString(Qt::ISODate)},
            {QStringLiteral("to"), to.toString(Qt::ISODate)},
            {QStringLiteral("poll"), pollId},
            {QStringLiteral("question"), questionId},
            {QStringLiteral("segment"), segment},
            {QStringLiteral("service"), serviceId},
            {QStringLiteral("topic"), topicId},
            {QStringLiteral("weekly"), weekly},
            {QStringLiteral("calendar"),
             hijri ? QStringLiteral("hijri") : QStringLiteral("gregorian")}};
}

bool DashboardFilters::isSegment(const QString &key)
{
    static const QStringList keys{QStringLiteral("gender"),
                                  QStringLiteral("age_band"),
                                  QStringLiteral("nationality_group"),
                                  QStringLiteral("municipality")};
    return keys.contains(key);
}

DashboardFilters DashboardFilters::defaults(const QDate &today)
{
    DashboardFilters f;
    f.to = today;
    f.from = today.addDays(-89);
    return f;
}

DashboardFilters DashboardFilters::fromMap(const QVariantMap &map, const QDate &today)
{
    DashboardFilters f = defaults(today);
    const QDate from = QDate::fromString(map.value(QStringLiteral("from")).toString(), Qt::ISODate);
    const QDate to = QDate::fromString(map.value(QStringLiteral("to")).toString(), Qt::ISODate);
    if (from.isValid() && to.isValid() && from <= to) {
        f.from = from;
        f.to = to;
    }
    f.pollId = map.value(QStringLiteral("poll")).toLongLong();
    f.questionId = map.value(QStringLiteral("question")).toLongLong();
    const QString segment = map.value(QStringLiteral("segment")).toString();
    if (isSegment(segment))
        f.segment = segment;
    f.serviceId = map.value(QStringLiteral("service")).toLongLong();
    f.topicId = map.value(QStringLiteral("topic")).toLongLong();
    f.weekly = map.value(QStringLiteral("weekly")).toBool();
    f.hijri = map.value(QStringLiteral("calendar")).toString() == QLatin1String("hijri");
    return f;
}
