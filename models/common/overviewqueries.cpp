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

QString pollMonthlyTrend(const Dialect &d)
{
    const QString month = d.isPostgres() ? QStringLiteral("to_char(c.day, 'YYYY-MM')")
                                         : QStringLiteral("substr(c.day, 1, 7)");
    return QStringLiteral(
               "SELECT %1 AS month, o.text_ar, o.text_en, sum(c.answers) AS answers, o.position "
               "FROM poll_daily_counts c JOIN poll_options o ON o.id = c.option_id "
               "WHERE c.question_id = (SELECT q.id FROM poll_questions q WHERE q.poll_id = ? "
               "AND q.kind IN ('single', 'likert') ORDER BY q.position LIMIT 1) "
               "GROUP BY 1, o.id, o.text_ar, o.text_en, o.position ORDER BY 1, o.position LIMIT ?")
        .arg(month);
}

QString dashboardPoll(const Dialect &)
{
    return QStringLiteral(
        "SELECT p.id, p.title_ar, p.title_en FROM polls p "
        "WHERE EXISTS (SELECT 1 FROM poll_daily_counts c WHERE c.poll_id = p.id) "
        "ORDER BY CASE p.state WHEN 'open' THEN 0 WHEN 'closed' THEN 1 ELSE 2 END, p.id LIMIT ?");
}

} // namespace OverviewQueries
