#pragma once

#include <QMap>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The privilege matrix of issue 15: who may do what to every table, view and function of the
// schemas diwan and diwan_audit, three ways. Attempted: plain SQL under a login of each group
// (SELECT, INSERT, UPDATE, DELETE, TRUNCATE, EXECUTE), inside one transaction rolled back at the
// end, each statement in a savepoint. Granted: what the catalogue says (has_*_privilege).
// Documented: resources/sql/postgresql/PRIVILEGES.tsv. Each is a set of entries
// "<group>\t<privilege>\t<object>", the privilege SELECT, SELECT(a, b) when only some columns,
// INSERT, UPDATE, UPDATE(a, b), DELETE, TRUNCATE or EXECUTE.
namespace PrivilegeMatrix {

const QStringList &groups();
const QStringList &privileges(); // SELECT ... EXECUTE, the order of the printed matrix

// `db` is a login of `group` (staff groups: an active member of staff with that role only);
// `admin` the superuser, to read the catalogue. Counts the statements tried.
QSet<QString> attempted(QSqlDatabase db,
                        QSqlDatabase admin,
                        const QString &group,
                        int *statements,
                        QStringList *problems);
QSet<QString> granted(QSqlDatabase admin);
// Lines of the file; a line of two fields (group, function) is an EXECUTE, as the file was
// written before the matrix.
QSet<QString> documented(const QString &path, QStringList *problems);
// The file again, its comment header kept, the lines sorted.
bool write(const QString &path, const QSet<QString> &entries);

// What differs, as the lines to add to or remove from the file.
QStringList differences(const QSet<QString> &actual,
                        const QSet<QString> &documented,
                        const QString &actualName);
// One row per object, one column per group, letters S I U D T X (lower case: some columns).
QString print(const QSet<QString> &entries);

} // namespace PrivilegeMatrix
