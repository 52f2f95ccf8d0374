#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// What a clerk does to transactions, each action one database transaction: the row change
// (checked against its version), the history event and the change notification together.
// On PostgreSQL each action is one call of a diwan.* function (012_write_functions.sql), the only
// way a clerk's login can change anything: it checks the caller (session_user, whatever staffId
// says), their services, their hold, the version and the state machine itself. On SQLite (a
// single-user demo) the application makes the same checks and writes.
namespace TransactionService {

// How long a claim lasts unless renewed while the transaction is open. On PostgreSQL the server
// sets the lease (diwan.lease_length('claim'), the same 30 minutes) and the leaseMinutes
// arguments below are not sent.
constexpr int defaultLeaseMinutes = 30;
// The notification channel every Diwan window listens on (lower-case ASCII: QPSQL quotes it).
inline QString channel()
{
    return QStringLiteral("diwan_transactions");
}

struct Claim
{
    qint64 id = 0; // 0: nothing left to take
    QString reference;
    int version = 0;
    QDateTime leaseExpiresAt;
};

// Claims the most urgent unclaimed transaction (priority, then SLA due) among the clerk's
// services, or one whose lease has expired; atomically (FOR UPDATE SKIP LOCKED on PostgreSQL,
// one write statement on SQLite), so no two clerks ever get the same one.
DbError
takeNext(QSqlDatabase &db, qint64 staffId, Claim *claim, int leaseMinutes = defaultLeaseMinutes);
// Extends the clerk's lease; Kind::Conflict if the transaction is no longer theirs.
DbError renewLease(QSqlDatabase &db,
                   qint64 transactionId,
                   qint64 staffId,
                   int leaseMinutes = defaultLeaseMinutes);
// Gives the transaction back to the queue.
DbError release(QSqlDatabase &db, qint64 transactionId, qint64 staffId);
// Claims one particular transaction the clerk opened from the queue, if nobody holds it (or the
// holder's lease has expired) and it is one of the clerk's services. Kind::Conflict otherwise.
DbError claim(QSqlDatabase &db,
              qint64 transactionId,
              qint64 staffId,
              Claim *claim,
              int leaseMinutes = defaultLeaseMinutes);

// An internal note (history only), or a message to the applicant (history marked visible to
// them, and the outbox by SMS and e-mail), on a transaction the clerk holds. One database
// transaction; blank text is Kind::Invalid, a transaction no longer held Kind::Conflict.
DbError addNote(
    QSqlDatabase &db, qint64 staffId, qint64 transactionId, const QString &text, bool toApplicant);

struct Decision
{
    enum class Action { RequestDocuments, ResumeReview, Approve, Reject, Escalate };
    Action action = Action::Approve;
    QString reasonCode; // Reject: required
    QString reasonText; // Reject: required, shown to the applicant
    QStringList
        missingDocuments; // RequestDocuments: required, document names as the applicant reads them
    QString message;      // optional free text to the applicant
    QString note;         // internal note for the history
};

// Whether a transaction in `state` (its stored key) can take the decision: the state machine of
// TransactionState, read the same way by the form (what it offers), the service on SQLite and
// the database's functions on PostgreSQL.
bool canDecide(const QString &state, Decision::Action action);

// What the database says happened instead, when a decision lost a race.
struct ConflictInfo
{
    int currentVersion = 0;
    QString currentState;
    QString changedBy; // login of the last staff member who touched it
    QDateTime changedAt;
};

// Decides on a transaction the clerk holds, if it is still at `expectedVersion`: the state
// change, the history event, the message to the applicant (outbox, from the bilingual
// template) and the notification, in one database transaction. A stale version or a
// transaction no longer held gives Kind::Conflict with *conflict filled; nothing is written.
DbError decide(QSqlDatabase &db,
               qint64 staffId,
               qint64 transactionId,
               int expectedVersion,
               const Decision &decision,
               int *newVersion = nullptr,
               ConflictInfo *conflict = nullptr);

// Replaces {name}-style variables by their values; unknown ones stay as they are.
QString fillVariables(QString text, const QHash<QString, QString> &values);

// The applicant message for a decision, filled in (for previews and the outbox).
QString applicantMessage(const QString &templateKey,
                         const QString &language,
                         const QHash<QString, QString> &values);

} // namespace TransactionService
