#include "dashboards/rollups.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Rollups {

QString qatarDay(const Dialect &d, const QString &column)
{
    return d.isPostgres() ? QStringLiteral("(%1 AT TIME ZONE 'Asia/Qatar')::date").arg(column)
                          : QStringLiteral("date(%1, '+3 hours')").arg(column);
}

QString decisionHours(const Dialect &d, const QString &from, const QString &to)
{
    if (d.isPostgres())
        return QStringLiteral(
                   "greatest(0, least(2000, (extract(epoch FROM date_trunc('second', %2))::bigint "
                   "- extract(epoch FROM date_trunc('second', %1))::bigint) / 3600))")
            .arg(from, to);
    return QStringLiteral("max(0, min(2000, (CAST(strftime('%s', %2) AS integer) "
                          "- CAST(strftime('%s', %1) AS integer)) / 3600))")
        .arg(from, to);
}

QString onTime(const Dialect &d)
{
    return d.isPostgres() ? QStringLiteral("(decided_at <= due_at)")
                          : QStringLiteral("(julianday(decided_at) <= julianday(due_at))");
}

namespace {

bool hasTable(const QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    if (Dialect::of(db).isPostgres()) {
        q.prepare(QStringLiteral("SELECT to_regclass('diwan.' || ?) IS NOT NULL"));
    } else {
        q.prepare(QStringLiteral(
            "SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    }
    q.addBindValue(name);
    return q.exec() && q.next() && q.value(0).toBool();
}

Table make(const QString &name,
           const QStringList &keys,
           const QString &value,
           const QString &from,
           const QStringList &expressions,
           const QString &count = QStringLiteral("count(*)"))
{
    QStringList select;
    QStringList positions;
    for (int i = 0; i < keys.size(); ++i) {
        select << expressions.at(i) + QStringLiteral(" AS ") + keys.at(i);
        positions << QString::number(i + 1);
    }
    return {name,
            keys,
            value,
            QStringLiteral("SELECT %1, %2 AS %3 FROM %4 GROUP BY %5")
                .arg(select.join(QStringLiteral(", ")),
                     count,
                     value,
                     from,
                     positions.join(QStringLiteral(", ")))};
}

} // namespace

QList<Table> tables(const QSqlDatabase &db)
{
    const Dialect d = Dialect::of(db);
    QList<Table> out;
    const QString submitted = qatarDay(d, QStringLiteral("submitted_at"));
    const QString decided = qatarDay(d, QStringLiteral("decided_at"));
    if (hasTable(db, QStringLiteral("service_rollup"))) {
        out << make(QStringLiteral("service_rollup"),
                    {QStringLiteral("day"),
                     QStringLiteral("service_id"),
                     QStringLiteral("state"),
                     QStringLiteral("municipality"),
                     QStringLiteral("due_day")},
                    QStringLiteral("transactions"),
                    QStringLiteral("transactions"),
                    {submitted,
                     QStringLiteral("service_id"),
                     QStringLiteral("state"),
                     QStringLiteral("municipality"),
                     qatarDay(d, QStringLiteral("due_at"))});
        out << make(QStringLiteral("service_decision_rollup"),
                    {QStringLiteral("day"),
                     QStringLiteral("service_id"),
                     QStringLiteral("municipality"),
                     QStringLiteral("outcome"),
                     QStringLiteral("on_time"),
                     QStringLiteral("hours")},
                    QStringLiteral("decisions"),
                    QStringLiteral("transactions WHERE decided_at IS NOT NULL"),
                    {decided,
                     QStringLiteral("service_id"),
                     QStringLiteral("municipality"),
                     QStringLiteral("state"),
                     onTime(d),
                     decisionHours(d)});
        out << make(QStringLiteral("clerk_rollup"),
                    {QStringLiteral("day"),
                     QStringLiteral("service_id"),
                     QStringLiteral("staff_id"),
                     QStringLiteral("on_time")},
                    QStringLiteral("decisions"),
                    QStringLiteral("transactions WHERE decided_at IS NOT NULL"),
                    {decided,
                     QStringLiteral("service_id"),
                     QStringLiteral("coalesce(assigned_to, 0)"),
                     onTime(d)});
    }
    const QString answered = qatarDay(d, QStringLiteral("r.submitted_at"));
    if (hasTable(db, QStringLiteral("poll_participation"))) {
        out << make(QStringLiteral("poll_participation"),
                    {QStringLiteral("poll_id"),
                     QStringLiteral("day"),
                     QStringLiteral("gender"),
                     QStringLiteral("age_band"),
                     QStringLiteral("nationality_group"),
                     QStringLiteral("municipality")},
                    QStringLiteral("responses"),
                    QStringLiteral("poll_responses r"),
                    {QStringLiteral("r.poll_id"),
                     answered,
                     QStringLiteral("r.gender"),
                     QStringLiteral("r.age_band"),
                     QStringLiteral("r.nationality_group"),
                     QStringLiteral("r.municipality")});
    }
    if (hasTable(db, QStringLiteral("poll_rollup"))) {
        out << make(QStringLiteral("poll_rollup"),
                    {QStringLiteral("poll_id"),
                     QStringLiteral("question_id"),
                     QStringLiteral("option_id"),
                     QStringLiteral("value_int"),
                     QStringLiteral("day"),
                     QStringLiteral("gender"),
                     QStringLiteral("age_band"),
                     QStringLiteral("nationality_group"),
                     QStringLiteral("municipality")},
                    QStringLiteral("answers"),
                    QStringLiteral("poll_answers a JOIN poll_responses r ON r.id = a.response_id"),
                    {QStringLiteral("r.poll_id"),
                     QStringLiteral("a.question_id"),
                     QStringLiteral("coalesce(a.option_id, 0)"),
                     QStringLiteral("coalesce(a.value_int, 0)"),
                     answered,
                     QStringLiteral("r.gender"),
                     QStringLiteral("r.age_band"),
                     QStringLiteral("r.nationality_group"),
                     QStringLiteral("r.municipality")});
    }
    return out;
}

QStringList serviceTables()
{
    return {QStringLiteral("service_rollup"),
            QStringLiteral("service_decision_rollup"),
            QStringLiteral("clerk_rollup")};
}

QStringList rebuildStatements(const QSqlDatabase &db, const QStringList &only)
{
    QStringList out;
    for (const Table &t : tables(db)) {
        if (!only.isEmpty() && !only.contains(t.name))
            continue;
        out << QStringLiteral("DELETE FROM ") + t.name;
        out << QStringLiteral("INSERT INTO %1 (%2, %3) %4")
                   .arg(t.name, t.keys.join(QStringLiteral(", ")), t.value, t.groupBy);
    }
    return out;
}

DbError rebuild(QSqlDatabase &db, QStringList *log)
{
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        if (Dialect::of(db).isPostgres()) {
            // Writers wait until the rollups are whole again; readers go on.
            for (const QString &raw : {QStringLiteral("transactions"),
                                       QStringLiteral("poll_responses"),
                                       QStringLiteral("poll_answers")}) {
                if (!q.exec(QStringLiteral("LOCK TABLE %1 IN SHARE MODE").arg(raw)))
                    return DbError::fromSql(q.lastError());
            }
        }
        for (const Table &t : tables(db)) {
            if (!q.exec(QStringLiteral("DELETE FROM ") + t.name))
                return DbError::fromSql(q.lastError());
            if (!q.exec(QStringLiteral("INSERT INTO %1 (%2, %3) %4")
                            .arg(t.name, t.keys.join(QStringLiteral(", ")), t.value, t.groupBy)))
                return DbError::fromSql(q.lastError());
            if (log)
                *log << QStringLiteral("%1: %2 rows").arg(t.name).arg(q.numRowsAffected());
        }
        return {};
    });
}

DbError check(QSqlDatabase &db, QList<Difference> *differences, int limit)
{
    for (const Table &t : tables(db)) {
        const QString keys = t.keys.join(QStringLiteral(", "));
        // Rows on either side that the other lacks or counts differently, joined back by key.
        const QString sql
            = QStringLiteral(
                  "SELECT %1, max(rollup_count) AS rollup_count, max(raw_count) AS raw_count "
                  "FROM (SELECT %1, %2 AS rollup_count, 0 AS raw_count FROM "
                  "(SELECT %1, %2 FROM %3 EXCEPT SELECT %1, %2 FROM (%4) g1) a "
                  "UNION ALL SELECT %1, 0 AS rollup_count, %2 AS raw_count FROM "
                  "(SELECT %1, %2 FROM (%4) g2 EXCEPT SELECT %1, %2 FROM %3) b) d "
                  "GROUP BY %1 ORDER BY %1 LIMIT %5")
                  .arg(keys, t.value, t.name, t.groupBy)
                  .arg(limit);
        QSqlQuery q(db);
        if (!q.exec(sql))
            return DbError::fromSql(q.lastError());
        while (q.next()) {
            QStringList key;
            for (int i = 0; i < t.keys.size(); ++i)
                key << t.keys.at(i) + QLatin1Char('=') + q.value(i).toString();
            differences->append({t.name,
                                 key.join(QStringLiteral(", ")),
                                 q.value(t.keys.size()).toLongLong(),
                                 q.value(t.keys.size() + 1).toLongLong()});
        }
    }
    return {};
}

} // namespace Rollups
