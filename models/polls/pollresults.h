#pragma once

#include "common/statistics.h"
#include "db/dberror.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A poll's results as the designer shows them, read from the rollups (poll_rollup,
// poll_participation; migration 016), never from the answers: per question the count, share and
// 95% Wilson interval of each option or scale point, responses per day, and the segments
// (a gender, age band, nationality group or municipality) with fewer than 30 responses, where
// the shares say little.
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

    static DbError load(QSqlDatabase &db, qint64 pollId, PollResults *out);
};

} // namespace Polls
