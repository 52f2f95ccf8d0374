#pragma once

#include "db/dberror.h"
#include "demo/random.h"
#include "demo/timewarp.h"

#include <QList>

#include <memory>
#include <vector>

namespace Seeder {

struct SeedContext;
struct ResponsePlan;
struct Answer;

// Opinion polls: the polls with their questions and options, the public's responses (who
// answered: gender, age band, nationality group, municipality) and answers, with opinions that
// lean by group and drift over the poll's window; then the dashboards' daily rollup and the
// poll rollups. Responses
// come in a burst when a poll opens, then in the everyday rhythm. Runs after the StaffGenerator.
class PollGenerator
{
public:
    explicit PollGenerator(SeedContext &context);
    ~PollGenerator();

    DbError seed();
    // poll_rollup and poll_participation (migration 016) from the responses and answers, as
    // their GROUP BY defines them.
    DbError seedRollups();

private:
    DbError seedPolls();
    DbError seedResponses();
    DbError seedAnswers();

    Rng responseRng(qint64 index) const;
    // The response's own draws come first from `rng`; answers() continues with the same rng.
    ResponsePlan planResponse(qint64 index, Rng &rng) const;
    void answers(const ResponsePlan &plan, Rng &rng, QList<Answer> *out) const;

    SeedContext &m_context;
    QList<int> m_pollsWithResponses;    // indexes into Content::polls
    QList<qint64> m_pollResponseCounts; // per entry of m_pollsWithResponses
    QList<qint64> m_pollResponseOffsets;
    std::vector<std::unique_ptr<TimeWarp>> m_pollTime;
};

} // namespace Seeder
