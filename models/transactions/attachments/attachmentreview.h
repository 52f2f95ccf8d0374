#pragma once

#include "transactions/attachments/attachmentfetcher.h"
#include "db/dberror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// The documents of a transaction as the clerk reviews them, and the review itself: accept or
// reject one document, checked against its version, with its history event, in one database
// transaction.
namespace AttachmentReview {

struct Attachment
{
    qint64 id = 0;
    qint64 transactionId = 0;
    QString documentCode;
    QString documentName; // from service_documents, in the UI language (the code if unknown)
    QString fileName;
    QUrl url;
    QString sha256;
    qint64 size = 0;
    QString mimeType;
    QString reviewState; // pending | accepted | rejected
    qint64 reviewedBy = 0;
    int version = 0;

    AttachmentInfo info() const { return {id, url, sha256, size, mimeType, fileName}; }
};

// At most this many documents are listed for one transaction.
constexpr int listLimit = 200;

// The transaction's documents in the service's order; documentName in `language` ("ar"/"en").
DbError list(QSqlDatabase &db,
             qint64 transactionId,
             const QString &language,
             QList<Attachment> *attachments);

// Accepts or rejects one document of a transaction the clerk holds (and that is still in
// review or awaiting the applicant), if the document is still at `expectedVersion`. A rejection
// needs a reason (`note`; Kind::Invalid without one). A stale version, or a transaction no longer
// held, gives Kind::Conflict and writes nothing. The event ('document_accepted' /
// 'document_rejected') names the document; other windows are notified.
DbError review(QSqlDatabase &db,
               qint64 staffId,
               qint64 attachmentId,
               int expectedVersion,
               bool accepted,
               const QString &note,
               int *newVersion = nullptr);

// The clerk's words for a review state.
QString stateText(const QString &reviewState);
// The clerk's sentence for a failed review (more precise than DbError::userMessage()).
QString userMessage(const DbError &error);

} // namespace AttachmentReview
