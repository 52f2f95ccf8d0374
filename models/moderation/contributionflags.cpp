#include "moderation/contributionflags.h"

#include "common/arabictext.h"

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
    return flags;
}

} // namespace ContributionFlags
