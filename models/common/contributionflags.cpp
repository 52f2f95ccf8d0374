#include "common/contributionflags.h"

#include "common/arabictext.h"
#include "common/arabictextsqlite.h"

#include <QRegularExpression>

#include <climits>

namespace ContributionFlags {

namespace {
// Each pattern is written the same way in diwan.contribution_flags (013_moderation.sql).
const QRegularExpression &keyDrop()
{
    static const QRegularExpression re(
        QStringLiteral("[^a-z0-9\\x{0621}-\\x{063A}\\x{0641}-\\x{064A}]"));
    return re;
}

const QRegularExpression &repeats()
{
    static const QRegularExpression re(QStringLiteral("(.)\\1+"));
    return re;
}

const QRegularExpression &email()
{
    static const QRegularExpression re(QStringLiteral("[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}"));
    return re;
}

const QRegularExpression &link()
{
    static const QRegularExpression re(
        QStringLiteral("(https?://|www\\.)[^ ]"
                       "|[a-z0-9-]\\.(com|net|org|qa|gov|edu|info|biz|io|me|ly|co|ru|xyz|link|"
                       "online)(/|$|[^a-z0-9])"));
    return re;
}

const QRegularExpression &digitRun()
{
    static const QRegularExpression re(QStringLiteral("\\+?[0-9]([ .-]?[0-9])*"));
    return re;
}

const QRegularExpression &invisible()
{
    static const QRegularExpression re(
        QStringLiteral("[\\x{00AD}\\x{061C}\\x{180E}\\x{200B}-\\x{200F}\\x{202A}-\\x{202E}"
                       "\\x{2060}-\\x{2064}\\x{2066}-\\x{2069}\\x{FEFF}]"));
    return re;
}

enum Script { Other, Latin, Greek, Cyrillic, Arabic };

// The ranges of diwan.has_lookalike (021_topics_duplicates.sql), character by character.
Script scriptOf(char32_t c)
{
    if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x24F))
        return Latin;
    if (c >= 0x370 && c <= 0x3FF)
        return Greek;
    if (c >= 0x400 && c <= 0x52F)
        return Cyrillic;
    if ((c >= 0x620 && c <= 0x64A) || (c >= 0x66E && c <= 0x6D3))
        return Arabic;
    return Other;
}

bool mixes(unsigned scripts)
{
    const bool posing = scripts & ((1u << Cyrillic) | (1u << Greek));
    const bool cyrillicAndGreek = (scripts & (1u << Cyrillic)) && (scripts & (1u << Greek));
    const bool withOthers = scripts & ((1u << Latin) | (1u << Arabic));
    return (posing && withOthers) || cyrillicAndGreek;
}

// "phone", "qid" or nothing, for one run of digits as written.
QString classifyDigits(const QString &run)
{
    const bool plus = run.startsWith(QLatin1Char('+'));
    QString d;
    for (const QChar c : run) {
        if (c.isDigit())
            d += c;
    }
    const int n = int(d.size());
    if (plus)
        return n >= 8 && n <= 15 ? QStringLiteral("phone") : QString();
    if (n == 8 && d.at(0) >= QLatin1Char('3') && d.at(0) <= QLatin1Char('7'))
        return QStringLiteral("phone");
    if (n == 11 && d.startsWith(QLatin1String("974")))
        return QStringLiteral("phone");
    if (n >= 10 && n <= 15 && d.startsWith(QLatin1String("00")))
        return QStringLiteral("phone");
    if (n == 11 && (d.at(0) == QLatin1Char('2') || d.at(0) == QLatin1Char('3')))
        return QStringLiteral("qid");
    return {};
}

// Calls found(start, end) for each word of `normalized` (a run of Latin, Greek, Cyrillic or
// Arabic letters, code point by code point as diwan.has_lookalike reads it) that mixes scripts,
// until found returns false.
template<typename Found> void forEachLookalike(QStringView normalized, Found found)
{
    unsigned scripts = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < normalized.size();) {
        char32_t c = normalized.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < normalized.size()
            && normalized.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(normalized.at(i).unicode(), normalized.at(i + 1).unicode());
            width = 2;
        }
        const Script s = scriptOf(c);
        if (s == Other) {
            if (mixes(scripts) && !found(start, i))
                return;
            scripts = 0;
        } else {
            if (scripts == 0)
                start = i;
            scripts |= 1u << s;
        }
        i += width;
    }
    if (mixes(scripts))
        found(start, normalized.size());
}
} // namespace

QString matchKey(QStringView text)
{
    QString key = ArabicText::normalize(text);
    key.remove(keyDrop());
    key.replace(repeats(), QStringLiteral("\\1"));
    return key;
}

bool hasLookalike(QStringView normalized)
{
    bool any = false;
    forEachLookalike(normalized, [&](qsizetype, qsizetype) {
        any = true;
        return false;
    });
    return any;
}

QStringList compute(const QString &body, const QStringList &blockedWordKeys)
{
    const QString norm = ArabicText::normalize(body);
    QStringList flags;

    const QString key = matchKey(body);
    for (const QString &word : blockedWordKeys) {
        if (!word.isEmpty() && key.contains(word)) {
            flags << QStringLiteral("abuse");
            break;
        }
    }
    QString withoutEmails = norm;
    withoutEmails.replace(email(), QStringLiteral(" "));
    if (withoutEmails.contains(link()))
        flags << QStringLiteral("link");
    if (norm.contains(email()))
        flags << QStringLiteral("email");
    bool phone = false;
    bool qid = false;
    for (auto it = digitRun().globalMatch(norm); it.hasNext();) {
        const QString kind = classifyDigits(it.next().captured());
        phone = phone || kind == QLatin1String("phone");
        qid = qid || kind == QLatin1String("qid");
    }
    if (phone)
        flags << QStringLiteral("phone");
    if (qid)
        flags << QStringLiteral("qid");
    if (body.contains(invisible()))
        flags << QStringLiteral("bidi");
    if (hasLookalike(norm))
        flags << QStringLiteral("lookalike");
    return flags;
}

namespace {
// Text derived from a body, each of its characters knowing the passage of the body it comes from:
// [from, to).
struct Traced
{
    QString text;
    QList<int> from;
    QList<int> to;

    void append(QChar c, int f, int t)
    {
        text += c;
        from.append(f);
        to.append(t);
    }
    // The passage of the body behind text's [start, end).
    Hit passage(qsizetype start, qsizetype end, const QString &wordKey = {}) const
    {
        int f = from.at(start);
        int t = to.at(start);
        for (qsizetype i = start + 1; i < end; ++i) {
            f = qMin(f, from.at(i));
            t = qMax(t, to.at(i));
        }
        return {f, t - f, wordKey};
    }
    // `expected`, each character from the whole of this: when a step was not followed character
    // by character (a composition across characters NFKC does and this code does not foresee).
    Traced whole(const QString &expected) const
    {
        int f = INT_MAX;
        int t = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            f = qMin(f, from.at(i));
            t = qMax(t, to.at(i));
        }
        Traced out;
        for (const QChar c : expected)
            out.append(c, f == INT_MAX ? 0 : f, t);
        return out;
    }
};

// NFKC, a starter and the combining marks after it at a time.
Traced composed(const Traced &in)
{
    const QString expected = in.text.normalized(QString::NormalizationForm_KC);
    Traced out;
    const qsizetype n = in.text.size();
    for (qsizetype i = 0; i < n;) {
        qsizetype j = i + 1;
        if (in.text.at(i).isHighSurrogate() && j < n && in.text.at(j).isLowSurrogate())
            ++j;
        while (j < n) {
            char32_t c = in.text.at(j).unicode();
            qsizetype width = 1;
            if (QChar::isHighSurrogate(c) && j + 1 < n && in.text.at(j + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(in.text.at(j).unicode(), in.text.at(j + 1).unicode());
                width = 2;
            }
            if (QChar::combiningClass(c) == 0)
                break;
            j += width;
        }
        const Hit behind = in.passage(i, j);
        for (const QChar c : in.text.mid(i, j - i).normalized(QString::NormalizationForm_KC))
            out.append(c, behind.start, behind.start + behind.length);
        i = j;
    }
    return out.text == expected ? out : in.whole(expected);
}

// ArabicText::normalize(body), traced: the characters it drops or folds are found by normalising
// each character alone, its spaces collapsed and trimmed as it does.
Traced normalizedTraced(const QString &body)
{
    Traced raw;
    for (int i = 0; i < body.size(); ++i)
        raw.append(body.at(i), i, i + 1);
    const Traced nfkc = composed(raw);
    Traced folded;
    bool lastSpace = true;
    for (qsizetype i = 0; i < nfkc.text.size(); ++i) {
        const QChar c = nfkc.text.at(i);
        if (c.isSpace() || c.category() == QChar::Other_Control) {
            if (!lastSpace)
                folded.append(QLatin1Char(' '), nfkc.from.at(i), nfkc.to.at(i));
            lastSpace = true;
            continue;
        }
        // Half of a pair stays as it is (alone, NFKC would not keep it).
        const QString alone
            = c.isSurrogate() ? QString(c) : ArabicText::normalize(QStringView(&c, 1));
        for (const QChar f : alone)
            folded.append(f, nfkc.from.at(i), nfkc.to.at(i));
        lastSpace = lastSpace && alone.isEmpty();
    }
    if (folded.text.endsWith(QLatin1Char(' '))) {
        folded.text.chop(1);
        folded.from.removeLast();
        folded.to.removeLast();
    }
    const Traced out = composed(folded);
    const QString expected = ArabicText::normalize(body);
    return out.text == expected ? out : raw.whole(expected);
}

// matchKey(body), traced from its normalised text.
Traced keyTraced(const Traced &norm, const QString &body)
{
    Traced out;
    for (qsizetype i = 0; i < norm.text.size(); ++i) {
        const QChar c = norm.text.at(i);
        // Half of a pair is never kept (and alone, no valid text for the expression).
        if (c.isSurrogate() || keyDrop().match(QStringView(&c, 1)).hasMatch())
            continue;
        if (!out.text.isEmpty() && out.text.back() == c) {
            out.to.last() = qMax(out.to.last(), norm.to.at(i));
            continue;
        }
        out.append(c, norm.from.at(i), norm.to.at(i));
    }
    const QString expected = matchKey(body);
    return out.text == expected ? out : norm.whole(expected);
}

// A link's match widened to the whole address it is part of, its closing punctuation left out.
std::pair<qsizetype, qsizetype> wholeAddress(const QString &text, qsizetype start, qsizetype end)
{
    static const QString inAddress
        = QStringLiteral("abcdefghijklmnopqrstuvwxyz0123456789._~:/?#@!$&'()*+,;=%-");
    while (start > 0 && inAddress.contains(text.at(start - 1)))
        --start;
    while (end < text.size() && inAddress.contains(text.at(end)))
        ++end;
    while (end > start + 1 && QStringLiteral(".,;:!?)'").contains(text.at(end - 1)))
        --end;
    while (end > start + 1 && text.at(end - 1) == QLatin1Char(' '))
        --end;
    return {start, end};
}

void addHits(const QRegularExpression &re, const Traced &in, QList<Hit> *hits)
{
    for (auto it = re.globalMatch(in.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        hits->append(in.passage(m.capturedStart(), m.capturedEnd()));
    }
}
} // namespace

QList<Evidence> evidence(const QString &body, const QStringList &blockedWordKeys)
{
    const Traced norm = normalizedTraced(body);
    QList<Evidence> out;
    const auto add = [&out](const char *flag, const QList<Hit> &hits) {
        if (!hits.isEmpty())
            out.append({QLatin1String(flag), hits});
    };

    const Traced key = keyTraced(norm, body);
    QList<Hit> abuse;
    for (const QString &word : blockedWordKeys) {
        if (word.isEmpty())
            continue;
        for (qsizetype at = key.text.indexOf(word); at >= 0;
             at = key.text.indexOf(word, at + word.size()))
            abuse.append(key.passage(at, at + word.size(), word));
    }
    add("abuse", abuse);

    Traced withoutEmails;
    qsizetype done = 0;
    for (auto it = email().globalMatch(norm.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        for (qsizetype i = done; i < m.capturedStart(); ++i)
            withoutEmails.append(norm.text.at(i), norm.from.at(i), norm.to.at(i));
        const Hit address = norm.passage(m.capturedStart(), m.capturedEnd());
        withoutEmails.append(QLatin1Char(' '), address.start, address.start + address.length);
        done = m.capturedEnd();
    }
    for (qsizetype i = done; i < norm.text.size(); ++i)
        withoutEmails.append(norm.text.at(i), norm.from.at(i), norm.to.at(i));
    QList<Hit> links;
    for (auto it = link().globalMatch(withoutEmails.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const auto [start, end]
            = wholeAddress(withoutEmails.text, m.capturedStart(), m.capturedEnd());
        const Hit h = withoutEmails.passage(start, end);
        if (links.isEmpty() || !(links.last() == h))
            links.append(h);
    }
    add("link", links);

    QList<Hit> emails;
    addHits(email(), norm, &emails);
    add("email", emails);

    QList<Hit> phones;
    QList<Hit> qids;
    for (auto it = digitRun().globalMatch(norm.text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString kind = classifyDigits(m.captured());
        if (kind == QLatin1String("phone"))
            phones.append(norm.passage(m.capturedStart(), m.capturedEnd()));
        else if (kind == QLatin1String("qid"))
            qids.append(norm.passage(m.capturedStart(), m.capturedEnd()));
    }
    add("phone", phones);
    add("qid", qids);

    QList<Hit> invisibles;
    for (auto it = invisible().globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        invisibles.append({int(m.capturedStart()), int(m.capturedLength()), {}});
    }
    add("bidi", invisibles);

    QList<Hit> lookalikes;
    forEachLookalike(norm.text, [&](qsizetype start, qsizetype end) {
        lookalikes.append(norm.passage(start, end));
        return true;
    });
    add("lookalike", lookalikes);
    return out;
}

namespace {
QString normalizeText(const QList<QStringView> &args)
{
    return ArabicText::normalize(args.at(0));
}

QString flagsOf(const QList<QStringView> &args)
{
    const QStringList keys = args.value(1).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString flags = join(compute(args.at(0).toString(), keys));
    return flags.isNull() ? QLatin1String("") : flags;
}
} // namespace

DbError installSqlite(QSqlDatabase &db)
{
    if (DbError e = ArabicTextSqlite::installFunction(db, "diwan_normalize", 1, &normalizeText);
        !e.ok())
        return e;
    return ArabicTextSqlite::installFunction(db, "diwan_contribution_flags", 2, &flagsOf);
}

} // namespace ContributionFlags
