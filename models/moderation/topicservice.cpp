#include "moderation/topicservice.h"

#include "auth/session.h"
#include "db/actionreceipts.h"
#include "db/database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QVariant>

namespace Topics {

namespace {

// Characters as PostgreSQL's length() counts them.
qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

// SQLite binds a null QString as NULL: texts left empty are stored as ''.
QString notNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isNull() ? QStringLiteral("") : t;
}

// The sentence a person reads for what the database (either one) refused; the technical detail
// stays in the error.
DbError explained(DbError e)
{
    if (e.ok() || !e.message.isEmpty())
        return e;
    const QString d = e.detail;
    if (d.contains(QLatin1String("four eyes")))
        e.message = QCoreApplication::translate(
            "TopicService", "Four eyes: a topic is approved by another editor than its author.");
    else if (d.contains(QLatin1String("changed since it was read")))
        e.message = QCoreApplication::translate(
            "TopicService",
            "Someone else changed this topic since you opened it. Open it again to "
            "see their changes; what you typed is still in the form.");
    else if (d.contains(QLatin1String("another editor's draft")))
        e.message = QCoreApplication::translate("TopicService", "Only its author changes a draft.");
    else if (d.contains(QLatin1String("sent for review by its author")))
        e.message = QCoreApplication::translate("TopicService",
                                                "Only its author sends a draft for review.");
    else if (d.contains(QLatin1String("what review approved is not changed")))
        e.message = QCoreApplication::translate(
            "TopicService",
            "The title, the text and the opening time of an approved topic are not "
            "changed.");
    else if (d.contains(QLatin1String("needs an opening time")))
        e.message = QCoreApplication::translate(
            "TopicService",
            "Give the topic an opening time and a closing time ahead before approving "
            "it.");
    else if (d.contains(QLatin1String("only editors")))
        e.message = QCoreApplication::translate("TopicService", "Only editors write topics.");
    else if (d.contains(QLatin1String("it is not edited"))
             || d.contains(QLatin1String("cannot be given")))
        e.message = QCoreApplication::translate(
            "TopicService",
            "The topic is no longer in a state that allows this; refresh the list.");
    return e;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

// SQLite: the topic at the version read.
DbError lockTopic(QSqlDatabase &db, qint64 id, int version, Topic *row)
{
    if (DbError e = TopicService::load(db, id, row); !e.ok())
        return e;
    if (row->version != version)
        return DbError::make(DbError::Kind::Conflict,
                             QStringLiteral("topic %1 changed since it was read (version %2 now)")
                                 .arg(id)
                                 .arg(row->version));
    return {};
}

DbError saveOnSqlite(
    QSqlDatabase &db, const QString &login, const Topic &t, qint64 *savedId, int *savedVersion)
{
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
            return e;
        const QVariant now = Database::fromDateTime(QDateTime::currentDateTimeUtc());
        QSqlQuery q(db);
        if (t.id <= 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO topics (title_ar, title_en, body_ar, body_en, state, opens_at, "
                "closes_at, created_by, pinned, moderation, report_threshold, updated_at) "
                "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
            if (DbError e = Database::exec(q,
                                           {notNull(t.titleAr),
                                            notNull(t.titleEn),
                                            notNull(t.bodyAr),
                                            notNull(t.bodyEn),
                                            Database::fromDateTime(t.opensAt),
                                            Database::fromDateTime(t.closesAt),
                                            me,
                                            t.pinned ? 1 : 0,
                                            t.moderation,
                                            t.reportThreshold,
                                            now});
                !e.ok())
                return e;
            *savedId = q.next() ? q.value(0).toLongLong() : 0;
            *savedVersion = 1;
            return {};
        }
        Topic row;
        if (DbError e = lockTopic(db, t.id, t.version, &row); !e.ok())
            return e;
        if (row.state == QLatin1String("draft")) {
            if (row.createdBy != me)
                return DbError::make(
                    DbError::Kind::Forbidden,
                    QStringLiteral("topic %1 is another editor's draft").arg(t.id));
        } else if (row.state == QLatin1String("scheduled") || row.state == QLatin1String("open")) {
            if (row.titleAr != notNull(t.titleAr) || row.titleEn != notNull(t.titleEn)
                || row.bodyAr != notNull(t.bodyAr) || row.bodyEn != notNull(t.bodyEn)
                || (row.state == QLatin1String("open") && row.opensAt != t.opensAt.toUTC()))
                return DbError::make(
                    DbError::Kind::Invalid,
                    QStringLiteral("topic %1 is %2: what review approved is not changed")
                        .arg(t.id)
                        .arg(row.state));
            if (row.state == QLatin1String("scheduled")
                && (!t.opensAt.isValid() || t.opensAt <= QDateTime::currentDateTimeUtc()))
                return DbError::said(DbError::Kind::Invalid,
                                     QCoreApplication::translate(
                                         "TopicService", "A scheduled topic opens in the future."),
                                     QStringLiteral("opens_at"));
        } else {
            return DbError::make(
                DbError::Kind::Invalid,
                QStringLiteral("topic %1 is %2: it is not edited").arg(t.id).arg(row.state));
        }
        q.prepare(QStringLiteral(
            "UPDATE topics SET title_ar = ?, title_en = ?, body_ar = ?, body_en = ?, "
            "opens_at = ?, closes_at = ?, pinned = ?, moderation = ?, report_threshold = ?, "
            "updated_at = ?, version = version + 1 WHERE id = ?"));
        *savedId = t.id;
        *savedVersion = t.version + 1;
        return Database::exec(q,
                              {notNull(t.titleAr),
                               notNull(t.titleEn),
                               notNull(t.bodyAr),
                               notNull(t.bodyEn),
                               Database::fromDateTime(t.opensAt),
                               Database::fromDateTime(t.closesAt),
                               t.pinned ? 1 : 0,
                               t.moderation,
                               t.reportThreshold,
                               now,
                               t.id});
    });
}

DbError saveOnPostgres(QSqlDatabase &db, const Topic &topic, qint64 *savedId, int *savedVersion)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT saved_id, saved_version FROM diwan.save_topic(?, ?, ?, ?, ?, ?, "
                       "CAST(? AS timestamptz), CAST(? AS timestamptz), ?, ?, ?)"));
    if (DbError e = Database::exec(q,
                                   {idOrNull(topic.id),
                                    topic.version,
                                    topic.titleAr,
                                    topic.titleEn,
                                    topic.bodyAr,
                                    topic.bodyEn,
                                    Database::fromDateTime(topic.opensAt),
                                    Database::fromDateTime(topic.closesAt),
                                    topic.pinned,
                                    topic.moderation,
                                    topic.reportThreshold});
        !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::Other, QStringLiteral("save_topic: no row"));
    *savedId = q.value(0).toLongLong();
    *savedVersion = q.value(1).toInt();
    return {};
}

DbError moveOnSqlite(QSqlDatabase &db,
                     const QString &login,
                     Step step,
                     qint64 id,
                     int version,
                     int *newVersion,
                     const QString &reason)
{
    return Database::transaction(db, [&]() -> DbError {
        qint64 me = 0;
        if (DbError e = activeStaffId(db, login, &me); !e.ok())
            return e;
        Topic row;
        if (DbError e = lockTopic(db, id, version, &row); !e.ok())
            return e;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QString &s = row.state;
        QString next;
        switch (step) {
        case Step::Submit:
            next = s == QLatin1String("draft") ? QStringLiteral("in_review") : QString();
            break;
        case Step::Approve:
            if (s == QLatin1String("in_review"))
                next = row.opensAt.isValid() && row.opensAt <= now ? QStringLiteral("open")
                                                                   : QStringLiteral("scheduled");
            break;
        case Step::Return:
            next = s == QLatin1String("in_review") ? QStringLiteral("draft") : QString();
            break;
        case Step::Close:
            next = s == QLatin1String("open") ? QStringLiteral("closed") : QString();
            break;
        case Step::Archive:
            next = s == QLatin1String("closed") ? QStringLiteral("archived") : QString();
            break;
        }
        if (next.isEmpty())
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("topic %1 is %2 and cannot be given \"%3\"")
                                     .arg(id)
                                     .arg(s, TopicService::stepKey(step)));
        if (step == Step::Submit && row.createdBy != me)
            return DbError::make(
                DbError::Kind::Forbidden,
                QStringLiteral("topic %1 is sent for review by its author").arg(id));
        if (step == Step::Approve) {
            if (row.createdBy == me)
                return DbError::make(
                    DbError::Kind::Forbidden,
                    QStringLiteral(
                        "four eyes: topic %1 is approved by someone other than its author")
                        .arg(id));
            if (!row.opensAt.isValid() || !row.closesAt.isValid() || row.closesAt <= now)
                return DbError::make(
                    DbError::Kind::Invalid,
                    QStringLiteral("topic %1 needs an opening time and a closing time ahead")
                        .arg(id));
        }
        QDateTime closes = row.closesAt;
        if (step == Step::Close && (!closes.isValid() || closes > now))
            closes = now;
        qint64 reviewer = row.reviewedBy;
        if (step == Step::Approve)
            reviewer = me;
        else if (step == Step::Return)
            reviewer = 0;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE topics SET state = ?, reviewed_by = ?, closes_at = ?, "
                                 "updated_at = ?, return_reason = CASE WHEN ? THEN ? ELSE "
                                 "return_reason END, version = version + 1 WHERE id = ?"));
        if (newVersion)
            *newVersion = version + 1;
        return Database::exec(q,
                              {next,
                               idOrNull(reviewer),
                               Database::fromDateTime(closes),
                               Database::fromDateTime(now),
                               step == Step::Return,
                               reason.trimmed(),
                               id});
    });
}

} // namespace

QString TopicService::stepKey(Step step)
{
    switch (step) {
    case Step::Submit:
        return QStringLiteral("submit");
    case Step::Approve:
        return QStringLiteral("approve");
    case Step::Return:
        return QStringLiteral("return");
    case Step::Close:
        return QStringLiteral("close");
    case Step::Archive:
        return QStringLiteral("archive");
    }
    return {};
}

QList<Problem> TopicService::validate(const Topic &t, const QDateTime &now)
{
    QList<Problem> problems;
    if (t.titleAr.trimmed().isEmpty())
        problems.append(
            {QStringLiteral("title_ar"),
             QCoreApplication::translate("TopicService", "Write the title in Arabic.")});
    else if (characters(t.titleAr.trimmed()) > MaxTitleLength)
        problems.append(
            {QStringLiteral("title_ar"),
             QCoreApplication::translate("TopicService", "The title has at most %1 characters.")
                 .arg(MaxTitleLength)});
    if (characters(t.titleEn.trimmed()) > MaxTitleLength)
        problems.append(
            {QStringLiteral("title_en"),
             QCoreApplication::translate("TopicService", "The title has at most %1 characters.")
                 .arg(MaxTitleLength)});
    if (t.bodyAr.trimmed().isEmpty())
        problems.append({QStringLiteral("body_ar"),
                         QCoreApplication::translate("TopicService",
                                                     "Write the text of the topic in Arabic.")});
    else if (characters(t.bodyAr.trimmed()) > MaxBodyLength)
        problems.append(
            {QStringLiteral("body_ar"),
             QCoreApplication::translate("TopicService", "The text has at most %1 characters.")
                 .arg(MaxBodyLength)});
    if (characters(t.bodyEn.trimmed()) > MaxBodyLength)
        problems.append(
            {QStringLiteral("body_en"),
             QCoreApplication::translate("TopicService", "The text has at most %1 characters.")
                 .arg(MaxBodyLength)});
    if (t.state == QLatin1String("scheduled") && (!t.opensAt.isValid() || t.opensAt <= now))
        problems.append({QStringLiteral("opens_at"),
                         QCoreApplication::translate("TopicService",
                                                     "A scheduled topic opens in the future.")});
    if (t.opensAt.isValid() && t.closesAt.isValid() && t.closesAt <= t.opensAt)
        problems.append(
            {QStringLiteral("closes_at"),
             QCoreApplication::translate("TopicService", "The topic closes after it opens.")});
    if (t.reportThreshold < 1 || t.reportThreshold > MaxReportThreshold)
        problems.append({QStringLiteral("report_threshold"),
                         QCoreApplication::translate("TopicService", "Between 1 and %1 reports.")
                             .arg(MaxReportThreshold)});
    return problems;
}

DbError TopicService::save(
    QSqlDatabase &db, const QString &login, const Topic &topic, qint64 *savedId, int *savedVersion)
{
    const QList<Problem> problems = validate(topic);
    if (!problems.isEmpty())
        return DbError::said(
            DbError::Kind::Invalid, problems.constFirst().message, problems.constFirst().field);
    // With an action key, a repeat says what the first send saved (ActionReceipts::created).
    return explained(ActionReceipts::created(db, savedId, savedVersion, [&] {
        return Dialect::of(db).isPostgres() ? saveOnPostgres(db, topic, savedId, savedVersion)
                                            : saveOnSqlite(db, login, topic, savedId, savedVersion);
    }));
}

DbError TopicService::move(QSqlDatabase &db,
                           const QString &login,
                           Step step,
                           qint64 id,
                           int version,
                           int *newVersion,
                           const QString &reason)
{
    if (step == Step::Return && reason.trimmed().isEmpty())
        return DbError::make(DbError::Kind::Invalid,
                             QStringLiteral("reason: sending a topic back to draft says why"));
    if (step == Step::Return && characters(reason.trimmed()) > MaxReturnReasonLength)
        return DbError::make(
            DbError::Kind::Invalid,
            QStringLiteral("reason: at most %1 characters").arg(MaxReturnReasonLength));
    if (!Dialect::of(db).isPostgres())
        return explained(moveOnSqlite(db, login, step, id, version, newVersion, reason));
    static const char *const functions[] = {"submit_topic_for_review",
                                            "approve_topic",
                                            "return_topic_to_draft",
                                            "close_topic",
                                            "archive_topic"};
    QSqlQuery q(db);
    const bool withReason = step == Step::Return;
    q.prepare(QStringLiteral("SELECT diwan.%1(?, ?%2)")
                  .arg(QLatin1String(functions[static_cast<int>(step)]),
                       withReason ? QStringLiteral(", ?") : QString()));
    if (DbError e = ActionReceipts::once(
            db,
            [&] {
                return Database::exec(q,
                                      withReason ? QVariantList{id, version, reason.trimmed()}
                                                 : QVariantList{id, version});
            });
        !e.ok())
        return explained(e);
    if (newVersion && q.next())
        *newVersion = q.value(0).toInt();
    return {};
}

DbError TopicService::advance(QSqlDatabase &db, int *moved)
{
    QSqlQuery q(db);
    if (Dialect::of(db).isPostgres()) {
        q.prepare(QStringLiteral("SELECT diwan.advance_topics()"));
        if (DbError e = Database::exec(q); !e.ok())
            return e;
        if (moved)
            *moved = q.next() ? q.value(0).toInt() : 0;
        return {};
    }
    const QVariant now = Database::fromDateTime(QDateTime::currentDateTimeUtc());
    q.prepare(QStringLiteral(
        "UPDATE topics SET state = CASE WHEN closes_at <= ? THEN 'closed' ELSE 'open' END, "
        "updated_at = ?, version = version + 1 "
        "WHERE (state = 'scheduled' AND opens_at <= ?) OR (state = 'open' AND closes_at <= ?)"));
    if (DbError e = Database::exec(q, {now, now, now, now}); !e.ok())
        return e;
    if (moved)
        *moved = q.numRowsAffected();
    return {};
}

DbError TopicService::load(QSqlDatabase &db, qint64 id, Topic *topic)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT version, state, title_ar, title_en, body_ar, body_en, opens_at, closes_at, "
        "pinned, moderation, report_threshold, coalesce(created_by, 0), coalesce(reviewed_by, 0), "
        "return_reason FROM topics WHERE id = ?"));
    if (DbError e = Database::exec(q, {id}); !e.ok())
        return e;
    if (!q.next())
        return DbError::make(DbError::Kind::NotFound,
                             QStringLiteral("topic %1 does not exist").arg(id));
    Topic t;
    t.id = id;
    t.version = q.value(0).toInt();
    t.state = q.value(1).toString();
    t.titleAr = q.value(2).toString();
    t.titleEn = q.value(3).toString();
    t.bodyAr = q.value(4).toString();
    t.bodyEn = q.value(5).toString();
    t.opensAt = Database::toDateTime(q.value(6));
    t.closesAt = Database::toDateTime(q.value(7));
    t.pinned = q.value(8).toBool();
    t.moderation = q.value(9).toString();
    t.reportThreshold = q.value(10).toInt();
    t.createdBy = q.value(11).toLongLong();
    t.reviewedBy = q.value(12).toLongLong();
    t.returnReason = q.value(13).toString();
    *topic = t;
    return {};
}

DbError TopicService::counters(QSqlDatabase &db, qint64 id, Counters *counters)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // On PostgreSQL through diwan.topic_counts (030): editors may not read contributions.
    q.prepare(
        Dialect::of(db).isPostgres()
            ? QStringLiteral("SELECT pending, published, hidden, rejected, reports "
                             "FROM diwan.topic_counts(?)")
            : QStringLiteral("SELECT sum(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN state = 'published' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN state = 'hidden' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN state = 'rejected' THEN 1 ELSE 0 END), "
                             "sum(CASE WHEN state <> 'rejected' THEN report_count ELSE 0 END) "
                             "FROM contributions WHERE topic_id = ?"));
    if (DbError e = Database::exec(q, {id}); !e.ok())
        return e;
    Counters c;
    if (q.next()) {
        c.pending = q.value(0).toLongLong();
        c.published = q.value(1).toLongLong();
        c.hidden = q.value(2).toLongLong();
        c.rejected = q.value(3).toLongLong();
        c.reports = q.value(4).toLongLong();
    }
    *counters = c;
    return {};
}

QString TopicService::listSql(const Dialect &dialect)
{
    // The counts of the LIMIT's topics only; on PostgreSQL through diwan.topic_counts (030),
    // since editors may not read contributions.
    const QString counts
        = dialect.isPostgres()
              ? QStringLiteral("LEFT JOIN LATERAL diwan.topic_counts(t.id) c ON true ")
              : QStringLiteral(
                  "LEFT JOIN (SELECT topic_id, "
                  "sum(CASE WHEN state = 'pending' THEN 1 ELSE 0 END) AS pending, "
                  "sum(CASE WHEN state = 'published' THEN 1 ELSE 0 END) AS published, "
                  "sum(CASE WHEN state = 'hidden' THEN 1 ELSE 0 END) AS hidden, "
                  "sum(CASE WHEN state <> 'rejected' THEN report_count ELSE 0 END) AS reports "
                  "FROM contributions GROUP BY topic_id) c ON c.topic_id = t.id ");
    return QStringLiteral(
               "SELECT t.id, t.title_ar, t.title_en, t.state, t.pinned, t.moderation, t.opens_at, "
               "t.closes_at, "
               "coalesce(c.pending, 0) AS pending, coalesce(c.published, 0) AS published, "
               "coalesce(c.hidden, 0) AS hidden, coalesce(c.reports, 0) AS reports "
               // The English title falls back on the Arabic one (English is optional).
               "FROM (SELECT id, title_ar, coalesce(nullif(title_en, ''), title_ar) AS title_en, "
               "state, pinned, moderation, opens_at, closes_at "
               // The topics standing for open poll questions (migration 022) are not edited here.
               "FROM topics WHERE poll_question_id IS NULL ORDER BY pinned DESC, id DESC LIMIT ?) "
               "t ")
           + counts + QStringLiteral("ORDER BY t.pinned DESC, t.id DESC");
}

} // namespace Topics
