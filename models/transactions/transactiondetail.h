#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

// One transaction as the form shows it: the application, its service's required documents, who
// holds it, and its history. Reads only; the changes go through TransactionService.
namespace TransactionDetail {

struct Document
{
    QString code;
    QString nameAr;
    QString nameEn;
    bool required = true;
};

struct Attachment
{
    qint64 id = 0;
    QString documentCode;
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QString reviewState; // pending | accepted | rejected
    int version = 0;
};

struct Detail
{
    qint64 id = 0;
    QString reference;
    qint64 serviceId = 0;
    QString serviceNameAr;
    QString serviceNameEn;
    QString state;
    int priority = 2;
    QString applicantName;
    QString qid;
    QString phone;
    QString email;
    QString language;                      // the applicant's: "ar" or "en"
    QList<QPair<QString, QString>> fields; // what the applicant typed in: key, value
    QDateTime submittedAt;
    QDateTime dueAt;
    QDateTime slaPausedAt;
    QDateTime leaseExpiresAt;
    QDateTime decidedAt;
    qint64 assignedTo = 0;
    QString holderLogin;
    QString holderNameAr;
    QString holderNameEn;
    QString reasonCode;
    QString reasonText;
    int version = 0;
    QList<Document> documents;     // what the service asks for, in order
    QList<Attachment> attachments; // what the applicant sent

    bool isOpen() const; // not decided, withdrawn
    bool heldBy(qint64 staffId) const { return staffId && assignedTo == staffId; }
    QString serviceName(const QString &language) const;
    QString holderName(const QString &language) const;
    QString documentName(const QString &code, const QString &language) const;
    // The variables canned responses and messages use: {name}, {reference}, {service},
    // {due_date}, in the applicant's language.
    QHash<QString, QString> variables() const;
};

DbError load(QSqlDatabase &db, qint64 transactionId, Detail *detail);

struct Event
{
    qint64 id = 0;
    QDateTime at;
    QString staffLogin;
    QString staffNameAr;
    QString staffNameEn;
    QString kind;
    QString oldState;
    QString newState;
    QString note;
    bool visibleToApplicant = false;
};

// Every event of the transaction, oldest first.
DbError history(QSqlDatabase &db, qint64 transactionId, QList<Event> *events);

struct CannedResponse
{
    qint64 id = 0;
    QString titleAr;
    QString titleEn;
    QString bodyAr;
    QString bodyEn;
};

// The ready replies for a service: its own, then those for every service.
DbError cannedResponses(QSqlDatabase &db, qint64 serviceId, QList<CannedResponse> *responses);

struct RejectionReason
{
    QString code;
    QString textAr;
    QString textEn;
};

// The reasons a clerk picks from when rejecting (resources/templates/rejection_reasons.json).
const QList<RejectionReason> &rejectionReasons();

} // namespace TransactionDetail
