#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

// How alike two contributions are, as pg_trgm measures it: the normalised text cut into words
// (runs of letters and digits), each padded with two spaces before and one after, cut into the
// set of its three-character pieces; similarity = shared pieces / all distinct pieces.
// trigramSimilarity() equals PostgreSQL's public.similarity (tst_contributionflags checks both
// on resources/moderation/duplicate_cases.tsv). A contribution is a near-duplicate of the oldest
// earlier one with the same normalised text in its topic (at any depth), else of the most alike
// among the newest TopicLookBack of its topic and AuthorLookBack of its author: bounded work,
// whatever the public repeats (a GIN trigram index took a second at 500 000 contributions for
// a text repeated 5 000 times). diwan.near_duplicate (migration 021) decides the same in SQL for
// the portal; this file does it for SQLite, and lists "Similar contributions" on both.
namespace Similarity {

// At or over this, a contribution is a near-duplicate (diwan.duplicate_threshold()).
constexpr float DuplicateThreshold = 0.75f;
// At or over this, it is listed among the similar contributions (pg_trgm's default threshold).
constexpr float SimilarThreshold = 0.3f;
// SQLite looks back over the newest contributions of the topic and of the author only.
constexpr int TopicLookBack = 100;
constexpr int AuthorLookBack = 30;

// pg_trgm's similarity of two normalised texts, 0 to 1.
float trigramSimilarity(QStringView a, QStringView b);

struct Match
{
    qint64 id = 0; // 0: none
    float score = 0;
};

// SQLite: what diwan.near_duplicate decides (see above); score 1 for the same text.
DbError nearDuplicate(QSqlDatabase &db,
                      qint64 topicId,
                      const QString &authorId,
                      const QString &normalized,
                      Match *match);

// What the "duplicate" flag of a contribution points at (none: id 0).
DbError flaggedDuplicate(QSqlDatabase &db, qint64 contributionId, Match *match);

struct Similar
{
    qint64 id = 0;
    float score = 0;
    QString body;
    QString authorName;
    QString state;
    QDateTime submittedAt;
    bool sameAuthor = false;
    bool sameTopic = false;
};

// The contributions of the same topic or author most like this one (at or over
// SimilarThreshold), most alike first, at most `limit`, among the newest 500 of its topic and
// 100 of its author.
DbError similarTo(QSqlDatabase &db, qint64 contributionId, int limit, QList<Similar> *similar);

} // namespace Similarity
