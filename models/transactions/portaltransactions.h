#pragma once

#include "db/dberror.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

// The public website's two ways to act on an e-service transaction, callable from Diwan's own
// code (the simulator, the tests): on PostgreSQL they call diwan.submit_transaction and
// diwan.withdraw_transaction (migration 020; the portal's only way in), on SQLite they do the same
// checks and writes here, in one transaction. Each request carries an idempotency key: the same
// key again returns the first result (repeated), never a second transaction. A refusal is what
// the website shows the person (README "Transactions: the website's entry points"); anything
// else is a database error.
namespace PortalTransactions {

enum class Refusal {
    None,
    RequestKeyInvalid,  // DW301
    ServiceUnknown,     // DW302
    ApplicantMissing,   // DW303
    QidInvalid,         // DW304
    ContactInvalid,     // DW305
    DetailsInvalid,     // DW306
    AttachmentsInvalid, // DW307
    RequestKeyReused,   // DW308
    NotFound,           // DW311
    NotWithdrawable,    // DW312
};

// "service_unknown", ...: the code the website maps to its own sentence; and its SQLSTATE.
QString code(Refusal refusal);
QString sqlState(Refusal refusal);
Refusal fromSqlState(const QString &state);

struct Submission
{
    QString requestKey;
    QString service; // the service's code
    QString applicantName;
    QString qid;
    QString phone; // empty: none
    QString email; // empty: none
    QString language = QStringLiteral("ar");
    QJsonObject details;
    // Each: document_code, file_name, url, sha256, size_bytes, mime_type.
    QJsonArray attachments;
};

struct Result
{
    Refusal refusal = Refusal::None;
    DbError error; // a database error (not a refusal)
    qint64 id = 0;
    QString reference;
    QString state;
    bool repeated = false; // the key was seen before: this is the first call's answer

    bool done() const { return refusal == Refusal::None && error.ok(); }
};

Result submitTransaction(QSqlDatabase &db, const Submission &submission);
Result withdrawTransaction(QSqlDatabase &db,
                           const QString &requestKey,
                           const QString &reference,
                           const QString &qid);

} // namespace PortalTransactions
