#pragma once

#include <QString>

// The poll rollups (migration 016) as the GROUP BY over poll_responses and poll_answers: the one
// definition the seeder fills them with and the tests compare them to. poll_rollup counts answers
// by (poll, question, option_id, value_int, day, gender, age band, nationality group,
// municipality), with option_id = coalesce(poll_answers.option_id, 0) and value_int =
// coalesce(poll_answers.value_int, 0); poll_participation counts responses by (poll, day,
// demographics). `day` is the date of submitted_at in Asia/Qatar time (UTC+3 all year).
namespace Polls::PollRollup {

// The day expression for a submitted_at column (`column`), as the database computes it.
QString dayOf(bool postgres, const QString &column);

// SELECTs with the columns of poll_rollup / poll_participation in their order, for the polls
// whose id is above the one parameter, written as `mark` ("?" or "$1").
QString rollupFromAnswers(bool postgres, const QString &mark);
QString participationFromResponses(bool postgres, const QString &mark);

// INSERTs of those SELECTs into the (empty) rollups: the seeder's load.
QString fillRollup(bool postgres, const QString &mark);
QString fillParticipation(bool postgres, const QString &mark);

} // namespace Polls::PollRollup
