#pragma once

#include "db/dialect.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// What a clerk's queue shows: services, states, whose, when submitted, SLA status. Builds the
// WHERE clause and its bound values; the sort key is always (due_at, id), so every page is a
// keyset seek on transactions_queue_idx / transactions_service_idx.
struct QueueFilter
{
    enum class Ownership { All, Mine, Unclaimed };
    enum class Sla { Any, DueSoon, Overdue };
    // The order of the queue; each is a keyset on (column, id), forwards or backwards.
    enum class Sort { DueFirst, DueLast, NewestFirst, OldestFirst };

    QList<qint64> serviceIds; // empty: every service
    QStringList states = openStates(); // state keys
    Ownership ownership = Ownership::All;
    qint64 staffId = 0;      // for Mine
    QDateTime submittedFrom; // inclusive, UTC
    QDateTime submittedTo;   // exclusive, UTC
    Sla sla = Sla::Any;
    QDateTime now; // for SLA status; default: current time
    Sort sort = Sort::DueFirst;

    // The sort column ("t.due_at" / "t.submitted_at") and whether it runs backwards.
    QString sortColumn() const;
    bool descending() const { return sort == Sort::DueLast || sort == Sort::NewestFirst; }

    static const QStringList &knownStates();
    static QStringList openStates();

    // " AND ..." conditions on alias t, with positional placeholders appended to `values`.
    QString where(const Dialect &dialect, QVariantList &values) const;
    bool operator==(const QueueFilter &) const = default;
};
