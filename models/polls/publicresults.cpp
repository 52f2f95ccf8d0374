#include "polls/publicresults.h"

#include "common/refusalcodes.h"
#include "db/database.h"
#include "db/dialect.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Polls::PublicResults {

namespace {

const RefusalCode<Refusal> refusals[] = {
    {Refusal::NotPublic, "results_not_public", "DW212"},
};

// Whether the public may see the results now (026's rule).
bool visible(const QString &state,
             const QString &results,
             const QVariant &opensAt,
             const QVariant &closesAt,
             const QDateTime &now)
{
    const bool ended = state == QLatin1String("closed") || state == QLatin1String("archived")
                       || (state == QLatin1String("open") && !closesAt.isNull()
                           && Database::toDateTime(closesAt) <= now);
    const bool started = ended
                         || (state == QLatin1String("open")
                             && (opensAt.isNull() || Database::toDateTime(opensAt) <= now));
    return (results == QLatin1String("live") && started)
           || (results == QLatin1String("after_closing") && ended);
}

Results readOnPostgres(QSqlDatabase &db, qint64 pollId)
{
    Results result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT question_id, option_id, value_int, answers, responses "
                             "FROM diwan.public_poll_results(?)"));
    if (DbError e = Database::exec(q, {pollId}); !e.ok()) {
        result.refusal = RefusalCodes::fromSqlState(refusals, q.lastError().nativeErrorCode());
        if (result.refusal == Refusal::None)
            result.error = e;
        else
            result.detail = q.lastError().databaseText();
        return result;
    }
    while (q.next()) {
        result.counts << Count{q.value(0).toLongLong(),
                               q.value(1).toLongLong(),
                               q.value(2).toInt(),
                               q.value(3).toLongLong()};
        result.responses = q.value(4).toLongLong();
    }
    return result;
}

Results readOnSqlite(QSqlDatabase &db, qint64 pollId, const QDateTime &now)
{
    Results result;
    const DbError e = Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, results, opens_at, closes_at FROM polls "
                                 "WHERE id = ?"));
        if (DbError e = Database::exec(q, {pollId}); !e.ok())
            return e;
        if (!q.next()
            || !visible(
                q.value(0).toString(), q.value(1).toString(), q.value(2), q.value(3), now)) {
            result.refusal = Refusal::NotPublic;
            result.detail = QStringLiteral("the results of poll %1 are not public").arg(pollId);
            return {};
        }
        q.prepare(QStringLiteral("SELECT coalesce(sum(responses), 0) FROM poll_participation "
                                 "WHERE poll_id = ?"));
        if (DbError e = Database::exec(q, {pollId}); !e.ok())
            return e;
        result.responses = q.next() ? q.value(0).toLongLong() : 0;
        q.prepare(QStringLiteral("SELECT question_id, option_id, value_int, sum(answers) "
                                 "FROM poll_rollup WHERE poll_id = ? "
                                 "GROUP BY question_id, option_id, value_int "
                                 "ORDER BY question_id, option_id, value_int"));
        if (DbError e = Database::exec(q, {pollId}); !e.ok())
            return e;
        while (q.next())
            result.counts << Count{q.value(0).toLongLong(),
                                   q.value(1).toLongLong(),
                                   q.value(2).toInt(),
                                   q.value(3).toLongLong()};
        return {};
    });
    if (!e.ok()) {
        result = {};
        result.error = e;
    } else if (result.refusal != Refusal::None) {
        result.counts.clear();
        result.responses = 0;
    }
    return result;
}

} // namespace

QString code(Refusal refusal)
{
    return RefusalCodes::code(refusals, refusal);
}

QString sqlState(Refusal refusal)
{
    return RefusalCodes::sqlState(refusals, refusal);
}

Results read(QSqlDatabase &db, qint64 pollId, const QDateTime &now)
{
    return Dialect::of(db).isPostgres() ? readOnPostgres(db, pollId)
                                        : readOnSqlite(db, pollId, now);
}

} // namespace Polls::PublicResults
