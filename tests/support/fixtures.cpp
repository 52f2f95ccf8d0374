#include "fixtures.h"

#include "common/arabictext.h"
#include "db/database.h"
#include "db/dialect.h"
#include "polls/pollservice.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Fixtures {

namespace {

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(value);
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// Runs the INSERT ... RETURNING id; `sql` names timestamps as %t (cast on PostgreSQL).
qint64 insert(QSqlDatabase &db, QString sql, const QVariantList &values)
{
    const Dialect dialect = Dialect::of(db);
    sql.replace(QLatin1String("%t"), dialect.timestampParam(QStringLiteral("?")));
    sql += dialect.returning(QStringLiteral("id"));
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        qWarning() << "fixture:" << sql << q.lastError().text();
        return 0;
    }
    if (DbError e = Database::exec(q, values); !e.ok() || !q.next()) {
        qWarning() << "fixture:" << sql << e.toString();
        return 0;
    }
    return q.value(0).toLongLong();
}

} // namespace

qint64 service(QSqlDatabase db, const Service &s)
{
    return insert(db,
                  QStringLiteral("INSERT INTO services (code, name_ar, name_en, category, "
                                 "sla_hours) VALUES (?, ?, ?, ?, ?)"),
                  {s.code,
                   s.nameAr.isEmpty() ? s.code : s.nameAr,
                   s.nameEn.isEmpty() ? s.code : s.nameEn,
                   s.category,
                   s.slaHours});
}

qint64 document(QSqlDatabase db, const Document &d)
{
    return insert(db,
                  QStringLiteral("INSERT INTO service_documents (service_id, code, name_ar, "
                                 "name_en, position) VALUES ((SELECT id FROM services WHERE "
                                 "code = ?), ?, ?, ?, ?)"),
                  {d.service, d.code, d.nameAr, d.nameEn, d.position});
}

qint64 cannedResponse(QSqlDatabase db, const CannedResponse &r)
{
    return insert(db,
                  QStringLiteral("INSERT INTO canned_responses (service_id, title_ar, title_en, "
                                 "body_ar, body_en) VALUES ((SELECT id FROM services WHERE "
                                 "code = ?), ?, ?, ?, ?)"),
                  {textOrNull(r.service), r.titleAr, r.titleEn, r.bodyAr, r.bodyEn});
}

qint64 transaction(QSqlDatabase db, const Transaction &t)
{
    return insert(
        db,
        QStringLiteral(
            "INSERT INTO transactions (reference, service_id, state, priority, applicant_name, "
            "applicant_name_norm, qid, phone, email, language, details, submitted_at, due_at, "
            "assigned_to, lease_expires_at) VALUES (?, (SELECT id FROM services WHERE code = ?), "
            "?, ?, ?, ?, ?, ?, ?, ?, ?, %t, %t, ?, %t)"),
        {t.reference,
         t.service,
         TransactionStates::key(t.state),
         t.priority,
         t.applicantName,
         t.applicantNameNorm.isEmpty() ? ArabicText::normalize(t.applicantName)
                                       : t.applicantNameNorm,
         t.qid,
         textOrNull(t.phone),
         textOrNull(t.email),
         t.language,
         t.details,
         Database::fromDateTime(t.submittedAt),
         Database::fromDateTime(t.dueAt),
         idOrNull(t.assignedTo),
         Database::fromDateTime(t.leaseExpiresAt)});
}

qint64 attachment(QSqlDatabase db, const Attachment &a)
{
    return insert(
        db,
        QStringLiteral("INSERT INTO attachments (transaction_id, document_code, "
                       "file_name, url, sha256, size_bytes, mime_type) VALUES (?, ?, "
                       "?, ?, ?, ?, ?)"),
        {a.transactionId, a.documentCode, a.fileName, a.url, a.sha256, a.sizeBytes, a.mimeType});
}

qint64 staff(QSqlDatabase db, const Staff &s)
{
    // SQLite keeps the password hash in the row; PostgreSQL has none (logins are roles).
    if (Dialect::of(db).isPostgres())
        return insert(db,
                      QStringLiteral("INSERT INTO staff (login, display_name_ar, "
                                     "display_name_en) VALUES (?, ?, ?)"),
                      {s.login, s.nameAr, s.nameEn});
    return insert(db,
                  QStringLiteral("INSERT INTO staff (login, display_name_ar, display_name_en, "
                                 "password_hash) VALUES (?, ?, ?, 'x')"),
                  {s.login, s.nameAr, s.nameEn});
}

bool staffServices(QSqlDatabase db, qint64 staffId, const QStringList &codes)
{
    QSqlQuery q(db);
    QString sql = QStringLiteral(
        "INSERT INTO staff_services (staff_id, service_id) SELECT CAST(? AS bigint), id FROM "
        "services");
    QVariantList values{staffId};
    if (!codes.isEmpty()) {
        QStringList marks;
        for (const QString &code : codes) {
            marks << QStringLiteral("?");
            values << code;
        }
        sql += QStringLiteral(" WHERE code IN (%1)").arg(marks.join(QLatin1String(", ")));
    }
    if (!q.prepare(sql) || !Database::exec(q, values).ok()) {
        qWarning() << "fixture:" << sql << q.lastError().text();
        return false;
    }
    return true;
}

qint64 topic(QSqlDatabase db, const Topic &t)
{
    return insert(db,
                  QStringLiteral("INSERT INTO topics (title_ar, title_en, body_ar, body_en, "
                                 "state, moderation, report_threshold, opens_at, closes_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, %t, %t)"),
                  {t.titleAr,
                   t.titleEn,
                   t.bodyAr,
                   t.bodyEn,
                   t.state,
                   t.moderation,
                   t.reportThreshold,
                   Database::fromDateTime(t.opensAt),
                   Database::fromDateTime(t.closesAt)});
}

qint64 contribution(QSqlDatabase db, const Contribution &c)
{
    return insert(db,
                  QStringLiteral("INSERT INTO contributions (topic_id, author_id, author_name, "
                                 "body, body_norm, state, submitted_at) VALUES (?, ?, ?, ?, ?, "
                                 "?, %t)"),
                  {c.topicId,
                   c.authorId,
                   c.authorName,
                   c.body,
                   c.bodyNorm.isEmpty() ? ArabicText::normalize(c.body) : c.bodyNorm,
                   c.state,
                   Database::fromDateTime(c.submittedAt)});
}

QString openPoll(QSqlDatabase admin, const Session &editor, const Polls::Poll &poll, qint64 *id)
{
    QSqlDatabase editorDb = QSqlDatabase::database(editor.connectionName);
    int version = 0;
    if (const DbError e
        = Polls::PollService::saveDraft(editorDb, editor.login, 0, 0, poll, id, &version);
        !e.ok())
        return e.toString();
    const qint64 pollId = *id;
    QSqlQuery q(admin);
    q.prepare(QStringLiteral("UPDATE polls SET state = 'open', opens_at = %1, closes_at = %1 "
                             "WHERE id = ?")
                  .arg(Dialect::of(admin).timestampParam(QStringLiteral("?"))));
    q.addBindValue(Database::fromDateTime(QDateTime::currentDateTimeUtc().addDays(-1)));
    q.addBindValue(Database::fromDateTime(QDateTime::currentDateTimeUtc().addDays(10)));
    q.addBindValue(pollId);
    return q.exec() ? QString() : q.lastError().text();
}

QString scalar(QSqlDatabase db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    bool ran = false;
    if (values.isEmpty()) {
        ran = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : values)
            q.addBindValue(v);
        ran = q.exec();
    }
    if (!ran || !q.next())
        return QStringLiteral("error: ") + q.lastError().text();
    return q.value(0).toString();
}

} // namespace Fixtures
