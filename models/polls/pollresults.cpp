#include "polls/pollresults.h"

#include "db/database.h"
#include "polls/poll.h"
#include "polls/pollpreview.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace Polls {

namespace {

// The rollup key a row of the results is counted under: an option ranked first (value 1) for a
// ranking, the option or the scale point otherwise.
std::pair<qint64, int> rollupKey(const QuestionResult &question, const ResultRow &row)
{
    const bool ranking = question.kind == QLatin1String("ranking");
    return {row.optionId, ranking && row.optionId > 0 ? 1 : row.value};
}

bool sharesOfResponses(const QuestionResult &question)
{
    return question.kind == QLatin1String("multiple") || question.kind == QLatin1String("open");
}

void computeShares(qint64 base, QList<ResultRow> &rows)
{
    for (ResultRow &row : rows) {
        row.share = base > 0 ? double(row.count) / double(base) : 0;
        row.interval = Statistics::wilson(double(row.count), double(base));
    }
}

} // namespace

const QStringList &PollResults::dimensions()
{
    static const QStringList list{QStringLiteral("gender"),
                                  QStringLiteral("age_band"),
                                  QStringLiteral("nationality_group"),
                                  QStringLiteral("municipality")};
    return list;
}

QStringList PollResults::segmentKeys(const QString &dimension)
{
    if (dimension == QLatin1String("gender"))
        return {QStringLiteral("female"), QStringLiteral("male")};
    if (dimension == QLatin1String("nationality_group"))
        return {QStringLiteral("qatari"), QStringLiteral("non_qatari")};
    if (dimension == QLatin1String("age_band"))
        return ageBandKeys();
    return municipalityKeys();
}

DbError PollResults::load(QSqlDatabase &db, qint64 pollId, PollResults *out)
{
    PollResults r;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, gender, age_band, nationality_group, municipality, "
                             "responses FROM poll_participation WHERE poll_id = ? "
                             "ORDER BY day LIMIT 200000"));
    if (DbError e = Database::exec(q, {pollId}); !e.ok())
        return e;
    QMap<QDate, qint64> days;
    QMap<std::pair<QString, QString>, qint64> segments;
    static const char *const dimensions[]
        = {"gender", "age_band", "nationality_group", "municipality"};
    while (q.next()) {
        const qint64 n = q.value(5).toLongLong();
        r.responses += n;
        days[QDate::fromString(q.value(0).toString().left(10), Qt::ISODate)] += n;
        for (int d = 0; d < 4; ++d)
            segments[{QLatin1String(dimensions[d]), q.value(d + 1).toString()}] += n;
    }
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        r.perDay.append({it.key(), it.value()});
    for (auto it = segments.cbegin(); it != segments.cend(); ++it)
        if (it.value() < SmallSegment)
            r.smallSegments.append({it.key().first, it.key().second, it.value()});
    std::stable_sort(r.smallSegments.begin(),
                     r.smallSegments.end(),
                     [](const Segment &a, const Segment &b) { return a.responses > b.responses; });

    q.prepare(QStringLiteral("SELECT id, kind, text_ar, text_en FROM poll_questions "
                             "WHERE poll_id = ? ORDER BY position LIMIT 1000"));
    if (DbError e = Database::exec(q, {pollId}); !e.ok())
        return e;
    while (q.next())
        r.questions.append({q.value(0).toLongLong(),
                            q.value(1).toString(),
                            q.value(2).toString(),
                            q.value(3).toString(),
                            0,
                            {},
                            {}});
    QSqlQuery options(db);
    options.prepare(QStringLiteral("SELECT id, text_ar, text_en FROM poll_options "
                                   "WHERE question_id = ? ORDER BY position LIMIT 1000"));
    QSqlQuery counts(db);
    counts.prepare(QStringLiteral("SELECT option_id, value_int, sum(answers) FROM poll_rollup "
                                  "WHERE poll_id = ? AND question_id = ? "
                                  "GROUP BY option_id, value_int"));
    for (QuestionResult &question : r.questions) {
        if (DbError e = Database::exec(counts, {pollId, question.questionId}); !e.ok())
            return e;
        QMap<std::pair<qint64, int>, qint64> byKey;
        while (counts.next())
            byKey[{counts.value(0).toLongLong(), counts.value(1).toInt()}]
                += counts.value(2).toLongLong();
        const bool ranking = question.kind == QLatin1String("ranking");
        if (DbError e = Database::exec(options, {question.questionId}); !e.ok())
            return e;
        bool hasOptions = false;
        while (options.next()) {
            hasOptions = true;
            const qint64 id = options.value(0).toLongLong();
            question.rows.append({id,
                                  0,
                                  options.value(1).toString(),
                                  options.value(2).toString(),
                                  byKey.value({id, ranking ? 1 : 0}),
                                  0,
                                  {}});
        }
        const auto add = [&question, &byKey](int value, const char *key, int point) {
            const QString ar = point > 0
                                   ? PollPreview::scale(key, QStringLiteral("ar")).value(point - 1)
                                   : PollPreview::word(key, QStringLiteral("ar"));
            const QString en = point > 0
                                   ? PollPreview::scale(key, QStringLiteral("en")).value(point - 1)
                                   : PollPreview::word(key, QStringLiteral("en"));
            question.rows.append({0, value, ar, en, byKey.value({0, value}), 0, {}});
        };
        if (!hasOptions && question.kind == QLatin1String("yes_no")) {
            add(1, "yes", 0);
            add(2, "no", 0);
        } else if (!hasOptions && question.kind == QLatin1String("likert")) {
            for (int v = 1; v <= 5; ++v)
                add(v, "likert", v);
        } else if (question.kind == QLatin1String("rating")) {
            for (int v = 1; v <= 10; ++v)
                question.rows.append(
                    {0, v, QString::number(v), QString::number(v), byKey.value({0, v}), 0, {}});
        }
        // "other (please specify)" and open answers: option 0, value 0.
        if (question.kind == QLatin1String("open"))
            add(0, "open_answers", 0);
        else if (byKey.value({0, 0}) > 0)
            add(0, "other", 0);
        qint64 sum = 0;
        for (const ResultRow &row : std::as_const(question.rows))
            sum += row.count;
        question.base = sharesOfResponses(question) ? r.responses : sum;
        computeShares(question.base, question.rows);
    }
    if (DbError e = loadSegments(db, pollId, segments, r.questions); !e.ok())
        return e;
    *out = r;
    return {};
}

// Each question by segment: one GROUP BY over the rollup per dimension (a few thousand rows at
// most), never the answers.
DbError PollResults::loadSegments(QSqlDatabase &db,
                                  qint64 pollId,
                                  const QMap<std::pair<QString, QString>, qint64> &responses,
                                  QList<QuestionResult> &questions)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QHash<qint64, QuestionResult *> byId;
    for (QuestionResult &question : questions)
        byId.insert(question.questionId, &question);
    for (const QString &dimension : dimensions()) {
        // The column name comes from the fixed list above, never from input.
        q.prepare(QStringLiteral("SELECT question_id, option_id, value_int, %1, sum(answers) "
                                 "FROM poll_rollup WHERE poll_id = ? "
                                 "GROUP BY question_id, option_id, value_int, %1")
                      .arg(dimension));
        if (DbError e = Database::exec(q, {pollId}); !e.ok())
            return e;
        // (question, segment) -> (option, value) -> answers
        QHash<std::pair<qint64, QString>, QHash<std::pair<qint64, int>, qint64>> counts;
        while (q.next())
            counts[{q.value(0).toLongLong(), q.value(3).toString()}]
                  [{q.value(1).toLongLong(), q.value(2).toInt()}]
                += q.value(4).toLongLong();
        for (QuestionResult &question : questions) {
            for (const QString &key : segmentKeys(dimension)) {
                const qint64 n = responses.value({dimension, key});
                if (n == 0)
                    continue;
                const auto byKey = counts.value({question.questionId, key});
                SegmentResult segment{dimension, key, n, 0, question.rows};
                qint64 sum = 0;
                for (ResultRow &row : segment.rows) {
                    row.count = byKey.value(rollupKey(question, row));
                    sum += row.count;
                }
                segment.base = sharesOfResponses(question) ? n : sum;
                computeShares(segment.base, segment.rows);
                question.segments.append(segment);
            }
        }
    }
    return {};
}

} // namespace Polls
