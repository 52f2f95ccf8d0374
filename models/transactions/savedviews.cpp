#include "transactions/savedviews.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace SavedViews {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SavedViews", text);
}
} // namespace

DbError list(QSqlDatabase &db, const QString &login, const QString &area, QList<View> *views)
{
    views->clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, definition, version FROM saved_views "
                             "WHERE staff_login = ? AND area = ? ORDER BY name LIMIT 200"));
    if (DbError e = Database::exec(q, {login, area}); !e.ok())
        return e;
    while (q.next())
        views->append({q.value(0).toLongLong(),
                       q.value(1).toString(),
                       QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                       q.value(3).toInt()});
    return {};
}

DbError save(QSqlDatabase &db,
             const QString &login,
             const QString &area,
             const QString &name,
             const QJsonObject &definition,
             qint64 *id)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return DbError::said(DbError::Kind::Invalid, tr("Give the view a name."));
    if (trimmed.size() > 80)
        return DbError::said(DbError::Kind::Invalid,
                             tr("The name is too long: at most 80 characters."));
    const Dialect d = Dialect::of(db);
    const QString json
        = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    if (d.isPostgres()) {
        // diwan.save_view (migration 012): the view is session_user's, whatever `login` says.
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.save_view(?, ?, CAST(? AS jsonb))"));
        if (DbError e = Database::exec(q, {area, trimmed, json}); !e.ok())
            return e;
        if (id)
            *id = q.next() ? q.value(0).toLongLong() : 0;
        return {};
    }
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE saved_views SET definition = ?, version = version + 1 "
                                 "WHERE staff_login = ? AND area = ? AND name = ?"));
        if (DbError e = Database::exec(q, {json, login, area, trimmed}); !e.ok())
            return e;
        if (q.numRowsAffected() == 0) {
            q.prepare(
                QStringLiteral("INSERT INTO saved_views (staff_login, area, name, definition) "
                               "VALUES (?, ?, ?, ?)"));
            if (DbError e = Database::exec(q, {login, area, trimmed, json}); !e.ok())
                return e;
        }
        if (id) {
            q.prepare(QStringLiteral(
                "SELECT id FROM saved_views WHERE staff_login = ? AND area = ? AND name = ?"));
            if (DbError e = Database::exec(q, {login, area, trimmed}); !e.ok())
                return e;
            *id = q.next() ? q.value(0).toLongLong() : 0;
        }
        return {};
    });
}

DbError remove(QSqlDatabase &db, qint64 id, int expectedVersion)
{
    if (Dialect::of(db).isPostgres()) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT diwan.delete_view(?, ?)"));
        const DbError e = Database::exec(q, {id, expectedVersion});
        return e.kind == DbError::Kind::Conflict ? DbError::make(DbError::Kind::Conflict) : e;
    }
    return Database::transaction(db, [&]() -> DbError {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM saved_views WHERE id = ? AND version = ?"));
        if (DbError e = Database::exec(q, {id, expectedVersion}); !e.ok())
            return e;
        if (q.numRowsAffected() != 1)
            return DbError::make(DbError::Kind::Conflict);
        return {};
    });
}

QJsonObject toJson(const QueueFilter &f)
{
    QJsonObject o;
    QJsonArray services;
    for (qint64 id : f.serviceIds)
        services.append(id);
    o.insert(QStringLiteral("services"), services);
    o.insert(QStringLiteral("states"), QJsonArray::fromStringList(f.states));
    o.insert(QStringLiteral("ownership"),
             f.ownership == QueueFilter::Ownership::Mine        ? QStringLiteral("mine")
             : f.ownership == QueueFilter::Ownership::Unclaimed ? QStringLiteral("unclaimed")
                                                                : QStringLiteral("all"));
    o.insert(QStringLiteral("sla"),
             f.sla == QueueFilter::Sla::Overdue   ? QStringLiteral("overdue")
             : f.sla == QueueFilter::Sla::DueSoon ? QStringLiteral("due_soon")
                                                  : QStringLiteral("any"));
    o.insert(QStringLiteral("sort"),
             f.sort == QueueFilter::Sort::DueLast       ? QStringLiteral("due_last")
             : f.sort == QueueFilter::Sort::NewestFirst ? QStringLiteral("newest_first")
             : f.sort == QueueFilter::Sort::OldestFirst ? QStringLiteral("oldest_first")
                                                        : QStringLiteral("due_first"));
    if (f.submittedFrom.isValid())
        o.insert(QStringLiteral("from"), f.submittedFrom.toString(Qt::ISODate));
    if (f.submittedTo.isValid())
        o.insert(QStringLiteral("to"), f.submittedTo.toString(Qt::ISODate));
    return o;
}

QueueFilter queueFilterFromJson(const QJsonObject &o, qint64 staffId)
{
    QueueFilter f;
    for (const QJsonValue &v : o.value(QLatin1String("services")).toArray())
        if (const qint64 id = v.toInteger(); id > 0)
            f.serviceIds << id;
    QStringList states;
    for (const QJsonValue &v : o.value(QLatin1String("states")).toArray())
        if (QueueFilter::knownStates().contains(v.toString()))
            states << v.toString();
    if (!states.isEmpty())
        f.states = states;
    const QString ownership = o.value(QLatin1String("ownership")).toString();
    if (ownership == QLatin1String("mine")) {
        f.ownership = QueueFilter::Ownership::Mine;
        f.staffId = staffId;
    } else if (ownership == QLatin1String("unclaimed")) {
        f.ownership = QueueFilter::Ownership::Unclaimed;
    }
    const QString sla = o.value(QLatin1String("sla")).toString();
    if (sla == QLatin1String("overdue"))
        f.sla = QueueFilter::Sla::Overdue;
    else if (sla == QLatin1String("due_soon"))
        f.sla = QueueFilter::Sla::DueSoon;
    const QString sort = o.value(QLatin1String("sort")).toString();
    if (sort == QLatin1String("due_last"))
        f.sort = QueueFilter::Sort::DueLast;
    else if (sort == QLatin1String("newest_first"))
        f.sort = QueueFilter::Sort::NewestFirst;
    else if (sort == QLatin1String("oldest_first"))
        f.sort = QueueFilter::Sort::OldestFirst;
    f.submittedFrom = QDateTime::fromString(o.value(QLatin1String("from")).toString(), Qt::ISODate);
    f.submittedTo = QDateTime::fromString(o.value(QLatin1String("to")).toString(), Qt::ISODate);
    return f;
}

} // namespace SavedViews
