#pragma once

#include "db/dberror.h"
#include "simulation/simulationreport.h"

#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace Simulation {

struct Options
{
    int rate = 20;            // requests per second
    int durationSeconds = 10; // then it stops: rate x duration requests
    quint64 seed = 1;
    bool paced = true; // false: as fast as the database answers (tests)
    // Where the website learns which contributions are published now, as its public pages do:
    // a connection that may read the contributions' state, asked for the newest published ones
    // when the run starts and again every `refreshEvery` requests, so that reports also reach
    // what moderators published meanwhile. On PostgreSQL the website's own login cannot:
    // diwan_portal may read the contributions' ids only (PRIVILEGES.tsv, SELECT(id)), not their
    // state, and it is given no function that lists them; the caller passes another login's
    // connection (tst_races: a moderator's, who reads every contribution). Not given: the
    // website reports only what it submitted and saw published at once, on SQLite too, so that
    // the same seed sends the same requests on both databases (diwan-admin simulate,
    // tst_simulation).
    QSqlDatabase published;
    int refreshEvery = 50;
};

// The public website, played against a Diwan database through its entry points only (on
// PostgreSQL as a diwan_portal login): new transactions with their documents, withdrawals,
// contributions (some abusive, with links, phone numbers, hidden characters, near-duplicates,
// empty or too long), reports, poll responses from a population (demographics of the lists,
// some answering twice, some out of the scale); some requests sent twice with the same key, as
// a website does when it did not hear the answer. The same seed sends the same requests in the
// same order.
class Simulator
{
public:
    Simulator(QSqlDatabase db, const Options &options);

    // Reads what the website offers (services and their documents, open topics), then plays.
    // An error is one that stopped the run (the database unreachable before it started, or
    // what is published unreadable through Options::published); errors on single requests are
    // counted in the report.
    DbError run(Report *report);

private:
    struct Service
    {
        QString code;
        QStringList documents;
    };
    struct Question
    {
        qint64 id = 0;
        int position = 0;
        QString kind;
        bool required = true;
        int minPicks = 0;
        int maxPicks = 0;
        int showIfQuestion = -1; // position of the question it depends on; -1: always shown
        int showIfOption = 0;
        QList<qint64> options;
    };
    struct Submitted
    {
        QString reference;
        QString qid;
        bool withdrawn = false;
    };

    DbError load();
    DbError readPublished();
    void learnPublished(qint64 id);
    void transaction(Report *report);
    void withdrawal(Report *report);
    void contribution(Report *report);
    void reportOne(Report *report);
    void pollResponse(Report *report);
    QJsonObject answer(const Question &q, QList<int> *picked);
    QString key();
    QString pick(const QStringList &list);
    QString contributionText();
    QString applicantName();

    QSqlDatabase m_db;
    Options m_options;
    QRandomGenerator m_random;
    QList<Service> m_services;
    QList<qint64> m_topics;
    QMap<qint64, QList<Question>> m_polls; // open polls, their questions in order
    QJsonObject m_content;                 // resources/demo/topics.json
    QStringList m_names;                   // applicants' names, from resources/demo/names.json
    QList<Submitted> m_submitted;
    QList<qint64> m_published; // the newest published contributions known, PublishedKept at most
    QStringList m_bodies;      // what was contributed, for near-duplicates
    qint64 m_requests = 0;
};

} // namespace Simulation
