#include "moderation/similarity.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <vector>

namespace Similarity {

namespace {

using Trigrams = std::vector<quint64>;

// The trigrams of a text as pg_trgm's generate_trgm makes them, each packed in 63 bits (three
// code points of 21 bits), sorted and distinct. Written for speed: the near-duplicate check
// computes them for every candidate of every submission.
Trigrams trigrams(QStringView text)
{
    Trigrams out;
    out.reserve(size_t(text.size()) * 2 + 4);
    quint64 window = 0; // the last two code points of the padded word
    bool inWord = false;
    const auto push = [&](char32_t c) {
        window = ((window << 21) | c) & ((quint64(1) << 63) - 1);
        out.push_back(window);
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i <= n; ++i) {
        char32_t c = 0;
        if (i < n) {
            c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate())
                c = QChar::surrogateToUcs4(char16_t(c), text.at(++i).unicode());
        }
        const bool letter = i < n && QChar::isLetterOrNumber(c);
        if (letter) {
            if (!inWord) {
                // "  w": two spaces before the word.
                window = (quint64(' ') << 21) | ' ';
                inWord = true;
            }
            push(QChar::toLower(c));
        } else if (inWord) {
            push(' '); // "d ": one space after
            inWord = false;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

float similarityOf(const Trigrams &a, const Trigrams &b)
{
    if (a.empty() || b.empty())
        return 0;
    size_t common = 0;
    auto i = a.cbegin();
    auto j = b.cbegin();
    while (i != a.cend() && j != b.cend()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return float(common) / float(a.size() + b.size() - common);
}

} // namespace

float trigramSimilarity(QStringView a, QStringView b)
{
    return similarityOf(trigrams(a), trigrams(b));
}

DbError nearDuplicate(QSqlDatabase &db,
                      qint64 topicId,
                      const QString &authorId,
                      const QString &normalized,
                      Match *match)
{
    *match = {};
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The same text earlier in the topic, at any depth: the oldest copy.
    q.prepare(QStringLiteral("SELECT id FROM contributions WHERE topic_id = ? AND body_norm = ? "
                             "ORDER BY id LIMIT 1"));
    if (DbError e = Database::exec(q, {topicId, normalized}); !e.ok())
        return e;
    if (q.next()) {
        *match = {q.value(0).toLongLong(), 1.0f};
        return {};
    }
    q.finish();
    const Trigrams mine = trigrams(normalized);
    q.prepare(QStringLiteral(
        "SELECT id, body_norm FROM (SELECT id, body_norm FROM contributions WHERE topic_id = ? "
        "ORDER BY submitted_at DESC, id DESC LIMIT ?) AS t "
        "UNION SELECT id, body_norm FROM (SELECT id, body_norm FROM contributions "
        "WHERE author_id = ? ORDER BY submitted_at DESC, id DESC LIMIT ?) AS a"));
    if (DbError e = Database::exec(q, {topicId, TopicLookBack, authorId, AuthorLookBack}); !e.ok())
        return e;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const float score = similarityOf(mine, trigrams(q.value(1).toString()));
        if (score < DuplicateThreshold)
            continue;
        if (score > match->score || (score == match->score && id < match->id))
            *match = {id, score};
    }
    return {};
}

DbError flaggedDuplicate(QSqlDatabase &db, qint64 contributionId, Match *match)
{
    *match = {};
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT duplicate_of, duplicate_score FROM contributions WHERE id = ?"));
    if (DbError e = Database::exec(q, {contributionId}); !e.ok())
        return e;
    if (q.next() && !q.value(0).isNull())
        *match = {q.value(0).toLongLong(), q.value(1).toFloat()};
    return {};
}

DbError similarTo(QSqlDatabase &db, qint64 contributionId, int limit, QList<Similar> *similar)
{
    similar->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT topic_id, author_id, body_norm FROM contributions "
                             "WHERE id = ?"));
    if (DbError e = Database::exec(q, {contributionId}); !e.ok())
        return e;
    if (!q.next())
        return {};
    const qint64 topicId = q.value(0).toLongLong();
    const QString authorId = q.value(1).toString();
    const Trigrams mine = trigrams(q.value(2).toString());
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM (SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM contributions WHERE topic_id = ? ORDER BY submitted_at DESC, id DESC LIMIT ?) AS t "
        "UNION SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM (SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM contributions WHERE author_id = ? ORDER BY submitted_at DESC, id DESC LIMIT ?) AS "
        "a "
        // The twin its "duplicate" flag names, however old.
        "UNION SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM contributions WHERE id = (SELECT duplicate_of FROM contributions WHERE id = ?)"));
    if (DbError e = Database::exec(q, {topicId, 500, authorId, 100, contributionId}); !e.ok())
        return e;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id == contributionId)
            continue;
        const float score = similarityOf(mine, trigrams(q.value(1).toString()));
        if (score < SimilarThreshold)
            continue;
        similar->append({id,
                         score,
                         q.value(2).toString(),
                         q.value(3).toString(),
                         q.value(4).toString(),
                         Database::toDateTime(q.value(5)),
                         q.value(6).toString() == authorId,
                         q.value(7).toLongLong() == topicId});
    }
    std::sort(similar->begin(), similar->end(), [](const Similar &a, const Similar &b) {
        return a.score != b.score ? a.score > b.score : a.id < b.id;
    });
    if (similar->size() > limit)
        similar->resize(limit);
    return {};
}

} // namespace Similarity
