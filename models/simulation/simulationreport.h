#pragma once

#include <QMap>
#include <QString>

namespace Simulation {

// What a simulated website sent and what came back, by kind of request ("transaction",
// "withdrawal", "contribution", "report") and by refusal code.
struct Report
{
    struct Kind
    {
        qint64 sent = 0;     // requests, repeats included
        qint64 done = 0;     // first answers that wrote something
        qint64 repeated = 0; // a request sent again with its key: answered from the first result
        qint64 errors = 0;   // database errors (not refusals)
        QMap<QString, qint64> refused; // by code, "qid_invalid"...
        qint64 refusedTotal() const;
    };
    QMap<QString, Kind> kinds;
    qint64 requests = 0; // rate x duration; sent() counts the ones sent twice twice
    qint64 milliseconds = 0;
    quint64 seed = 0;
    int rate = 0;

    qint64 sent() const;
    qint64 errors() const;
    // The table diwan-admin simulate prints.
    QString toText() const;
};

} // namespace Simulation
