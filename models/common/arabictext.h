#pragma once

#include <QString>

// Arabic text tools: the one search normaliser (stored search text and queries alike) and the
// bidi helpers that keep codes, numbers and untrusted public text readable inside Arabic.
namespace ArabicText {

// Removes tashkeel and tatweel, folds alef/yeh/teh marbuta/hamza forms, maps Arabic-Indic and
// Persian digits to 0-9, presentation forms to base letters (NFKC); also drops bidi controls,
// lower-cases Latin and collapses whitespace. See DESIGN.md, "Arabic text".
QString normalize(QStringView text);

// Wraps text in LRI ... PDI (left-to-right isolate): Latin codes, numbers, references.
QString isolateLtr(const QString &text);
// Wraps text in FSI ... PDI: direction taken from the text itself (names, public text).
QString isolate(const QString &text);
// Makes invisible bidi and zero-width controls visible (e.g. U+202E as "[RLO]") so that public
// text cannot reorder what surrounds it, then isolates it.
QString revealControls(const QString &text);
bool hasHiddenControls(QStringView text);
// For a terminal: the same controls named in brackets ("[RLO]"), other control characters (an
// escape, a bell) as "[U+001B]", line breaks and tabs as spaces; no isolates.
QString showControlsPlain(QStringView text);

// Arabic-Indic digits for display (the digits setting); codes stay in Latin digits.
QString toArabicIndicDigits(const QString &text);

} // namespace ArabicText
