#include "transactions/supervision.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace Supervision {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Supervision", text);
}

// A reference inside a translated sentence reads left to right even in Arabic.
QString isolated(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

// Errors made here: the translated sentence in detail, no SQL state (see errorText).
DbError fail(DbError::Kind kind, const QString &sentence)
{
    return DbError::make(kind, sentence);
}

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qlonglong>());
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : nullId();
}

// "staff row `alias` is active" and "... has the role `key`", as each database keeps them.
QString isActive(const Dialect &d, const QString &alias)
{
    return d.isPostgres() ? alias + QStringLiteral(".active")
                          : alias + QStringLiteral(".active <> 0");
}

QString hasRole(const Dialect &d, const QString &alias, const QString &key)
{
    if (d.isPostgres())
        return QStringLiteral("EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = "
                              "%1.login AND pg_catalog.pg_has_role(r.oid, 'diwan_%2', 'MEMBER'))")
            .arg(alias, key);
    return QStringLiteral("(',' || replace(%1.roles, ' ', '') || ',') LIKE '%,%2,%'")
        .arg(alias, key);
}

struct Row
{
    qint64 serviceId = 0;
    QString reference;
    QString state;
    int priority = 0;
    qint64 holder = 0;
    int version = 0;
};

DbError checkSupervisor(QSqlDatabase &db, const Dialect &d, qint64 supervisorId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM staff s WHERE s.id = ? AND %1 AND %2")
                  .arg(isActive(d, QStringLiteral("s")),
                       hasRole(d, QStringLiteral("s"), QStringLiteral("manager"))));
    if (DbError e = Database::exec(q, {supervisorId}); !e.ok())
        return e;
    if (!q.next())
        return fail(DbError::Kind::Forbidden,
                    tr("Only a supervisor may do this: an active member of staff with the manager "
                       "role. Nothing was changed."));
    return {};
}

QString lastChangedBy(QSqlDatabase &db, qint64 transactionId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT st.login FROM transaction_events e JOIN staff st ON st.id = e.staff_id "
        "WHERE e.transaction_id = ? ORDER BY e.id DESC LIMIT 1"));
    if (Database::exec(q, {transactionId}).ok() && q.next())
        return q.value(0).toString();
    return {};
}

// The transaction as it is now, and whether this supervisor may act on it at this version.
DbError loadChecked(QSqlDatabase &db, qint64 supervisorId, qint64 id, int expectedVersion, Row *row)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT t.service_id, t.reference, t.state, t.priority, t.assigned_to, t.version, "
        "(SELECT count(*) FROM staff_services ss WHERE ss.staff_id = ? AND ss.service_id = "
        "t.service_id) FROM transactions t WHERE t.id = ?"));
    if (DbError e = Database::exec(q, {supervisorId, id}); !e.ok())
        return e;
    if (!q.next())
        return fail(DbError::Kind::NotFound, tr("The transaction no longer exists."));
    row->serviceId = q.value(0).toLongLong();
    row->reference = q.value(1).toString();
    row->state = q.value(2).toString();
    row->priority = q.value(3).toInt();
    row->holder = q.value(4).toLongLong();
    row->version = q.value(5).toInt();
    const bool supervised = q.value(6).toInt() > 0;
    q.finish();
    if (!supervised)
        return fail(DbError::Kind::Forbidden,
                    tr("You do not supervise the service of transaction %1. Nothing was changed.")
                        .arg(isolated(row->reference)));
    if (row->version != expectedVersion) {
        const QString who = lastChangedBy(db, id);
        return fail(DbError::Kind::Conflict,
                    who.isEmpty()
                        ? tr("Transaction %1 was changed since it was listed. Nothing was changed; "
                             "reload and try again.")
                              .arg(isolated(row->reference))
                        : tr("Transaction %1 was changed by %2 since it was listed. Nothing was "
                             "changed; reload and try again.")
                              .arg(isolated(row->reference), isolated(who)));
    }
    if (row->state == QLatin1String("approved") || row->state == QLatin1String("rejected")
        || row->state == QLatin1String("withdrawn"))
        return fail(DbError::Kind::Invalid,
                    tr("Transaction %1 is already closed.").arg(isolated(row->reference)));
    return {};
}

DbError checkAssignable(QSqlDatabase &db, const Dialect &d, qint64 staffId, qint64 serviceId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM staff s WHERE s.id = ? AND %1 AND %2 AND EXISTS "
                             "(SELECT 1 FROM staff_services ss WHERE ss.staff_id = s.id AND "
                             "ss.service_id = ?)")
                  .arg(isActive(d, QStringLiteral("s")),
                       hasRole(d, QStringLiteral("s"), QStringLiteral("clerk"))));
    if (DbError e = Database::exec(q, {staffId, serviceId}); !e.ok())
        return e;
    if (!q.next())
        return fail(DbError::Kind::Invalid,
                    tr("The chosen colleague is not an active clerk of this service. Choose "
                       "someone else."));
    return {};
}

DbError run(QSqlDatabase &db,
            qint64 supervisorId,
            const Request &request,
            qint64 transactionId,
            int expectedVersion,
            int *newVersion,
            QString *reference)
{
    const QString reason = request.reason.trimmed();
    if (reason.isEmpty())
        return fail(DbError::Kind::Invalid,
                    tr("Give a reason: it is kept in the transaction's history. Nothing was "
                       "changed."));
    if (request.action == Action::SetPriority && (request.priority < 1 || request.priority > 4))
        return fail(DbError::Kind::Invalid, tr("Choose a priority from 1 (most urgent) to 4."));
    const Dialect d = Dialect::of(db);
    const double leaseSeconds = reassignLeaseMinutes * 60.0;
    return Database::transaction(db, [&]() -> DbError {
        if (DbError e = checkSupervisor(db, d, supervisorId); !e.ok())
            return e;
        Row row;
        DbError loaded = loadChecked(db, supervisorId, transactionId, expectedVersion, &row);
        if (reference)
            *reference = row.reference;
        if (!loaded.ok())
            return loaded;

        // What the row becomes; the PostgreSQL function computes the same and checks it again.
        QString kind;
        QString state = row.state;
        qint64 holder = row.holder;
        bool leased = false; // a fresh lease for the new holder
        bool keepLease = false;
        int priority = row.priority;
        switch (request.action) {
        case Action::Reassign:
            kind = QStringLiteral("reassigned");
            if (request.toStaffId) {
                if (DbError e = checkAssignable(db, d, request.toStaffId, row.serviceId); !e.ok())
                    return e;
            }
            holder = request.toStaffId;
            leased = holder != 0;
            if ((state == QLatin1String("submitted") && holder)
                || state == QLatin1String("escalated"))
                state = QStringLiteral("in_review");
            break;
        case Action::TakeOver:
            kind = QStringLiteral("taken_over");
            holder = supervisorId;
            leased = true;
            if (state == QLatin1String("submitted"))
                state = QStringLiteral("in_review");
            break;
        case Action::SetPriority:
            kind = QStringLiteral("priority_changed");
            priority = request.priority;
            keepLease = true;
            break;
        case Action::Escalate:
            if (state != QLatin1String("submitted") && state != QLatin1String("in_review")
                && state != QLatin1String("escalated"))
                return fail(DbError::Kind::Invalid,
                            tr("Transaction %1 is waiting for the applicant and cannot be "
                               "escalated now.")
                                .arg(isolated(row.reference)));
            kind = QStringLiteral("escalated");
            state = QStringLiteral("escalated");
            if (DbError e = escalationTarget(db, supervisorId, row.serviceId, &holder); !e.ok())
                return e;
            break;
        }

        QSqlQuery q(db);
        if (d.isPostgres()) {
            switch (request.action) {
            case Action::Reassign:
                q.prepare(QStringLiteral("SELECT diwan.reassign_transaction(?, ?, ?, ?)"));
                q.addBindValue(transactionId);
                q.addBindValue(expectedVersion);
                q.addBindValue(idOrNull(request.toStaffId));
                q.addBindValue(reason);
                break;
            case Action::TakeOver:
                q.prepare(QStringLiteral("SELECT diwan.take_over_transaction(?, ?, ?)"));
                q.addBindValue(transactionId);
                q.addBindValue(expectedVersion);
                q.addBindValue(reason);
                break;
            case Action::SetPriority:
                q.prepare(QStringLiteral("SELECT diwan.set_transaction_priority(?, ?, ?, ?)"));
                q.addBindValue(transactionId);
                q.addBindValue(expectedVersion);
                q.addBindValue(request.priority);
                q.addBindValue(reason);
                break;
            case Action::Escalate:
                q.prepare(QStringLiteral("SELECT diwan.escalate_transaction(?, ?, ?)"));
                q.addBindValue(transactionId);
                q.addBindValue(expectedVersion);
                q.addBindValue(reason);
                break;
            }
            if (DbError e = Database::exec(q); !e.ok())
                return e;
            if (!q.next())
                return DbError::make(DbError::Kind::Other, QStringLiteral("no version returned"));
            if (newVersion)
                *newVersion = q.value(0).toInt();
            return {};
        }

        // SQLite: the same writes, by the application.
        q.prepare(QStringLiteral(
            "INSERT INTO transaction_events (transaction_id, staff_id, kind, old_state, "
            "new_state, note, visible_to_applicant, assignee_id) VALUES (?, ?, ?, ?, ?, ?, 0, ?)"));
        if (DbError e
            = Database::exec(q,
                             {transactionId,
                              supervisorId,
                              kind,
                              row.state,
                              state,
                              reason,
                              request.action == Action::SetPriority ? nullId() : idOrNull(holder)});
            !e.ok())
            return e;
        QString lease = QStringLiteral("NULL");
        QVariantList values{state, idOrNull(holder)};
        if (keepLease)
            lease = QStringLiteral("lease_expires_at");
        else if (leased) {
            lease = d.nowPlusSeconds(QStringLiteral("?"));
            values << leaseSeconds;
        }
        values << priority << transactionId << expectedVersion;
        q.prepare(QStringLiteral("UPDATE transactions SET state = ?, assigned_to = ?, "
                                 "lease_expires_at = %1, priority = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?")
                      .arg(lease));
        if (DbError e = Database::exec(q, values); !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return fail(DbError::Kind::Conflict,
                        tr("Transaction %1 was changed since it was listed. Nothing was changed; "
                           "reload and try again.")
                            .arg(isolated(row.reference)));
        if (newVersion)
            *newVersion = expectedVersion + 1;
        return {};
    });
}

} // namespace

DbError reassign(QSqlDatabase &db,
                 qint64 supervisorId,
                 qint64 transactionId,
                 int expectedVersion,
                 qint64 toStaffId,
                 const QString &reason,
                 int *newVersion)
{
    Request r;
    r.action = Action::Reassign;
    r.toStaffId = toStaffId;
    r.reason = reason;
    return run(db, supervisorId, r, transactionId, expectedVersion, newVersion, nullptr);
}

DbError takeOver(QSqlDatabase &db,
                 qint64 supervisorId,
                 qint64 transactionId,
                 int expectedVersion,
                 const QString &reason,
                 int *newVersion)
{
    Request r;
    r.action = Action::TakeOver;
    r.reason = reason;
    return run(db, supervisorId, r, transactionId, expectedVersion, newVersion, nullptr);
}

DbError setPriority(QSqlDatabase &db,
                    qint64 supervisorId,
                    qint64 transactionId,
                    int expectedVersion,
                    int priority,
                    const QString &reason,
                    int *newVersion)
{
    Request r;
    r.action = Action::SetPriority;
    r.priority = priority;
    r.reason = reason;
    return run(db, supervisorId, r, transactionId, expectedVersion, newVersion, nullptr);
}

DbError escalate(QSqlDatabase &db,
                 qint64 supervisorId,
                 qint64 transactionId,
                 int expectedVersion,
                 const QString &reason,
                 int *newVersion)
{
    Request r;
    r.action = Action::Escalate;
    r.reason = reason;
    return run(db, supervisorId, r, transactionId, expectedVersion, newVersion, nullptr);
}

DbError escalationTarget(QSqlDatabase &db, qint64 fromStaffId, qint64 serviceId, qint64 *target)
{
    *target = 0;
    const Dialect d = Dialect::of(db);
    QSqlQuery q(db);
    // PostgreSQL: the very function its row security checks a clerk's escalation against.
    q.prepare(d.isPostgres()
                  ? QStringLiteral("SELECT diwan.escalation_target(?, ?)")
                  : QStringLiteral("SELECT sup.id FROM staff s JOIN staff sup ON sup.id = "
                                   "s.supervisor_id WHERE s.id = ? AND %1 AND %2 AND EXISTS "
                                   "(SELECT 1 FROM staff_services ss WHERE ss.staff_id = sup.id "
                                   "AND ss.service_id = ?)")
                        .arg(isActive(d, QStringLiteral("sup")),
                             hasRole(d, QStringLiteral("sup"), QStringLiteral("manager"))));
    if (DbError e = Database::exec(q, {fromStaffId, serviceId}); !e.ok())
        return e;
    if (q.next())
        *target = q.value(0).toLongLong();
    return {};
}

bool isSupervisor(QSqlDatabase &db, qint64 staffId)
{
    return checkSupervisor(db, Dialect::of(db), staffId).ok();
}

QList<StaffChoice> assignableStaff(QSqlDatabase &db, qint64 serviceId, DbError *error)
{
    const Dialect d = Dialect::of(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT s.id, s.login, s.display_name_ar, s.display_name_en, "
                             "(SELECT count(*) FROM transactions t WHERE t.assigned_to = s.id AND "
                             "t.state IN ('submitted', 'in_review', 'awaiting_applicant', "
                             "'escalated')) FROM staff s JOIN staff_services ss ON ss.staff_id = "
                             "s.id AND ss.service_id = ? WHERE %1 AND %2 ORDER BY s.login")
                  .arg(isActive(d, QStringLiteral("s")),
                       hasRole(d, QStringLiteral("s"), QStringLiteral("clerk"))));
    QList<StaffChoice> result;
    DbError e = Database::exec(q, {serviceId});
    if (error)
        *error = e;
    if (!e.ok())
        return result;
    while (q.next())
        result.append({q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toString(),
                       q.value(4).toInt()});
    return result;
}

BulkItemResult apply(QSqlDatabase &db,
                     qint64 supervisorId,
                     const Request &request,
                     qint64 transactionId,
                     int expectedVersion)
{
    BulkItemResult r;
    r.transactionId = transactionId;
    r.error = run(
        db, supervisorId, request, transactionId, expectedVersion, &r.newVersion, &r.reference);
    return r;
}

QList<BulkItemResult> bulk(QSqlDatabase &db,
                           qint64 supervisorId,
                           const Request &request,
                           const QList<QPair<qint64, int>> &idsWithVersions,
                           const Progress &progress,
                           const std::atomic_bool *cancel)
{
    QList<BulkItemResult> results;
    results.reserve(idsWithVersions.size());
    const int total = int(idsWithVersions.size());
    for (const auto &[id, version] : idsWithVersions) {
        if (cancel && cancel->load()) {
            BulkItemResult skipped;
            skipped.transactionId = id;
            skipped.attempted = false;
            results.append(skipped);
            continue;
        }
        results.append(apply(db, supervisorId, request, id, version));
        if (progress)
            progress(int(results.size()), total);
    }
    return results;
}

QList<BulkItemResult> bulkReassign(QSqlDatabase &db,
                                   qint64 supervisorId,
                                   const QList<QPair<qint64, int>> &idsWithVersions,
                                   qint64 toStaffId,
                                   const QString &reason,
                                   const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    Request r;
    r.action = Action::Reassign;
    r.toStaffId = toStaffId;
    r.reason = reason;
    return bulk(db, supervisorId, r, idsWithVersions, progress, cancel);
}

QList<BulkItemResult> bulkSetPriority(QSqlDatabase &db,
                                      qint64 supervisorId,
                                      const QList<QPair<qint64, int>> &idsWithVersions,
                                      int priority,
                                      const QString &reason,
                                      const Progress &progress,
                                      const std::atomic_bool *cancel)
{
    Request r;
    r.action = Action::SetPriority;
    r.priority = priority;
    r.reason = reason;
    return bulk(db, supervisorId, r, idsWithVersions, progress, cancel);
}

QList<BulkItemResult> bulkEscalate(QSqlDatabase &db,
                                   qint64 supervisorId,
                                   const QList<QPair<qint64, int>> &idsWithVersions,
                                   const QString &reason,
                                   const Progress &progress,
                                   const std::atomic_bool *cancel)
{
    Request r;
    r.action = Action::Escalate;
    r.reason = reason;
    return bulk(db, supervisorId, r, idsWithVersions, progress, cancel);
}

QString errorText(const DbError &error)
{
    if (error.ok())
        return {};
    if (error.sqlState.isEmpty() && !error.detail.isEmpty() && error.kind != DbError::Kind::Other)
        return error.detail;
    return error.userMessage();
}

} // namespace Supervision
