#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Search terms: Arabic words, not just Arabic letters. One analysis for stored text and queries,
// identical on both databases: ArabicText::normalize, then words (letters, digits and marks;
// punctuation and symbols separate them), each light-stemmed as Lucene's ArabicStemmer does it
// (light10: one prefix of the article or an attached conjunction, then the common suffixes in
// turn, never leaving a stem under two letters). PostgreSQL stores the same terms through
// diwan.search_terms (migration 018), which must equal searchTerms on
// resources/moderation/normalize_cases.tsv; SQLite indexes them through the connection's
// diwan_search_terms function (ArabicTextSqlite), which is this code.
namespace ArabicText {

// The search terms of any text, space-separated, in the order of the words.
QString searchTerms(QStringView text);
QStringList searchTermList(QStringView text);
// One normalised word, light-stemmed.
QString stem(QStringView normalizedWord);
// Whether a character (a code point of normalised text) separates words.
bool separatesWords(char32_t c);

// Where the words of `text` (as written, before normalisation) whose terms are among `terms` are:
// for marking what a search found.
struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
};
QList<Span> matchingWords(const QString &text, const QStringList &terms);

} // namespace ArabicText
