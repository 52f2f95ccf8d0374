#include "moderation/portalentry.h"

#include "common/arabictext.h"
#include "common/contributionflags.h"
#include "db/database.h"
#include "db/dialect.h"
#include "moderation/similarity.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace PortalEntry {

namespace {
struct Code
{
    Refusal refusal;
    const char *code;
    const char *sqlState;
};

constexpr Code Codes[] = {
    {Refusal::TopicNotOpen, "topic_not_open", "DW101"},
    {Refusal::AuthorBlocked, "author_blocked", "DW102"},
    {Refusal::TextEmpty, "text_empty", "DW103"},
    {Refusal::TextTooLong, "text_too_long", "DW104"},
    {Refusal::AuthorMissing, "author_missing", "DW105"},
    {Refusal::NotFound, "not_found", "DW111"},
    {Refusal::AlreadyReported, "already_reported", "DW112"},
    {Refusal::BadReason, "bad_reason", "DW113"},
};

// Characters as PostgreSQL's length() counts them (code points, not UTF-16 units).
qsizetype characters(const QString &text)
{
    return text.toUcs4().size();
}

template<typename Result> void refusedBy(const QSqlError &sqlError, Result *result)
{
    result->refusal = fromSqlState(sqlError.nativeErrorCode());
    if (result->refusal == Refusal::None)
        result->error = DbError::fromSql(sqlError);
}

DbError blockedWordKeys(QSqlDatabase &db, QStringList *keys)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT word_key FROM blocked_words ORDER BY word_key"));
    if (DbError e = Database::exec(q); !e.ok())
        return e;
    while (q.next())
        *keys << q.value(0).toString();
    return {};
}

Submitted submitOnSqlite(QSqlDatabase &db, const Submission &s)
{
    Submitted result;
    const DbError e = Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, opens_at, closes_at, moderation FROM topics "
                                 "WHERE id = ?"));
        if (DbError e = Database::exec(q, {s.topicId}); !e.ok())
            return e;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool found = q.next();
        // A scheduled topic whose opening time came is open (TopicService::advance moves it).
        const QString state = found ? q.value(0).toString() : QString();
        const bool open = (state == QLatin1String("open")
                           || (state == QLatin1String("scheduled") && !q.value(1).isNull()))
                          && (q.value(1).isNull() || Database::toDateTime(q.value(1)) <= now)
                          && (q.value(2).isNull() || Database::toDateTime(q.value(2)) > now);
        const QString moderation = found ? q.value(3).toString() : QString();
        q.finish();
        if (!open) {
            result.refusal = Refusal::TopicNotOpen;
            return {};
        }
        if (ArabicText::normalize(s.authorId).isEmpty()
            || ArabicText::normalize(s.authorName).isEmpty()) {
            result.refusal = Refusal::AuthorMissing;
            return {};
        }
        q.prepare(QStringLiteral("SELECT 1 FROM blocked_authors WHERE author_id = ?"));
        if (DbError e = Database::exec(q, {s.authorId}); !e.ok())
            return e;
        if (q.next()) {
            result.refusal = Refusal::AuthorBlocked;
            return {};
        }
        q.finish();
        const QString norm = ArabicText::normalize(s.body);
        if (norm.isEmpty()) {
            result.refusal = Refusal::TextEmpty;
            return {};
        }
        if (characters(s.body) > ContributionFlags::MaxLength) {
            result.refusal = Refusal::TextTooLong;
            return {};
        }
        QStringList keys;
        if (DbError e = blockedWordKeys(db, &keys); !e.ok())
            return e;
        // Not null: an empty list is stored as '' (a null QString binds as NULL).
        QStringList flags = ContributionFlags::compute(s.body, keys);
        Similarity::Match duplicate;
        if (DbError e = Similarity::nearDuplicate(db, s.topicId, s.authorId, norm, &duplicate);
            !e.ok())
            return e;
        if (duplicate.id > 0)
            flags << QStringLiteral("duplicate");
        result.flags = ContributionFlags::join(flags);
        if (result.flags.isNull())
            result.flags = QLatin1String("");
        result.state = moderation == QLatin1String("post") && result.flags.isEmpty()
                           ? QStringLiteral("published")
                           : QStringLiteral("pending");
        q.prepare(QStringLiteral("INSERT INTO contributions (topic_id, author_id, author_name, "
                                 "body, body_norm, state, auto_flags, submitted_at, "
                                 "duplicate_of, duplicate_score) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (DbError e = Database::exec(q,
                                       {s.topicId,
                                        s.authorId,
                                        s.authorName,
                                        s.body,
                                        norm,
                                        result.state,
                                        result.flags,
                                        Database::fromDateTime(now),
                                        duplicate.id > 0 ? QVariant(duplicate.id)
                                                         : QVariant(QMetaType(QMetaType::LongLong)),
                                        duplicate.id > 0 ? QVariant(double(duplicate.score))
                                                         : QVariant(QMetaType(QMetaType::Double))});
            !e.ok())
            return e;
        result.id = q.next() ? q.value(0).toLongLong() : 0;
        return {};
    });
    if (!e.ok()) {
        result = {};
        result.error = e;
    }
    return result;
}

Reported reportOnSqlite(QSqlDatabase &db,
                        qint64 contributionId,
                        const QString &reporterId,
                        const QString &reason,
                        const QString &note)
{
    Reported result;
    static const QStringList reasons = {QStringLiteral("off_topic"),
                                        QStringLiteral("abusive"),
                                        QStringLiteral("spam"),
                                        QStringLiteral("personal_data"),
                                        QStringLiteral("duplicate"),
                                        QStringLiteral("other")};
    const QString trimmedNote = note.trimmed();
    if (ArabicText::normalize(reporterId).isEmpty())
        result.refusal = Refusal::AuthorMissing;
    else if (!reasons.contains(reason))
        result.refusal = Refusal::BadReason;
    else if (characters(trimmedNote) > MaxNoteLength)
        result.refusal = Refusal::TextTooLong;
    if (result.refusal != Refusal::None)
        return result;
    const DbError e = Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT c.state, c.report_count, t.report_threshold "
                                 "FROM contributions c JOIN topics t ON t.id = c.topic_id "
                                 "WHERE c.id = ?"));
        if (DbError e = Database::exec(q, {contributionId}); !e.ok())
            return e;
        if (!q.next() || q.value(0).toString() != QLatin1String("published")) {
            result.refusal = Refusal::NotFound;
            return {};
        }
        const int reports = q.value(1).toInt() + 1;
        result.autoHidden = reports >= q.value(2).toInt();
        q.finish();
        q.prepare(QStringLiteral("SELECT 1 FROM contribution_reports "
                                 "WHERE contribution_id = ? AND reporter_id = ?"));
        if (DbError e = Database::exec(q, {contributionId, reporterId}); !e.ok())
            return e;
        if (q.next()) {
            result.refusal = Refusal::AlreadyReported;
            result.autoHidden = false;
            return {};
        }
        q.finish();
        q.prepare(QStringLiteral("INSERT INTO contribution_reports (contribution_id, reason, "
                                 "note, reporter_id) VALUES (?, ?, ?, ?) RETURNING id"));
        if (DbError e = Database::exec(q,
                                       {contributionId,
                                        reason,
                                        trimmedNote.isEmpty() ? QVariant() : trimmedNote,
                                        reporterId});
            !e.ok())
            return e;
        result.reportId = q.next() ? q.value(0).toLongLong() : 0;
        q.finish();
        // Every report moves the version, as PostgreSQL's bump_version does: a moderator acting
        // on what they read is told that something changed.
        if (!result.autoHidden) {
            q.prepare(QStringLiteral("UPDATE contributions SET report_count = report_count + 1, "
                                     "version = version + 1 WHERE id = ?"));
            return Database::exec(q, {contributionId});
        }
        q.prepare(QStringLiteral("UPDATE contributions SET report_count = report_count + 1, "
                                 "state = 'hidden', auto_hidden_at = ?, version = version + 1 "
                                 "WHERE id = ?"));
        if (DbError e = Database::exec(
                q, {Database::fromDateTime(QDateTime::currentDateTimeUtc()), contributionId});
            !e.ok())
            return e;
        q.prepare(
            QStringLiteral("INSERT INTO moderation_log (contribution_id, staff_id, action, "
                           "reason_code, reason) VALUES (?, NULL, 'auto_hide', 'reports', ?)"));
        return Database::exec(q, {contributionId, QString::number(reports)});
    });
    if (!e.ok()) {
        result = {};
        result.error = e;
    }
    return result;
}
} // namespace

QString code(Refusal refusal)
{
    for (const Code &c : Codes) {
        if (c.refusal == refusal)
            return QLatin1String(c.code);
    }
    return {};
}

QString sqlState(Refusal refusal)
{
    for (const Code &c : Codes) {
        if (c.refusal == refusal)
            return QLatin1String(c.sqlState);
    }
    return {};
}

Refusal fromSqlState(const QString &state)
{
    for (const Code &c : Codes) {
        if (state == QLatin1String(c.sqlState))
            return c.refusal;
    }
    return Refusal::None;
}

Submitted submitContribution(QSqlDatabase &db, const Submission &s)
{
    if (!Dialect::of(db).isPostgres())
        return submitOnSqlite(db, s);
    Submitted result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT contribution_id, contribution_state, contribution_flags "
                             "FROM diwan.submit_contribution(?, ?, ?, ?)"));
    q.addBindValue(s.topicId);
    q.addBindValue(s.authorId);
    q.addBindValue(s.authorName);
    q.addBindValue(s.body);
    if (!q.exec()) {
        refusedBy(q.lastError(), &result);
        return result;
    }
    if (q.next()) {
        result.id = q.value(0).toLongLong();
        result.state = q.value(1).toString();
        result.flags = q.value(2).toString();
    }
    return result;
}

Reported reportContribution(QSqlDatabase &db,
                            qint64 contributionId,
                            const QString &reporterId,
                            const QString &reason,
                            const QString &note)
{
    if (!Dialect::of(db).isPostgres())
        return reportOnSqlite(db, contributionId, reporterId, reason, note);
    Reported result;
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT report_id, auto_hidden FROM diwan.report_contribution(?, ?, ?, ?)"));
    q.addBindValue(contributionId);
    q.addBindValue(reporterId);
    q.addBindValue(reason);
    q.addBindValue(note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(note));
    if (!q.exec()) {
        refusedBy(q.lastError(), &result);
        return result;
    }
    if (q.next()) {
        result.reportId = q.value(0).toLongLong();
        result.autoHidden = q.value(1).toBool();
    }
    return result;
}

Messages authorMessages(QSqlDatabase &db, const QString &authorId)
{
    Messages result;
    const bool pg = Dialect::of(db).isPostgres();
    if (!pg && ArabicText::normalize(authorId).isEmpty()) {
        result.refusal = Refusal::AuthorMissing;
        return result;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QSet<qint64> firstRead; // SQLite: those this call marked read
    const auto read = [&]() -> DbError {
        if (pg) {
            q.prepare(QStringLiteral("SELECT message_id, contribution_id, reason_code, body_ar, "
                                     "body_en, created_at, first_read FROM "
                                     "diwan.author_messages(?)"));
            q.addBindValue(authorId);
            if (!q.exec()) {
                refusedBy(q.lastError(), &result);
                return result.error;
            }
        } else {
            // Which are unread (marked read now), then all of them: one transaction.
            QSqlQuery unread(db);
            unread.prepare(QStringLiteral("UPDATE contribution_messages SET read_at = ? WHERE "
                                          "author_id = ? AND read_at IS NULL RETURNING id"));
            if (DbError e = Database::exec(
                    unread, {Database::fromDateTime(QDateTime::currentDateTimeUtc()), authorId});
                !e.ok())
                return e;
            while (unread.next())
                firstRead << unread.value(0).toLongLong();
            unread.finish();
            q.prepare(QStringLiteral("SELECT id, contribution_id, reason_code, body_ar, body_en, "
                                     "created_at, 0 FROM contribution_messages WHERE author_id = ? "
                                     "ORDER BY created_at DESC, id DESC LIMIT 200"));
            if (DbError e = Database::exec(q, {authorId}); !e.ok())
                return e;
        }
        while (q.next())
            result.messages.append(
                {q.value(0).toLongLong(),
                 q.value(1).toLongLong(),
                 q.value(2).toString(),
                 q.value(3).toString(),
                 q.value(4).toString(),
                 Database::toDateTime(q.value(5)),
                 q.value(6).toBool() || firstRead.contains(q.value(0).toLongLong())});
        return {};
    };
    if (pg) {
        read();
        return result;
    }
    result.error = Database::transaction(db, read);
    if (!result.error.ok())
        result.messages.clear();
    return result;
}

} // namespace PortalEntry
