#include "moderation/moderationlog.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QSqlQuery>

namespace ModerationLog {

namespace {

const char *entryColumns = "l.id, l.contribution_id, l.staff_id, s.display_name_ar, "
                           "s.display_name_en, l.action, l.reason_code, l.reason, l.at, "
                           "substr(c.body, 1, 80)";

Entry readEntry(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toLongLong(),
            q.value(3).toString(),
            q.value(4).toString(),
            q.value(5).toString(),
            q.value(6).toString(),
            q.value(7).toString(),
            Database::toDateTime(q.value(8)),
            q.value(9).toString()};
}

DbError
readEntries(QSqlDatabase &db, const QString &sql, const QVariantList &values, QList<Entry> *entries)
{
    entries->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (DbError e = Database::exec(q, values); !e.ok())
        return e;
    while (q.next())
        entries->append(readEntry(q));
    return {};
}

DbError readNamed(QSqlDatabase &db, const QString &sql, QList<Named> *out)
{
    out->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (DbError e = Database::exec(q); !e.ok())
        return e;
    while (q.next())
        out->append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return {};
}

} // namespace

DbError ofContribution(QSqlDatabase &db, qint64 contributionId, QList<Entry> *entries, int limit)
{
    return readEntries(db,
                       QStringLiteral("SELECT %1 FROM moderation_log l JOIN contributions c ON "
                                      "c.id = l.contribution_id LEFT JOIN staff s ON s.id = "
                                      "l.staff_id WHERE l.contribution_id = ? "
                                      "ORDER BY l.at, l.id LIMIT ?")
                           .arg(QLatin1String(entryColumns)),
                       {contributionId, limit},
                       entries);
}

DbError
ofModerator(QSqlDatabase &db, qint64 staffId, QList<Entry> *entries, const Entry *after, int limit)
{
    QVariantList values{staffId};
    QString seek;
    if (after) {
        seek = QStringLiteral(" AND (l.at, l.id) < (%1, ?)")
                   .arg(Dialect::of(db).timestampParam(QStringLiteral("?")));
        values << Database::fromDateTime(after->at) << after->id;
    }
    values << limit;
    return readEntries(db,
                       QStringLiteral("SELECT %1 FROM moderation_log l JOIN contributions c ON "
                                      "c.id = l.contribution_id LEFT JOIN staff s ON s.id = "
                                      "l.staff_id WHERE l.staff_id = ?%2 "
                                      "ORDER BY l.at DESC, l.id DESC LIMIT ?")
                           .arg(QLatin1String(entryColumns), seek),
                       values,
                       entries);
}

DbError topics(QSqlDatabase &db, QList<Named> *topics)
{
    return readNamed(db,
                     QStringLiteral("SELECT t.id, t.title_ar, t.title_en FROM topics t WHERE "
                                    "EXISTS (SELECT 1 FROM contributions c WHERE c.topic_id = "
                                    "t.id) ORDER BY t.id DESC LIMIT 500"),
                     topics);
}

DbError moderators(QSqlDatabase &db, QList<Named> *moderators)
{
    return readNamed(db,
                     QStringLiteral("SELECT s.id, s.display_name_ar, s.display_name_en FROM "
                                    "staff s WHERE EXISTS (SELECT 1 FROM moderation_log l WHERE "
                                    "l.staff_id = s.id) ORDER BY s.display_name_en, s.id"),
                     moderators);
}

DbError author(QSqlDatabase &db, const QString &authorId, qint64 except, Author *a)
{
    *a = {};
    a->authorId = authorId;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT state, count(*) FROM contributions WHERE author_id = ? "
                             "GROUP BY state"));
    if (DbError e = Database::exec(q, {authorId}); !e.ok())
        return e;
    while (q.next()) {
        const QString state = q.value(0).toString();
        const int n = q.value(1).toInt();
        if (state == QLatin1String("pending"))
            a->pending = n;
        else if (state == QLatin1String("published"))
            a->published = n;
        else if (state == QLatin1String("hidden"))
            a->hidden = n;
        else if (state == QLatin1String("rejected"))
            a->rejected = n;
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT reason, at FROM blocked_authors WHERE author_id = ?"));
    if (DbError e = Database::exec(q, {authorId}); !e.ok())
        return e;
    if (q.next()) {
        a->blocked = true;
        a->blockReason = q.value(0).toString();
        a->blockedAt = Database::toDateTime(q.value(1));
    }
    q.finish();
    q.prepare(QStringLiteral("SELECT id, state, body, submitted_at FROM contributions WHERE "
                             "author_id = ? AND id <> ? ORDER BY submitted_at DESC, id DESC "
                             "LIMIT 10"));
    if (DbError e = Database::exec(q, {authorId, except}); !e.ok())
        return e;
    while (q.next())
        a->others.append({q.value(0).toLongLong(),
                          q.value(1).toString(),
                          q.value(2).toString(),
                          Database::toDateTime(q.value(3))});
    return {};
}

} // namespace ModerationLog
