#include "transactions/portaltransactions.h"

#include "common/arabictext.h"
#include "common/refusalcodes.h"
#include "db/database.h"
#include "db/dialect.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace PortalTransactions {

namespace {
constexpr RefusalCode<Refusal> Codes[] = {
    {Refusal::RequestKeyInvalid, "request_key_invalid", "DW301"},
    {Refusal::ServiceUnknown, "service_unknown", "DW302"},
    {Refusal::ApplicantMissing, "applicant_missing", "DW303"},
    {Refusal::QidInvalid, "qid_invalid", "DW304"},
    {Refusal::ContactInvalid, "contact_invalid", "DW305"},
    {Refusal::DetailsInvalid, "details_invalid", "DW306"},
    {Refusal::AttachmentsInvalid, "attachments_invalid", "DW307"},
    {Refusal::RequestKeyReused, "request_key_reused", "DW308"},
    {Refusal::NotFound, "not_found", "DW311"},
    {Refusal::NotWithdrawable, "not_withdrawable", "DW312"},
};

// The limits of migration 020, said once more for SQLite.
constexpr int MaxNameLength = 200;
constexpr int MaxDetailsLength = 20000;
constexpr int MaxAttachments = 20;
constexpr qint64 MaxAttachmentBytes = 50 * 1024 * 1024;

qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

bool keyValid(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^[!-~]{8,100}$"));
    return pattern.match(key).hasMatch();
}

Result failed(const QSqlError &sqlError)
{
    Result result;
    result.refusal = fromSqlState(sqlError.nativeErrorCode());
    if (result.refusal == Refusal::None)
        result.error = DbError::fromSql(sqlError);
    return result;
}

// A refusal or an error carries nothing of what was being written (it was rolled back).
Result settled(const DbError &e, Result result)
{
    if (e.ok() && result.refusal == Refusal::None)
        return result;
    Result r;
    r.refusal = e.ok() ? result.refusal : Refusal::None;
    r.error = e;
    return r;
}

// The earlier answer to this key, if any (SQLite: writers are serialised by the database).
DbError seen(QSqlDatabase &db, const QString &key, const QString &kind, Result *result, bool *found)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT kind, transaction_id, reference, state FROM portal_requests "
                             "WHERE request_key = ?"));
    if (DbError e = Database::exec(q, {key}); !e.ok())
        return e;
    *found = q.next();
    if (!*found)
        return {};
    if (q.value(0).toString() != kind) {
        result->refusal = Refusal::RequestKeyReused;
        return {};
    }
    result->id = q.value(1).toLongLong();
    result->reference = q.value(2).toString();
    result->state = q.value(3).toString();
    result->repeated = true;
    return {};
}

DbError remember(QSqlDatabase &db, const QString &key, const QString &kind, const Result &result)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO portal_requests (request_key, kind, transaction_id, "
                             "reference, state) VALUES (?, ?, ?, ?, ?)"));
    return Database::exec(q, {key, kind, result.id, result.reference, result.state});
}

bool attachmentValid(const QJsonValue &value, const QStringList &documents)
{
    if (!value.isObject())
        return false;
    const QJsonObject a = value.toObject();
    const QString fileName = a.value(QLatin1String("file_name")).toString();
    const QJsonValue size = a.value(QLatin1String("size_bytes"));
    return documents.contains(a.value(QLatin1String("document_code")).toString())
           && !ArabicText::normalize(fileName).isEmpty() && characters(fileName) <= 255
           && matches(QStringLiteral("^https?://\\S+$"), a.value(QLatin1String("url")).toString())
           && matches(QStringLiteral("^[0-9a-f]{64}$"), a.value(QLatin1String("sha256")).toString())
           && size.isDouble() && size.toDouble() >= 0 && size.toDouble() <= MaxAttachmentBytes
           && size.toDouble() == static_cast<double>(static_cast<qint64>(size.toDouble()))
           && matches(QStringLiteral("^[a-z]+/[a-z0-9.+-]+$"),
                      a.value(QLatin1String("mime_type")).toString());
}

// What PostgreSQL's submit_transaction refuses before it writes, in its order.
Refusal check(const Submission &s, const QStringList &documents)
{
    const QString name = s.applicantName.trimmed();
    if (ArabicText::normalize(name).isEmpty() || characters(name) > MaxNameLength)
        return Refusal::ApplicantMissing;
    if (!matches(QStringLiteral("^[0-9]{11}$"), s.qid))
        return Refusal::QidInvalid;
    const QString phone = s.phone.trimmed();
    const QString email = s.email.trimmed();
    if ((!phone.isEmpty() && !matches(QStringLiteral("^\\+?[0-9]{8,15}$"), phone))
        || (!email.isEmpty()
            && (!matches(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"), email)
                || characters(email) > 254))
        || (s.language != QLatin1String("ar") && s.language != QLatin1String("en")))
        return Refusal::ContactInvalid;
    if (QJsonDocument(s.details).toJson(QJsonDocument::Compact).size() > MaxDetailsLength)
        return Refusal::DetailsInvalid;
    if (s.attachments.size() > MaxAttachments)
        return Refusal::AttachmentsInvalid;
    for (const QJsonValue &a : s.attachments) {
        if (!attachmentValid(a, documents))
            return Refusal::AttachmentsInvalid;
    }
    return Refusal::None;
}

Result submitOnSqlite(QSqlDatabase &db, const Submission &s)
{
    Result result;
    if (!keyValid(s.requestKey)) {
        result.refusal = Refusal::RequestKeyInvalid;
        return result;
    }
    const QString kind = QStringLiteral("submit_transaction");
    const DbError e = Database::transaction(db, [&]() -> DbError {
        bool found = false;
        if (DbError e = seen(db, s.requestKey, kind, &result, &found); !e.ok() || found)
            return e;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id, sla_hours FROM services WHERE code = ? AND active"));
        if (DbError e = Database::exec(q, {s.service}); !e.ok())
            return e;
        if (!q.next()) {
            result.refusal = Refusal::ServiceUnknown;
            return {};
        }
        const qint64 serviceId = q.value(0).toLongLong();
        const int slaHours = q.value(1).toInt();
        q.prepare(QStringLiteral("SELECT code FROM service_documents WHERE service_id = ?"));
        if (DbError e = Database::exec(q, {serviceId}); !e.ok())
            return e;
        QStringList documents;
        while (q.next())
            documents << q.value(0).toString();
        if ((result.refusal = check(s, documents)) != Refusal::None)
            return {};

        q.prepare(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM transactions"));
        if (DbError e = Database::exec(q); !e.ok())
            return e;
        result.id = q.next() ? q.value(0).toLongLong() : 1;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const int year = now.toTimeZone(QTimeZone("Asia/Qatar")).date().year();
        result.reference
            = QStringLiteral("MOI-%1-%2").arg(year).arg(result.id, 7, 10, QLatin1Char('0'));
        result.state = QStringLiteral("submitted");
        const QString name = s.applicantName.trimmed();
        const QString phone = s.phone.trimmed();
        const QString email = s.email.trimmed();
        q.prepare(QStringLiteral(
            "INSERT INTO transactions (id, reference, service_id, state, applicant_name, "
            "applicant_name_norm, qid, phone, email, language, details, submitted_at, due_at) "
            "VALUES (?, ?, ?, 'submitted', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        if (DbError e = Database::exec(
                q,
                {result.id,
                 result.reference,
                 serviceId,
                 name,
                 ArabicText::normalize(name),
                 s.qid,
                 phone.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(phone),
                 email.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(email),
                 s.language,
                 QString::fromUtf8(QJsonDocument(s.details).toJson(QJsonDocument::Compact)),
                 Database::fromDateTime(now),
                 Database::fromDateTime(now.addSecs(qint64(slaHours) * 3600))});
            !e.ok())
            return e;
        q.prepare(QStringLiteral("INSERT INTO attachments (transaction_id, document_code, "
                                 "file_name, url, sha256, size_bytes, mime_type) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QJsonValue &value : s.attachments) {
            const QJsonObject a = value.toObject();
            if (DbError e = Database::exec(
                    q,
                    {result.id,
                     a.value(QLatin1String("document_code")).toString(),
                     a.value(QLatin1String("file_name")).toString(),
                     a.value(QLatin1String("url")).toString(),
                     a.value(QLatin1String("sha256")).toString(),
                     static_cast<qint64>(a.value(QLatin1String("size_bytes")).toDouble()),
                     a.value(QLatin1String("mime_type")).toString()});
                !e.ok())
                return e;
        }
        q.prepare(QStringLiteral("INSERT INTO transaction_events (transaction_id, staff_id, kind, "
                                 "new_state, visible_to_applicant) "
                                 "VALUES (?, NULL, 'submitted', 'submitted', 1)"));
        if (DbError e = Database::exec(q, {result.id}); !e.ok())
            return e;
        return remember(db, s.requestKey, kind, result);
    });
    return settled(e, result);
}

Result
withdrawOnSqlite(QSqlDatabase &db, const QString &key, const QString &reference, const QString &qid)
{
    Result result;
    if (!keyValid(key)) {
        result.refusal = Refusal::RequestKeyInvalid;
        return result;
    }
    const QString kind = QStringLiteral("withdraw_transaction");
    const DbError e = Database::transaction(db, [&]() -> DbError {
        bool found = false;
        if (DbError e = seen(db, key, kind, &result, &found); !e.ok() || found)
            return e;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("SELECT id, state FROM transactions WHERE reference = ? AND qid = ?"));
        if (DbError e = Database::exec(q, {reference, qid}); !e.ok())
            return e;
        if (!q.next()) {
            result.refusal = Refusal::NotFound;
            return {};
        }
        result.id = q.value(0).toLongLong();
        const QString old = q.value(1).toString();
        static const QStringList open = {QStringLiteral("submitted"),
                                         QStringLiteral("in_review"),
                                         QStringLiteral("awaiting_applicant"),
                                         QStringLiteral("escalated")};
        if (!open.contains(old)) {
            result.refusal = Refusal::NotWithdrawable;
            return {};
        }
        result.reference = reference;
        result.state = QStringLiteral("withdrawn");
        const QVariant now = Database::fromDateTime(QDateTime::currentDateTimeUtc());
        q.prepare(QStringLiteral("UPDATE transactions SET state = 'withdrawn', assigned_to = NULL, "
                                 "lease_expires_at = NULL, decided_at = ?, updated_at = ?, "
                                 "version = version + 1 WHERE id = ?"));
        if (DbError e = Database::exec(q, {now, now, result.id}); !e.ok())
            return e;
        q.prepare(QStringLiteral("INSERT INTO transaction_events (transaction_id, staff_id, kind, "
                                 "old_state, new_state, visible_to_applicant) "
                                 "VALUES (?, NULL, 'withdrawn', ?, 'withdrawn', 1)"));
        if (DbError e = Database::exec(q, {result.id, old}); !e.ok())
            return e;
        return remember(db, key, kind, result);
    });
    return settled(e, result);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}
} // namespace

QString code(Refusal refusal)
{
    return RefusalCodes::code(Codes, refusal);
}

QString sqlState(Refusal refusal)
{
    return RefusalCodes::sqlState(Codes, refusal);
}

Refusal fromSqlState(const QString &state)
{
    return RefusalCodes::fromSqlState(Codes, state);
}

Result submitTransaction(QSqlDatabase &db, const Submission &s)
{
    if (!Dialect::of(db).isPostgres())
        return submitOnSqlite(db, s);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT transaction_id, transaction_reference, transaction_state, repeated FROM "
        "diwan.submit_transaction(?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))"));
    const QVariantList values{
        s.requestKey,
        s.service,
        s.applicantName,
        s.qid,
        textOrNull(s.phone),
        textOrNull(s.email),
        s.language,
        QString::fromUtf8(QJsonDocument(s.details).toJson(QJsonDocument::Compact)),
        QString::fromUtf8(QJsonDocument(s.attachments).toJson(QJsonDocument::Compact))};
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return failed(q.lastError());
    Result result;
    if (q.next()) {
        result.id = q.value(0).toLongLong();
        result.reference = q.value(1).toString();
        result.state = q.value(2).toString();
        result.repeated = q.value(3).toBool();
    }
    return result;
}

Result withdrawTransaction(QSqlDatabase &db,
                           const QString &requestKey,
                           const QString &reference,
                           const QString &qid)
{
    if (!Dialect::of(db).isPostgres())
        return withdrawOnSqlite(db, requestKey, reference, qid);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT transaction_id, transaction_state, repeated FROM "
                             "diwan.withdraw_transaction(?, ?, ?)"));
    q.addBindValue(requestKey);
    q.addBindValue(reference);
    q.addBindValue(qid);
    if (!q.exec())
        return failed(q.lastError());
    Result result;
    if (q.next()) {
        result.id = q.value(0).toLongLong();
        result.reference = reference;
        result.state = q.value(1).toString();
        result.repeated = q.value(2).toBool();
    }
    return result;
}

} // namespace PortalTransactions
