#include "dashboards/rollups.h"

#include "common/rollupsql.h"
#include "db/database.h"
#include "db/dialect.h"

#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace Rollups {

QString qatarDay(const Dialect &d, const QString &column)
{
    return RollupSql::qatarDay(d.isPostgres(), column);
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

QString qatarMonth(const Dialect &d, const QString &column, bool timestamp)
{
    if (d.isPostgres())
        return QStringLiteral("date_trunc('month', %1)::date")
            .arg(QLatin1String(timestamp ? "%1 AT TIME ZONE 'Asia/Qatar'" : "%1::timestamp")
                     .arg(column));
    return timestamp ? QStringLiteral("date(%1, '+3 hours', 'start of month')").arg(column)
                     : QStringLiteral("date(%1, 'start of month')").arg(column);
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
           const QStringList &expressions)
{
    return {name,
            keys,
            value,
            RollupSql::groupBy({name, keys, expressions, value, from, QStringLiteral("count(*)")}),
            {}};
}

Table make(const RollupSql::Definition &d)
{
    return {d.table, d.keys, d.value, RollupSql::groupBy(d), {}};
}

// Every segment beside each row (as g), and a segment's value in the row `alias`.
QString everySegment()
{
    QStringList selects;
    for (const QString &s : segments())
        selects << QStringLiteral("SELECT '%1'%2").arg(s, selects.isEmpty() ? " AS segment" : "");
    return QStringLiteral("(%1) g").arg(selects.join(QStringLiteral(" UNION ALL ")));
}

QString segmentValue(const QString &alias)
{
    QString cases;
    for (const QString &s : segments().mid(1))
        cases += QStringLiteral(" WHEN '%1' THEN %2.%1").arg(s, alias);
    return QStringLiteral("CASE g.segment WHEN 'all' THEN ''%1 END").arg(cases);
}

// A per-segment rollup: by `keys` (the segment before the day, its value last), from the raw rows
// (`raw`, with the expressions `rawKeys`; responses as r) and from the rollup `rollup` that has
// the same keys and every demographic.
Table segmentTable(const QString &name,
                   const QStringList &keys,
                   const QStringList &rawKeys,
                   const QString &value,
                   const QString &raw,
                   const QString &rollup)
{
    QStringList all = keys;
    all.insert(keys.indexOf(QStringLiteral("day")), QStringLiteral("segment"));
    all << QStringLiteral("segment_value");
    QStringList fromRaw = rawKeys;
    fromRaw.insert(keys.indexOf(QStringLiteral("day")), QStringLiteral("g.segment"));
    fromRaw << segmentValue(QStringLiteral("r"));
    QStringList fromRollup;
    for (const QString &k : keys)
        fromRollup << QStringLiteral("r.") + k;
    fromRollup.insert(keys.indexOf(QStringLiteral("day")), QStringLiteral("g.segment"));
    fromRollup << segmentValue(QStringLiteral("r"));
    const QString cross = QStringLiteral(" CROSS JOIN ") + everySegment();
    Table t = make(name, all, value, raw + cross, fromRaw);
    t.fill = RollupSql::groupBy({name,
                                 all,
                                 fromRollup,
                                 value,
                                 rollup + QStringLiteral(" r") + cross,
                                 QStringLiteral("sum(r.%1)").arg(value)});
    // In key order (the primary key's), so that a question's rows lie on a few pages.
    QStringList positions;
    for (int i = 1; i <= all.size(); ++i)
        positions << QString::number(i);
    t.fill += QStringLiteral(" ORDER BY ") + positions.join(QStringLiteral(", "));
    return t;
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
        // By month and the narrow daily one of decisions (migration 027), filled from the
        // rollups above (cheaper than the raw rows) and compared with the raw rows.
        const QString rollupMonth = qatarMonth(d, QStringLiteral("day"), false);
        Table month = make(
            QStringLiteral("service_month_rollup"),
            {QStringLiteral("month"), QStringLiteral("service_id"), QStringLiteral("municipality")},
            QStringLiteral("transactions"),
            QStringLiteral("transactions"),
            {qatarMonth(d, QStringLiteral("submitted_at")),
             QStringLiteral("service_id"),
             QStringLiteral("municipality")});
        month.fill = RollupSql::groupBy(
            {month.name,
             month.keys,
             {rollupMonth, QStringLiteral("service_id"), QStringLiteral("municipality")},
             month.value,
             QStringLiteral("service_rollup"),
             QStringLiteral("sum(transactions)")});
        out << month;
        const QStringList histogram{
            QStringLiteral("service_id"), QStringLiteral("on_time"), QStringLiteral("hours")};
        const QStringList decisionKeys{QStringLiteral("service_id"), onTime(d), decisionHours(d)};
        Table days = make(QStringLiteral("service_decision_day_rollup"),
                          QStringList{QStringLiteral("day")} + histogram,
                          QStringLiteral("decisions"),
                          QStringLiteral("transactions WHERE decided_at IS NOT NULL"),
                          QStringList{decided} + decisionKeys);
        days.fill = RollupSql::groupBy({days.name,
                                        days.keys,
                                        days.keys,
                                        days.value,
                                        QStringLiteral("service_decision_rollup"),
                                        QStringLiteral("sum(decisions)")});
        out << days;
        Table months
            = make(QStringLiteral("service_decision_month_rollup"),
                   QStringList{QStringLiteral("month")} + histogram,
                   QStringLiteral("decisions"),
                   QStringLiteral("transactions WHERE decided_at IS NOT NULL"),
                   QStringList{qatarMonth(d, QStringLiteral("decided_at"))} + decisionKeys);
        months.fill = RollupSql::groupBy({months.name,
                                          months.keys,
                                          QStringList{rollupMonth} + histogram,
                                          months.value,
                                          QStringLiteral("service_decision_day_rollup"),
                                          QStringLiteral("sum(decisions)")});
        out << months;
    }
    // The poll rollups' one definition, shared with the polls' area.
    if (hasTable(db, QStringLiteral("poll_participation")))
        out << make(RollupSql::pollParticipation(d.isPostgres()));
    if (hasTable(db, QStringLiteral("poll_rollup")))
        out << make(RollupSql::pollAnswers(d.isPostgres()));
    // After those two: they are filled from them.
    if (hasTable(db, QStringLiteral("poll_segment_participation"))) {
        const RollupSql::Definition p = RollupSql::pollParticipation(d.isPostgres());
        out << segmentTable(QStringLiteral("poll_segment_participation"),
                            p.keys.mid(0, 2),
                            p.expressions.mid(0, 2),
                            QStringLiteral("responses"),
                            p.from,
                            QStringLiteral("poll_participation"));
        // In the order of the primary key: poll, question, (segment), day, option, value.
        const RollupSql::Definition a = RollupSql::pollAnswers(d.isPostgres());
        const QList<int> order{0, 1, 4, 2, 3};
        QStringList keys;
        QStringList expressions;
        for (int i : order) {
            keys << a.keys.at(i);
            expressions << a.expressions.at(i);
        }
        out << segmentTable(QStringLiteral("poll_segment_rollup"),
                            keys,
                            expressions,
                            QStringLiteral("answers"),
                            a.from,
                            QStringLiteral("poll_rollup"));
    }
    return out;
}

QStringList segmentTables()
{
    return {QStringLiteral("poll_segment_participation"), QStringLiteral("poll_segment_rollup")};
}

QStringList segments()
{
    return {QStringLiteral("all"),
            QStringLiteral("gender"),
            QStringLiteral("age_band"),
            QStringLiteral("nationality_group"),
            QStringLiteral("municipality")};
}

QStringList serviceTables()
{
    return {QStringLiteral("service_rollup"),
            QStringLiteral("service_decision_rollup"),
            QStringLiteral("clerk_rollup"),
            QStringLiteral("service_month_rollup"),
            QStringLiteral("service_decision_day_rollup"),
            QStringLiteral("service_decision_month_rollup")};
}

QStringList rebuildStatements(const QSqlDatabase &db, const QStringList &only)
{
    QStringList out;
    for (const Table &t : tables(db)) {
        if (!only.isEmpty() && !only.contains(t.name))
            continue;
        out << QStringLiteral("DELETE FROM ") + t.name;
        out << QStringLiteral("INSERT INTO %1 (%2, %3) %4")
                   .arg(t.name,
                        t.keys.join(QStringLiteral(", ")),
                        t.value,
                        t.fill.isEmpty() ? t.groupBy : t.fill);
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
            // The per-segment rollups are filled after poll_rollup, not row by row by its
            // triggers as it is emptied and filled (migration 024).
            if (!q.exec(QStringLiteral("SET LOCAL diwan.rollup_rebuild = 'on'")))
                return DbError::fromSql(q.lastError());
        }
        for (const QString &sql : rebuildStatements(db)) {
            if (!q.exec(sql))
                return DbError::fromSql(q.lastError());
            if (log && sql.startsWith(QLatin1String("INSERT INTO ")))
                *log << QStringLiteral("%1: %2 rows")
                            .arg(sql.section(QLatin1Char(' '), 2, 2))
                            .arg(q.numRowsAffected());
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

QString differencesText(QSqlDatabase &db)
{
    QList<Difference> found;
    if (DbError e = check(db, &found); !e.ok())
        return e.toString();
    QStringList out;
    for (const Difference &d : std::as_const(found))
        out << QStringLiteral("%1 %2: %3 vs %4").arg(d.table, d.key).arg(d.rollup).arg(d.raw);
    return out.join(QLatin1Char('\n'));
}

} // namespace Rollups
