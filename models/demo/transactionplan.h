#pragma once

#include "demo/calendar.h"
#include "demo/random.h"
#include "demo/timewarp.h"
#include "transactions/transactionstate.h"

#include <QString>

#include <memory>

namespace Seeder {

struct SeedContext;
struct ServiceDef;

// Everything about transaction i except the applicant's details: its service, state, moments
// and who handled it. The history events and attachments are written from the same plan.
struct TransactionPlan
{
    qint64 id = 0;
    int service = 0; // index into Content::services
    int group = 0;   // index into Content::groups
    bool english = false;
    TransactionState state = TransactionState::Submitted;
    int priority = 2;
    qint64 submitted = 0;
    qint64 due = 0;
    qint64 paused = noTime;
    qint64 assigned = 0;
    qint64 lease = noTime;
    qint64 decided = noTime;
    qint64 updated = 0;
    qint64 handler = 0; // the clerk in the history
    qint64 claimAt = noTime;
    qint64 requestAt = noTime;
    qint64 receivedAt = noTime;
    qint64 escalateAt = noTime;
    qint64 withdrawAt = noTime;
    qint64 noteAt = noTime;
    int note = -1;    // index into Content::notes
    int message = -1; // index into Content::messages
    int reason = -1;  // index into Content::reasons
    int version = 1;
};

struct Applicant
{
    QString name;
    QString norm;
    QString qid;
    QString phone;
    QString email;
    QString details;                   // the service's form as JSON
    QString municipality; // where the applicant lives (migration 019)
};

// Transaction i as a pure function of (seed, i): submissions over the last year, busier lately
// and in working hours; open with a probability that fades with age, so that a tenth to a sixth
// of them wait in the queue. The open ones are then placed as a queue stands on the day the
// database is made (Options::now): mostly within their time limit, some due within eight hours,
// a few overdue by days at most. Needs the context's services and Workforce.
class TransactionPlanner
{
public:
    explicit TransactionPlanner(const SeedContext &context);
    ~TransactionPlanner();

    TransactionPlan plan(qint64 index) const;
    Applicant applicant(qint64 index, const TransactionPlan &plan) const;

private:
    QString
    details(Rng &rng, const ServiceDef &service, int birthYear, const QString &nationality) const;

    const SeedContext &m_context;
    Weighted m_services;
    Weighted m_foreignGroups;
    std::unique_ptr<TimeWarp> m_time;
    double m_openDecay = 30;
};

} // namespace Seeder
