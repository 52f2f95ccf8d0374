#pragma once

#include "transactions/decisionletters.h"

#include <QRectF>

class QPainter;
class QPrinter;

// The decision letter as the applicant reads it: how it looks on an A4 page (the ministry's
// bilingual header, reference, Gregorian and Hijri dates, the decision and its reason), as a PDF
// or on a printer. What it says, and the record of its issue, come from the database
// (models/transactions/decisionletters.h). The letter is in the applicant's language whatever the
// UI language is: its wording comes from resources/letter/letter.json, not from the UI
// translation.
namespace DecisionLetter {

// Paints the letter on one page whose paintable area is `page` (device pixels at `dpi`).
void paintLetter(QPainter *painter, const QRectF &page, qreal dpi, const LetterData &data);
// A4 PDF with title and creator metadata.
bool writePdf(const LetterData &data, const QString &path, QString *error = nullptr);
// On whatever printer (or PDF file printer) the caller set up; false if it cannot be started.
bool printLetter(const LetterData &data, QPrinter *printer);

} // namespace DecisionLetter
