#pragma once

#include "db/dberror.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// What the public website may read of a poll's results, callable from Diwan's own code (the
// tests): on PostgreSQL it calls diwan.public_poll_results (migration 026; the portal's only way to
// the results), on SQLite it makes the same check and reads the same rollups here. The counts are
// given only when the poll's "results" setting allows it at this moment: live once the poll is
// open, after closing once it is closed (or open past its closing time), never never; a draft, a
// poll in review or scheduled and an unknown poll are refused (DW212, results_not_public).
namespace Polls::PublicResults {

enum class Refusal {
    None,
    NotPublic, // DW212
};

QString code(Refusal refusal);     // "results_not_public"
QString sqlState(Refusal refusal); // "DW212"

// One (question, option, value) of poll_rollup, its answers summed over days and demographics;
// optionId and value 0 for none, as in poll_rollup.
struct Count
{
    qint64 questionId = 0;
    qint64 optionId = 0;
    int value = 0;
    qint64 answers = 0;
};

struct Results
{
    Refusal refusal = Refusal::None;
    DbError error;  // a database error (not a refusal)
    QString detail; // the refusal's sentence, for logs
    qint64 responses = 0;
    QList<Count> counts; // by question, option, value
};

// `now`: the moment of the request on SQLite (PostgreSQL takes its own clock).
Results
read(QSqlDatabase &db, qint64 pollId, const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace Polls::PublicResults
