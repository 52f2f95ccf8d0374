#include "polls/pollrollup.h"

#include "common/rollupsql.h"

namespace Polls::PollRollup {

QString dayOf(bool postgres, const QString &column)
{
    return RollupSql::qatarDay(postgres, column);
}

QString rollupFromAnswers(bool postgres, const QString &mark)
{
    return RollupSql::groupBy(RollupSql::pollAnswers(postgres),
                              QStringLiteral("r.poll_id > ") + mark);
}

QString participationFromResponses(bool postgres, const QString &mark)
{
    return RollupSql::groupBy(RollupSql::pollParticipation(postgres),
                              QStringLiteral("r.poll_id > ") + mark);
}

QString fillRollup(bool postgres, const QString &mark)
{
    return RollupSql::insert(RollupSql::pollAnswers(postgres),
                             QStringLiteral("r.poll_id > ") + mark);
}

QString fillParticipation(bool postgres, const QString &mark)
{
    return RollupSql::insert(RollupSql::pollParticipation(postgres),
                             QStringLiteral("r.poll_id > ") + mark);
}

} // namespace Polls::PollRollup
