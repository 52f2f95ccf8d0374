#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QPrinter;

// The decision letter to the applicant: what it says (LetterData, read from the database), how
// it looks on an A4 page (the ministry's bilingual header, reference, Gregorian and Hijri dates,
// the decision and its reason), as a PDF or on a printer, and the history event that records
// that it was issued. The letter is in the applicant's language whatever the UI language is:
// its wording comes from resources/letter/letter.json, not from the UI translation.
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

// Paints the letter on one page whose paintable area is `page` (device pixels at `dpi`).
void paintLetter(QPainter *painter, const QRectF &page, qreal dpi, const LetterData &data);
// A4 PDF with title and creator metadata.
bool writePdf(const LetterData &data, const QString &path, QString *error = nullptr);
// On whatever printer (or PDF file printer) the caller set up; false if it cannot be started.
bool printLetter(const LetterData &data, QPrinter *printer);

// Records that the letter was issued ("pdf" or "print") in the transaction's history, in one
// database transaction with the change notification. `output`, when given, produces the letter
// inside that transaction once the event is written, with the serial number the letter carries;
// if it fails (returns false with *error set) nothing is recorded. Only the clerk who decided
// may issue the letter (row security on PostgreSQL, the same check here on SQLite).
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
