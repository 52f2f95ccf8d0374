#include "demo/staffgenerator.h"

#include "administration/staffadmin.h"
#include "auth/passwordhash.h"
#include "demo/seedconnection.h"
#include "demo/seedcontext.h"

namespace Seeder {

DbError StaffGenerator::seed()
{
    for (auto step : {&StaffGenerator::seedStaff,
                      &StaffGenerator::seedServices,
                      &StaffGenerator::seedDocuments,
                      &StaffGenerator::seedCannedResponses,
                      &StaffGenerator::seedStaffServices,
                      &StaffGenerator::readWorkforce}) {
        if (DbError e = (this->*step)(); !e.ok())
            return e;
    }
    return {};
}

DbError StaffGenerator::seedStaff()
{
    SeedContext &c = m_context;
    SeedConnection &db = c.connection;
    const QList<StaffDef> &defs = staffDefs();
    if (defs.isEmpty())
        return contentError(QStringLiteral("staff.json"), QStringLiteral("no demo accounts"));
    if (!c.options.createAccounts)
        return {};
    qint64 next = c.base(SeededTable::Staff);
    for (qsizetype i = 0; i < defs.size(); ++i) {
        const StaffDef &s = defs.at(i);
        c.progress(QStringLiteral("staff"), i, defs.size());
        if (c.staffIds.contains(s.login) || !StaffAdmin::isValidLogin(s.login))
            continue; // already there: leave it as it is
        const qint64 id = ++next;
        const qint64 supervisor = s.supervisor.isEmpty() ? 0 : c.staffId(s.supervisor);
        const QVariant supervisorValue = supervisor > 0 ? QVariant(supervisor) : QVariant();
        if (db.isPostgres()) {
            // Logins are cluster-wide: another database of this cluster may have made it.
            qint64 exists = 0;
            if (DbError e = db.scalar(
                    QStringLiteral("SELECT count(*) FROM pg_catalog.pg_roles WHERE rolname = $1"),
                    &exists,
                    {s.login});
                !e.ok())
                return e;
            // Identifiers cannot be bound; the login was validated, the verifier is base64.
            const QString quoted = QLatin1Char('"') + s.login + QLatin1Char('"');
            QStringList statements;
            if (!exists)
                statements << QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                  .arg(quoted, PasswordHash::scramVerifier(s.password));
            for (const QString &group : RoleNames::keys(s.roles))
                statements << QStringLiteral("GRANT diwan_%1 TO %2").arg(group, quoted);
            for (const QString &statement : std::as_const(statements)) {
                if (DbError e = db.exec(statement); !e.ok())
                    return e;
            }
            if (DbError e
                = db.exec(QStringLiteral(
                              "INSERT INTO staff (id, login, display_name_ar, display_name_en, "
                              "supervisor_id, active) VALUES ($1, $2, $3, $4, $5, true)"),
                          {id, s.login, s.name.ar, s.name.en, supervisorValue});
                !e.ok())
                return e;
        } else {
            if (DbError e
                = db.exec(QStringLiteral("INSERT INTO staff (id, login, display_name_ar, "
                                         "display_name_en, roles, password_hash, supervisor_id, "
                                         "active) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"),
                          {id,
                           s.login,
                           s.name.ar,
                           s.name.en,
                           RoleNames::keys(s.roles).join(QLatin1Char(',')),
                           PasswordHash::hash(s.password),
                           supervisorValue});
                !e.ok())
                return e;
        }
        c.staffIds.insert(s.login, id);
        ++c.report.staff;
    }
    c.progress(QStringLiteral("staff"), defs.size(), defs.size());
    return {};
}

DbError StaffGenerator::seedServices()
{
    SeedContext &c = m_context;
    QList<QVariantList> rows;
    if (DbError e = c.connection.exec(QStringLiteral("SELECT id, code FROM services"), {}, &rows);
        !e.ok())
        return e;
    QHash<QString, qint64> existing;
    for (const QVariantList &r : std::as_const(rows))
        existing.insert(r.value(1).toString(), r.value(0).toLongLong());

    qint64 next = c.base(SeededTable::Services);
    for (ServiceDef &s : c.content.services) {
        s.existed = existing.contains(s.code);
        s.id = s.existed ? existing.value(s.code) : ++next;
    }

    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::Services); !e.ok())
        return e;
    for (const ServiceDef &s : std::as_const(c.content.services)) {
        if (s.existed)
            continue;
        sink.integer(s.id);
        sink.text(s.code);
        sink.text(s.name.ar);
        sink.text(s.name.en);
        sink.text(s.category);
        sink.integer(s.slaHours);
        sink.boolean(true);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
        ++c.report.services;
    }
    return sink.end();
}

DbError StaffGenerator::seedDocuments()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::ServiceDocuments); !e.ok())
        return e;
    qint64 document = c.base(SeededTable::ServiceDocuments);
    for (const ServiceDef &s : std::as_const(c.content.services)) {
        if (s.existed)
            continue;
        for (qsizetype k = 0; k < s.documents.size(); ++k) {
            const DocumentDef &d = s.documents.at(k);
            sink.integer(++document);
            sink.integer(s.id);
            sink.text(d.code);
            sink.text(d.name.ar);
            sink.text(d.name.en);
            sink.boolean(d.required);
            sink.integer(k + 1);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    return sink.end();
}

DbError StaffGenerator::seedCannedResponses()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::CannedResponses); !e.ok())
        return e;
    qint64 canned = c.base(SeededTable::CannedResponses);
    for (const CannedDef &r : std::as_const(c.content.canned)) {
        qint64 service = 0;
        if (!r.service.isEmpty()) {
            for (const ServiceDef &s : std::as_const(c.content.services)) {
                if (s.code == r.service && !s.existed)
                    service = s.id;
            }
            if (!service)
                continue; // its service was there before us, with its own replies
        }
        sink.integer(++canned);
        sink.id(service);
        sink.text(r.title.ar);
        sink.text(r.title.en);
        sink.text(r.body.ar);
        sink.text(r.body.en);
        if (DbError e = sink.endRow(); !e.ok())
            return e;
    }
    return sink.end();
}

// Which clerk works on what: demo accounts that were created now get their services.
DbError StaffGenerator::seedStaffServices()
{
    SeedContext &c = m_context;
    RowSink &sink = c.connection.sink();
    if (DbError e = sink.begin(SeededTable::StaffServices); !e.ok())
        return e;
    for (const StaffDef &d : staffDefs()) {
        const qint64 id = c.staffId(d.login);
        if (!id || id <= c.base(SeededTable::Staff) || d.services.isEmpty()
            || !d.roles.testFlag(Role::Clerk))
            continue;
        const QStringList categories = d.services.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const ServiceDef &s : std::as_const(c.content.services)) {
            if (d.services != QLatin1String("all") && !categories.contains(s.category))
                continue;
            sink.integer(id);
            sink.integer(s.id);
            if (DbError e = sink.endRow(); !e.ok())
                return e;
        }
    }
    return sink.end();
}

// Who may hold which transactions, moderate, supervise: from the database, so that staff made
// before seeding take part too.
DbError StaffGenerator::readWorkforce()
{
    SeedContext &c = m_context;
    QList<QVariantList> rows;
    if (DbError e = c.connection.exec(
            QStringLiteral(
                "SELECT staff_id, service_id FROM staff_services ORDER BY staff_id, service_id"),
            {},
            &rows);
        !e.ok())
        return e;
    Workforce &w = c.workforce;
    w.clerks = QList<QList<qint64>>(c.content.services.size());
    for (const QVariantList &r : std::as_const(rows)) {
        for (qsizetype k = 0; k < c.content.services.size(); ++k) {
            if (c.content.services.at(k).id == r.value(1).toLongLong())
                w.clerks[k] << r.value(0).toLongLong();
        }
    }
    for (const StaffDef &d : staffDefs()) {
        if (d.roles.testFlag(Role::Moderator) && c.staffId(d.login))
            w.moderators << c.staffId(d.login);
    }
    w.supervisor = c.staffId(QStringLiteral("supervisor"));
    return {};
}

} // namespace Seeder
