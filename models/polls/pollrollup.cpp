#include "polls/pollrollup.h"

namespace Polls::PollRollup {

QString dayOf(bool postgres, const QString &column)
{
    // Qatar has kept UTC+3 without daylight saving since 1972: SQLite adds three hours.
    return postgres ? QStringLiteral("CAST(%1 AT TIME ZONE 'Asia/Qatar' AS date)").arg(column)
                    : QStringLiteral("date(%1, '+3 hours')").arg(column);
}

QString rollupFromAnswers(bool postgres, const QString &mark)
{
    const QString day = dayOf(postgres, QStringLiteral("r.submitted_at"));
    return QStringLiteral(
               "SELECT r.poll_id, a.question_id, coalesce(a.option_id, 0), "
               "coalesce(a.value_int, 0), %1, r.gender, r.age_band, r.nationality_group, "
               "r.municipality, count(*) "
               "FROM poll_answers a JOIN poll_responses r ON r.id = a.response_id "
               "WHERE r.poll_id > %2 "
               "GROUP BY r.poll_id, a.question_id, coalesce(a.option_id, 0), "
               "coalesce(a.value_int, 0), %1, r.gender, r.age_band, r.nationality_group, "
               "r.municipality")
        .arg(day, mark);
}

QString participationFromResponses(bool postgres, const QString &mark)
{
    const QString day = dayOf(postgres, QStringLiteral("r.submitted_at"));
    return QStringLiteral("SELECT r.poll_id, %1, r.gender, r.age_band, r.nationality_group, "
                          "r.municipality, count(*) FROM poll_responses r WHERE r.poll_id > %2 "
                          "GROUP BY r.poll_id, %1, r.gender, r.age_band, r.nationality_group, "
                          "r.municipality")
        .arg(day, mark);
}

QString fillRollup(bool postgres, const QString &mark)
{
    return QStringLiteral("INSERT INTO poll_rollup (poll_id, question_id, option_id, value_int, "
                          "day, gender, age_band, nationality_group, municipality, answers) ")
           + rollupFromAnswers(postgres, mark);
}

QString fillParticipation(bool postgres, const QString &mark)
{
    return QStringLiteral("INSERT INTO poll_participation (poll_id, day, gender, age_band, "
                          "nationality_group, municipality, responses) ")
           + participationFromResponses(postgres, mark);
}

} // namespace Polls::PollRollup
