#include "moderation/moderationservice.h"

#include "db/actionreceipts.h"
#include "db/database.h"
#include "db/dialect.h"
#include "moderation/moderationsqlite.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace ModerationService {

namespace {
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
    case Action::Redact:
        return QStringLiteral("redact");
    case Action::BlockAuthor:
        return QStringLiteral("block_author");
    case Action::UnblockAuthor:
        return QStringLiteral("unblock_author");
    case Action::Undo:
        return QStringLiteral("undo");
    }
    return {};
}

QString redactionMark()
{
    return QStringLiteral("\u2588\u2588\u2588");
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
    // The receipt keeps the version the action left (ActionReceipts::created): a send repeated
    // after a lost answer, which changes nothing, still reports it, so its Undo is offered.
    qint64 id = r.id;
    if (!Dialect::of(db).isPostgres()) {
        o.error = ActionReceipts::created(db, &id, &o.version, [&] {
            return ModerationSqlite::act(db, staffId, r, message, &o.version);
        });
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
        case Action::Redact:
            call = QStringLiteral("SELECT diwan.redact_contribution(?, ?, ?, ?, ?)");
            values << r.redactFrom << r.redactLength << r.reason;
            break;
        case Action::BlockAuthor:
            call = QStringLiteral("SELECT diwan.block_author(?, ?, ?)");
            values << r.reason;
            break;
        case Action::UnblockAuthor:
            call = QStringLiteral("SELECT diwan.unblock_author(?, ?)");
            values = {r.id, r.reason};
            break;
        case Action::Undo:
            call = QStringLiteral("SELECT diwan.undo_moderation(?, ?)");
            break;
        }
        q.prepare(call);
        o.error = ActionReceipts::created(db, &id, &o.version, [&] {
            DbError e = Database::exec(q, values);
            if (e.ok() && q.next())
                o.version = q.value(0).toInt();
            return e;
        });
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

DbError lookAt(QSqlDatabase &db, qint64 staffId, qint64 contributionId, Claim *holder)
{
    if (!Dialect::of(db).isPostgres())
        return ModerationSqlite::lookAt(db, staffId, contributionId, holder);
    *holder = {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT holder_id, holder_ar, holder_en, since "
                             "FROM diwan.look_at_contribution(?)"));
    if (DbError e = Database::exec(q, {contributionId}); !e.ok())
        return e;
    if (q.next() && !q.value(0).isNull())
        *holder = {q.value(0).toLongLong(),
                   q.value(1).toString(),
                   q.value(2).toString(),
                   Database::toDateTime(q.value(3))};
    return {};
}

DbError leave(QSqlDatabase &db, qint64 staffId, qint64 contributionId)
{
    QSqlQuery q(db);
    if (Dialect::of(db).isPostgres()) {
        q.prepare(QStringLiteral("SELECT diwan.leave_contribution(?)"));
        return Database::exec(q, {contributionId});
    }
    q.prepare(QStringLiteral(
        "DELETE FROM contribution_claims WHERE contribution_id = ? AND staff_id = ?"));
    return Database::exec(q, {contributionId, staffId});
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
