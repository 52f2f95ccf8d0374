#include "privilegematrix.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace PrivilegeMatrix {

namespace {

struct Column
{
    QString name;
    bool computed = false; // generated, or an identity ALWAYS: only DEFAULT may be written
};

struct Relation
{
    QString name; // schema.relation, quoted where it must be
    QList<Column> columns;
};

struct Function
{
    QString name; // schema.function(argument types), as oidvectortypes writes them
    QString call; // the statement that calls it with NULL arguments; empty: not callable
};

QString entry(const QString &group, const QString &privilege, const QString &object)
{
    return group + QLatin1Char('\t') + privilege + QLatin1Char('\t') + object;
}

// SELECT or UPDATE of every column, of some, or of none.
QString ofColumns(const QString &privilege, const QStringList &allowed, int columns)
{
    if (allowed.isEmpty())
        return {};
    if (allowed.size() == columns)
        return privilege;
    return privilege + QLatin1Char('(') + allowed.join(QLatin1String(", ")) + QLatin1Char(')');
}

QList<Relation> relations(QSqlDatabase admin)
{
    QSqlQuery q(admin);
    q.exec(QStringLiteral(
        "SELECT format('%I.%I', n.nspname, c.relname), a.attname, (a.attgenerated <> '' OR "
        "a.attidentity = 'a') FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname IN ('diwan', 'diwan_audit') AND c.relkind IN ('r', 'p', 'v', 'm') "
        "ORDER BY 1, a.attnum"));
    QList<Relation> result;
    while (q.next()) {
        if (result.isEmpty() || result.last().name != q.value(0).toString())
            result.append({q.value(0).toString(), {}});
        result.last().columns.append({q.value(1).toString(), q.value(2).toBool()});
    }
    return result;
}

QList<Function> functions(QSqlDatabase admin)
{
    QSqlQuery q(admin);
    q.exec(QStringLiteral(
        "SELECT format('%s.%s(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)), "
        "p.prokind, format('%I.%I(%s)', n.nspname, p.proname, (SELECT string_agg('NULL::' || "
        "format_type(a.t, NULL), ', ' ORDER BY a.i) FROM unnest(p.proargtypes) WITH ORDINALITY "
        "AS a (t, i))) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname IN ('diwan', 'diwan_audit') ORDER BY 1"));
    QList<Function> result;
    while (q.next()) {
        const QString kind = q.value(1).toString();
        const QString call = q.value(2).toString();
        result.append({q.value(0).toString(),
                       kind == QLatin1String("p")   ? QLatin1String("CALL ") + call
                       : kind == QLatin1String("w") ? QString()
                                                    : QLatin1String("SELECT ") + call});
    }
    return result;
}

// Runs one statement in the savepoint and undoes it; whether PostgreSQL refused it for want of
// a privilege.
class Trier
{
public:
    explicit Trier(QSqlDatabase db)
        : m_q(db)
    {}
    int count = 0;
    QStringList problems;

    bool refused(const QString &statement, bool function)
    {
        ++count;
        const bool ran = m_q.exec(statement);
        const QString state = m_q.lastError().nativeErrorCode();
        const QString text = m_q.lastError().databaseText();
        m_q.finish();
        if (!m_q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT matrix")))
            problems << statement + QLatin1String(": cannot roll back: ") + m_q.lastError().text();
        if (ran)
            return false;
        // A function's own refusals are 42501 too ("not held by you"): only PostgreSQL's
        // privilege check counts here. (databaseText carries "ERROR:  " first.)
        static const QRegularExpression privilege(
            QStringLiteral("permission denied for (function|procedure|aggregate|schema) "));
        if (function)
            return state == QLatin1String("42501") && privilege.match(text).hasMatch();
        return state == QLatin1String("42501");
    }

private:
    QSqlQuery m_q;
};

} // namespace

const QStringList &groups()
{
    static const QStringList list{QStringLiteral("diwan_clerk"),
                                  QStringLiteral("diwan_moderator"),
                                  QStringLiteral("diwan_editor"),
                                  QStringLiteral("diwan_manager"),
                                  QStringLiteral("diwan_admin"),
                                  QStringLiteral("diwan_portal")};
    return list;
}

const QStringList &privileges()
{
    static const QStringList list{QStringLiteral("SELECT"),
                                  QStringLiteral("INSERT"),
                                  QStringLiteral("UPDATE"),
                                  QStringLiteral("DELETE"),
                                  QStringLiteral("TRUNCATE"),
                                  QStringLiteral("EXECUTE")};
    return list;
}

QSet<QString> attempted(QSqlDatabase db,
                        QSqlDatabase admin,
                        const QString &group,
                        int *statements,
                        QStringList *problems)
{
    QSet<QString> result;
    if (!db.transaction()) {
        *problems << group + QLatin1String(": ") + db.lastError().text();
        return result;
    }
    {
        QSqlQuery setup(db);
        setup.exec(QStringLiteral("SET LOCAL statement_timeout = '10s'"));
        setup.exec(QStringLiteral("SAVEPOINT matrix"));
    }
    Trier t(db);
    for (const Relation &r : relations(admin)) {
        QStringList selected;
        if (!t.refused(QStringLiteral("SELECT * FROM %1 WHERE false").arg(r.name), false)) {
            for (const Column &c : r.columns)
                selected << c.name;
        } else {
            for (const Column &c : r.columns) {
                if (!t.refused(
                        QStringLiteral("SELECT \"%1\" FROM %2 WHERE false").arg(c.name, r.name),
                        false))
                    selected << c.name;
            }
        }
        QStringList updated;
        for (const Column &c : r.columns) {
            const QString set = c.computed ? QStringLiteral("\"%1\" = DEFAULT").arg(c.name)
                                           : QStringLiteral("\"%1\" = \"%1\"").arg(c.name);
            if (!t.refused(QStringLiteral("UPDATE %1 SET %2 WHERE false").arg(r.name, set), false))
                updated << c.name;
        }
        const QStringList found{
            ofColumns(QStringLiteral("SELECT"), selected, r.columns.size()),
            t.refused(QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(r.name), false)
                ? QString()
                : QStringLiteral("INSERT"),
            ofColumns(QStringLiteral("UPDATE"), updated, r.columns.size()),
            t.refused(QStringLiteral("DELETE FROM %1 WHERE false").arg(r.name), false)
                ? QString()
                : QStringLiteral("DELETE"),
            t.refused(QStringLiteral("TRUNCATE %1").arg(r.name), false)
                ? QString()
                : QStringLiteral("TRUNCATE")};
        for (const QString &privilege : found) {
            if (!privilege.isEmpty())
                result << entry(group, privilege, r.name);
        }
    }
    for (const Function &f : functions(admin)) {
        if (f.call.isEmpty()) {
            QSqlQuery q(admin);
            q.prepare(QStringLiteral("SELECT has_function_privilege(?, ?, 'EXECUTE')"));
            q.addBindValue(group);
            q.addBindValue(f.name);
            if (q.exec() && q.next() && q.value(0).toBool())
                result << entry(group, QStringLiteral("EXECUTE"), f.name);
            continue;
        }
        if (!t.refused(f.call, true))
            result << entry(group, QStringLiteral("EXECUTE"), f.name);
    }
    db.rollback();
    *statements += t.count;
    *problems << t.problems;
    return result;
}

QSet<QString> granted(QSqlDatabase admin)
{
    QSet<QString> result;
    QSqlQuery q(admin);
    for (const QString &group : groups()) {
        q.prepare(QStringLiteral(
            "WITH g AS (SELECT CAST(? AS text) AS name) "
            "SELECT format('%I.%I', n.nspname, c.relname), "
            "(SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE "
            "a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND "
            "has_column_privilege(g.name, c.oid, a.attnum, 'SELECT')), "
            "(SELECT string_agg(a.attname, ', ' ORDER BY a.attnum) FROM pg_attribute a WHERE "
            "a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND "
            "has_column_privilege(g.name, c.oid, a.attnum, 'UPDATE')), "
            "(SELECT count(*) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND "
            "NOT a.attisdropped), has_table_privilege(g.name, c.oid, 'INSERT'), "
            "has_table_privilege(g.name, c.oid, 'DELETE'), "
            "has_table_privilege(g.name, c.oid, 'TRUNCATE') "
            "FROM g, pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname IN ('diwan', 'diwan_audit') AND c.relkind IN ('r', 'p', 'v', 'm')"));
        q.addBindValue(group);
        q.exec();
        while (q.next()) {
            const QString object = q.value(0).toString();
            const int columns = q.value(3).toInt();
            const auto split = [](const QVariant &v) {
                return v.isNull() ? QStringList() : v.toString().split(QLatin1String(", "));
            };
            const QStringList found{ofColumns(QStringLiteral("SELECT"), split(q.value(1)), columns),
                                    q.value(4).toBool() ? QStringLiteral("INSERT") : QString(),
                                    ofColumns(QStringLiteral("UPDATE"), split(q.value(2)), columns),
                                    q.value(5).toBool() ? QStringLiteral("DELETE") : QString(),
                                    q.value(6).toBool() ? QStringLiteral("TRUNCATE") : QString()};
            for (const QString &privilege : found) {
                if (!privilege.isEmpty())
                    result << entry(group, privilege, object);
            }
        }
        q.prepare(QStringLiteral(
            "SELECT format('%s.%s(%s)', n.nspname, p.proname, oidvectortypes(p.proargtypes)) "
            "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname IN "
            "('diwan', 'diwan_audit') AND has_function_privilege(?, p.oid, 'EXECUTE')"));
        q.addBindValue(group);
        q.exec();
        while (q.next())
            result << entry(group, QStringLiteral("EXECUTE"), q.value(0).toString());
    }
    return result;
}

QSet<QString> documented(const QString &path, QStringList *problems)
{
    QSet<QString> result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problems << path + QLatin1String(": cannot read");
        return result;
    }
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() == 2)
            result << entry(fields.at(0), QStringLiteral("EXECUTE"), fields.at(1));
        else if (fields.size() == 3)
            result << entry(fields.at(0), fields.at(1), fields.at(2));
        else
            *problems << QLatin1String("PRIVILEGES.tsv: not 2 or 3 fields: ") + line;
    }
    return result;
}

bool write(const QString &path, const QSet<QString> &entries)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    QStringList header;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        if (!raw.startsWith('#'))
            break;
        header << QString::fromUtf8(raw);
    }
    file.close();
    QStringList lines(entries.cbegin(), entries.cend());
    // By object, then group, then privilege: a new function's lines stay together.
    std::sort(lines.begin(), lines.end(), [](const QString &a, const QString &b) {
        const QStringList x = a.split(QLatin1Char('\t'));
        const QStringList y = b.split(QLatin1Char('\t'));
        return std::make_tuple(x.at(2), groups().indexOf(x.at(0)), x.at(1))
               < std::make_tuple(y.at(2), groups().indexOf(y.at(0)), y.at(1));
    });
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text | QIODevice::Truncate))
        return false;
    QTextStream out(&file);
    out << header.join(QLatin1Char('\n')) << '\n' << lines.join(QLatin1Char('\n')) << '\n';
    return true;
}

QStringList
differences(const QSet<QString> &actual, const QSet<QString> &documented, const QString &actualName)
{
    QStringList result;
    for (const QString &e : actual - documented)
        result << QLatin1String("add this line to PRIVILEGES.tsv (") + actualName
                      + QLatin1String("): ") + e;
    for (const QString &e : documented - actual)
        result << QLatin1String("remove this line from PRIVILEGES.tsv (not ") + actualName
                      + QLatin1String("): ") + e;
    result.sort();
    return result;
}

QString print(const QSet<QString> &entries)
{
    QMap<QString, QMap<QString, QString>> cells; // object, group: letters
    for (const QString &e : entries) {
        const QStringList f = e.split(QLatin1Char('\t'));
        const QString privilege = f.at(1);
        QChar letter = privilege == QLatin1String("EXECUTE") ? QLatin1Char('X') : privilege.at(0);
        if (privilege.contains(QLatin1Char('(')))
            letter = letter.toLower();
        QString &cell = cells[f.at(2)][f.at(0)];
        cell += letter;
    }
    int width = 6;
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        width = std::max(width, int(it.key().size()));
    QString text;
    QTextStream out(&text);
    out << QStringLiteral("%1").arg(QStringLiteral("object"), -width);
    for (const QString &g : groups())
        out << ' ' << QStringLiteral("%1").arg(g.mid(6), -9);
    out << '\n';
    for (auto it = cells.cbegin(); it != cells.cend(); ++it) {
        out << QStringLiteral("%1").arg(it.key(), -width);
        for (const QString &g : groups()) {
            QString cell = it.value().value(g);
            std::sort(cell.begin(), cell.end(), [](QChar a, QChar b) {
                return QStringLiteral("SsIUuDTX").indexOf(a)
                       < QStringLiteral("SsIUuDTX").indexOf(b);
            });
            out << ' ' << QStringLiteral("%1").arg(cell.isEmpty() ? QStringLiteral("-") : cell, -9);
        }
        out << '\n';
    }
    out << "S SELECT, s SELECT of some columns, I INSERT, U UPDATE, u UPDATE of some columns, "
           "D DELETE, T TRUNCATE, X EXECUTE; objects nobody may touch are not listed\n";
    return text;
}

} // namespace PrivilegeMatrix
