#pragma once

#include "db/dberror.h"
#include "transactions/queue/queuefilter.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// A user's named filters for a work area ("My overdue visas"), kept in the database so they
// follow the user to any computer. Each user sees only their own (row security on PostgreSQL).
namespace SavedViews {

struct View
{
    qint64 id = 0;
    QString name;
    QJsonObject definition;
    int version = 0;
};

DbError list(QSqlDatabase &db, const QString &login, const QString &area, QList<View> *views);
// Saves under the name; an existing view of that name is replaced (its version checked when
// expectedVersion > 0). A blank or over-long name is Kind::Invalid with a message.
DbError save(QSqlDatabase &db,
             const QString &login,
             const QString &area,
             const QString &name,
             const QJsonObject &definition,
             qint64 *id = nullptr);
DbError remove(QSqlDatabase &db, qint64 id, int expectedVersion);

// A transaction queue's filter as a view definition and back. Unknown states and malformed
// values are dropped, never trusted: the definition is the user's own data.
QJsonObject toJson(const QueueFilter &filter);
QueueFilter queueFilterFromJson(const QJsonObject &definition, qint64 staffId);

} // namespace SavedViews
