#include "transactions/transactionservice.h"

#include "common/templatetext.h"
#include "db/actionreceipts.h"
#include "db/database.h"
#include "db/dialect.h"
#include "transactions/supervision.h"
#include "transactions/transactionevents.h"
#include "transactions/transactionstate.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace TransactionService {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TransactionService", text);
}

DbError notHeld()
{
    return DbError::said(DbError::Kind::Conflict,
                         tr("You no longer hold this transaction: its claim expired or a "
                            "supervisor reassigned it. Nothing was saved."));
}

QString leaseUntil(const Dialect &d)
{
    return d.nowPlusSeconds(QStringLiteral("?"));
}

DbError cannotClaim()
{
    return DbError::said(DbError::Kind::Conflict,
                         tr("This transaction cannot be claimed: someone else holds it, "
                            "it is no longer open, or it is not one of your services."));
}

// What a diwan.* function's refusal means for an action on a transaction the clerk should hold:
// not (or no longer) theirs, of a service they do not handle, or gone. Refusals of the caller
// (not set up, deactivated) and everything else pass unchanged.
bool lostHold(const DbError &e)
{
    return e.kind == DbError::Kind::Conflict || e.kind == DbError::Kind::Forbidden
           || e.kind == DbError::Kind::NotFound;
}

void readClaim(QSqlQuery &q, Claim *claim)
{
    claim->id = q.value(0).toLongLong();
    claim->reference = q.value(1).toString();
    claim->version = q.value(2).toInt();
    claim->leaseExpiresAt = Database::toDateTime(q.value(3));
}

} // namespace

DbError takeNext(QSqlDatabase &db, qint64 staffId, Claim *claim, int leaseMinutes)
{
    *claim = {};
    const Dialect d = Dialect::of(db);
    const double seconds = leaseMinutes * 60.0;
    if (d.isPostgres()) {
        // The hot path of every clerk: one autocommit statement, prepared once per connection;
        // diwan.claim_next (migrations 010, 012) checks the caller, claims for session_user with
        // the server's lease, writes the history event and notifies.
        QSqlQuery *q = nullptr;
        if (DbError e = Database::kept(
                db,
                QStringLiteral("SELECT claimed_id, claimed_reference, claimed_version, "
                               "claimed_lease FROM diwan.claim_next()"),
                &q);
            !e.ok())
            return e;
        if (DbError e = Database::exec(*q); !e.ok())
            return e;
        if (q->next())
            readClaim(*q, claim);
        q->finish();
        return {};
    }
    // SQLite: the same two steps in the client, in one transaction on its single writer.
    // Unclaimed first, then expired leases.
    const QString candidates[2] = {
        QStringLiteral("SELECT t.id FROM transactions t WHERE t.assigned_to IS NULL "
                       "AND t.state IN ('submitted', 'in_review') "
                       "AND t.service_id IN (SELECT ss.service_id FROM staff_services ss WHERE "
                       "ss.staff_id = ?) "
                       "ORDER BY t.priority, t.due_at, t.id LIMIT 1"),
        QStringLiteral("SELECT t.id FROM transactions t WHERE t.assigned_to IS NOT NULL AND "
                       "t.lease_expires_at < %1 "
                       "AND t.state IN ('submitted', 'in_review') "
                       "AND t.service_id IN (SELECT ss.service_id FROM staff_services ss WHERE "
                       "ss.staff_id = ?) "
                       "ORDER BY t.priority, t.due_at, t.id LIMIT 1")
            .arg(d.now()),
    };
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        for (const QString &candidate : candidates) {
            // The claim re-checks "still free" in the UPDATE itself, which holds the write lock.
            q.prepare(QStringLiteral(
                          "UPDATE transactions SET assigned_to = ?, lease_expires_at = %1, "
                          "state = CASE WHEN state = 'submitted' THEN 'in_review' ELSE state END, "
                          "version = version + 1 WHERE id = (%2) "
                          "AND (assigned_to IS NULL OR lease_expires_at < %3) "
                          "RETURNING id, reference, version, lease_expires_at")
                          .arg(leaseUntil(d), candidate, d.now()));
            if (DbError e = Database::exec(q, {staffId, seconds, staffId}); !e.ok())
                return e;
            if (q.next()) {
                readClaim(q, claim);
                q.finish();
                if (DbError e = recordEvent(db, claim->id, staffId, QStringLiteral("claimed"));
                    !e.ok())
                    return e;
                return notifyChanged(db, claim->id);
            }
        }
        return {}; // nothing to take
    });
}

DbError renewLease(QSqlDatabase &db, qint64 transactionId, qint64 staffId, int leaseMinutes)
{
    const Dialect d = Dialect::of(db);
    QSqlQuery q(db);
    if (d.isPostgres()) {
        q.prepare(QStringLiteral("SELECT diwan.renew_lease(?)"));
        const DbError e = Database::exec(q, {transactionId});
        return lostHold(e) ? notHeld() : e;
    }
    q.prepare(QStringLiteral(
                  "UPDATE transactions SET lease_expires_at = %1 WHERE id = ? AND assigned_to = ?")
                  .arg(leaseUntil(d)));
    if (DbError e = Database::exec(q, {leaseMinutes * 60.0, transactionId, staffId}); !e.ok())
        return e;
    if (q.numRowsAffected() != 1)
        return notHeld();
    return {};
}

DbError release(QSqlDatabase &db, qint64 transactionId, qint64 staffId)
{
    if (Dialect::of(db).isPostgres()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.release_transaction(?)"));
        const DbError e = Database::exec(q, {transactionId});
        return lostHold(e) ? notHeld() : e;
    }
    return Database::transaction(db, [&]() -> DbError {
        // The event first: only the holder may write history, and after this they no longer hold
        // it.
        if (DbError e = recordEvent(db, transactionId, staffId, QStringLiteral("released"));
            !e.ok())
            return e.kind == DbError::Kind::Forbidden ? notHeld() : e;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE transactions SET assigned_to = NULL, lease_expires_at = NULL, "
                           "version = version + 1 WHERE id = ? AND assigned_to = ?"));
        if (DbError e = Database::exec(q, {transactionId, staffId}); !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return notHeld();
        return notifyChanged(db, transactionId);
    });
}

QString applicantMessage(const QString &templateKey,
                         const QString &language,
                         const QHash<QString, QString> &values)
{
    static const QJsonObject templates = [] {
        QFile f(QStringLiteral(":/templates/messages.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }();
    QString text
        = templates.value(templateKey)
              .toObject()
              .value(language == QLatin1String("en") ? QLatin1String("en") : QLatin1String("ar"))
              .toString();
    return fillVariables(text, values).simplified();
}

QString fillVariables(QString text, const QHash<QString, QString> &values)
{
    return TemplateText::fill(text, values);
}

DbError
claim(QSqlDatabase &db, qint64 transactionId, qint64 staffId, Claim *claim, int leaseMinutes)
{
    *claim = {};
    const Dialect d = Dialect::of(db);
    if (d.isPostgres()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT claimed_id, claimed_reference, claimed_version, "
                                 "claimed_lease FROM diwan.claim_transaction(?)"));
        if (DbError e = Database::exec(q, {transactionId}); !e.ok())
            return lostHold(e) || e.kind == DbError::Kind::Invalid ? cannotClaim() : e;
        if (!q.next())
            return cannotClaim();
        readClaim(q, claim);
        return {};
    }
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("UPDATE transactions SET assigned_to = ?, lease_expires_at = %1, "
                           "state = CASE WHEN state = 'submitted' THEN 'in_review' ELSE state END, "
                           "version = version + 1 WHERE id = ? "
                           "AND (assigned_to IS NULL OR lease_expires_at < %2) "
                           "AND state IN ('submitted', 'in_review') "
                           "AND service_id IN (SELECT ss.service_id FROM staff_services ss WHERE "
                           "ss.staff_id = ?) "
                           "RETURNING id, reference, version, lease_expires_at")
                .arg(leaseUntil(d), d.now()));
        if (DbError e = Database::exec(q, {staffId, leaseMinutes * 60.0, transactionId, staffId});
            !e.ok())
            return e;
        if (!q.next())
            return cannotClaim();
        readClaim(q, claim);
        q.finish();
        if (DbError e = recordEvent(db, claim->id, staffId, QStringLiteral("claimed")); !e.ok())
            return e;
        return notifyChanged(db, claim->id);
    });
}

DbError addNote(
    QSqlDatabase &db, qint64 staffId, qint64 transactionId, const QString &text, bool toApplicant)
{
    const QString body = text.trimmed();
    if (body.isEmpty())
        return DbError::said(DbError::Kind::Invalid, tr("Write the text first."));
    const auto noContact = [] {
        return DbError::said(DbError::Kind::Invalid,
                             tr("The applicant gave no mobile number or e-mail address: "
                                "the message cannot be sent. Nothing was saved."));
    };
    if (Dialect::of(db).isPostgres()) {
        // diwan.add_note checks the holder and writes the event, the outbox rows to the
        // applicant's own contact details and the notification.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.add_note(?, ?, ?)"));
        const DbError e = ActionReceipts::once(db, [&] {
            return Database::exec(q, {transactionId, body, toApplicant});
        });
        if (lostHold(e))
            return notHeld();
        if (e.kind == DbError::Kind::Invalid
            && e.detail.contains(QLatin1String("no mobile number")))
            return noContact();
        return e;
    }
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT assigned_to, phone, email, language, state FROM transactions WHERE id = ?"));
        if (DbError e = Database::exec(q, {transactionId}); !e.ok())
            return e;
        if (!q.next())
            return DbError::make(DbError::Kind::NotFound);
        if (q.value(0).isNull() || q.value(0).toLongLong() != staffId)
            return notHeld();
        const QString phone = q.value(1).toString();
        const QString email = q.value(2).toString();
        const QString language = q.value(3).toString();
        q.finish();
        if (DbError e
            = recordEvent(db,
                          transactionId,
                          staffId,
                          toApplicant ? QStringLiteral("message") : QStringLiteral("note"),
                          {},
                          {},
                          body,
                          toApplicant);
            !e.ok())
            return e;
        if (toApplicant) {
            q.prepare(QStringLiteral(
                "INSERT INTO outbox (transaction_id, channel, recipient, language, body) "
                "VALUES (?, ?, ?, ?, ?)"));
            int sent = 0;
            for (const auto &[channel, recipient] : {std::pair{QStringLiteral("sms"), phone},
                                                     std::pair{QStringLiteral("email"), email}}) {
                if (recipient.isEmpty())
                    continue;
                if (DbError e
                    = Database::exec(q, {transactionId, channel, recipient, language, body});
                    !e.ok())
                    return e;
                ++sent;
            }
            if (!sent)
                return noContact();
        }
        return notifyChanged(db, transactionId);
    });
}

namespace {

// What a decision is taken on, as the database has it now.
struct Decided
{
    QString state;
    int version = 0;
    bool mine = false;
    QString name;
    QString phone;
    QString email;
    QString language;
    QString reference;
    QString service; // in the applicant's language
    QDateTime pausedAt;
    QDateTime due;
    qint64 serviceId = 0;
};

DbError readDecided(QSqlDatabase &db, qint64 staffId, qint64 transactionId, Decided *out)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT t.state, t.version, t.assigned_to, t.applicant_name, t.phone, t.email, "
        "t.language, t.reference, s.name_ar, s.name_en, t.sla_paused_at, t.due_at, "
        "t.service_id "
        "FROM transactions t JOIN services s ON s.id = t.service_id WHERE t.id = ?"));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotFound);
    out->state = q.value(0).toString();
    out->version = q.value(1).toInt();
    out->mine = !q.value(2).isNull() && q.value(2).toLongLong() == staffId;
    out->name = q.value(3).toString();
    out->phone = q.value(4).toString();
    out->email = q.value(5).toString();
    out->language = q.value(6).toString();
    out->reference = q.value(7).toString();
    out->service
        = out->language == QLatin1String("en") ? q.value(9).toString() : q.value(8).toString();
    out->pausedAt = Database::toDateTime(q.value(10));
    out->due = Database::toDateTime(q.value(11));
    out->serviceId = q.value(12).toLongLong();
    return {};
}

// The message to the applicant for a decision, from the bilingual template in their language.
QString decisionMessage(const QString &templateKey, const Decided &t, const Decision &decision)
{
    return applicantMessage(templateKey,
                            t.language,
                            {{QStringLiteral("name"), t.name},
                             {QStringLiteral("reference"), t.reference},
                             {QStringLiteral("service"), t.service},
                             {QStringLiteral("reason"), decision.reasonText.trimmed()},
                             {QStringLiteral("documents"),
                              decision.missingDocuments.join(t.language == QLatin1String("en")
                                                                 ? QStringLiteral(", ")
                                                                 : QStringLiteral(u"\u060c "))},
                             {QStringLiteral("message"), decision.message.trimmed()}});
}

// The decision's diwan.* function (migration 012), which checks the caller, that they hold the
// transaction, its version, the state machine, and that the message names the transaction (and
// the reason, and each document asked for), then writes the change, the history event, the
// outbox rows and the notification in one call.
DbError decideOnServer(QSqlDatabase &db,
                       qint64 transactionId,
                       int expectedVersion,
                       const Decision &decision,
                       const QString &message,
                       int *newVersion)
{
    using Action = Decision::Action;
    QSqlQuery q(db);
    QVariantList values{transactionId, expectedVersion};
    switch (decision.action) {
    case Action::RequestDocuments:
        q.prepare(
            QStringLiteral("SELECT diwan.decide_request_documents(?, ?, CAST(? AS jsonb), ?, ?)"));
        values << QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(decision.missingDocuments))
                .toJson(QJsonDocument::Compact))
               << decision.note << message;
        break;
    case Action::ResumeReview:
        q.prepare(QStringLiteral("SELECT diwan.decide_resume_review(?, ?, ?)"));
        values << decision.note;
        break;
    case Action::Approve:
        q.prepare(QStringLiteral("SELECT diwan.decide_approve(?, ?, ?, ?)"));
        values << decision.note << message;
        break;
    case Action::Reject:
        q.prepare(QStringLiteral("SELECT diwan.decide_reject(?, ?, ?, ?, ?, ?)"));
        values << decision.reasonCode << decision.reasonText << decision.note << message;
        break;
    case Action::Escalate:
        q.prepare(QStringLiteral("SELECT diwan.decide_escalate(?, ?, ?)"));
        values << decision.note;
        break;
    }
    if (DbError e = Database::exec(q, values); !e.ok())
        return e;
    if (newVersion)
        *newVersion = q.next() ? q.value(0).toInt() : expectedVersion + 1;
    return {};
}

} // namespace

bool canDecide(const QString &state, Decision::Action action)
{
    const auto from = TransactionStates::fromKey(state);
    if (!from)
        return false;
    using S = TransactionState;
    switch (action) {
    case Decision::Action::RequestDocuments:
        return TransactionStates::canChange(*from, S::AwaitingApplicant);
    case Decision::Action::ResumeReview:
        // Back to review only from waiting for the applicant (not from submitted or escalated).
        return *from == S::AwaitingApplicant;
    case Decision::Action::Approve:
        return TransactionStates::canChange(*from, S::Approved);
    case Decision::Action::Reject:
        return TransactionStates::canChange(*from, S::Rejected);
    case Decision::Action::Escalate:
        return TransactionStates::canChange(*from, S::Escalated);
    }
    return false;
}

DbError decide(QSqlDatabase &db,
               qint64 staffId,
               qint64 transactionId,
               int expectedVersion,
               const Decision &decision,
               int *newVersion,
               ConflictInfo *conflict)
{
    using Action = Decision::Action;
    QString to;
    QString templateKey;
    switch (decision.action) {
    case Action::RequestDocuments:
        if (decision.missingDocuments.isEmpty())
            return DbError::said(DbError::Kind::Invalid,
                                 tr("Tick the documents the applicant has to provide."));
        to = TransactionStates::key(TransactionState::AwaitingApplicant);
        templateKey = to;
        break;
    case Action::ResumeReview:
        to = TransactionStates::key(TransactionState::InReview);
        break;
    case Action::Approve:
        to = TransactionStates::key(TransactionState::Approved);
        templateKey = to;
        break;
    case Action::Reject:
        if (decision.reasonCode.trimmed().isEmpty() || decision.reasonText.trimmed().isEmpty())
            return DbError::said(DbError::Kind::Invalid,
                                 tr("A rejection needs a reason and its text for the applicant."));
        to = TransactionStates::key(TransactionState::Rejected);
        templateKey = to;
        break;
    case Action::Escalate:
        to = TransactionStates::key(TransactionState::Escalated);
        break;
    }
    const Dialect d = Dialect::of(db);
    // What the clerk decides on, as it is now; the write re-checks the version, so a change in
    // between still loses cleanly.
    const auto check = [&](const Decided &t) -> DbError {
        if (t.version != expectedVersion || !t.mine)
            return DbError::make(DbError::Kind::Conflict,
                                 QStringLiteral("changed since it was read"));
        if (!canDecide(t.state, decision.action))
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("not possible from %1").arg(t.state));
        return {};
    };
    DbError result;
    if (newVersion) // also when an earlier send with this action's key was committed
        *newVersion = expectedVersion + 1;
    if (d.isPostgres()) {
        // One read for the message's wording, then one call: the function is the check.
        result = ActionReceipts::once(db, [&]() -> DbError {
            Decided t;
            DbError e = readDecided(db, staffId, transactionId, &t);
            if (e.ok())
                e = check(t);
            if (e.ok())
                e = decideOnServer(
                    db,
                    transactionId,
                    expectedVersion,
                    decision,
                    templateKey.isEmpty() ? QString() : decisionMessage(templateKey, t, decision),
                    newVersion);
            return e;
        });
    } else {
        // SQLite: the same writes by the application, in one transaction on its single writer.
        result = Database::transaction(db, [&]() -> DbError {
            Decided t;
            if (DbError e = readDecided(db, staffId, transactionId, &t); !e.ok())
                return e;
            if (DbError e = check(t); !e.ok())
                return e;

            // The history first, as on PostgreSQL.
            QString note = decision.note;
            if (decision.action == Action::Reject)
                note = QStringLiteral("%1: %2\n%3")
                           .arg(decision.reasonCode, decision.reasonText, note)
                           .trimmed();
            if (DbError e = recordEvent(
                    db, transactionId, staffId, to, t.state, to, note, !templateKey.isEmpty());
                !e.ok())
                return e;

            // The SLA clock stops while the applicant is asked for documents, and the pause is
            // added to the deadline when review resumes.
            QSqlQuery q(db);
            QString set = QStringLiteral("state = ?, version = version + 1");
            QVariantList values{to};
            if (decision.action == Action::RequestDocuments) {
                set += QStringLiteral(", sla_paused_at = ") + d.now();
            } else if (decision.action == Action::ResumeReview && t.pausedAt.isValid()) {
                set += QStringLiteral(", sla_paused_at = NULL, due_at = ")
                       + d.timestampParam(QStringLiteral("?"));
                values << Database::fromDateTime(
                    t.due.addSecs(t.pausedAt.secsTo(QDateTime::currentDateTimeUtc())));
            } else if (decision.action == Action::Approve || decision.action == Action::Reject) {
                set += QStringLiteral(", decided_at = %1, lease_expires_at = NULL").arg(d.now());
            } else if (decision.action == Action::Escalate) {
                // Up to the clerk's supervisor, or unassigned for the service's managers.
                qint64 target = 0;
                if (DbError e = Supervision::escalationTarget(db, staffId, t.serviceId, &target);
                    !e.ok())
                    return e;
                set += QStringLiteral(", assigned_to = ?, lease_expires_at = NULL");
                values << (target ? QVariant(target) : QVariant(QMetaType::fromType<qlonglong>()));
            }
            if (decision.action == Action::Reject) {
                set += QStringLiteral(", reason_code = ?, reason_text = ?");
                values << decision.reasonCode.trimmed() << decision.reasonText.trimmed();
            }
            q.prepare(QStringLiteral("UPDATE transactions SET %1 WHERE id = ? AND version = ? "
                                     "AND assigned_to = ?")
                          .arg(set));
            values << transactionId << expectedVersion << staffId;
            if (DbError e = Database::exec(q, values); !e.ok())
                return e;
            if (q.numRowsAffected() != 1)
                return DbError::make(DbError::Kind::Conflict,
                                     QStringLiteral("changed since it was read"));

            // The message to the applicant, by SMS and e-mail where they gave them.
            if (!templateKey.isEmpty()) {
                const QString text = decisionMessage(templateKey, t, decision);
                q.prepare(QStringLiteral(
                    "INSERT INTO outbox (transaction_id, channel, recipient, language, body) "
                    "VALUES (?, ?, ?, ?, ?)"));
                for (const auto &[channel, recipient] :
                     {std::pair{QStringLiteral("sms"), t.phone},
                      std::pair{QStringLiteral("email"), t.email}}) {
                    if (recipient.isEmpty())
                        continue;
                    if (DbError e
                        = Database::exec(q, {transactionId, channel, recipient, t.language, text});
                        !e.ok())
                        return e;
                }
            }
            if (DbError e = notifyChanged(db, transactionId); !e.ok())
                return e;
            if (newVersion)
                *newVersion = expectedVersion + 1;
            return {};
        });
    }
    if (result.kind == DbError::Kind::Conflict && conflict) {
        // Tell the loser what changed and by whom.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT t.version, t.state, st.login, e.at FROM transactions t "
                                 "LEFT JOIN transaction_events e ON e.id = (SELECT max(e2.id) FROM "
                                 "transaction_events e2 "
                                 "WHERE e2.transaction_id = t.id) LEFT JOIN staff st ON st.id = "
                                 "e.staff_id WHERE t.id = ?"));
        if (Database::exec(q, {transactionId}).ok() && q.next()) {
            conflict->currentVersion = q.value(0).toInt();
            conflict->currentState = q.value(1).toString();
            conflict->changedBy = q.value(2).toString();
            conflict->changedAt = Database::toDateTime(q.value(3));
        }
    }
    return result;
}

} // namespace TransactionService
