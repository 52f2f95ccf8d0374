#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Every table the seeder fills, once, in the order it fills them (parents before children).
// Reading the ids already taken, loading the rows, deferring the big tables' indexes, moving
// PostgreSQL's identity sequences past the seeded ids, refreshing the planner's statistics and
// counting what was seeded (the benchmark) all read this list: a new seeded table is one line of
// seededtables.cpp.
namespace Seeder {

enum class SeededTable {
    Staff,
    Services,
    ServiceDocuments,
    CannedResponses,
    StaffServices,
    Transactions,
    TransactionEvents,
    Attachments,
    Topics,
    Contributions,
    ContributionReports,
    ModerationLog,
    Polls,
    PollQuestions,
    PollOptions,
    PollResponses,
    PollAnswers,
    PollRollup,
    PollParticipation,
};

struct SeededTableInfo
{
    enum Flag {
        // An "id" identity column: seeded ids continue after max(id), and PostgreSQL's sequence
        // is moved past them afterwards.
        HasId = 0x1,
        // Grows with the scale: its secondary indexes are dropped during a large load and built
        // again at its end.
        DeferIndexes = 0x2,
        // PostgreSQL: ANALYZE after the load, or the first queries plan for an empty table.
        Analyze = 0x4,
    };

    SeededTable table;
    const char *name;
    // The columns the row sink writes, in the order the generator writes them; nullptr where
    // the rows come from statements (staff: roles and passwords differ per database; the poll
    // rollup: one INSERT ... SELECT).
    const char *columns;
    int flags;

    bool has(Flag flag) const { return flags & flag; }
    QString tableName() const { return QString::fromLatin1(name); }
    QStringList columnNames() const;
};

namespace SeededTables {

const QList<SeededTableInfo> &all();
const SeededTableInfo &info(SeededTable table);
// The names of the tables with `flag`, in seeding order.
QStringList names(SeededTableInfo::Flag flag);

} // namespace SeededTables

} // namespace Seeder
