#include "moderation/moderationsqlite.h"

#include "common/arabictext.h"
#include "common/contributionflags.h"
#include "db/database.h"

#include <QSqlQuery>

namespace ModerationSqlite {

using ModerationService::Action;
using ModerationService::Request;

namespace {

// The state an action leads to from `state`, or nothing when the action does not apply
// (diwan.moderate_contribution says the same on PostgreSQL).
QString nextState(Action action, const QString &state, bool autoHidden, int openReports)
{
    switch (action) {
    case Action::Approve:
        return state == QLatin1String("pending") ? QStringLiteral("published") : QString();
    case Action::Reject:
        return state == QLatin1String("pending") || state == QLatin1String("published")
                       || state == QLatin1String("hidden")
                   ? QStringLiteral("rejected")
                   : QString();
    case Action::Hide:
        return state == QLatin1String("pending") || state == QLatin1String("published")
                       || (state == QLatin1String("hidden") && autoHidden)
                   ? QStringLiteral("hidden")
                   : QString();
    case Action::Restore:
        return state == QLatin1String("hidden") || state == QLatin1String("rejected")
                   ? QStringLiteral("published")
                   : QString();
    case Action::DismissReports:
        if (openReports <= 0)
            return {};
        return state == QLatin1String("hidden") && autoHidden ? QStringLiteral("published") : state;
    case Action::Redact:
    case Action::BlockAuthor:
    case Action::UnblockAuthor:
    case Action::Undo:
        break;
    }
    return {};
}

DbError invalid(const QString &detail)
{
    return DbError::make(DbError::Kind::Invalid, detail);
}

// The contribution as an action finds it.
struct Found
{
    QString state;
    int version = 0;
    QVariant autoHiddenAt;
    int reportCount = 0;
    QString author;
    QString body;
};

// What the log keeps of one action.
struct LogRow
{
    qint64 contributionId = 0;
    QString action;
    QVariant reasonCode;
    QVariant reason;
    const Found *prior = nullptr;
    int versionAfter = 0;
    QVariant undoes;
};

class Step
{
public:
    Step(QSqlDatabase &db, qint64 staffId)
        : m_db(db)
        , m_staffId(staffId)
        , m_now(Database::fromDateTime(QDateTime::currentDateTimeUtc()).toString())
    {}

    const QString &now() const { return m_now; }

    DbError run(const QString &sql, const QVariantList &values, int *changed = nullptr)
    {
        QSqlQuery q(m_db);
        q.prepare(sql);
        DbError e = Database::exec(q, values);
        if (e.ok() && changed)
            *changed = q.numRowsAffected();
        return e;
    }

    DbError read(qint64 id, Found *found)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT state, version, auto_hidden_at, report_count, author_id, "
                                 "body FROM contributions WHERE id = ?"));
        if (DbError e = Database::exec(q, {id}); !e.ok())
            return e;
        if (!q.next())
            return DbError::make(DbError::Kind::NotFound,
                                 QStringLiteral("contribution %1 does not exist").arg(id));
        *found = {q.value(0).toString(),
                  q.value(1).toInt(),
                  q.value(2),
                  q.value(3).toInt(),
                  q.value(4).toString(),
                  q.value(5).toString()};
        return {};
    }

    DbError log(const LogRow &r)
    {
        return run(QStringLiteral("INSERT INTO moderation_log (contribution_id, staff_id, action, "
                                  "reason_code, reason, at, prior_state, prior_auto_hidden_at, "
                                  "prior_report_count, version_after, undoes) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {r.contributionId,
                    m_staffId,
                    r.action,
                    r.reasonCode,
                    r.reason,
                    m_now,
                    r.prior->state,
                    r.prior->autoHiddenAt,
                    r.prior->reportCount,
                    r.versionAfter,
                    r.undoes});
    }

    // The new state, version moved, in the caller's name.
    DbError change(qint64 id, const QString &state, const QVariant &autoHiddenAt, int reports)
    {
        return run(QStringLiteral("UPDATE contributions SET state = ?, auto_hidden_at = ?, "
                                  "report_count = ?, moderated_by = ?, moderated_at = ?, "
                                  "claimed_by = NULL, version = version + 1 WHERE id = ?"),
                   {state, autoHiddenAt, reports, m_staffId, m_now, id});
    }

    DbError endClaim(qint64 id)
    {
        return run(QStringLiteral("DELETE FROM contribution_claims WHERE contribution_id = ?"),
                   {id});
    }

private:
    QSqlDatabase &m_db;
    qint64 m_staffId;
    QString m_now;
};

QVariant orNull(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

DbError moderate(Step &s,
                 qint64 staffId,
                 const Request &r,
                 const Found &c,
                 const std::pair<QString, QString> &message,
                 int *version)
{
    const QString next = nextState(r.action, c.state, !c.autoHiddenAt.isNull(), c.reportCount);
    if (next.isEmpty())
        return invalid(QStringLiteral("contribution %1 is %2 and cannot be given \"%3\"")
                           .arg(QString::number(r.id), c.state, actionKey(r.action)));
    if (r.action == Action::Reject) {
        if (DbError e
            = s.run(QStringLiteral("INSERT INTO contribution_messages (contribution_id, "
                                   "author_id, reason_code, body_ar, body_en, "
                                   "created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                    {r.id, c.author, r.reasonCode, message.first, message.second, s.now()});
            !e.ok())
            return e;
    }
    if (r.action == Action::DismissReports) {
        if (DbError e = s.run(QStringLiteral("UPDATE contribution_reports SET dismissed_by = ?, "
                                             "dismissed_at = ? WHERE contribution_id = ? "
                                             "AND dismissed_at IS NULL"),
                              {staffId, s.now(), r.id});
            !e.ok())
            return e;
    }
    const bool keepAutoHidden = next == QLatin1String("hidden") && r.action != Action::Hide;
    if (DbError e = s.change(r.id,
                             next,
                             keepAutoHidden ? c.autoHiddenAt : QVariant(),
                             r.action == Action::DismissReports ? 0 : c.reportCount);
        !e.ok())
        return e;
    *version = c.version + 1;
    if (DbError e = s.log({r.id,
                           actionKey(r.action),
                           r.action == Action::Reject ? QVariant(r.reasonCode) : QVariant(),
                           orNull(r.reason),
                           &c,
                           *version,
                           {}});
        !e.ok())
        return e;
    return s.endClaim(r.id);
}

// The automatic flags of a text as stored (none: an empty text, the column is NOT NULL).
DbError flagsOf(QSqlDatabase &db, const QString &body, QString *flags)
{
    QStringList keys;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT word_key FROM blocked_words"));
    if (DbError e = Database::exec(q); !e.ok())
        return e;
    while (q.next())
        keys << q.value(0).toString();
    *flags = ContributionFlags::join(ContributionFlags::compute(body, keys));
    if (flags->isNull())
        *flags = QStringLiteral("");
    return {};
}

DbError
redact(QSqlDatabase &db, Step &s, qint64 staffId, const Request &r, const Found &c, int *version)
{
    if (r.redactFrom < 0 || r.redactLength < 1 || r.redactFrom + r.redactLength > c.body.size())
        return invalid(QStringLiteral("a redaction names a passage of the text"));
    const QString body = c.body.left(r.redactFrom) + ModerationService::redactionMark()
                         + c.body.mid(r.redactFrom + r.redactLength);
    QString flags;
    if (DbError e = flagsOf(db, body, &flags); !e.ok())
        return e;
    if (DbError e = s.run(QStringLiteral("UPDATE contributions SET body = ?, body_norm = ?, "
                                         "auto_flags = ?, moderated_by = ?, moderated_at = ?, "
                                         "version = version + 1 WHERE id = ?"),
                          {body, ArabicText::normalize(body), flags, staffId, s.now(), r.id});
        !e.ok())
        return e;
    *version = c.version + 1;
    return s.log({r.id,
                  QStringLiteral("redact"),
                  QStringLiteral("personal_data"),
                  orNull(r.reason),
                  &c,
                  *version,
                  {}});
}

DbError
block(Step &s, QSqlDatabase &db, qint64 staffId, const Request &r, const Found &c, int *version)
{
    const QVariant reason = orNull(r.reason);
    if (reason.isNull())
        return invalid(QStringLiteral("blocking an author needs a justification"));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM blocked_authors WHERE author_id = ?"));
    if (DbError e = Database::exec(q, {c.author}); !e.ok() || !q.next())
        return e;
    if (q.value(0).toInt() > 0)
        return invalid(
            QStringLiteral("the author of contribution %1 is blocked already").arg(r.id));
    if (DbError e = s.run(QStringLiteral("INSERT INTO blocked_authors (author_id, blocked_by, "
                                         "reason, at) VALUES (?, ?, ?, ?)"),
                          {c.author, staffId, reason, s.now()});
        !e.ok())
        return e;
    q.prepare(QStringLiteral("SELECT id FROM contributions WHERE author_id = ? AND state = "
                             "'pending' ORDER BY id"));
    if (DbError e = Database::exec(q, {c.author}); !e.ok())
        return e;
    QList<qint64> pending;
    while (q.next())
        pending << q.value(0).toLongLong();
    q.finish();
    *version = c.version;
    for (const qint64 id : std::as_const(pending)) {
        Found p;
        if (DbError e = s.read(id, &p); !e.ok())
            return e;
        if (DbError e = s.change(id, QStringLiteral("hidden"), {}, p.reportCount); !e.ok())
            return e;
        if (DbError e = s.log({id,
                               QStringLiteral("hide"),
                               QStringLiteral("author_blocked"),
                               reason,
                               &p,
                               p.version + 1,
                               {}});
            !e.ok())
            return e;
        if (DbError e = s.endClaim(id); !e.ok())
            return e;
        if (id == r.id)
            *version = p.version + 1;
    }
    return s.log({r.id, QStringLiteral("block_author"), {}, reason, &c, *version, {}});
}

DbError unblock(Step &s, const Request &r, const Found &c, int *version)
{
    const QVariant reason = orNull(r.reason);
    if (reason.isNull())
        return invalid(QStringLiteral("unblocking an author needs a justification"));
    int changed = 0;
    if (DbError e = s.run(QStringLiteral("DELETE FROM blocked_authors WHERE author_id = ?"),
                          {c.author},
                          &changed);
        !e.ok())
        return e;
    if (changed == 0)
        return invalid(QStringLiteral("the author of contribution %1 is not blocked").arg(r.id));
    *version = c.version;
    return s.log({r.id, QStringLiteral("unblock_author"), {}, reason, &c, c.version, {}});
}

// Undo of a redaction: the text before it, from the audit trail (the trigger of migration 017
// kept it there), with its normalised form and flags; the change is audited again.
DbError unredact(Step &s, QSqlDatabase &db, qint64 staffId, qint64 id, int *version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT json_extract(old_row, '$.body') FROM audit_event WHERE table_name = "
        "'contributions' AND row_id = ? AND action = 'UPDATE' AND json_extract(old_row, "
        "'$.body') IS NOT json_extract(new_row, '$.body') ORDER BY id DESC LIMIT 1"));
    if (DbError e = Database::exec(q, {QString::number(id)}); !e.ok())
        return e;
    if (!q.next() || q.value(0).isNull())
        return DbError::make(
            DbError::Kind::NotFound,
            QStringLiteral("the audit trail holds no text of contribution %1 before its redaction")
                .arg(id));
    const QString original = q.value(0).toString();
    q.finish();
    QString flags;
    if (DbError e = flagsOf(db, original, &flags); !e.ok())
        return e;
    if (DbError e = s.run(QStringLiteral("UPDATE contributions SET body = ?, body_norm = ?, "
                                         "auto_flags = ?, moderated_by = ?, moderated_at = ?, "
                                         "version = version + 1 WHERE id = ?"),
                          {original, ArabicText::normalize(original), flags, staffId, s.now(), id});
        !e.ok())
        return e;
    ++*version;
    return {};
}

// Undo of a block: what it hid comes back (each only if unchanged since), the author is
// unblocked. `version`: the blocked-on contribution's version afterwards.
DbError unblockUndone(
    Step &s, QSqlDatabase &db, qint64 id, const Found &c, const QVariant &at, int *version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT l.id, l.contribution_id, l.prior_state, l.prior_auto_hidden_at, "
        "l.prior_report_count, l.version_after, x.version FROM moderation_log l JOIN "
        "contributions x ON x.id = l.contribution_id WHERE x.author_id = ? AND l.action = 'hide' "
        "AND l.reason_code = 'author_blocked' AND l.at = ? ORDER BY l.contribution_id"));
    if (DbError e = Database::exec(q, {c.author, at}); !e.ok())
        return e;
    struct Hidden
    {
        qint64 logId;
        qint64 id;
        Found prior; // its version: the one the block left
    };
    QList<Hidden> hidden;
    while (q.next()) {
        if (q.value(5).toInt() != q.value(6).toInt())
            return DbError::make(DbError::Kind::Conflict,
                                 QStringLiteral("contribution %1 was changed since the block")
                                     .arg(q.value(1).toLongLong()));
        hidden.append(
            {q.value(0).toLongLong(),
             q.value(1).toLongLong(),
             {q.value(2).toString(), q.value(6).toInt(), q.value(3), q.value(4).toInt(), {}, {}}});
    }
    q.finish();
    *version = c.version;
    for (const Hidden &h : std::as_const(hidden)) {
        if (DbError e = s.change(h.id, h.prior.state, h.prior.autoHiddenAt, h.prior.reportCount);
            !e.ok())
            return e;
        Found was = h.prior;
        was.state = QStringLiteral("hidden");
        if (DbError e = s.log({h.id,
                               QStringLiteral("undo"),
                               QStringLiteral("hide"),
                               {},
                               &was,
                               was.version + 1,
                               h.logId});
            !e.ok())
            return e;
        if (h.id == id)
            *version = was.version + 1;
    }
    return s.run(QStringLiteral("DELETE FROM blocked_authors WHERE author_id = ?"), {c.author});
}

DbError
undo(Step &s, QSqlDatabase &db, qint64 staffId, const Request &r, const Found &c, int *version)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, staff_id, action, at, prior_state, prior_auto_hidden_at, "
                             "prior_report_count, version_after FROM moderation_log WHERE "
                             "contribution_id = ? ORDER BY at DESC, id DESC LIMIT 1"));
    if (DbError e = Database::exec(q, {r.id}); !e.ok())
        return e;
    const bool found = q.next();
    const QString action = found ? q.value(2).toString() : QString();
    if (!found || q.value(1).toLongLong() != staffId || action == QLatin1String("undo"))
        return invalid(
            QStringLiteral("only the moderator who acted last on contribution %1 can undo it")
                .arg(r.id));
    static const QStringList undoable{QStringLiteral("approve"),
                                      QStringLiteral("reject"),
                                      QStringLiteral("hide"),
                                      QStringLiteral("restore"),
                                      QStringLiteral("dismiss_reports"),
                                      QStringLiteral("redact"),
                                      QStringLiteral("block_author")};
    if (!undoable.contains(action) || q.value(7).isNull())
        return invalid(QStringLiteral("\"%1\" cannot be undone").arg(action));
    const QDateTime at = Database::toDateTime(q.value(3));
    if (at < QDateTime::currentDateTimeUtc().addSecs(-60 * ModerationService::undoMinutes))
        return invalid(QStringLiteral("the time to undo \"%1\" on contribution %2 ran out")
                           .arg(action, QString::number(r.id)));
    if (q.value(7).toInt() != c.version)
        return DbError::make(DbError::Kind::Conflict,
                             QStringLiteral("contribution %1 was changed since").arg(r.id));
    const qint64 logId = q.value(0).toLongLong();
    const QVariant atText = q.value(3);
    const QString priorState = q.value(4).toString();
    const QVariant priorAutoHidden = q.value(5);
    const int priorReports = q.value(6).toInt();
    q.finish();
    if (action == QLatin1String("redact")) {
        *version = c.version;
        if (DbError e = unredact(s, db, staffId, r.id, version); !e.ok())
            return e;
        return s.log({r.id, QStringLiteral("undo"), action, {}, &c, *version, logId});
    }
    if (action == QLatin1String("block_author")) {
        if (DbError e = unblockUndone(s, db, r.id, c, atText, version); !e.ok())
            return e;
        return s.log({r.id, QStringLiteral("undo"), action, {}, &c, *version, logId});
    }
    if (action == QLatin1String("reject")) {
        q.prepare(QStringLiteral("SELECT count(*) FROM contribution_messages WHERE "
                                 "contribution_id = ? AND created_at = ? AND read_at IS NOT NULL"));
        if (DbError e = Database::exec(q, {r.id, atText}); !e.ok() || !q.next())
            return e;
        if (q.value(0).toInt() > 0)
            return invalid(
                QStringLiteral("the author has read the rejection of contribution %1 already")
                    .arg(r.id));
        q.finish();
        if (DbError e = s.run(QStringLiteral("DELETE FROM contribution_messages WHERE "
                                             "contribution_id = ? AND created_at = ?"),
                              {r.id, atText});
            !e.ok())
            return e;
    }
    if (action == QLatin1String("dismiss_reports")) {
        if (DbError e = s.run(QStringLiteral("UPDATE contribution_reports SET dismissed_by = NULL, "
                                             "dismissed_at = NULL WHERE contribution_id = ? AND "
                                             "dismissed_by = ? AND dismissed_at = ?"),
                              {r.id, staffId, atText});
            !e.ok())
            return e;
    }
    if (DbError e = s.change(r.id, priorState, priorAutoHidden, priorReports); !e.ok())
        return e;
    *version = c.version + 1;
    return s.log({r.id, QStringLiteral("undo"), action, {}, &c, *version, logId});
}

} // namespace

DbError act(QSqlDatabase &db,
            qint64 staffId,
            const Request &r,
            const std::pair<QString, QString> &message,
            int *version)
{
    return Database::transaction(db, [&]() -> DbError {
        Step s(db, staffId);
        Found c;
        if (DbError e = s.read(r.id, &c); !e.ok())
            return e;
        if (r.action == Action::UnblockAuthor)
            return unblock(s, r, c, version);
        if (c.version != r.version)
            return DbError::make(DbError::Kind::Conflict,
                                 QStringLiteral("contribution %1 was changed first").arg(r.id));
        switch (r.action) {
        case Action::Redact:
            return redact(db, s, staffId, r, c, version);
        case Action::BlockAuthor:
            return block(s, db, staffId, r, c, version);
        case Action::Undo:
            return undo(s, db, staffId, r, c, version);
        default:
            return moderate(s, staffId, r, c, message, version);
        }
    });
}

DbError
lookAt(QSqlDatabase &db, qint64 staffId, qint64 contributionId, ModerationService::Claim *holder)
{
    *holder = {};
    return Database::transaction(db, [&]() -> DbError {
        Step s(db, staffId);
        Found c;
        if (DbError e = s.read(contributionId, &c); !e.ok())
            return e;
        const QString expired = Database::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(
                                                           -60 * ModerationService::claimMinutes))
                                    .toString();
        if (DbError e
            = s.run(QStringLiteral("INSERT INTO contribution_claims (contribution_id, "
                                   "staff_id, claimed_at) VALUES (?, ?, ?) ON "
                                   "CONFLICT (contribution_id) DO UPDATE SET staff_id = "
                                   "excluded.staff_id, claimed_at = excluded.claimed_at "
                                   "WHERE staff_id = excluded.staff_id OR claimed_at <= ?"),
                    {contributionId, staffId, s.now(), expired});
            !e.ok())
            return e;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT k.staff_id, s.display_name_ar, s.display_name_en, "
                                 "k.claimed_at FROM contribution_claims k JOIN staff s ON s.id = "
                                 "k.staff_id WHERE k.contribution_id = ?"));
        if (DbError e = Database::exec(q, {contributionId}); !e.ok())
            return e;
        if (q.next())
            *holder = {q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       Database::toDateTime(q.value(3))};
        return {};
    });
}

} // namespace ModerationSqlite
