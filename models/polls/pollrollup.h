#pragma once

#include <QString>

// The poll rollups (migration 016) as the GROUP BY over poll_responses and poll_answers, for the
// polls above a mark: what the seeder fills them with and the tests compare them to. The
// definition itself (keys, expressions) is RollupSql's (models/common/rollupsql.h), which the
// dashboards' `diwan-admin rollup` uses as well.
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
