#include "common/arabictext.h"

#include <QRegularExpression>

#include <algorithm>

namespace ArabicText {

namespace {
constexpr char16_t LRI = 0x2066;
constexpr char16_t FSI = 0x2068;
constexpr char16_t PDI = 0x2069;

bool isTashkeel(char16_t c)
{
    return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
}

const char *controlName(char16_t c)
{
    switch (c) {
    case 0x200B:
        return "ZWSP";
    case 0x200C:
        return "ZWNJ";
    case 0x200D:
        return "ZWJ";
    case 0x200E:
        return "LRM";
    case 0x200F:
        return "RLM";
    case 0x061C:
        return "ALM";
    case 0x202A:
        return "LRE";
    case 0x202B:
        return "RLE";
    case 0x202C:
        return "PDF";
    case 0x202D:
        return "LRO";
    case 0x202E:
        return "RLO";
    case 0x2066:
        return "LRI";
    case 0x2067:
        return "RLI";
    case 0x2068:
        return "FSI";
    case 0x2069:
        return "PDI";
    case 0xFEFF:
        return "BOM";
    default:
        return nullptr;
    }
}
} // namespace

QString normalize(QStringView text)
{
    // NFKC first: presentation forms (U+FB50-FDFF, FE70-FEFF) become base letters.
    const QString composed = text.toString().normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(composed.size());
    bool lastSpace = true;
    for (const QChar qc : composed) {
        char16_t c = qc.unicode();
        if (isTashkeel(c) || c == 0x0640 || controlName(c))
            continue;
        switch (c) {
        case 0x0623:
        case 0x0625:
        case 0x0622:
        case 0x0671:
            c = 0x0627;
            break; // alef forms
        case 0x0649:
            c = 0x064A;
            break; // alef maqsura -> yeh
        case 0x0629:
            c = 0x0647;
            break; // teh marbuta -> heh
        case 0x0624:
            c = 0x0648;
            break; // waw with hamza
        case 0x0626:
            c = 0x064A;
            break; // yeh with hamza
        case 0x06CC:
            c = 0x064A;
            break; // Persian yeh
        case 0x06A9:
            c = 0x0643;
            break; // Persian kaf
        default:
            break;
        }
        if (c >= 0x0660 && c <= 0x0669)
            c = u'0' + (c - 0x0660);
        else if (c >= 0x06F0 && c <= 0x06F9)
            c = u'0' + (c - 0x06F0);
        // Other control characters (NUL, escape, ...) separate words like a space: they cannot
        // reach a query, where a NUL would end the text early.
        const QChar ch = QChar(c).category() == QChar::Other_Control ? QChar(u' ') : QChar(c);
        if (ch.isSpace()) {
            if (!lastSpace)
                out += QLatin1Char(' ');
            lastSpace = true;
            continue;
        }
        out += ch.toLower();
        lastSpace = false;
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    // Lower case can make a letter that composes with the mark after it ("T" + U+0308 has no
    // precomposed form, "t" + U+0308 is U+1E97): compose again, so that normalising the result
    // changes nothing (found by tests/fuzz/fuzz_arabictext).
    return out.normalized(QString::NormalizationForm_KC);
}

QString isolateLtr(const QString &text)
{
    return QChar(LRI) + text + QChar(PDI);
}

QString isolate(const QString &text)
{
    return QChar(FSI) + text + QChar(PDI);
}

bool hasHiddenControls(QStringView text)
{
    for (const QChar c : text) {
        if (controlName(c.unicode()))
            return true;
    }
    return false;
}

namespace {
void appendRevealed(QString &out, QStringView text)
{
    for (const QChar c : text) {
        if (const char *name = controlName(c.unicode()))
            out += QChar(LRI) + QLatin1Char('[') + QLatin1String(name) + QLatin1Char(']')
                   + QChar(PDI);
        else
            out += c;
    }
}
} // namespace

QString revealControls(const QString &text)
{
    // What runs left to right inside public text, isolated as a whole so that an Arabic
    // sentence around it cannot reorder its parts ("+974 6623 1190" would otherwise show as
    // "1190 6623 974+"): links, e-mail addresses, phone and other numbers written in groups,
    // and Latin codes with dashes or slashes ("INV-2024/17").
    static const QRegularExpression ltrRuns(
        QStringLiteral("(?:https?://|www\\.)[^\\s]+"
                       "|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"
                       "|\\+?[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}]"
                       "(?:[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}() -]*"
                       "[0-9\\x{0660}-\\x{0669}\\x{06F0}-\\x{06F9}])?"
                       "|[A-Za-z][A-Za-z0-9]*(?:[-/][A-Za-z0-9]+)+"));
    QString out;
    out.reserve(text.size() + 16);
    qsizetype done = 0;
    for (auto it = ltrRuns.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        appendRevealed(out, QStringView(text).mid(done, m.capturedStart() - done));
        // A lone digit or a plain number needs no isolate; a run with separators does.
        const QStringView run = m.capturedView();
        const bool grouped = run.size() > 1 && std::any_of(run.begin(), run.end(), [](QChar c) {
                                 return !c.isDigit();
                             });
        if (grouped)
            out += QChar(LRI);
        appendRevealed(out, run);
        if (grouped)
            out += QChar(PDI);
        done = m.capturedEnd();
    }
    appendRevealed(out, QStringView(text).mid(done));
    return isolate(out);
}

QString showControlsPlain(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (const char *name = controlName(c.unicode()))
            out += QLatin1Char('[') + QLatin1String(name) + QLatin1Char(']');
        else if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            out += QLatin1Char(' ');
        else if (c.category() == QChar::Other_Control)
            out += QStringLiteral("[U+%1]").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        else
            out += c;
    }
    return out;
}

QString toArabicIndicDigits(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            c = QChar(char16_t(0x0660 + (c.unicode() - u'0')));
    }
    return out;
}

} // namespace ArabicText
