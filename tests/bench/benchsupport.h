// What every diwan-bench operation shares: timing and memory helpers, the result record, the
// connection with its query helpers, and the registry that lets each work area keep its own
// operations in its own file (bench_AREA.cpp) without touching benchmain.cpp.
#pragma once

#include "db/connectionprofile.h"
#include "db/dialect.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QTextStream>
#include <QVariantList>

#include <functional>

namespace Bench {

QTextStream &out();
// Peak resident set size of this process, in MB (VmHWM).
double peakRssMb();
// The first three fields of /proc/loadavg ("1.20 0.80 0.55"), or "?" elsewhere.
QString loadAverage();
double median(QList<double> v);
double percentile(QList<double> v, double p);
double timeMs(const std::function<void()> &work);

struct Result
{
    QString name;
    qint64 rows = 0;
    double ours = -1;
    double floor = -1;
    double naive = -1;
    double rss = 0;
    QString note;
    QString plan; // EXPLAIN of the hot query, when the operation missed its target
};

// The benchmark's connection and what operations do with it. An operation appends its Result to
// `results` and calls fail() when a correctness check (same numbers as the naive SQL) fails.
class Context
{
public:
    Context(QSqlDatabase db, int repeats, ConnectionProfile profile, QString password);
    virtual ~Context() = default;

    QList<Result> results;

    QSqlDatabase db() const { return m_db; }
    const Dialect &dialect() const { return m_d; }
    int repeats() const { return m_repeats; }
    const ConnectionProfile &profile() const { return m_profile; }
    const QString &password() const { return m_password; }

    qint64 count(const QString &sql);
    // Runs a query to the end, as the bare floor does.
    qint64 drain(const QString &sql, const QVariantList &values);
    // A statement PostgreSQL cannot prepare (SET, CREATE TABLE AS, DROP): sent as it is.
    void run(const QString &sql);
    // The floor: the same SQL prepared once on this connection, executed and read to the end,
    // every column of every row taken as a value (what any program showing them must do).
    static qint64 drain(QSqlQuery &prepared, const QVariantList &values);
    QList<QVariantList> rowsOf(const QString &sql, const QVariantList &values = {});
    // PostgreSQL: starts counting the time spent inside the diwan.* functions, from zero.
    void trackFunctions();
    // PostgreSQL: "; in the database X ms a call (mean of N)" for diwan.`function` since
    // trackFunctions(), or nothing when it was not called.
    QString timeInside(const QString &function);
    // The plan of a query with its values written in (EXPLAIN cannot be a prepared statement
    // on PostgreSQL): EXPLAIN ANALYZE on PostgreSQL, EXPLAIN QUERY PLAN on SQLite.
    QString explain(QString sql, const QVariantList &values);
    // Medians of the three series and the peak RSS so far, into r.
    static void record(Result &r,
                       const QList<double> &ours,
                       const QList<double> &floor,
                       const QList<double> &naive);

    void fail() { m_failed = true; }
    bool failed() const { return m_failed; }

protected:
    QSqlDatabase m_db;
    Dialect m_d;
    int m_repeats;
    ConnectionProfile m_profile;
    QString m_password;
    bool m_failed = false;
};

// An operation kept in an area's own file:
//   static const Bench::Registration reg(QStringLiteral("name"), [](Bench::Context &c) { ... });
// benchmain runs its own operations first, then the registered ones in name order; --only and
// --skip name them like the others.
struct Operation
{
    QString name;
    std::function<void(Context &)> run;
};

class Registration
{
public:
    Registration(const QString &name, std::function<void(Context &)> run);
    static QList<Operation> all(); // in name order
};

QString markdown(const QList<Result> &results,
                 const QString &database,
                 qint64 transactions,
                 const QJsonObject &seed);

} // namespace Bench
