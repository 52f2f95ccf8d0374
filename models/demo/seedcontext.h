#pragma once

#include "db/dberror.h"
#include "demo/content.h"
#include "demo/seededtables.h"
#include "demo/seeder.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Seeder {

class SeedConnection;

// Who works on what, as the staff generator leaves it (staff made before seeding included):
// the transactions and contributions generators hand their rows to these people.
struct Workforce
{
    QList<QList<qint64>> clerks; // per service of Content::services
    QList<qint64> moderators;
    qint64 supervisor = 0;
};

// What the generators of one seeding share: the options, the connection, the demo content,
// "now", the scale, the ids already taken, the staff, and the report.
struct SeedContext
{
    SeedContext(const Options &options, SeedConnection &connection);

    // The largest id of every SeededTableInfo::HasId table before seeding: seeded ids follow.
    DbError readBases();
    qint64 base(SeededTable table) const { return m_bases.value(int(table)); }
    qint64 staffId(const QString &login) const { return staffIds.value(login, 0); }
    void progress(const QString &stage, qint64 done, qint64 total) const;

    const Options &options;
    SeedConnection &connection;
    const quint64 seed;
    qint64 now = 0;     // ms since the epoch
    qint64 yearAgo = 0; // the history starts here
    qint64 transactions = 0;
    qint64 contributions = 0;
    qint64 responses = 0;
    Content content;
    QHash<QString, qint64> staffIds; // by login
    Workforce workforce;
    Report report;

private:
    QList<qint64> m_bases; // by SeededTable
};

} // namespace Seeder
