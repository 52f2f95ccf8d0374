#pragma once

#include "db/dberror.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QString>

// The public website's way of answering a poll, callable from Diwan's own code (the seeder, the
// tests, the benchmark): on PostgreSQL it calls diwan.submit_poll_response (migration 016; the
// portal's only way in), on SQLite it makes the same checks and writes here, in one transaction:
// the response with the demographics as given now and a keyed hash of the QID (never the QID), its
// answers, and the rollups (poll_rollup, poll_participation). A refusal is what
// the website shows the person (code() and the SQLSTATE of README "Polls: the website's entry
// point"); anything else is a database error.
namespace Polls::PollResponses {

enum class Refusal {
    None,
    PollNotOpen,       // DW201
    NotEligible,       // DW202
    AlreadyAnswered,   // DW203
    UnknownOption,     // DW204
    WrongPicks,        // DW205
    RequiredMissing,   // DW206
    OutOfRange,        // DW207
    BadRanking,        // DW208
    RespondentMissing, // DW209
    BadAnswer,         // DW210
};

// "poll_not_open", "not_eligible", ...: the code the website maps to its own sentence.
QString code(Refusal refusal);
QString sqlState(Refusal refusal);
Refusal fromSqlState(const QString &state);

// Who answers, as the portal knows them at this moment.
struct Respondent
{
    QString qid;
    bool verified = false;    // the portal verified the QID (national authentication)
    bool resident = false;    // a Qatari or a holder of a residence permit
    QString gender;           // "male", "female"
    QString ageBand;          // "18-24" ... "65+"
    QString nationalityGroup; // "qatari", "non_qatari"
    QString municipality;     // "doha" ... "al_sheehaniya"
};

struct Submission
{
    qint64 pollId = 0;
    Respondent respondent;
    // [{"question": id, "options": [ids], "other": text, "value": n, "ranking": [ids],
    //   "text": text}], as diwan.submit_poll_response takes it (migration 016).
    QJsonArray answers;
};

struct Submitted
{
    Refusal refusal = Refusal::None;
    DbError error; // a database error (not a refusal)
    qint64 id = 0;
    QString detail; // the refusal's sentence, for logs
};

// `now`: the moment of the response on SQLite (PostgreSQL takes its own clock).
Submitted submit(QSqlDatabase &db,
                 const Submission &submission,
                 const QDateTime &now = QDateTime::currentDateTimeUtc());

// What is hashed: the QID normalised (digits 0-9, no spaces), as diwan.respondent_hash.
QString respondentKey(const QString &qid);
QByteArray hmacSha256(const QByteArray &key, const QByteArray &message);

// Longest open answer or "other" text, in characters.
inline constexpr int MaxTextLength = 2000;

} // namespace Polls::PollResponses
