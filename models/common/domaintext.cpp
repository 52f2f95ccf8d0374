#include "common/domaintext.h"

#include <QCoreApplication>
#include <QHash>

namespace DomainText {

static QString tr(const char *text)
{
    return QCoreApplication::translate("DomainText", text);
}

QString contributionState(const QString &key)
{
    if (key == QLatin1String("pending"))
        return tr("Pending review");
    if (key == QLatin1String("published"))
        return tr("Published");
    if (key == QLatin1String("rejected"))
        return tr("Rejected");
    if (key == QLatin1String("hidden"))
        return tr("Hidden");
    return key;
}

QString publicationState(const QString &key)
{
    if (key == QLatin1String("draft"))
        return tr("Draft");
    if (key == QLatin1String("in_review"))
        return tr("In review");
    if (key == QLatin1String("scheduled"))
        return tr("Scheduled");
    if (key == QLatin1String("open"))
        return QCoreApplication::translate(
            "DomainText", "Open", "a poll or topic, open to the public");
    if (key == QLatin1String("closed"))
        return tr("Closed");
    if (key == QLatin1String("archived"))
        return tr("Archived");
    return key;
}

QString reportReason(const QString &key)
{
    if (key == QLatin1String("off_topic"))
        return tr("Off-topic");
    if (key == QLatin1String("abusive"))
        return tr("Abusive");
    if (key == QLatin1String("spam"))
        return tr("Spam");
    if (key == QLatin1String("personal_data"))
        return tr("Personal data");
    if (key == QLatin1String("duplicate"))
        return tr("Duplicate");
    if (key == QLatin1String("other"))
        return tr("Other");
    return key;
}

QString questionKind(const QString &key)
{
    if (key == QLatin1String("single"))
        return tr("Single choice");
    if (key == QLatin1String("multiple"))
        return tr("Multiple choice");
    if (key == QLatin1String("likert"))
        return tr("Agreement scale");
    if (key == QLatin1String("rating"))
        return tr("Rating");
    if (key == QLatin1String("ranking"))
        return tr("Ranking");
    if (key == QLatin1String("open"))
        return tr("Open answer");
    return key;
}

QString priority(int level)
{
    switch (level) {
    case 1:
        return tr("Urgent");
    case 2:
        return tr("Normal");
    case 3:
        return tr("Low");
    case 4:
        return tr("Lowest");
    default:
        return QString::number(level);
    }
}

QString serviceCategory(const QString &key)
{
    if (key == QLatin1String("residency"))
        return tr("Residency");
    if (key == QLatin1String("visas"))
        return tr("Visas");
    if (key == QLatin1String("traffic"))
        return tr("Traffic");
    if (key == QLatin1String("travel"))
        return tr("Travel documents");
    return tr("Other");
}

QString applicationField(const QString &key)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("application_number"),
         QT_TRANSLATE_NOOP("DomainText", "Application number")},
        {QStringLiteral("buyer_qid"), QT_TRANSLATE_NOOP("DomainText", "Buyer's QID")},
        {QStringLiteral("card_number"), QT_TRANSLATE_NOOP("DomainText", "Card number")},
        {QStringLiteral("case"), QT_TRANSLATE_NOOP("DomainText", "Case")},
        {QStringLiteral("commercial_registration"),
         QT_TRANSLATE_NOOP("DomainText", "Commercial registration")},
        {QStringLiteral("establishment_id"), QT_TRANSLATE_NOOP("DomainText", "Establishment ID")},
        {QStringLiteral("exit_reason"), QT_TRANSLATE_NOOP("DomainText", "Exit reason")},
        {QStringLiteral("licence_class"), QT_TRANSLATE_NOOP("DomainText", "Licence class")},
        {QStringLiteral("licence_number"), QT_TRANSLATE_NOOP("DomainText", "Licence number")},
        {QStringLiteral("new_passport_number"),
         QT_TRANSLATE_NOOP("DomainText", "New passport number")},
        {QStringLiteral("old_passport_number"),
         QT_TRANSLATE_NOOP("DomainText", "Old passport number")},
        {QStringLiteral("passport_number"), QT_TRANSLATE_NOOP("DomainText", "Passport number")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("DomainText", "Place")},
        {QStringLiteral("plate"), QT_TRANSLATE_NOOP("DomainText", "Plate number")},
        {QStringLiteral("purpose"), QT_TRANSLATE_NOOP("DomainText", "Purpose")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("DomainText", "Reason")},
        {QStringLiteral("renewal_years"), QT_TRANSLATE_NOOP("DomainText", "Renewal (years)")},
        {QStringLiteral("vehicle_type"), QT_TRANSLATE_NOOP("DomainText", "Vehicle type")},
        {QStringLiteral("violation_days_ago"),
         QT_TRANSLATE_NOOP("DomainText", "Violation (days ago)")},
        {QStringLiteral("violation_number"), QT_TRANSLATE_NOOP("DomainText", "Violation number")},
        {QStringLiteral("visa_number"), QT_TRANSLATE_NOOP("DomainText", "Visa number")},
        {QStringLiteral("visa_type"), QT_TRANSLATE_NOOP("DomainText", "Visa type")},
        {QStringLiteral("visit_days"), QT_TRANSLATE_NOOP("DomainText", "Visit (days)")},
        {QStringLiteral("visitor_passport_number"),
         QT_TRANSLATE_NOOP("DomainText", "Visitor's passport number")},
        {QStringLiteral("visitor_relationship"),
         QT_TRANSLATE_NOOP("DomainText", "Relationship to the visitor")},
        {QStringLiteral("workers"), QT_TRANSLATE_NOOP("DomainText", "Number of workers")},
    };
    if (const char *label = labels.value(key))
        return tr(label);
    QString words = key;
    words.replace(QLatin1Char('_'), QLatin1Char(' '));
    return words;
}

QString applicationValue(const QString &key, const QString &value)
{
    Q_UNUSED(key)
    static const QHash<QString, const char *> words{
        {QStringLiteral("lost"), QT_TRANSLATE_NOOP("DomainText", "Lost")},
        {QStringLiteral("damaged"), QT_TRANSLATE_NOOP("DomainText", "Damaged")},
        {QStringLiteral("final_exit"), QT_TRANSLATE_NOOP("DomainText", "Final exit")},
        {QStringLiteral("end_of_contract"), QT_TRANSLATE_NOOP("DomainText", "End of contract")},
        {QStringLiteral("transfer_abroad"), QT_TRANSLATE_NOOP("DomainText", "Transfer abroad")},
        {QStringLiteral("family_reasons"), QT_TRANSLATE_NOOP("DomainText", "Family reasons")},
        {QStringLiteral("light_vehicle"), QT_TRANSLATE_NOOP("DomainText", "Light vehicle")},
        {QStringLiteral("motorcycle"), QT_TRANSLATE_NOOP("DomainText", "Motorcycle")},
        {QStringLiteral("heavy_vehicle"), QT_TRANSLATE_NOOP("DomainText", "Heavy vehicle")},
        {QStringLiteral("corniche"), QT_TRANSLATE_NOOP("DomainText", "Corniche")},
        {QStringLiteral("salwa_road"), QT_TRANSLATE_NOOP("DomainText", "Salwa Road")},
        {QStringLiteral("al_shamal_road"), QT_TRANSLATE_NOOP("DomainText", "Al Shamal Road")},
        {QStringLiteral("d_ring_road"), QT_TRANSLATE_NOOP("DomainText", "D Ring Road")},
        {QStringLiteral("lusail_expressway"), QT_TRANSLATE_NOOP("DomainText", "Lusail Expressway")},
        {QStringLiteral("employment"), QT_TRANSLATE_NOOP("DomainText", "Employment")},
        {QStringLiteral("study"), QT_TRANSLATE_NOOP("DomainText", "Study")},
        {QStringLiteral("immigration"), QT_TRANSLATE_NOOP("DomainText", "Immigration")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("DomainText", "Other")},
        {QStringLiteral("over_six_months_abroad"),
         QT_TRANSLATE_NOOP("DomainText", "More than six months abroad")},
        {QStringLiteral("lost_passport"), QT_TRANSLATE_NOOP("DomainText", "Lost passport")},
        {QStringLiteral("private"), QT_TRANSLATE_NOOP("DomainText", "Private")},
        {QStringLiteral("transport"), QT_TRANSLATE_NOOP("DomainText", "Transport")},
        {QStringLiteral("family_visit"), QT_TRANSLATE_NOOP("DomainText", "Family visit")},
        {QStringLiteral("business_visit"), QT_TRANSLATE_NOOP("DomainText", "Business visit")},
        {QStringLiteral("tourist"), QT_TRANSLATE_NOOP("DomainText", "Tourist")},
        {QStringLiteral("work"), QT_TRANSLATE_NOOP("DomainText", "Work")},
        {QStringLiteral("spouse"), QT_TRANSLATE_NOOP("DomainText", "Spouse")},
        {QStringLiteral("parent"), QT_TRANSLATE_NOOP("DomainText", "Parent")},
        {QStringLiteral("child"), QT_TRANSLATE_NOOP("DomainText", "Child")},
        {QStringLiteral("sibling"), QT_TRANSLATE_NOOP("DomainText", "Sibling")},
    };
    if (const char *word = words.value(value))
        return tr(word);
    return value;
}

} // namespace DomainText
