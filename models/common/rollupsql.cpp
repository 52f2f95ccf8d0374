#include "common/rollupsql.h"

namespace RollupSql {

QString qatarDay(bool postgres, const QString &column)
{
    // Qatar has kept UTC+3 without daylight saving since 1972: SQLite adds three hours.
    return postgres ? QStringLiteral("(%1 AT TIME ZONE 'Asia/Qatar')::date").arg(column)
                    : QStringLiteral("date(%1, '+3 hours')").arg(column);
}

namespace {

const QStringList demographics{QStringLiteral("gender"),
                               QStringLiteral("age_band"),
                               QStringLiteral("nationality_group"),
                               QStringLiteral("municipality")};

QStringList ofResponse(const QStringList &columns)
{
    QStringList out;
    for (const QString &c : columns)
        out << QStringLiteral("r.") + c;
    return out;
}

} // namespace

Definition pollAnswers(bool postgres)
{
    return {QStringLiteral("poll_rollup"),
            QStringList{QStringLiteral("poll_id"),
                        QStringLiteral("question_id"),
                        QStringLiteral("option_id"),
                        QStringLiteral("value_int"),
                        QStringLiteral("day")}
                + demographics,
            QStringList{QStringLiteral("r.poll_id"),
                        QStringLiteral("a.question_id"),
                        QStringLiteral("coalesce(a.option_id, 0)"),
                        QStringLiteral("coalesce(a.value_int, 0)"),
                        qatarDay(postgres, QStringLiteral("r.submitted_at"))}
                + ofResponse(demographics),
            QStringLiteral("answers"),
            QStringLiteral("poll_answers a JOIN poll_responses r ON r.id = a.response_id")};
}

Definition pollParticipation(bool postgres)
{
    return {QStringLiteral("poll_participation"),
            QStringList{QStringLiteral("poll_id"), QStringLiteral("day")} + demographics,
            QStringList{QStringLiteral("r.poll_id"),
                        qatarDay(postgres, QStringLiteral("r.submitted_at"))}
                + ofResponse(demographics),
            QStringLiteral("responses"),
            QStringLiteral("poll_responses r")};
}

QString groupBy(const Definition &d, const QString &where)
{
    QStringList select;
    QStringList positions;
    for (int i = 0; i < d.keys.size(); ++i) {
        select << d.expressions.at(i) + QStringLiteral(" AS ") + d.keys.at(i);
        positions << QString::number(i + 1);
    }
    QString from = d.from;
    if (!where.isEmpty())
        from += (from.contains(QLatin1String(" WHERE ")) ? QStringLiteral(" AND ")
                                                         : QStringLiteral(" WHERE "))
                + where;
    return QStringLiteral("SELECT %1, %2 AS %3 FROM %4 GROUP BY %5")
        .arg(select.join(QStringLiteral(", ")),
             d.count,
             d.value,
             from,
             positions.join(QStringLiteral(", ")));
}

QString insert(const Definition &d, const QString &where)
{
    return QStringLiteral("INSERT INTO %1 (%2, %3) ")
               .arg(d.table, d.keys.join(QStringLiteral(", ")), d.value)
           + groupBy(d, where);
}

} // namespace RollupSql
