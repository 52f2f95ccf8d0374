#include "dashboards/rollupcommand.h"

#include "dashboards/rollups.h"

namespace Dashboards {

int runRollupCommand(QSqlDatabase &db, bool check, QTextStream &out, QTextStream &err)
{
    if (!check) {
        QStringList log;
        if (DbError e = Rollups::rebuild(db, &log); !e.ok()) {
            err << "diwan-admin: " << e.toString() << "\n";
            return 1;
        }
        for (const QString &line : std::as_const(log))
            out << "rebuilt " << line << "\n";
        return 0;
    }
    QList<Rollups::Difference> differences;
    if (DbError e = Rollups::check(db, &differences); !e.ok()) {
        err << "diwan-admin: " << e.toString() << "\n";
        return 1;
    }
    for (const Rollups::Difference &d : std::as_const(differences))
        out << d.table << ": " << d.key << ": rollup " << d.rollup << ", raw rows " << d.raw
            << "\n";
    const QList<Rollups::Table> tables = Rollups::tables(db);
    if (differences.isEmpty()) {
        QStringList names;
        for (const Rollups::Table &t : tables)
            names << t.name;
        out << "every rollup equals its GROUP BY (" << names.join(QStringLiteral(", ")) << ")\n";
        return 0;
    }
    out << differences.size() << " differences\n";
    return 1;
}

} // namespace Dashboards
