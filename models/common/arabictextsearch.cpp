#include "common/arabictextsearch.h"

#include "common/arabictext.h"

#include <QSet>

namespace ArabicText {

namespace {

struct Range
{
    char32_t from;
    char32_t to;
};

// Punctuation and symbols that are left once the normaliser has run. The same list, as one
// bracket expression, is in diwan.search_terms (resources/sql/postgresql/018_search_terms.sql):
// change both together.
constexpr Range separatorRanges[] = {
    {0x0080, 0x00BF}, // Latin-1 punctuation and symbols, soft hyphen
    {0x00D7, 0x00D7}, // multiplication sign
    {0x00F7, 0x00F7}, // division sign
    {0x0600, 0x060F}, // Arabic number signs, comma, date separator, signs
    {0x061B, 0x061F}, // Arabic semicolon, triple dot, question mark
    {0x066A, 0x066D}, // Arabic percent, decimal and thousands separators, five-pointed star
    {0x06D4, 0x06D4}, // Arabic full stop
    {0x2000, 0x206F}, // general punctuation: dashes, quotes, ellipsis
    {0x20A0, 0x20CF}, // currency signs
    {0x2190, 0x2BFF}, // arrows, mathematical operators, technical, shapes, dingbats
    {0x2E00, 0x2E7F}, // supplemental punctuation
    {0x3000, 0x3004}, // CJK punctuation
    {0x3008, 0x3020},   {0x3030, 0x3030}, {0xFD3E, 0xFD3F}, // ornate parentheses
    {0xFE00, 0xFE0F},   // variation selectors (emoji presentation)
    {0xFFF0, 0xFFFF},   // specials: replacement character
    {0x1F000, 0x1FAFF}, // emoji and pictographs
    {0xE0000, 0xE007F}, // tags
};

// Lucene's ArabicStemmer (light10), in its order. Its teh marbuta suffixes (ـة, ـية) are left
// out: the normaliser has already made them ـه and ـيه, which are in the list.
const char16_t *const prefixes[] = {
    u"\u0627\u0644",       // al
    u"\u0648\u0627\u0644", // wal
    u"\u0628\u0627\u0644", // bal
    u"\u0643\u0627\u0644", // kal
    u"\u0641\u0627\u0644", // fal
    u"\u0644\u0644",       // lil
    u"\u0648",             // wa
};
const char16_t *const suffixes[] = {
    u"\u0647\u0627", // ha
    u"\u0627\u0646", // an
    u"\u0627\u062A", // at
    u"\u0648\u0646", // un
    u"\u064A\u0646", // in
    u"\u064A\u0647", // iya (teh marbuta folded)
    u"\u0647",       // heh (teh marbuta folded)
    u"\u064A",       // yeh
};

qsizetype codePoints(QStringView s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (!(s.at(i).isLowSurrogate() && i > 0 && s.at(i - 1).isHighSurrogate()))
            ++n;
    }
    return n;
}

// The code point at i and how many UTF-16 units it takes.
char32_t codePointAt(QStringView s, qsizetype i, int *units)
{
    const QChar c = s.at(i);
    if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
        *units = 2;
        return QChar::surrogateToUcs4(c, s.at(i + 1));
    }
    *units = 1;
    return c.unicode();
}

} // namespace

bool separatesWords(char32_t c)
{
    if (c < 0x80)
        return !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'));
    for (const Range &r : separatorRanges) {
        if (c >= r.from && c <= r.to)
            return true;
    }
    return false;
}

QString stem(QStringView normalizedWord)
{
    QStringView w = normalizedWord;
    qsizetype length = codePoints(w);
    for (const char16_t *p : prefixes) {
        const QStringView prefix(p);
        // wa- needs three letters after it, the others two.
        const qsizetype needed = prefix.size() == 1 ? 4 : prefix.size() + 2;
        if (length >= needed && w.startsWith(prefix)) {
            w = w.mid(prefix.size());
            length -= prefix.size();
            break;
        }
    }
    for (const char16_t *s : suffixes) {
        const QStringView suffix(s);
        if (length >= suffix.size() + 2 && w.endsWith(suffix)) {
            w.chop(suffix.size());
            length -= suffix.size();
        }
    }
    return w.toString();
}

QStringList searchTermList(QStringView text)
{
    const QString normalized = normalize(text);
    const QStringView n(normalized);
    QStringList terms;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= n.size();) {
        int units = 1;
        const bool boundary = i == n.size() || separatesWords(codePointAt(n, i, &units));
        if (boundary && start >= 0) {
            terms << stem(n.mid(start, i - start));
            start = -1;
        } else if (!boundary && start < 0) {
            start = i;
        }
        i += units;
    }
    return terms;
}

QString searchTerms(QStringView text)
{
    return searchTermList(text).join(QLatin1Char(' '));
}

QList<Span> matchingWords(const QString &text, const QStringList &terms)
{
    const QSet<QString> wanted(terms.begin(), terms.end());
    QList<Span> spans;
    // A word as written runs from one character that stays a word character once normalised to
    // the last such; characters the normaliser drops (marks, tatweel) go with their word.
    qsizetype start = -1;
    qsizetype end = -1;
    auto close = [&] {
        if (start < 0)
            return;
        const QString word = text.mid(start, end - start);
        const QStringList own = searchTermList(word);
        for (const QString &t : own) {
            if (wanted.contains(t)) {
                spans.append({start, end - start});
                break;
            }
        }
        start = -1;
    };
    for (qsizetype i = 0; i < text.size();) {
        int units = 1;
        const char32_t c = codePointAt(text, i, &units);
        const QString one = normalize(QStringView(text).mid(i, units));
        // Control characters and spaces separate words, as the normaliser makes them spaces.
        bool separator = QChar::category(c) == QChar::Other_Control || QChar::isSpace(c);
        for (qsizetype k = 0; k < one.size();) {
            int u = 1;
            separator = separator || separatesWords(codePointAt(one, k, &u));
            k += u;
        }
        if (separator) {
            close();
        } else if (!one.isEmpty()) {
            if (start < 0)
                start = i;
            end = i + units;
        }
        i += units;
    }
    close();
    return spans;
}

} // namespace ArabicText
