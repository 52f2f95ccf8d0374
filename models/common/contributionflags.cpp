#include "common/contributionflags.h"

#include "common/arabictext.h"
#include "common/arabictextsqlite.h"

#include <QRegularExpression>

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
    unsigned scripts = 0;
    for (const char32_t c : normalized.toUcs4()) {
        const Script s = scriptOf(c);
        if (s == Other) {
            if (mixes(scripts))
                return true;
            scripts = 0;
            continue;
        }
        scripts |= 1u << s;
    }
    return mixes(scripts);
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
