#pragma once

#include "db/dberror.h"

namespace Seeder {

struct SeedContext;

// The staff and the service catalogue: the demo accounts (on PostgreSQL LOGIN roles in their
// groups), the services with their documents and canned responses, which clerk works on which
// service; then the context's Workforce, read back from the database so that staff made before
// seeding take part too.
class StaffGenerator
{
public:
    explicit StaffGenerator(SeedContext &context)
        : m_context(context)
    {}

    DbError seed();

private:
    DbError seedStaff();
    DbError seedServices();
    DbError seedDocuments();
    DbError seedCannedResponses();
    DbError seedStaffServices();
    DbError readWorkforce();

    SeedContext &m_context;
};

} // namespace Seeder
