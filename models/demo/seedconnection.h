#pragma once

#include "db/dberror.h"
#include "demo/rowsink.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

class PgCopy;

namespace Seeder {

struct Options;

// The connection a seeding runs on: one transaction around the whole load, the statements
// around it and the row sink. On SQLite that is the caller's connection (statements through
// db/database.h); on PostgreSQL a libpq connection of its own (db/pgcopy.h), because QPSQL
// cannot COPY and the statements must see the rows COPY wrote in the same transaction.
class SeedConnection
{
public:
    ~SeedConnection();
    SeedConnection(const SeedConnection &) = delete;
    SeedConnection &operator=(const SeedConnection &) = delete;

    static DbError
    open(QSqlDatabase &db, const Options &options, std::unique_ptr<SeedConnection> *out);

    bool isPostgres() const { return m_copy != nullptr; }
    // Runs `work` in one transaction; a failure rolls everything back.
    DbError transaction(const std::function<DbError()> &work);
    // One statement with bound values: '?' placeholders on SQLite, '$1' on PostgreSQL.
    DbError
    exec(const QString &sql, const QVariantList &params = {}, QList<QVariantList> *rows = nullptr);
    // The first column of the first row (0 when there is none).
    DbError scalar(const QString &sql, qint64 *value, const QVariantList &params = {});
    RowSink &sink() { return *m_sink; }
    QSqlDatabase database() const { return m_db; } // for what asks the catalogue

private:
    explicit SeedConnection(QSqlDatabase db);
    DbError execPostgres(const QString &sql, const QVariantList &params, QList<QVariantList> *rows);

    QSqlDatabase m_db;
    std::unique_ptr<PgCopy> m_copy;
    std::unique_ptr<RowSink> m_sink;
    qint64 m_cacheSize = 0;
};

} // namespace Seeder
