#pragma once

#include "db/dberror.h"
#include "demo/transactionplan.h"

namespace Seeder {

struct SeedContext;

// E-service transactions: the rows, their history events and the applicants' attachments, each
// pass regenerating the plans it needs from TransactionPlanner instead of holding millions of
// rows in memory. Runs after the StaffGenerator.
class TransactionGenerator
{
public:
    explicit TransactionGenerator(SeedContext &context);

    DbError seed();

private:
    DbError seedTransactions();
    DbError seedEvents();
    DbError seedAttachments();

    SeedContext &m_context;
    TransactionPlanner m_planner;
    bool m_eventsForAll = true;   // else only the open transactions' history
    qint64 m_attachmentsFrom = 0; // the transactions from this index on have attachments
};

} // namespace Seeder
