#include "transactions/transactionoverview.h"

#include "db/database.h"
#include "transactions/transactionstate.h"

#include <QSqlQuery>
#include <QStringList>

namespace TransactionOverview {

using S = TransactionState;

static QString openStates()
{
    return TransactionStates::sqlList(TransactionStates::openStates());
}

static QString undecidedStates()
{
    return TransactionStates::sqlList(TransactionStates::undecidedStates());
}

QString serviceCounters(const Dialect &d)
{
    const auto count = [](S state) {
        return QStringLiteral("sum(CASE WHEN t.state = '%1' THEN 1 ELSE 0 END) AS %1")
            .arg(TransactionStates::key(state));
    };
    return QStringLiteral(
               "SELECT s.id AS service_id, s.code, s.name_ar, s.name_en, %1, %2, %3, %4, "
               "sum(CASE WHEN t.state <> '%5' AND t.due_at < %6 THEN 1 ELSE 0 END) AS overdue "
               "FROM services s JOIN transactions t ON t.service_id = s.id "
               "AND t.state IN (%7) "
               "GROUP BY s.id, s.code, s.name_ar, s.name_en ORDER BY submitted DESC, s.code LIMIT "
               "?")
        .arg(count(S::Submitted),
             count(S::InReview),
             count(S::AwaitingApplicant),
             count(S::Escalated),
             TransactionStates::key(S::AwaitingApplicant),
             d.now(),
             openStates());
}

QString mostUrgentOpen(const Dialect &d)
{
    const QString dueIn
        = d.isPostgres()
              ? QStringLiteral("CAST(extract(epoch FROM (t.due_at - now())) AS bigint)")
              : QStringLiteral("CAST((julianday(t.due_at) - julianday('now')) * 86400 AS integer)");
    return QStringLiteral("SELECT t.reference, s.name_ar, s.name_en, t.applicant_name, "
                          "t.submitted_at, %1 AS due_in, t.state, t.priority, st.login AS holder "
                          "FROM transactions t JOIN services s ON s.id = t.service_id "
                          "LEFT JOIN staff st ON st.id = t.assigned_to "
                          "WHERE t.state IN (%2) "
                          "ORDER BY t.due_at, t.id LIMIT ?")
        .arg(dueIn, TransactionStates::sqlList({S::Submitted, S::InReview, S::Escalated}));
}

DbError serviceNames(QSqlDatabase &db, const QString &language, QList<ServiceName> *out)
{
    out->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(language == QLatin1String("en")
                  ? QStringLiteral("SELECT id, name_en FROM services ORDER BY name_en LIMIT 500")
                  : QStringLiteral("SELECT id, name_ar FROM services ORDER BY name_ar LIMIT 500"));
    if (DbError e = Database::exec(q); !e.ok())
        return e;
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString()});
    return {};
}

DbError counts(QSqlDatabase &db, qint64 staffId, bool onlyOwnServices, Counts *out)
{
    // One COUNT each, on the partial indexes.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM transactions t WHERE t.assigned_to IS "
                             "NULL AND t.state IN (%1)%2) AS unclaimed, "
                             "(SELECT count(*) FROM transactions t WHERE t.assigned_to = ? "
                             "AND t.state IN (%3)) AS mine")
                  .arg(undecidedStates(),
                       onlyOwnServices
                           ? QStringLiteral(" AND t.service_id IN (SELECT ss.service_id "
                                            "FROM staff_services ss WHERE ss.staff_id = ?)")
                           : QString(),
                       openStates()));
    QVariantList values;
    if (onlyOwnServices)
        values << staffId;
    values << staffId;
    if (DbError e = Database::exec(q, values); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotFound);
    out->unclaimed = q.value(0).toLongLong();
    out->mine = q.value(1).toLongLong();
    return {};
}

DbError servicesOf(QSqlDatabase &db, const QList<qint64> &transactionIds, QList<qint64> *out)
{
    out->clear();
    if (transactionIds.isEmpty())
        return {};
    QStringList marks;
    QVariantList ids;
    for (qint64 id : transactionIds) {
        marks << QStringLiteral("?");
        ids << id;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT DISTINCT service_id FROM transactions WHERE id IN (%1)")
                  .arg(marks.join(QLatin1Char(','))));
    if (DbError e = Database::exec(q, ids); !e.ok())
        return e;
    while (q.next())
        out->append(q.value(0).toLongLong());
    return {};
}

DbError example(QSqlDatabase &db, qint64 staffId, qint64 *id)
{
    *id = 0;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM transactions WHERE state IN (%1) ORDER BY CASE WHEN "
                             "assigned_to = ? THEN 0 ELSE 1 END, due_at, id LIMIT 1")
                  .arg(undecidedStates()));
    if (DbError e = Database::exec(q, {staffId}); !e.ok())
        return e;
    if (q.next())
        *id = q.value(0).toLongLong();
    return {};
}

} // namespace TransactionOverview
