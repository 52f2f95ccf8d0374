#include "demo/seedcontext.h"

#include "demo/seedconnection.h"

#include <QDateTime>

#include <algorithm>

namespace Seeder {

namespace {
constexpr qint64 progressEvery = 16384;
}

SeedContext::SeedContext(const Options &options, SeedConnection &connection)
    : options(options)
    , connection(connection)
    , seed(options.seed)
{
    const QDateTime today
        = options.now.isValid() ? options.now.toUTC() : QDateTime::currentDateTimeUtc();
    now = today.toMSecsSinceEpoch();
    if (!options.now.isValid())
        now -= now % hourMs;
    yearAgo = now - 365 * dayMs;
    transactions = std::max<qint64>(0, options.transactions);
    contributions = options.contributions > 0 ? options.contributions
                                              : std::max<qint64>(200, transactions / 4);
    responses = options.pollResponses > 0 ? options.pollResponses
                                          : std::max<qint64>(2000, transactions * 2);
}

DbError SeedContext::readBases()
{
    m_bases = QList<qint64>(SeededTables::all().size(), 0);
    for (const SeededTableInfo &t : SeededTables::all()) {
        if (!t.has(SeededTableInfo::HasId))
            continue;
        if (DbError e = connection.scalar(
                QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(t.tableName()),
                &m_bases[int(t.table)]);
            !e.ok())
            return e;
    }
    QList<QVariantList> rows;
    if (DbError e
        = connection.exec(QStringLiteral("SELECT id, login FROM staff ORDER BY id"), {}, &rows);
        !e.ok())
        return e;
    for (const QVariantList &r : std::as_const(rows))
        staffIds.insert(r.value(1).toString(), r.value(0).toLongLong());
    return {};
}

void SeedContext::progress(const QString &stage, qint64 done, qint64 total) const
{
    if (options.progress && (done == total || done % progressEvery == 0))
        options.progress(stage, done, total);
}

} // namespace Seeder
