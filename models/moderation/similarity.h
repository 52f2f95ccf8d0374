#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringView>

// How alike two contributions are, as pg_trgm measures it: the normalised text cut into words
// (runs of letters and digits), each padded with two spaces before and one after, cut into the
// set of its three-character pieces; similarity = shared pieces / all distinct pieces. PostgreSQL
// computes it with public.similarity over the GIN trigram index (migration 021); SQLite with
// trigramSimilarity() here, over a bounded look-back. tst_similarity checks both on the same
// cases. Used for the "duplicate" flag (PortalEntry, diwan.submit_contribution) and for the
// "Similar contributions" of the moderation detail pane.
namespace Similarity {

// At or over this, a contribution is a near-duplicate (diwan.duplicate_threshold()).
constexpr float DuplicateThreshold = 0.75f;
// At or over this, it is listed among the similar contributions (pg_trgm's default threshold).
constexpr float SimilarThreshold = 0.3f;
// SQLite looks back over the newest contributions of the topic and of the author only.
constexpr int TopicLookBack = 200;
constexpr int AuthorLookBack = 50;

// pg_trgm's similarity of two normalised texts, 0 to 1.
float trigramSimilarity(QStringView a, QStringView b);

struct Match
{
    qint64 id = 0; // 0: none
    float score = 0;
};

// SQLite: the most alike earlier contribution of the topic or the author at or over
// DuplicateThreshold (ties: the oldest), as diwan.near_duplicate decides it.
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
// SimilarThreshold), most alike first, at most `limit`.
DbError similarTo(QSqlDatabase &db, qint64 contributionId, int limit, QList<Similar> *similar);

} // namespace Similarity
