#include "domaintext.h"

#include <QCoreApplication>

namespace DomainText {

static QString tr(const char *text)
{
    return QCoreApplication::translate("DomainText", text);
}

QString transactionState(const QString &key)
{
    if (key == QLatin1String("submitted"))
        return tr("Submitted");
    if (key == QLatin1String("in_review"))
        return tr("In review");
    if (key == QLatin1String("awaiting_applicant"))
        return tr("Awaiting applicant");
    if (key == QLatin1String("approved"))
        return tr("Approved");
    if (key == QLatin1String("rejected"))
        return tr("Rejected");
    if (key == QLatin1String("withdrawn"))
        return tr("Withdrawn");
    if (key == QLatin1String("escalated"))
        return tr("Escalated");
    return key;
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
        return tr("Open");
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

} // namespace DomainText
