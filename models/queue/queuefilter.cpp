#include "queuefilter.h"

#include "database.h"

namespace {
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}
} // namespace

QString QueueFilter::where(const Dialect &dialect, QVariantList &values) const
{
    QString sql;
    if (!states.isEmpty()) {
        sql += QStringLiteral(" AND t.state IN (%1)").arg(placeholders(states.size()));
        for (const QString &s : states)
            values << s;
    }
    if (!serviceIds.isEmpty()) {
        sql += QStringLiteral(" AND t.service_id IN (%1)").arg(placeholders(serviceIds.size()));
        for (qint64 id : serviceIds)
            values << id;
    }
    switch (ownership) {
    case Ownership::All:
        break;
    case Ownership::Mine:
        sql += QStringLiteral(" AND t.assigned_to = ?");
        values << staffId;
        break;
    case Ownership::Unclaimed:
        sql += QStringLiteral(" AND t.assigned_to IS NULL");
        break;
    }
    if (submittedFrom.isValid()) {
        sql += QStringLiteral(" AND t.submitted_at >= ")
               + dialect.timestampParam(QStringLiteral("?"));
        values << Database::fromDateTime(submittedFrom);
    }
    if (submittedTo.isValid()) {
        sql += QStringLiteral(" AND t.submitted_at < ")
               + dialect.timestampParam(QStringLiteral("?"));
        values << Database::fromDateTime(submittedTo);
    }
    const QDateTime at = now.isValid() ? now : QDateTime::currentDateTimeUtc();
    switch (sla) {
    case Sla::Any:
        break;
    case Sla::Overdue:
        sql += QStringLiteral(" AND t.due_at < ") + dialect.timestampParam(QStringLiteral("?"));
        values << Database::fromDateTime(at);
        break;
    case Sla::DueSoon:
        sql += QStringLiteral(" AND t.due_at >= %1 AND t.due_at < %1")
                   .arg(dialect.timestampParam(QStringLiteral("?")));
        values << Database::fromDateTime(at) << Database::fromDateTime(at.addSecs(8 * 3600));
        break;
    }
    return sql;
}
