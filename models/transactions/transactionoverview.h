#pragma once

#include "db/dberror.h"
#include "db/dialect.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the Transactions page shows beside the queue: the counters per service, the navigation's
// counts, the service list of the filter; each a bounded read.
namespace TransactionOverview {

// Open transactions per service (bounded: LIMIT ?). Columns: service_id, code, name_ar,
// name_en, submitted, in_review, awaiting_applicant, escalated, overdue.
QString serviceCounters(const Dialect &d);
// The most urgent open transactions (LIMIT ?). Columns: reference, name_ar, name_en,
// applicant_name, submitted_at, due_in (seconds), state, priority, holder (login).
QString mostUrgentOpen(const Dialect &d);

struct ServiceName
{
    qint64 id = 0;
    QString name;
};
// Every service (at most 500), by name in `language` ("ar" or "en").
DbError serviceNames(QSqlDatabase &db, const QString &language, QList<ServiceName> *out);

struct Counts
{
    qint64 unclaimed = 0; // undecided and held by nobody (in the clerk's services, for a clerk)
    qint64 mine = 0;      // open and held by the staff member
};
DbError counts(QSqlDatabase &db, qint64 staffId, bool onlyOwnServices, Counts *out);

// The services the given transactions belong to, each once.
DbError servicesOf(QSqlDatabase &db, const QList<qint64> &transactionIds, QList<qint64> *out);

// A transaction to show as an example (screenshots): an undecided one the staff member holds,
// or else the most urgent undecided one. 0 if there is none.
DbError example(QSqlDatabase &db, qint64 staffId, qint64 *id);

} // namespace TransactionOverview
