#include "moderation/moderationservice.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ModerationService {

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
    }
    return {};
}

void readConflict(QSqlDatabase &db, Outcome *o)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT s.display_name_ar, s.display_name_en, l.action, l.at FROM moderation_log l "
        "LEFT JOIN staff s ON s.id = l.staff_id WHERE l.contribution_id = ? "
        "ORDER BY l.at DESC, l.id DESC LIMIT 1"));
    if (!Database::exec(q, {o->id}).ok() || !q.next())
        return;
    o->actedByAr = q.value(0).toString();
    o->actedByEn = q.value(1).toString();
    o->actedAction = q.value(2).toString();
    o->actedAt = Database::toDateTime(q.value(3));
}

DbError actOnSqlite(QSqlDatabase &db,
                    qint64 staffId,
                    const Request &r,
                    const std::pair<QString, QString> &message,
                    int *version)
{
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT state, version, auto_hidden_at, report_count, author_id "
                                 "FROM contributions WHERE id = ?"));
        if (DbError e = Database::exec(q, {r.id}); !e.ok())
            return e;
        if (!q.next())
            return DbError::make(DbError::Kind::NotFound,
                                 QStringLiteral("contribution %1 does not exist").arg(r.id));
        const QString state = q.value(0).toString();
        const int current = q.value(1).toInt();
        const bool autoHidden = !q.value(2).isNull();
        const int reports = q.value(3).toInt();
        const QString author = q.value(4).toString();
        q.finish();
        if (current != r.version)
            return DbError::make(DbError::Kind::Conflict,
                                 QStringLiteral("contribution %1 was changed first").arg(r.id));
        const QString next = nextState(r.action, state, autoHidden, reports);
        if (next.isEmpty())
            return DbError::make(DbError::Kind::Invalid,
                                 QStringLiteral("contribution %1 is %2 and cannot be given \"%3\"")
                                     .arg(QString::number(r.id), state, actionKey(r.action)));
        const QString now = Database::fromDateTime(QDateTime::currentDateTimeUtc()).toString();
        if (r.action == Action::Reject) {
            q.prepare(QStringLiteral("INSERT INTO contribution_messages (contribution_id, "
                                     "author_id, reason_code, body_ar, body_en) "
                                     "VALUES (?, ?, ?, ?, ?)"));
            if (DbError e
                = Database::exec(q, {r.id, author, r.reasonCode, message.first, message.second});
                !e.ok())
                return e;
        }
        if (r.action == Action::DismissReports) {
            q.prepare(QStringLiteral("UPDATE contribution_reports SET dismissed_by = ?, "
                                     "dismissed_at = ? WHERE contribution_id = ? "
                                     "AND dismissed_at IS NULL"));
            if (DbError e = Database::exec(q, {staffId, now, r.id}); !e.ok())
                return e;
        }
        const QString reason = r.reason.trimmed();
        q.prepare(QStringLiteral("INSERT INTO moderation_log (contribution_id, staff_id, action, "
                                 "reason_code, reason, at) VALUES (?, ?, ?, ?, ?, ?)"));
        if (DbError e
            = Database::exec(q,
                             {r.id,
                              staffId,
                              actionKey(r.action),
                              r.action == Action::Reject ? QVariant(r.reasonCode) : QVariant(),
                              reason.isEmpty() ? QVariant() : QVariant(reason),
                              now});
            !e.ok())
            return e;
        const bool keepAutoHidden = next == QLatin1String("hidden") && r.action != Action::Hide;
        q.prepare(QStringLiteral(
            "UPDATE contributions SET state = ?, "
            "auto_hidden_at = CASE WHEN ? THEN auto_hidden_at END, "
            "report_count = CASE WHEN ? THEN 0 ELSE report_count END, "
            "moderated_by = ?, moderated_at = ?, claimed_by = NULL, version = version + 1 "
            "WHERE id = ? AND version = ?"));
        if (DbError e = Database::exec(q,
                                       {next,
                                        keepAutoHidden,
                                        r.action == Action::DismissReports,
                                        staffId,
                                        now,
                                        r.id,
                                        r.version});
            !e.ok())
            return e;
        *version = r.version + 1;
        return {};
    });
}
} // namespace

QString actionKey(Action action)
{
    switch (action) {
    case Action::Approve:
        return QStringLiteral("approve");
    case Action::Reject:
        return QStringLiteral("reject");
    case Action::Hide:
        return QStringLiteral("hide");
    case Action::Restore:
        return QStringLiteral("restore");
    case Action::DismissReports:
        return QStringLiteral("dismiss_reports");
    }
    return {};
}

QStringList reasonCodes()
{
    return {QStringLiteral("off_topic"),
            QStringLiteral("abusive"),
            QStringLiteral("spam"),
            QStringLiteral("personal_data"),
            QStringLiteral("duplicate"),
            QStringLiteral("other")};
}

std::pair<QString, QString> rejectionMessage(const QString &reasonCode, const QString &reason)
{
    static const QJsonObject templates = [] {
        QFile f(QStringLiteral(":/templates/contribution_rejections.json"));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                           : QJsonObject();
    }();
    const QJsonObject entry = templates.value(reasonCode).toObject();
    auto fill = [&](const char *language) {
        return entry.value(QLatin1String(language))
            .toString()
            .replace(QLatin1String("{reason}"), reason.trimmed())
            .simplified();
    };
    return {fill("ar"), fill("en")};
}

Outcome act(QSqlDatabase &db, qint64 staffId, const Request &r)
{
    Outcome o;
    o.id = r.id;
    std::pair<QString, QString> message;
    if (r.action == Action::Reject) {
        if (!reasonCodes().contains(r.reasonCode)) {
            o.error = DbError::make(DbError::Kind::Invalid,
                                    QStringLiteral("a rejection needs a reason of the list"));
            return o;
        }
        if (r.reasonCode == QLatin1String("other") && r.reason.trimmed().isEmpty()) {
            o.error = DbError::make(DbError::Kind::Invalid,
                                    QStringLiteral("a rejection for another reason says which"));
            return o;
        }
        message = rejectionMessage(r.reasonCode, r.reason);
    }
    if (!Dialect::of(db).isPostgres()) {
        o.error = actOnSqlite(db, staffId, r, message, &o.version);
    } else {
        QSqlQuery q(db);
        QVariantList values{r.id, r.version};
        QString call;
        switch (r.action) {
        case Action::Approve:
            call = QStringLiteral("SELECT diwan.approve_contribution(?, ?)");
            break;
        case Action::Reject:
            call = QStringLiteral("SELECT diwan.reject_contribution(?, ?, ?, ?, ?, ?)");
            values << r.reasonCode << r.reason << message.first << message.second;
            break;
        case Action::Hide:
            call = QStringLiteral("SELECT diwan.hide_contribution(?, ?, ?)");
            values << r.reason;
            break;
        case Action::Restore:
            call = QStringLiteral("SELECT diwan.restore_contribution(?, ?)");
            break;
        case Action::DismissReports:
            call = QStringLiteral("SELECT diwan.dismiss_reports(?, ?)");
            break;
        }
        q.prepare(call);
        o.error = Database::exec(q, values);
        if (o.error.ok() && q.next())
            o.version = q.value(0).toInt();
    }
    if (o.error.kind == DbError::Kind::Conflict)
        readConflict(db, &o);
    return o;
}

DbError reports(QSqlDatabase &db, qint64 contributionId, QList<Report> *reports)
{
    reports->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT reason, note, reported_at, dismissed_at IS NOT NULL "
                             "FROM contribution_reports WHERE contribution_id = ? "
                             "ORDER BY reported_at, id LIMIT 200"));
    if (DbError e = Database::exec(q, {contributionId}); !e.ok())
        return e;
    while (q.next())
        reports->append({q.value(0).toString(),
                         q.value(1).toString(),
                         Database::toDateTime(q.value(2)),
                         q.value(3).toBool()});
    return {};
}

QList<Outcome> actOnEach(QSqlDatabase &db, qint64 staffId, const QList<Request> &requests)
{
    QList<Outcome> outcomes;
    outcomes.reserve(requests.size());
    for (const Request &r : requests)
        outcomes << act(db, staffId, r);
    return outcomes;
}

} // namespace ModerationService
