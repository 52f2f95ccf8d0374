#pragma once

#include "db/dberror.h"
#include "demo/timewarp.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Seeder {

struct SeedContext;
struct ContributionPlan;

// Issues for discussion: the topics, the public's contributions to them (with the problems a
// moderator must catch: abuse, links, phone numbers, hidden bidi controls, duplicates), the
// reports the public files and the moderators' decisions. Contributions arrive while their topic
// is open; the newest wait in the moderation queue. Runs after the StaffGenerator.
class ContributionGenerator
{
public:
    explicit ContributionGenerator(SeedContext &context);
    ~ContributionGenerator();

    DbError seed();

private:
    DbError seedTopics();
    DbError seedContributions();
    DbError seedReportsAndActions();

    // Contribution i. Not a pure function of i: a duplicate depends on the earlier ones, so each
    // pass starts with resetContributions() and plans them in order.
    ContributionPlan plan(qint64 index);
    void resetContributions();
    QString authorName(qint64 author) const;

    SeedContext &m_context;
    std::unique_ptr<TimeWarp> m_time;
    double m_pendingDecay = 10;
    QList<int> m_topicsWithContributions; // indexes into Content::topics
    QHash<int, qint64> m_duplicatesSeen;  // a duplicate fragment -> its first contribution
};

} // namespace Seeder
