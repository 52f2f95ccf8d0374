#include "transactions/transactiondetail.h"

#include "common/presenter.h"
#include "db/database.h"
#include "transactions/transactionstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace TransactionDetail {

namespace {
bool english(const QString &language)
{
    return language == QLatin1String("en");
}
} // namespace

bool Detail::isOpen() const
{
    return TransactionStates::isOpen(state);
}

QString Detail::serviceName(const QString &language) const
{
    return english(language) ? serviceNameEn : serviceNameAr;
}

QString Detail::holderName(const QString &language) const
{
    const QString &name = english(language) ? holderNameEn : holderNameAr;
    return name.isEmpty() ? holderLogin : name;
}

QString Detail::documentName(const QString &code, const QString &language) const
{
    for (const Document &d : documents)
        if (d.code == code)
            return english(language) ? d.nameEn : d.nameAr;
    return code;
}

QHash<QString, QString> Detail::variables() const
{
    const Presenter p(language);
    QDateTime due = dueAt;
    if (slaPausedAt.isValid()) // the clock stands still while the applicant is asked
        due = due.addSecs(slaPausedAt.secsTo(QDateTime::currentDateTimeUtc()));
    return {{QStringLiteral("name"), applicantName},
            {QStringLiteral("reference"), reference},
            {QStringLiteral("service"), serviceName(language)},
            {QStringLiteral("due_date"), p.date(due.toTimeZone(Presenter::timeZone()).date())}};
}

DbError load(QSqlDatabase &db, qint64 transactionId, Detail *detail)
{
    *detail = {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT t.id, t.reference, t.service_id, s.name_ar, s.name_en, t.state, t.priority, "
        "t.applicant_name, t.qid, t.phone, t.email, t.language, t.details, t.submitted_at, "
        "t.due_at, t.sla_paused_at, t.lease_expires_at, t.decided_at, t.assigned_to, st.login, "
        "st.display_name_ar, st.display_name_en, t.reason_code, t.reason_text, t.version "
        "FROM transactions t JOIN services s ON s.id = t.service_id "
        "LEFT JOIN staff st ON st.id = t.assigned_to WHERE t.id = ?"));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotFound);
    Detail &d = *detail;
    d.id = q.value(0).toLongLong();
    d.reference = q.value(1).toString();
    d.serviceId = q.value(2).toLongLong();
    d.serviceNameAr = q.value(3).toString();
    d.serviceNameEn = q.value(4).toString();
    d.state = q.value(5).toString();
    d.priority = q.value(6).toInt();
    d.applicantName = q.value(7).toString();
    d.qid = q.value(8).toString();
    d.phone = q.value(9).toString();
    d.email = q.value(10).toString();
    d.language = q.value(11).toString();
    const QJsonObject fields = QJsonDocument::fromJson(q.value(12).toString().toUtf8()).object();
    for (auto it = fields.begin(); it != fields.end(); ++it)
        d.fields.append({it.key(), it.value().toVariant().toString()});
    d.submittedAt = Database::toDateTime(q.value(13));
    d.dueAt = Database::toDateTime(q.value(14));
    d.slaPausedAt = Database::toDateTime(q.value(15));
    d.leaseExpiresAt = Database::toDateTime(q.value(16));
    d.decidedAt = Database::toDateTime(q.value(17));
    d.assignedTo = q.value(18).toLongLong();
    d.holderLogin = q.value(19).toString();
    d.holderNameAr = q.value(20).toString();
    d.holderNameEn = q.value(21).toString();
    d.reasonCode = q.value(22).toString();
    d.reasonText = q.value(23).toString();
    d.version = q.value(24).toInt();
    q.finish();

    q.prepare(QStringLiteral("SELECT code, name_ar, name_en, required FROM service_documents "
                             "WHERE service_id = ? ORDER BY position, id"));
    if (DbError e = Database::exec(q, {d.serviceId}); !e.ok())
        return e;
    while (q.next())
        d.documents.append({q.value(0).toString(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toBool()});
    q.finish();

    q.prepare(QStringLiteral("SELECT id, document_code, file_name, mime_type, size_bytes, "
                             "review_state, version FROM attachments WHERE transaction_id = ? "
                             "ORDER BY id"));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    while (q.next())
        d.attachments.append({q.value(0).toLongLong(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toLongLong(),
                              q.value(5).toString(),
                              q.value(6).toInt()});
    return {};
}

DbError history(QSqlDatabase &db, qint64 transactionId, QList<Event> *events)
{
    events->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.id, e.at, st.login, st.display_name_ar, st.display_name_en, e.kind, "
        "e.old_state, e.new_state, e.note, e.visible_to_applicant FROM transaction_events e "
        "LEFT JOIN staff st ON st.id = e.staff_id WHERE e.transaction_id = ? ORDER BY e.at, e.id"));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    while (q.next())
        events->append({q.value(0).toLongLong(),
                        Database::toDateTime(q.value(1)),
                        q.value(2).toString(),
                        q.value(3).toString(),
                        q.value(4).toString(),
                        q.value(5).toString(),
                        q.value(6).toString(),
                        q.value(7).toString(),
                        q.value(8).toString(),
                        q.value(9).toBool()});
    return {};
}

DbError cannedResponses(QSqlDatabase &db, qint64 serviceId, QList<CannedResponse> *responses)
{
    responses->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, title_ar, title_en, body_ar, body_en FROM canned_responses "
                       "WHERE service_id = ? OR service_id IS NULL "
                       "ORDER BY CASE WHEN service_id IS NULL THEN 1 ELSE 0 END, id LIMIT 200"));
    if (DbError e = Database::exec(q, {serviceId}); !e.ok())
        return e;
    while (q.next())
        responses->append({q.value(0).toLongLong(),
                           q.value(1).toString(),
                           q.value(2).toString(),
                           q.value(3).toString(),
                           q.value(4).toString()});
    return {};
}

const QList<RejectionReason> &rejectionReasons()
{
    static const QList<RejectionReason> reasons = [] {
        QList<RejectionReason> list;
        QFile f(QStringLiteral(":/templates/rejection_reasons.json"));
        if (!f.open(QIODevice::ReadOnly))
            return list;
        const QJsonArray array = QJsonDocument::fromJson(f.readAll())
                                     .object()
                                     .value(QLatin1String("rejection_reasons"))
                                     .toArray();
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            list.append({o.value(QLatin1String("code")).toString(),
                         o.value(QLatin1String("text_ar")).toString(),
                         o.value(QLatin1String("text_en")).toString()});
        }
        return list;
    }();
    return reasons;
}

} // namespace TransactionDetail
