// diwan-bench: the quality of the Arabic search (issue 12, "Arabic words, not just Arabic
// letters"). Recall: a seeded contribution's pair of words, typed in other spellings and other
// forms (with or without the article, an attached conjunction or preposition, teh marbuta as
// heh, the plural), must find that contribution. Precision: a word that merely ends another one
// (the word without its first letter, as energy is card without its beh) must not find the
// contribution that has only the longer word. Each measured three ways: ours
// (ContributionSearch, the stored light-stemmed terms), the analysis before 018 (PostgreSQL's
// Snowball `arabic` configuration over normalised text; on SQLite, FTS5 words of the normalised
// text), and LIKE over the normalised text.
#include "benchsupport.h"

#include "common/arabictext.h"
#include "common/arabictextsearch.h"
#include "moderation/contributionsearch.h"

#include <QRegularExpression>
#include <QSet>

#include <limits>

namespace {

using namespace Bench;

const QString article = QStringLiteral(u"\u0627\u0644");
const QList<QString> attached{QStringLiteral(u"\u0648\u0627\u0644"), // wa-al
                              QStringLiteral(u"\u0628\u0627\u0644"), // bi-al
                              QStringLiteral(u"\u0643\u0627\u0644"), // ka-al
                              QStringLiteral(u"\u0641\u0627\u0644"), // fa-al
                              QStringLiteral(u"\u0644\u0644"),       // li-l
                              QStringLiteral(u"\u0627\u0644"),       // al
                              QStringLiteral(u"\u0648")};            // wa
constexpr char16_t tehMarbuta = 0x0629;

// The word without the article and the attached letters a seeded word may carry.
QString bare(const QString &word)
{
    for (const QString &p : attached) {
        if (word.startsWith(p) && word.size() >= p.size() + (p.size() == 1 ? 3 : 2))
            return word.mid(p.size());
    }
    return word;
}

// Other forms of a word as someone might type it.
QStringList forms(const QString &word)
{
    const QString b = bare(word);
    QStringList out;
    out << (word.startsWith(article) ? b : article + b); // with or without al-
    out << QStringLiteral(u"\u0648") + article + b;      // and the ...
    out << QStringLiteral(u"\u0628\u0627\u0644") + b;    // with the ...
    QString spelt = word;                                // teh marbuta as heh,
    spelt.replace(QChar(tehMarbuta), QChar(0x0647));     // hamza dropped,
    spelt.replace(QChar(0x0623), QChar(0x0627));         // a diacritic added
    spelt.replace(QChar(0x0625), QChar(0x0627));
    out << spelt.left(1) + QChar(0x064E) + spelt.mid(1);
    if (b.endsWith(QChar(tehMarbuta))) // the plural
        out << b.chopped(1) + QStringLiteral(u"\u0627\u062A");
    return out;
}

QStringList normalisedWords(const QString &text)
{
    QStringList words;
    for (const QString &w :
         ArabicText::normalize(text).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        QString kept;
        for (const QChar c : w)
            kept += ArabicText::separatesWords(c.unicode()) ? QLatin1Char(' ') : c;
        words << kept.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return words;
}

struct Tally
{
    int ours = 0;
    int before = 0;
    int like = 0;
};

void searchQuality(Context &c)
{
    Result r;
    r.name = QStringLiteral("search_quality");
    const bool pg = c.dialect().isPostgres();
    const qint64 maxId = c.count(QStringLiteral("SELECT max(id) FROM contributions"));
    const int samples = 30;
    static const QRegularExpression word(QStringLiteral("[\\x{0621}-\\x{064A}]{4,}"));
    Tally recall, falseMatches;
    int recallQueries = 0, precisionQueries = 0;
    QList<double> ms;
    // Whether the analysis before 018, and LIKE, find row `id` for `typed`.
    auto before = [&](qint64 id, const QString &typed, const QString &bodyNorm) {
        if (pg) {
            const QList<QVariantList> m = c.rowsOf(
                QStringLiteral("SELECT to_tsvector('arabic', body_norm) @@ "
                               "plainto_tsquery('arabic', ?) FROM contributions WHERE id = ?"),
                {ArabicText::normalize(typed), id});
            return !m.isEmpty() && m.first().value(0).toBool();
        }
        const QStringList have = normalisedWords(bodyNorm);
        const QSet<QString> set(have.begin(), have.end());
        for (const QString &w : normalisedWords(typed)) {
            if (!set.contains(w))
                return false;
        }
        return true;
    };
    auto like = [&](const QString &typed, const QString &bodyNorm) {
        return bodyNorm.contains(ArabicText::normalize(typed));
    };
    // Ours: the GUI's search as it runs (timed, a page of 50), and whether its SQL and query
    // parameter find the row among all their matches (a common phrase has thousands, newest
    // first: the row may lie beyond the first page).
    QSqlDatabase db = c.db();
    const QString everything = QStringLiteral("SELECT count(*) FROM (%1) x WHERE x.id = ?")
                                   .arg(ContributionSearch::searchSql(db));
    auto ours = [&](qint64 id, const QString &typed) {
        QList<ContributionSearch::Hit> hits;
        ms << timeMs([&] { ContributionSearch::search(db, typed, &hits); });
        const QString parameter = ContributionSearch::queryParameter(db, typed);
        if (parameter.isEmpty())
            return false;
        const QList<QVariantList> n
            = c.rowsOf(everything, {parameter, std::numeric_limits<int>::max(), id});
        return !n.isEmpty() && n.first().value(0).toLongLong() > 0;
    };
    for (int i = 1; i <= samples; ++i) {
        const QList<QVariantList> rows = c.rowsOf(
            QStringLiteral(
                "SELECT id, body, body_norm FROM contributions WHERE id >= ? ORDER BY id LIMIT 1"),
            {maxId * i / (samples + 1)});
        if (rows.isEmpty())
            continue;
        const qint64 id = rows.first().value(0).toLongLong();
        const QString body = rows.first().value(1).toString();
        const QString bodyNorm = rows.first().value(2).toString();
        QStringList words;
        for (auto it = word.globalMatch(body); it.hasNext();)
            words << it.next().captured();
        if (words.size() < 2)
            continue;
        const qsizetype at = qMax<qsizetype>(0, words.size() / 2 - 1);
        const QStringList a = forms(words.at(at)), b = forms(words.at(at + 1));
        for (qsizetype k = 0; k < qMin(a.size(), b.size()); ++k) {
            const QString typed = a.at(k) + QLatin1Char(' ') + b.at(k);
            ++recallQueries;
            recall.ours += ours(id, typed);
            recall.before += before(id, typed, bodyNorm);
            recall.like += like(typed, bodyNorm);
        }
        // Near misses: a word that is another word without its first letter, where the text has
        // no form of the shorter word itself.
        const QStringList have = normalisedWords(bodyNorm);
        for (const QString &w : words) {
            const QString n = ArabicText::normalize(bare(w));
            const QString shorter = n.mid(1);
            if (n != ArabicText::normalize(w) || shorter.size() < 3)
                continue;
            bool related = false;
            for (const QString &h : have) {
                const QString hb = bare(h);
                related = related || h == shorter || hb == shorter || hb.startsWith(shorter)
                          || shorter.startsWith(hb);
            }
            if (related)
                continue;
            ++precisionQueries;
            falseMatches.ours += ours(id, shorter);
            falseMatches.before += before(id, shorter, bodyNorm);
            falseMatches.like += like(shorter, bodyNorm);
            break;
        }
    }
    auto percent = [](int n, int of) {
        return of ? QString::number(100.0 * n / of, 'f', 1) + QLatin1Char('%')
                  : QStringLiteral("-");
    };
    r.rows = recallQueries + precisionQueries;
    r.ours = percentile(ms, 0.95);
    r.rss = peakRssMb();
    r.note = QStringLiteral(
                 "recall over %1 spelling and morphology variants: ours %2, before 018 %3, LIKE "
                 "%4; false matches over %5 near misses (a word without its first letter): ours "
                 "%6, before 018 %7, LIKE %8")
                 .arg(recallQueries)
                 .arg(percent(recall.ours, recallQueries),
                      percent(recall.before, recallQueries),
                      percent(recall.like, recallQueries))
                 .arg(precisionQueries)
                 .arg(percent(falseMatches.ours, precisionQueries),
                      percent(falseMatches.before, precisionQueries),
                      percent(falseMatches.like, precisionQueries));
    // Reported, not judged: tests/tst_contributionsearch.cpp holds the literal expectations.
    c.results << r;
}

const Registration registration(QStringLiteral("search_quality"), searchQuality);

} // namespace
