// diwan-bench: times Diwan's hot paths against the bare SQL floor and the naive Qt way, and
// writes JSON plus a Markdown table. Never part of ./test.sh at full scale.
#include "database.h"
#include "dialect.h"
#include "migrator.h"
#include "overviewqueries.h"
#include "queueloader.h"
#include "seeder.h"
#include "transactionqueuemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// Peak resident set size of this process, in MB (VmHWM).
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

struct Result
{
    QString name;
    qint64 rows = 0;
    double ours = -1;
    double floor = -1;
    double naive = -1;
    double rss = 0;
    QString note;
};

class Bench
{
public:
    Bench(QSqlDatabase db, int repeats)
        : m_db(db)
        , m_d(Dialect::of(db))
        , m_repeats(repeats)
    {}

    QList<Result> results;

    qint64 count(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : 0;
    }

    // Runs a query to the end, as the bare floor does.
    qint64 drain(const QString &sql, const QVariantList &values)
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        Database::exec(q, values);
        qint64 n = 0;
        while (q.next())
            ++n;
        return n;
    }

    void queueFirstScreen()
    {
        Result r;
        r.name = QStringLiteral("queue_first_screen");
        QueueFilter open;
        QVariantList values;
        const QString where = open.where(m_d, values);
        const QString page = QueueLoader::pageSql(m_d, where, false);
        QList<double> ours, floor, naive;
        // The model a page keeps: its loader thread and connection are opened once (timed
        // apart, in the note); each run is a new filter or a refresh reaching the first screen.
        TransactionQueueModel model(m_db.connectionName(), 200, 64);
        bool arrived = false;
        QObject::connect(
            &model, &TransactionQueueModel::pageArrived, [&](int p) { arrived |= p == 0; });
        QueueFilter unclaimed;
        unclaimed.ownership = QueueFilter::Ownership::Unclaimed;
        const double cold = timeMs([&] {
            model.setFilter(unclaimed);
            while (!arrived)
                QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
        });
        r.note = QStringLiteral("first open of a queue, thread and connection included: %1 ms")
                     .arg(cold, 0, 'f', 1);
        for (int i = 0; i < m_repeats; ++i) {
            floor << timeMs([&] { r.rows = drain(page, QVariantList(values) << 200); });
            arrived = false;
            ours << timeMs([&] {
                model.setFilter(open);
                while (!arrived)
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
            });
        }
        // The naive way: one QSqlQueryModel over the whole filtered queue (QPSQL pulls it all).
        const QString whole
            = QStringLiteral("SELECT ") + QueueLoader::selectColumns(m_d)
              + QStringLiteral(" FROM transactions t JOIN services s ON s.id = t.service_id "
                               "LEFT JOIN staff st ON st.id = t.assigned_to WHERE t.state IN "
                               "('submitted', 'in_review', 'awaiting_applicant', 'escalated') "
                               "ORDER BY t.due_at, t.id");
        for (int i = 0; i < qMin(m_repeats, 3); ++i) {
            naive << timeMs([&] {
                QSqlQueryModel model;
                model.setQuery(whole, m_db);
                model.rowCount();
            });
        }
        record(r, ours, floor, naive);
    }

    void queueDeepJump()
    {
        Result r;
        r.name = QStringLiteral("queue_deep_jump");
        TransactionQueueModel model(m_db.connectionName(), 200, 64);
        QElapsedTimer setup;
        setup.start();
        startAll(model);
        r.note = QStringLiteral("bookmarks read in %1 ms (background, once)").arg(setup.elapsed());
        r.rows = model.rowCount();
        QList<double> ours, floor, naive;
        QVariantList values;
        const QString where = model.filter().where(m_d, values);
        for (int i = 0; i < m_repeats; ++i) {
            const int row = int((qint64(model.rowCount()) * (i + 1)) / (m_repeats + 2));
            ours << timeMs([&] {
                while (!model.rowAt(row))
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
            });
            // The floor: the same seek on the same key, with nothing around it.
            const QueueRow *hit = model.rowAt(row - row % model.pageSize());
            QVariantList seek = values;
            seek << (hit ? hit->dueKey : QVariant()) << (hit ? hit->id : 0) << 200;
            floor << timeMs([&] { drain(QueueLoader::pageSql(m_d, where, true), seek); });
            QVariantList offset = values;
            offset << 200 << row;
            naive << timeMs([&] {
                drain(QStringLiteral("SELECT ") + QueueLoader::selectColumns(m_d)
                          + QStringLiteral(" FROM transactions t JOIN services s ON s.id = "
                                           "t.service_id LEFT JOIN staff "
                                           "st ON st.id = t.assigned_to WHERE 1 = 1")
                          + where + QStringLiteral(" ORDER BY t.due_at, t.id LIMIT ? OFFSET ?"),
                      offset);
            });
        }
        record(r, ours, floor, naive);
    }

    void queueScrollMemory()
    {
        Result r;
        r.name = QStringLiteral("queue_scroll_memory");
        TransactionQueueModel model(m_db.connectionName(), 200, 64);
        startAll(model);
        r.rows = model.rowCount();
        r.ours = timeMs([&] {
            for (int row = 0; row < model.rowCount(); row += model.pageSize()) {
                while (!model.rowAt(row))
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 1);
            }
        });
        r.rss = peakRssMb();
        r.note = QStringLiteral("end to end, %1 pages cached at most").arg(64);
        results << r;
    }

    void dashboardTrend()
    {
        Result r;
        r.name = QStringLiteral("dashboard_trend");
        QSqlQuery q(m_db);
        q.prepare(OverviewQueries::dashboardPoll(m_d));
        Database::exec(q, {1});
        if (!q.next())
            return;
        const qint64 poll = q.value(0).toLongLong();
        q.finish();
        const QString rollup = OverviewQueries::pollMonthlyTrend(m_d);
        const QString month = m_d.isPostgres()
                                  ? QStringLiteral("to_char(r.submitted_at, 'YYYY-MM')")
                                  : QStringLiteral("substr(r.submitted_at, 1, 7)");
        const QString naiveSql
            = QStringLiteral(
                  "SELECT %1, o.text_ar, o.text_en, count(*), o.position FROM poll_answers a "
                  "JOIN poll_responses r ON r.id = a.response_id JOIN poll_options o ON o.id = "
                  "a.option_id "
                  "WHERE a.question_id = (SELECT q.id FROM poll_questions q WHERE q.poll_id = ? "
                  "AND q.kind "
                  "IN ('single', 'likert') ORDER BY q.position LIMIT 1) GROUP BY 1, o.id, "
                  "o.text_ar, "
                  "o.text_en, o.position ORDER BY 1, o.position")
                  .arg(month);
        QList<double> ours, naive;
        for (int i = 0; i < m_repeats; ++i) {
            ours << timeMs([&] { r.rows = drain(rollup, {poll, 10000}); });
            if (i < 3)
                naive << timeMs([&] { drain(naiveSql, {poll}); });
        }
        record(r, ours, ours, naive); // the rollup query is itself the bare SQL
    }

private:
    void record(Result &r,
                const QList<double> &ours,
                const QList<double> &floor,
                const QList<double> &naive)
    {
        r.ours = median(ours);
        r.floor = median(floor);
        r.naive = median(naive);
        r.rss = peakRssMb();
        results << r;
    }

    // A model over every transaction, counted and bookmarked.
    static void startAll(TransactionQueueModel &model)
    {
        QueueFilter all;
        all.states.clear();
        model.setFilter(all);
        while (!(model.isCounted() && model.hasBookmarks()))
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }

    QSqlDatabase m_db;
    Dialect m_d;
    int m_repeats;
};

QString markdown(const QList<Result> &results, const QString &database, qint64 transactions)
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
    return md;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Diwan benchmarks"));
    parser.addHelpOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"), QStringLiteral("database URL"), QStringLiteral("URL"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("transactions (seeded if missing)"),
                                         QStringLiteral("S"),
                                         QStringLiteral("100000"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"), QStringLiteral("run one operation"), QStringLiteral("NAME"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("JSON file to write"), QStringLiteral("FILE"));
    const QCommandLineOption repeatOption(QStringLiteral("repeat"),
                                          QStringLiteral("runs per operation"),
                                          QStringLiteral("N"),
                                          QStringLiteral("5"));
    parser.addOptions({databaseOption, scaleOption, onlyOption, outOption, repeatOption});
    if (!parser.parse(app.arguments()) || !parser.isSet(databaseOption)
        || !parser.isSet(outOption)) {
        QTextStream(stderr) << "diwan-bench: "
                            << (parser.errorText().isEmpty()
                                    ? QStringLiteral("--database and --out are required")
                                    : parser.errorText())
                            << "\n\n"
                            << parser.helpText();
        return 2;
    }
    QString urlError;
    const auto profile = ConnectionProfile::fromUrl(parser.value(databaseOption), &urlError);
    if (!profile) {
        QTextStream(stderr) << "diwan-bench: malformed database URL: " << urlError << "\n";
        return 2;
    }
    const QString password = qEnvironmentVariable("DIWAN_PASSWORD");
    if (DbError e = Database::open(*profile, password, QStringLiteral("bench")); !e.ok()) {
        QTextStream(stderr) << "diwan-bench: " << e.toString() << "\n";
        return 1;
    }
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("bench"));
    if (DbError e = Migrator(db).migrate(); !e.ok()) {
        QTextStream(stderr) << "diwan-bench: " << e.toString() << "\n";
        return 1;
    }
    const qint64 scale = parser.value(scaleOption).toLongLong();
    QJsonObject seedInfo;
    if (!Seeder::isSeeded(db)) {
        Seeder::Options options;
        options.transactions = scale;
        options.createAccounts = false;
        options.profile = *profile;
        options.password = password;
        options.progress = [](const QString &stage, qint64 done, qint64 total) {
            if (done == total)
                QTextStream(stderr) << "  seeded " << stage << ": " << total << "\n";
        };
        Seeder::Report report;
        if (DbError e = Seeder::seed(db, options, &report); !e.ok()) {
            QTextStream(stderr) << "diwan-bench: seeding failed: " << e.toString() << "\n";
            return 1;
        }
        seedInfo = {{QStringLiteral("transactions"), report.transactions},
                    {QStringLiteral("ms"), report.milliseconds},
                    {QStringLiteral("rows_per_s"),
                     report.milliseconds > 0
                         ? double(report.transactions) * 1000.0 / double(report.milliseconds)
                         : 0.0}};
    }
    Bench bench(db, qMax(1, parser.value(repeatOption).toInt()));
    const QString only = parser.value(onlyOption);
    const QList<QPair<QString, std::function<void()>>> operations{
        {QStringLiteral("queue_first_screen"),
         [&] {
             bench.queueFirstScreen();
         }},
        {QStringLiteral("queue_deep_jump"),
         [&] {
             bench.queueDeepJump();
         }},
        {QStringLiteral("dashboard_trend"),
         [&] {
             bench.dashboardTrend();
         }},
        {QStringLiteral("queue_scroll_memory"),
         [&] {
             bench.queueScrollMemory();
         }},
    };
    for (const auto &[name, run] : operations) {
        if (!only.isEmpty() && only != name)
            continue;
        QTextStream(stderr) << "  running " << name << "\n";
        run();
    }
    const qint64 transactions = bench.count(QStringLiteral("SELECT count(*) FROM transactions"));
    QJsonArray ops;
    for (const Result &r : bench.results)
        ops.append(QJsonObject{{QStringLiteral("name"), r.name},
                               {QStringLiteral("rows"), r.rows},
                               {QStringLiteral("ours_ms"), r.ours},
                               {QStringLiteral("floor_ms"), r.floor},
                               {QStringLiteral("naive_ms"), r.naive},
                               {QStringLiteral("peak_rss_mb"), r.rss},
                               {QStringLiteral("note"), r.note}});
    const QJsonObject doc{
        {QStringLiteral("database"),
         profile->isPostgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("transactions"), transactions},
        {QStringLiteral("seed"), seedInfo},
        {QStringLiteral("operations"), ops}};
    QFile file(parser.value(outOption));
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "diwan-bench: cannot write " << file.fileName() << "\n";
        return 1;
    }
    file.write(QJsonDocument(doc).toJson());
    const QString md
        = markdown(bench.results, doc.value(QStringLiteral("database")).toString(), transactions);
    QFile mdFile(parser.value(outOption) + QStringLiteral(".md"));
    if (mdFile.open(QIODevice::WriteOnly))
        mdFile.write(md.toUtf8());
    out() << md;
    return 0;
}
