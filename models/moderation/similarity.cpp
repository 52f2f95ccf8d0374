#include "moderation/similarity.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Similarity {

namespace {

// The trigrams of a text as pg_trgm's generate_trgm makes them, each packed in 63 bits (three
// code points of 21 bits), sorted and distinct.
QList<quint64> trigrams(QStringView text)
{
    QList<quint64> out;
    const QList<uint> ucs = text.toUcs4();
    qsizetype i = 0;
    while (i < ucs.size()) {
        while (i < ucs.size() && !QChar::isLetterOrNumber(char32_t(ucs.at(i))))
            ++i;
        const qsizetype start = i;
        while (i < ucs.size() && QChar::isLetterOrNumber(char32_t(ucs.at(i))))
            ++i;
        if (i == start)
            break;
        // "  word ": two spaces before, one after.
        QList<quint64> word;
        word << ' ' << ' ';
        for (qsizetype k = start; k < i; ++k)
            word << QChar::toLower(char32_t(ucs.at(k)));
        word << ' ';
        for (qsizetype k = 0; k + 2 < word.size(); ++k)
            out << ((word.at(k) << 42) | (word.at(k + 1) << 21) | word.at(k + 2));
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

float similarityOf(const QList<quint64> &a, const QList<quint64> &b)
{
    if (a.isEmpty() || b.isEmpty())
        return 0;
    qsizetype common = 0;
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

bool isPostgres(const QSqlDatabase &db)
{
    return Dialect::of(db).isPostgres();
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
    const QList<quint64> mine = trigrams(normalized);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, body_norm FROM (SELECT id, body_norm FROM contributions WHERE topic_id = ? "
        "ORDER BY submitted_at DESC, id DESC LIMIT ?) "
        "UNION SELECT id, body_norm FROM (SELECT id, body_norm FROM contributions "
        "WHERE author_id = ? ORDER BY submitted_at DESC, id DESC LIMIT ?)"));
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
    if (isPostgres(db)) {
        // The trigram index finds the candidates (pg_trgm.similarity_threshold, 0.3 unless the
        // session says otherwise); at most 200 are ranked.
        q.prepare(QStringLiteral(
            "SELECT x.id, public.similarity(x.body_norm, c.body_norm) AS score, x.body, "
            "x.author_name, x.state, x.submitted_at, x.author_id = c.author_id, "
            "x.topic_id = c.topic_id "
            "FROM contributions c CROSS JOIN LATERAL (SELECT y.id, y.body, y.body_norm, "
            "y.author_name, y.author_id, y.topic_id, y.state, y.submitted_at "
            "FROM contributions y WHERE y.body_norm OPERATOR(public.%) c.body_norm "
            "AND y.id <> c.id AND (y.topic_id = c.topic_id OR y.author_id = c.author_id) "
            "LIMIT 200) x "
            "WHERE c.id = ? AND public.similarity(x.body_norm, c.body_norm) >= ? "
            "ORDER BY score DESC, x.id LIMIT ?"));
        if (DbError e = Database::exec(q, {contributionId, double(SimilarThreshold), limit});
            !e.ok())
            return e;
        while (q.next())
            similar->append({q.value(0).toLongLong(),
                             q.value(1).toFloat(),
                             q.value(2).toString(),
                             q.value(3).toString(),
                             q.value(4).toString(),
                             Database::toDateTime(q.value(5)),
                             q.value(6).toBool(),
                             q.value(7).toBool()});
        return {};
    }
    q.prepare(QStringLiteral("SELECT topic_id, author_id, body_norm FROM contributions "
                             "WHERE id = ?"));
    if (DbError e = Database::exec(q, {contributionId}); !e.ok())
        return e;
    if (!q.next())
        return {};
    const qint64 topicId = q.value(0).toLongLong();
    const QString authorId = q.value(1).toString();
    const QList<quint64> mine = trigrams(q.value(2).toString());
    q.finish();
    q.prepare(QStringLiteral(
        "SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM (SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM contributions WHERE topic_id = ? ORDER BY submitted_at DESC, id DESC LIMIT ?) "
        "UNION SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM (SELECT id, body_norm, body, author_name, state, submitted_at, author_id, topic_id "
        "FROM contributions WHERE author_id = ? ORDER BY submitted_at DESC, id DESC LIMIT ?)"));
    if (DbError e
        = Database::exec(q, {topicId, TopicLookBack * 5 / 2, authorId, AuthorLookBack * 2});
        !e.ok())
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
