#pragma once

#include "common/statistics.h"
#include "db/dberror.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// A poll's results as the designer shows them, read from the rollups (poll_rollup,
// poll_participation; migration 016), never from the answers: per question the count, share and
// 95% Wilson interval of each option or scale point, responses per day, and the segments
// (a gender, age band, nationality group or municipality) with fewer than 30 responses, where
// the shares say little; and each question broken down by segment (count, share and interval per
// option within the segment), from the rollups' demographic columns.
namespace Polls {

struct ResultRow
{
    qint64 optionId = 0; // 0: a scale point, "other" or an open answer
    int value = 0;       // the scale point (yes/no, Likert, rating); 0 otherwise
    QString labelAr;
    QString labelEn;
    qint64 count = 0;
    double share = 0; // of `base`
    Statistics::Interval interval;
};

// One segment's breakdown of a question: the same rows as the whole (labels and order), counted
// among the segment's respondents alone.
struct SegmentResult
{
    QString dimension;     // "gender", "age_band", "nationality_group", "municipality"
    QString key;           // "female", "65+", "qatari", "doha", ...
    qint64 responses = 0;  // the segment's responses to the poll
    qint64 base = 0;       // what the shares are of, as QuestionResult::base
    QList<ResultRow> rows; // parallel to QuestionResult::rows
};

struct QuestionResult
{
    qint64 questionId = 0;
    QString kind;
    QString textAr;
    QString textEn;
    // What the shares are of: the responses that answered the question (single choice and the
    // scales), every response (multiple choice: a respondent picks several), the first places
    // (ranking).
    qint64 base = 0;
    QList<ResultRow> rows;
    // By dimension (gender, age band, nationality group, municipality), each dimension's segments
    // in the order of its list; a segment with no response is left out.
    QList<SegmentResult> segments;
};

struct Segment
{
    QString dimension; // "gender", "age_band", "nationality_group", "municipality"
    QString key;       // "female", "65+", ...
    qint64 responses = 0;
};

struct PollResults
{
    qint64 responses = 0;
    QList<QuestionResult> questions;
    QList<std::pair<QDate, qint64>> perDay; // Asia/Qatar days, oldest first
    QList<Segment> smallSegments;           // under SmallSegment responses, largest first
    static constexpr int SmallSegment = 30;
    static const QStringList &dimensions();
    // A dimension's keys in display order.
    static QStringList segmentKeys(const QString &dimension);

    static DbError load(QSqlDatabase &db, qint64 pollId, PollResults *out);

private:
    static DbError loadSegments(QSqlDatabase &db,
                                qint64 pollId,
                                const QMap<std::pair<QString, QString>, qint64> &responses,
                                QList<QuestionResult> &questions);
};

} // namespace Polls
