#include "common/overviewqueries.h"

namespace OverviewQueries {

QString polls(const Dialect &)
{
    return QStringLiteral(
        "SELECT p.id, p.title_ar, p.title_en, p.state, "
        "(SELECT count(*) FROM poll_questions q WHERE q.poll_id = p.id) AS questions, "
        "p.opens_at, p.closes_at, "
        "(SELECT coalesce(sum(c.responses), 0) FROM poll_participation c "
        "WHERE c.poll_id = p.id) AS responses "
        "FROM polls p ORDER BY p.id DESC LIMIT ?");
}

QString staff(const Dialect &d)
{
    if (d.isPostgres())
        return QStringLiteral(
            "SELECT s.login, s.display_name_ar, s.display_name_en, "
            "(SELECT string_agg(substr(r.rolname, 7), ',' ORDER BY r.rolname) "
            "FROM pg_catalog.pg_roles r "
            "WHERE r.rolname IN ('diwan_clerk', 'diwan_moderator', "
            "'diwan_editor', 'diwan_manager', 'diwan_admin') "
            "AND pg_catalog.pg_has_role(s.login, r.oid, 'MEMBER')) AS roles, s.active "
            "FROM staff s WHERE EXISTS (SELECT 1 FROM pg_catalog.pg_roles l "
            "WHERE l.rolname = s.login) "
            "ORDER BY s.login LIMIT ?");
    return QStringLiteral(
        "SELECT login, display_name_ar, display_name_en, roles, active FROM staff "
        "ORDER BY login LIMIT ?");
}

QString services(const Dialect &)
{
    return QStringLiteral(
        "SELECT s.code, s.name_ar, s.name_en, s.category, s.sla_hours, "
        "(SELECT count(*) FROM service_documents d WHERE d.service_id = s.id) AS documents "
        "FROM services s ORDER BY s.category, s.code LIMIT ?");
}

} // namespace OverviewQueries
