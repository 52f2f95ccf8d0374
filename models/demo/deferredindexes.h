#pragma once

#include "db/dberror.h"

#include <QStringList>

#include <functional>

namespace Seeder {

class SeedConnection;

// Large loads: the secondary indexes of the tables flagged DeferIndexes in seededtables.cpp (on
// PostgreSQL the trigram and full-text GIN ones too) are dropped inside the seeding transaction
// and built again at its end, which is several times faster than maintaining them row by row.
// Indexes behind constraints stay.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(SeedConnection &connection)
        : m_connection(connection)
    {}

    DbError drop();
    // `progress(done, total)` per index built.
    DbError restore(const std::function<void(qint64, qint64)> &progress);

private:
    SeedConnection &m_connection;
    QStringList m_statements; // CREATE INDEX statements to run after the load
};

} // namespace Seeder
