#include "transactions/attachments/attachmentreview.h"

#include "common/presenter.h"
#include "db/database.h"
#include "db/dialect.h"
#include "transactions/transactionevents.h"
#include "transactions/transactionstate.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace AttachmentReview {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AttachmentReview", text);
}

// Technical details that userMessage() turns into the clerk's sentences.
const char notHeld[] = "the transaction is no longer yours";
const char stale[] = "the document changed since it was read";
const char closed[] = "the transaction is no longer open for review";
const char noReason[] = "a rejection needs a reason";

// Documents are reviewed while the clerk works on the transaction, not after the decision.
bool openForReview(const QString &state)
{
    const auto s = TransactionStates::fromKey(state);
    return s == TransactionState::InReview || s == TransactionState::AwaitingApplicant;
}

} // namespace

DbError list(QSqlDatabase &db,
             qint64 transactionId,
             const QString &language,
             QList<Attachment> *attachments)
{
    attachments->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.document_code, a.file_name, a.url, a.sha256, a.size_bytes, "
                  "a.mime_type, a.review_state, a.reviewed_by, a.version, sd.name_ar, sd.name_en "
                  "FROM attachments a JOIN transactions t ON t.id = a.transaction_id "
                  "LEFT JOIN service_documents sd ON sd.service_id = t.service_id "
                  "AND sd.code = a.document_code WHERE a.transaction_id = ? "
                  "ORDER BY coalesce(sd.position, 1000000), a.id LIMIT %1")
                  .arg(listLimit));
    if (DbError e = Database::exec(q, {transactionId}); !e.ok())
        return e;
    while (q.next()) {
        Attachment a;
        a.id = q.value(0).toLongLong();
        a.transactionId = transactionId;
        a.documentCode = q.value(1).toString();
        a.fileName = q.value(2).toString();
        a.url = QUrl(q.value(3).toString());
        a.sha256 = q.value(4).toString();
        a.size = q.value(5).toLongLong();
        a.mimeType = q.value(6).toString();
        a.reviewState = q.value(7).toString();
        a.reviewedBy = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
        a.version = q.value(9).toInt();
        a.documentName = (language == QLatin1String("en") ? q.value(11) : q.value(10)).toString();
        if (a.documentName.isEmpty())
            a.documentName = a.documentCode;
        attachments->append(a);
    }
    return {};
}

DbError review(QSqlDatabase &db,
               qint64 staffId,
               qint64 attachmentId,
               int expectedVersion,
               bool accepted,
               const QString &note,
               int *newVersion)
{
    const QString reason = note.trimmed();
    if (!accepted && reason.isEmpty())
        return DbError::make(DbError::Kind::Invalid, QString::fromLatin1(noReason));
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral(
            "SELECT a.version, a.transaction_id, a.file_name, a.document_code, t.assigned_to, "
            "t.state, sd.name_ar, sd.name_en FROM attachments a "
            "JOIN transactions t ON t.id = a.transaction_id "
            "LEFT JOIN service_documents sd ON sd.service_id = t.service_id "
            "AND sd.code = a.document_code WHERE a.id = ?"));
        if (DbError e = Database::exec(q, {attachmentId}); !e.ok())
            return e;
        if (!q.next())
            return DbError::make(DbError::Kind::NotFound);
        const int version = q.value(0).toInt();
        const qint64 transactionId = q.value(1).toLongLong();
        const QString fileName = q.value(2).toString();
        const QString code = q.value(3).toString();
        const bool mine = !q.value(4).isNull() && q.value(4).toLongLong() == staffId;
        const QString state = q.value(5).toString();
        // The clerk's own language, as for any note they write.
        QString name = (Presenter::current().isArabic() ? q.value(6) : q.value(7)).toString();
        if (name.isEmpty())
            name = code;
        q.finish();
        if (!mine)
            return DbError::make(DbError::Kind::Conflict, QString::fromLatin1(notHeld));
        if (version != expectedVersion)
            return DbError::make(DbError::Kind::Conflict, QString::fromLatin1(stale));
        if (!openForReview(state))
            return DbError::make(DbError::Kind::Invalid, QString::fromLatin1(closed));

        if (Dialect::of(db).isPostgres()) {
            // diwan.review_document (migration 012) checks all of the above again under its row
            // locks and writes the review, its history event and the notification.
            q.prepare(QStringLiteral("SELECT diwan.review_document(?, ?, ?, ?, ?)"));
            const DbError e = Database::exec(
                q,
                {attachmentId,
                 expectedVersion,
                 accepted,
                 reason,
                 Presenter::current().isArabic() ? QStringLiteral("ar") : QStringLiteral("en")});
            if (e.kind == DbError::Kind::Conflict)
                return DbError::make(
                    e.kind,
                    QString::fromLatin1(e.detail.contains(QLatin1String("not held")) ? notHeld
                                                                                     : stale));
            if (e.kind == DbError::Kind::Forbidden)
                return DbError::make(DbError::Kind::Conflict, QString::fromLatin1(notHeld));
            if (e.kind == DbError::Kind::Invalid)
                return DbError::make(
                    e.kind,
                    QString::fromLatin1(
                        e.detail.contains(QLatin1String("needs a reason")) ? noReason : closed));
            if (!e.ok())
                return e;
            if (newVersion)
                *newVersion = q.next() ? q.value(0).toInt() : expectedVersion + 1;
            return {};
        }

        // The history first: only the holder may write it (row security on PostgreSQL).
        QString text = QStringLiteral("%1 (%2)").arg(name, fileName);
        if (!reason.isEmpty())
            text += QStringLiteral(": ") + reason;
        const QString kind
            = accepted ? QStringLiteral("document_accepted") : QStringLiteral("document_rejected");
        if (DbError e
            = TransactionService::recordEvent(db, transactionId, staffId, kind, {}, {}, text);
            !e.ok())
            return e.kind == DbError::Kind::Forbidden
                       ? DbError::make(DbError::Kind::Conflict, QString::fromLatin1(notHeld))
                       : e;
        // The holder and the version again, in the write itself: a claim or review that slipped
        // in since the read loses nothing and writes nothing.
        q.prepare(
            QStringLiteral(
                "UPDATE attachments SET review_state = ?, reviewed_by = ?, "
                "version = version + 1 WHERE id = ? AND version = ? AND EXISTS (SELECT 1 FROM "
                "transactions t WHERE t.id = attachments.transaction_id AND t.assigned_to = ? "
                "AND t.state IN (%1))")
                .arg(TransactionStates::sqlList(
                    {TransactionState::InReview, TransactionState::AwaitingApplicant})));
        if (DbError e
            = Database::exec(q,
                             {accepted ? QStringLiteral("accepted") : QStringLiteral("rejected"),
                              staffId,
                              attachmentId,
                              expectedVersion,
                              staffId});
            !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return DbError::make(DbError::Kind::Conflict, QString::fromLatin1(stale));
        if (DbError e = TransactionService::notifyChanged(db, transactionId); !e.ok())
            return e;
        if (newVersion)
            *newVersion = expectedVersion + 1;
        return {};
    });
}

QString stateText(const QString &reviewState)
{
    if (reviewState == QLatin1String("pending"))
        return tr("Pending review");
    if (reviewState == QLatin1String("accepted"))
        return tr("Accepted");
    if (reviewState == QLatin1String("rejected"))
        return QCoreApplication::translate("AttachmentReview", "Rejected", "a document");
    return reviewState;
}

QString userMessage(const DbError &error)
{
    if (error.detail == QLatin1String(notHeld))
        return tr("This transaction is no longer assigned to you, so its documents cannot be "
                  "reviewed. Nothing was changed.");
    if (error.detail == QLatin1String(stale))
        return tr("Someone else reviewed this document in the meantime. The list now shows its "
                  "current state; nothing was changed.");
    if (error.detail == QLatin1String(closed))
        return tr("A decision has already been taken on this transaction, so its documents can "
                  "no longer be reviewed. Nothing was changed.");
    if (error.detail == QLatin1String(noReason))
        return tr("Say why the document is rejected.");
    return error.userMessage();
}

} // namespace AttachmentReview
