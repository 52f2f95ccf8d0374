// libFuzzer target: the Arabic normaliser, the search terms and the bidi helpers that every search
// and every piece of public text on screen go through. Any bytes, read as UTF-8 (invalid sequences
// included). Checks what must hold for every input, not only that nothing crashes.
#include "common/arabictext.h"
#include "common/arabictextsearch.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString once = ArabicText::normalize(text);
    // The normaliser is idempotent: a stored search form normalised again is the same.
    if (ArabicText::normalize(once) != once)
        abort();
    // It leaves no bidi control and no tatweel or tashkeel behind.
    for (const QChar c : once) {
        const char16_t u = c.unicode();
        if ((u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x0640
            || (u >= 0x064B && u <= 0x065F))
            abort();
    }
    // Shown public text obeys none of the controls it carries: every isolate it opens, it closes.
    const QString shown = ArabicText::revealControls(text);
    int depth = 0;
    for (const QChar c : shown) {
        const char16_t u = c.unicode();
        // Only Diwan's own isolates remain; embeddings, overrides, marks, zero-widths are shown.
        if ((u >= 0x202A && u <= 0x202E) || u == 0x2067 || u == 0x200B || u == 0x200C || u == 0x200D
            || u == 0x200E || u == 0x200F || u == 0x061C)
            abort();
        if (c.unicode() >= 0x2066 && c.unicode() <= 0x2068)
            ++depth;
        else if (c.unicode() == 0x2069 && --depth < 0)
            abort();
    }
    if (depth != 0)
        abort();
    // Search terms: the stored normalised text gives the terms of the text itself (the database
    // computes them from the normalised column); single spaces between non-empty terms that hold
    // no separator; what a search marks lies inside the text.
    const QString terms = ArabicText::searchTerms(text);
    if (ArabicText::searchTerms(once) != terms)
        abort();
    if (terms.startsWith(QLatin1Char(' ')) || terms.endsWith(QLatin1Char(' '))
        || terms.contains(QStringLiteral("  ")))
        abort();
    const QStringList list = ArabicText::searchTermList(text);
    for (const QString &term : list) {
        for (const char32_t c : term.toUcs4())
            if (ArabicText::separatesWords(c))
                abort();
    }
    for (const ArabicText::Span &s : ArabicText::matchingWords(text, list)) {
        if (s.start < 0 || s.length <= 0 || s.start + s.length > text.size())
            abort();
    }
    for (const QChar c : ArabicText::showControlsPlain(text)) {
        if (c.category() == QChar::Other_Control)
            abort();
    }
    return 0;
}
