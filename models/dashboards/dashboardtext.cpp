#include "dashboards/dashboardtext.h"

#include "common/hijricalendar.h"
#include "common/presenter.h"

#include <QCoreApplication>
#include <QHash>

namespace DashboardText {

static QString tr(const char *text)
{
    return QCoreApplication::translate("DashboardText", text);
}

QString segmentName(const QString &segment)
{
    if (segment == QLatin1String("gender"))
        return tr("Gender");
    if (segment == QLatin1String("age_band"))
        return tr("Age band");
    if (segment == QLatin1String("nationality_group"))
        return tr("Nationality group");
    if (segment == QLatin1String("municipality"))
        return tr("Municipality");
    return segment;
}

QStringList segmentValues(const QString &segment)
{
    if (segment == QLatin1String("gender"))
        return {QStringLiteral("male"), QStringLiteral("female")};
    if (segment == QLatin1String("age_band"))
        return {QStringLiteral("18-24"),
                QStringLiteral("25-34"),
                QStringLiteral("35-44"),
                QStringLiteral("45-54"),
                QStringLiteral("55-64"),
                QStringLiteral("65+")};
    if (segment == QLatin1String("nationality_group"))
        return {QStringLiteral("qatari"), QStringLiteral("non_qatari")};
    if (segment == QLatin1String("municipality"))
        return {QStringLiteral("doha"),
                QStringLiteral("al_rayyan"),
                QStringLiteral("al_wakrah"),
                QStringLiteral("umm_salal"),
                QStringLiteral("al_khor"),
                QStringLiteral("al_shamal"),
                QStringLiteral("al_daayen"),
                QStringLiteral("al_sheehaniya")};
    return {};
}

QString municipality(const QString &key)
{
    if (key == QLatin1String("doha"))
        return tr("Doha");
    if (key == QLatin1String("al_rayyan"))
        return tr("Al Rayyan");
    if (key == QLatin1String("al_wakrah"))
        return tr("Al Wakrah");
    if (key == QLatin1String("umm_salal"))
        return tr("Umm Salal");
    if (key == QLatin1String("al_khor"))
        return tr("Al Khor and Al Thakhira");
    if (key == QLatin1String("al_shamal"))
        return tr("Al Shamal");
    if (key == QLatin1String("al_daayen"))
        return tr("Al Daayen");
    if (key == QLatin1String("al_sheehaniya"))
        return tr("Al Sheehaniya");
    if (key == QLatin1String("unknown"))
        return tr("Not given");
    return key;
}

QString segmentValue(const QString &segment, const QString &value)
{
    if (segment == QLatin1String("gender"))
        return value == QLatin1String("male") ? tr("Male") : tr("Female");
    if (segment == QLatin1String("nationality_group"))
        return value == QLatin1String("qatari") ? tr("Qatari") : tr("Non-Qatari");
    if (segment == QLatin1String("municipality"))
        return municipality(value);
    return value; // age bands read the same in both languages
}

QString transactionState(const QString &key)
{
    // The names the transactions work area translates (context TransactionState), looked up at
    // run time rather than included: a work area does not use another's code.
    static const QHash<QString, const char *> names{
        {QStringLiteral("submitted"), "Submitted"},
        {QStringLiteral("in_review"), "In review"},
        {QStringLiteral("awaiting_applicant"), "Awaiting documents"},
        {QStringLiteral("escalated"), "Escalated"},
        {QStringLiteral("approved"), "Approved"},
        {QStringLiteral("rejected"), "Rejected"},
        {QStringLiteral("withdrawn"), "Withdrawn"},
    };
    const char *name = names.value(key);
    return name ? QCoreApplication::translate("TransactionState", name) : key;
}

int ageBucket(qint64 days)
{
    static const int edges[] = {1, 3, 7, 14, 30};
    int bucket = 0;
    while (bucket < 5 && days > edges[bucket])
        ++bucket;
    return bucket;
}

QStringList ageBuckets()
{
    return {tr("Up to 1 day"),
            tr("2 to 3 days"),
            tr("4 to 7 days"),
            tr("8 to 14 days"),
            tr("15 to 30 days"),
            tr("Over 30 days")};
}

QString dayLabel(const QDate &day, bool hijri)
{
    if (!day.isValid())
        return {};
    const Presenter &p = Presenter::current();
    // Hijri months have no settled short forms ("Jum. II"): the full name reads better.
    if (hijri)
        return p.digitsOf(HijriCalendar::format(p.locale(), day, false));
    return p.digitsOf(p.locale().toString(day, QStringLiteral("d MMM")));
}

QString dateText(const QDate &day, bool hijri)
{
    const Presenter &p = Presenter::current();
    return hijri ? p.hijriDate(day) : p.date(day);
}

} // namespace DashboardText
