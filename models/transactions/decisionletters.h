#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// The decision letter to the applicant as the database knows it: what it says (LetterData), and
// the history event recording that it was issued, numbered per transaction. The letter's layout,
// PDF and printing are ui/transactions/decisionletter.h; this part needs no widget and runs from a
// test or a command line.
namespace DecisionLetter {

struct LetterData
{
    qint64 transactionId = 0;
    QString reference;
    QString serviceName; // in the letter's language
    QString applicantName;
    QString qid;
    QString state; // "approved" or "rejected"
    QString reasonCode;
    QString reasonText;           // rejection: as the clerk wrote it for the applicant
    QStringList missingDocuments; // shown as a list when set
    QDateTime decidedAt;          // UTC
    QDateTime issuedAt;           // UTC; the letter's own date
    QString staffName;            // the clerk who decided, in the letter's language
    QString language;             // "ar" or "en"
    int serial = 1;               // letters issued for this transaction, this one included

    bool isArabic() const { return language != QLatin1String("en"); }
    QString letterNumber() const; // "MOI-2026-0000042/1"
};

// The states a letter is issued for.
bool hasLetter(const QString &state);

// Reads what the letter says. `language` empty: the applicant's language. A transaction that is
// not approved or rejected gives Kind::Invalid (errorMessage() says why).
DbError
loadLetterData(QSqlDatabase &db, qint64 transactionId, const QString &language, LetterData *out);

// Records that the letter was issued ("pdf" or "print") in the transaction's history, in one
// database transaction with the change notification. `output`, when given, produces the letter
// inside that transaction once the event is written, with the serial number the letter carries;
// if it fails (returns false with *error set) nothing is recorded. Only the clerk who decided
// may issue the letter: on PostgreSQL diwan.record_letter (012_write_functions.sql) checks it and
// writes the event, holding the transaction's row until the letter is produced; on SQLite the
// same checks are made here.
DbError recordLetter(QSqlDatabase &db,
                     qint64 staffId,
                     qint64 transactionId,
                     const QString &how,
                     const QString &language,
                     const std::function<bool(int serial, QString *error)> &output = {},
                     int *serial = nullptr);

// One sentence for the person in front of the screen, in the UI language.
QString errorMessage(const DbError &error);

} // namespace DecisionLetter
