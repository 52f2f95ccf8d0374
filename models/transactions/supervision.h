#pragma once

#include "db/dberror.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>

// What a supervisor does to transactions: reassign, take over, re-prioritise, escalate, one at a
// time or in bulk, always with a reason. A supervisor is an active staff member with the manager
// role who is linked to the transaction's service (staff_services). Each action is one database
// transaction: the row (checked against its version), the history event with the reason, the
// audit row (trigger) and the notification. On PostgreSQL the database checks all of it again in
// its own functions (005_supervision.sql, 012_write_functions.sql), which are the only way a
// manager changes a transaction; the checks here come first for a clear message.
//
// Errors made here carry their translated sentence in `detail`; show them with errorText().
namespace Supervision {

// How long a reassigned or taken-over transaction stays with its new holder unless renewed:
// a working shift, so the colleague finds it at their desk. On PostgreSQL the server sets it
// (diwan.lease_length('assignment'), the same 8 hours); the client never chooses a lease there.
constexpr int reassignLeaseMinutes = 8 * 60;

// Reassigns to `toStaffId` (an active clerk of the service), or back to the queue with 0.
DbError reassign(QSqlDatabase &db,
                 qint64 supervisorId,
                 qint64 transactionId,
                 int expectedVersion,
                 qint64 toStaffId,
                 const QString &reason,
                 int *newVersion = nullptr);
// Assigns the transaction to the supervisor themselves, with a fresh lease.
DbError takeOver(QSqlDatabase &db,
                 qint64 supervisorId,
                 qint64 transactionId,
                 int expectedVersion,
                 const QString &reason,
                 int *newVersion = nullptr);
// Priority 1 (most urgent) to 4.
DbError setPriority(QSqlDatabase &db,
                    qint64 supervisorId,
                    qint64 transactionId,
                    int expectedVersion,
                    int priority,
                    const QString &reason,
                    int *newVersion = nullptr);
// Sends the transaction one level up from the supervisor: to their own supervisor, or to the
// pool of the service's managers (see escalationTarget).
DbError escalate(QSqlDatabase &db,
                 qint64 supervisorId,
                 qint64 transactionId,
                 int expectedVersion,
                 const QString &reason,
                 int *newVersion = nullptr);

// Where an escalation by `fromStaffId` of a transaction of `serviceId` goes: their supervisor if
// that is an active manager of the service, else 0 (unassigned: the service managers' pool).
// TransactionService::decide uses it for a clerk's escalation.
DbError escalationTarget(QSqlDatabase &db, qint64 fromStaffId, qint64 serviceId, qint64 *target);

// Whether the staff member may supervise at all (active, manager role); services are checked
// per transaction.
bool isSupervisor(QSqlDatabase &db, qint64 staffId);

struct StaffChoice
{
    qint64 id = 0;
    QString login;
    QString nameAr;
    QString nameEn;
    int holding = 0; // transactions they hold now: the workload shown in the picker
};
// Who may be given a transaction of the service: its active clerks, by name.
QList<StaffChoice> assignableStaff(QSqlDatabase &db, qint64 serviceId, DbError *error = nullptr);

// Bulk: each item its own database transaction; a stale or refused item reports its error and
// the others go on.
enum class Action { Reassign, TakeOver, SetPriority, Escalate };
struct Request
{
    Action action = Action::Reassign;
    qint64 toStaffId = 0; // Reassign: 0 = back to the queue
    int priority = 2;     // SetPriority
    QString reason;
};
struct BulkItemResult
{
    qint64 transactionId = 0;
    QString reference; // empty if the transaction no longer exists
    DbError error;
    bool attempted = true; // false: cancelled before this item
    int newVersion = 0;
};
using Progress = std::function<void(int done, int total)>;

// One item of a bulk action.
BulkItemResult apply(QSqlDatabase &db,
                     qint64 supervisorId,
                     const Request &request,
                     qint64 transactionId,
                     int expectedVersion);
// Every item in order; after `*cancel` turns true the rest are reported not attempted.
QList<BulkItemResult> bulk(QSqlDatabase &db,
                           qint64 supervisorId,
                           const Request &request,
                           const QList<QPair<qint64, int>> &idsWithVersions,
                           const Progress &progress = {},
                           const std::atomic_bool *cancel = nullptr);
QList<BulkItemResult> bulkReassign(QSqlDatabase &db,
                                   qint64 supervisorId,
                                   const QList<QPair<qint64, int>> &idsWithVersions,
                                   qint64 toStaffId,
                                   const QString &reason,
                                   const Progress &progress = {},
                                   const std::atomic_bool *cancel = nullptr);
QList<BulkItemResult> bulkSetPriority(QSqlDatabase &db,
                                      qint64 supervisorId,
                                      const QList<QPair<qint64, int>> &idsWithVersions,
                                      int priority,
                                      const QString &reason,
                                      const Progress &progress = {},
                                      const std::atomic_bool *cancel = nullptr);
QList<BulkItemResult> bulkEscalate(QSqlDatabase &db,
                                   qint64 supervisorId,
                                   const QList<QPair<qint64, int>> &idsWithVersions,
                                   const QString &reason,
                                   const Progress &progress = {},
                                   const std::atomic_bool *cancel = nullptr);

// The sentence to show for an error of these actions, in the current UI language.
QString errorText(const DbError &error);

} // namespace Supervision
