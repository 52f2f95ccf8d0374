#include "transactions/queue/queuefilter.h"

#include "db/database.h"
#include "transactions/transactionstate.h"

namespace {
QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QLatin1String(", "));
}
} // namespace

const QStringList &QueueFilter::knownStates()
{
    // The schema's order: the open queue first, as in transactions_open_due_idx.
    static const QStringList states = [] {
        QStringList keys;
        for (TransactionState s : TransactionStates::all())
            keys << TransactionStates::key(s);
        return keys;
    }();
    return states;
}

QStringList QueueFilter::openStates()
{
    QStringList keys;
    for (TransactionState s : TransactionStates::openStates())
        keys << TransactionStates::key(s);
    return keys;
}

QString QueueFilter::where(const Dialect &dialect, QVariantList &values) const
{
    QString sql;
    if (!states.isEmpty()) {
        // State keys are program constants, checked against the schema's list, and written as
        // literals so that the planner can use the partial index of the open queue.
        QStringList literals;
        for (const QString &state : knownStates()) {
            if (states.contains(state))
                literals << QLatin1Char('\'') + state + QLatin1Char('\'');
        }
        if (literals.isEmpty())
            literals << QStringLiteral("'none'");
        sql += QStringLiteral(" AND t.state IN (%1)").arg(literals.join(QLatin1String(", ")));
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

QString QueueFilter::sortColumn() const
{
    return sort == Sort::NewestFirst || sort == Sort::OldestFirst ? QStringLiteral("t.submitted_at")
                                                                  : QStringLiteral("t.due_at");
}
