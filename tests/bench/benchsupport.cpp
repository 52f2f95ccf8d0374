// See benchsupport.h.
#include "benchsupport.h"

#include "db/database.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlRecord>

#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <map>

namespace Bench {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

double median(QList<double> v)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

double timeMs(const std::function<void()> &work)
{
    QElapsedTimer t;
    t.start();
    work();
    return double(t.nsecsElapsed()) / 1e6;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2);
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype at = qMin(v.size() - 1, qsizetype(std::ceil(p * double(v.size())) - 1));
    return v.at(qMax<qsizetype>(0, at));
}

Context::Context(QSqlDatabase db, int repeats, ConnectionProfile profile, QString password)
    : m_db(db)
    , m_d(Dialect::of(db))
    , m_repeats(repeats)
    , m_profile(std::move(profile))
    , m_password(std::move(password))
{}

qint64 Context::count(const QString &sql)
{
    QSqlQuery q(m_db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
}

// Runs a query to the end, as the bare floor does.
qint64 Context::drain(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (DbError e = Database::exec(q, values); !e.ok())
        QTextStream(stderr) << "diwan-bench: " << e.toString() << "\n  " << sql << "\n";
    qint64 n = 0;
    while (q.next())
        ++n;
    return n;
}

// A statement PostgreSQL cannot prepare (SET, CREATE TABLE AS, DROP): sent as it is.
void Context::run(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        QTextStream(stderr) << "diwan-bench: " << q.lastError().text() << "\n  " << sql << "\n";
}

void Context::trackFunctions()
{
    if (!m_d.isPostgres())
        return;
    run(QStringLiteral("SET track_functions = 'all'"));
    run(QStringLiteral("SELECT pg_stat_reset()"));
}

QString Context::timeInside(const QString &function)
{
    if (!m_d.isPostgres())
        return {};
    run(QStringLiteral("SELECT pg_stat_force_next_flush()"));
    const QList<QVariantList> stats
        = rowsOf(QStringLiteral("SELECT calls, total_time FROM pg_stat_user_functions "
                                "WHERE schemaname = 'diwan' AND funcname = ?"),
                 {function});
    const qint64 calls = stats.isEmpty() ? 0 : stats.first().value(0).toLongLong();
    if (calls == 0)
        return {};
    return QStringLiteral("; in the database %1 ms a call (mean of %2)")
        .arg(stats.first().value(1).toDouble() / double(calls), 0, 'f', 2)
        .arg(calls);
}

// The floor: the same SQL prepared once on this connection, executed and read to the end,
// every column of every row taken as a value (what any program showing them must do).
qint64 Context::drain(QSqlQuery &prepared, const QVariantList &values)
{
    Database::exec(prepared, values);
    qint64 n = 0;
    const int columns = prepared.record().count();
    while (prepared.next()) {
        for (int c = 0; c < columns; ++c)
            prepared.value(c);
        ++n;
    }
    prepared.finish();
    return n;
}

QList<QVariantList> Context::rowsOf(const QString &sql, const QVariantList &values)
{
    QList<QVariantList> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    if (DbError e = Database::exec(q, values); !e.ok()) {
        QTextStream(stderr) << "diwan-bench: " << e.toString() << "\n  " << sql << "\n";
        return rows;
    }
    const int columns = q.record().count();
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < columns; ++i)
            row << q.value(i);
        rows << row;
    }
    return rows;
}

// The plan of a query with its values written in (EXPLAIN cannot be a prepared statement
// on PostgreSQL): EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite.
QString Context::explain(QString sql, const QVariantList &values)
{
    QString inlined;
    qsizetype next = 0;
    for (QChar c : std::as_const(sql)) {
        if (c == QLatin1Char('?') && next < values.size()) {
            const QVariant &v = values.at(next++);
            QSqlField field(QStringLiteral("v"), v.metaType());
            field.setValue(v);
            inlined += m_db.driver()->formatValue(field);
        } else {
            inlined += c;
        }
    }
    QSqlQuery q(m_db);
    const QString prefix = m_d.isPostgres() ? QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ")
                                            : QStringLiteral("EXPLAIN QUERY PLAN ");
    if (!q.exec(prefix + inlined))
        return QStringLiteral("EXPLAIN failed: ") + q.lastError().text();
    QStringList lines;
    while (q.next()) {
        lines << (m_d.isPostgres()
                      ? q.value(0).toString()
                      : QString(q.value(1).toInt() > 0 ? QStringLiteral("  ") : QString())
                            + q.value(3).toString());
    }
    return lines.join(QLatin1Char('\n'));
}

void Context::record(Result &r,
                     const QList<double> &ours,
                     const QList<double> &floor,
                     const QList<double> &naive)
{
    r.ours = median(ours);
    r.floor = median(floor);
    r.naive = median(naive);
    r.rss = peakRssMb();
}

namespace {
std::map<QString, std::function<void(Context &)>> &registry()
{
    static std::map<QString, std::function<void(Context &)>> r;
    return r;
}
} // namespace

Registration::Registration(const QString &name, std::function<void(Context &)> run)
{
    registry()[name] = std::move(run);
}

QList<Operation> Registration::all()
{
    QList<Operation> ops;
    for (const auto &[name, run] : registry())
        ops.append({name, run});
    return ops;
}

QString markdown(const QList<Result> &results,
                 const QString &database,
                 qint64 transactions,
                 const QJsonObject &seed)
{
    QString md;
    QTextStream s(&md);
    s << "Database: " << database << ", transactions: " << transactions << "\n\n";
    s << "| operation | rows | ours ms | floor ms | naive ms | ours/floor | naive/ours | peak RSS "
         "MB | note |\n";
    s << "|---|---:|---:|---:|---:|---:|---:|---:|---|\n";
    for (const Result &r : results) {
        auto num = [](double v) {
            return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 2);
        };
        s << "| " << r.name << " | " << r.rows << " | " << num(r.ours) << " | " << num(r.floor)
          << " | " << num(r.naive) << " | "
          << (r.floor > 0 && r.ours >= 0 ? num(r.ours / r.floor) : QStringLiteral("-")) << " | "
          << (r.naive > 0 && r.ours > 0 ? num(r.naive / r.ours) : QStringLiteral("-")) << " | "
          << QString::number(r.rss, 'f', 1) << " | " << r.note << " |\n";
    }
    if (!seed.isEmpty()) {
        s << "\nSeeding: " << seed.value(QStringLiteral("transactions")).toInteger()
          << " transactions and " << seed.value(QStringLiteral("rows")).toInteger()
          << " rows in all tables in "
          << QString::number(seed.value(QStringLiteral("ms")).toDouble() / 1000.0, 'f', 1) << " s: "
          << QString::number(seed.value(QStringLiteral("transactions_per_s")).toDouble(), 'f', 0)
          << " transactions/s, "
          << QString::number(seed.value(QStringLiteral("rows_per_s")).toDouble(), 'f', 0)
          << " rows/s overall; the transactions table alone (its COPY stage) ";
        const double alone = seed.value(QStringLiteral("transactions_table_rows_per_s")).toDouble();
        s << (alone > 0 ? QString::number(alone, 'f', 0) + QStringLiteral(" rows/s")
                        : QStringLiteral("too quick to time"))
          << ".\n\n| stage | s |\n|---|---:|\n";
        const QJsonArray stages = seed.value(QStringLiteral("stages")).toArray();
        for (const QJsonValue &v : stages)
            s << "| " << v[QStringLiteral("stage")].toString() << " | "
              << QString::number(v[QStringLiteral("ms")].toDouble() / 1000.0, 'f', 1) << " |\n";
    }
    for (const Result &r : results) {
        if (!r.plan.isEmpty())
            s << "\nPlan of " << r.name << " (over its target):\n\n```\n" << r.plan << "\n```\n";
    }
    return md;
}

} // namespace Bench
