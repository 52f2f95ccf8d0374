#include "db/migrator.h"

#include "db/database.h"
#include "db/dialect.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

Migrator::Migrator(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<Migrator::Step> Migrator::steps() const
{
    const QString folder = QStringLiteral(":/sql/") + Dialect::of(m_db).name();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    QList<Step> result;
    const QStringList files
        = QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto match = pattern.match(file);
        if (match.hasMatch())
            result.append(
                {match.captured(1).toInt(), match.captured(2), folder + QLatin1Char('/') + file});
    }
    return result;
}

int Migrator::latestVersion() const
{
    const auto all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

int Migrator::currentVersion(DbError *error) const
{
    QSqlQuery q(m_db);
    const bool pg = Dialect::of(m_db).isPostgres();
    const QString exists
        = pg ? QStringLiteral("SELECT to_regclass('diwan.schema_version') IS NOT NULL")
             : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master "
                              "WHERE type = 'table' AND name = 'schema_version'");
    if (!q.exec(exists) || !q.next()) {
        if (error)
            *error = DbError::fromSql(q.lastError());
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    const QString table
        = pg ? QStringLiteral("diwan.schema_version") : QStringLiteral("schema_version");
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM ") + table) || !q.next()) {
        if (error)
            *error = DbError::fromSql(q.lastError());
        return -1;
    }
    return q.value(0).toInt();
}

DbError Migrator::checkCompatible() const
{
    DbError error;
    const int current = currentVersion(&error);
    if (current < 0)
        return error;
    const int latest = latestVersion();
    if (current == 0)
        return DbError::make(DbError::Kind::NoSchema);
    if (current > latest)
        return DbError::make(
            DbError::Kind::SchemaTooNew,
            QStringLiteral("database schema %1, this Diwan knows %2").arg(current).arg(latest));
    if (current < latest)
        return DbError::make(
            DbError::Kind::SchemaTooOld,
            QStringLiteral("database schema %1, this Diwan needs %2").arg(current).arg(latest));
    return {};
}

DbError Migrator::migrate(int *version)
{
    DbError error;
    int current = currentVersion(&error);
    if (current < 0)
        return error;
    if (current > latestVersion())
        return DbError::make(DbError::Kind::SchemaTooNew,
                             QStringLiteral("database schema %1, this Diwan knows %2")
                                 .arg(current)
                                 .arg(latestVersion()));
    const bool pg = Dialect::of(m_db).isPostgres();
    for (const Step &step : steps()) {
        if (step.version <= current)
            continue;
        QFile file(step.resource);
        if (!file.open(QIODevice::ReadOnly))
            return DbError::make(DbError::Kind::Other,
                                 QStringLiteral("cannot read ") + step.resource);
        const QString script = QString::fromUtf8(file.readAll());
        error = Database::transaction(m_db, [&]() -> DbError {
            QSqlQuery q(m_db);
            if (pg) {
                if (!q.exec(script))
                    return DbError::fromSql(q.lastError());
                // QPSQL reports only the first statement's result: a later statement that failed
                // leaves the transaction aborted, which the next statement shows.
                QSqlQuery probe(m_db);
                if (!probe.exec(QStringLiteral("SELECT 1")))
                    return DbError::make(
                        DbError::Kind::Other,
                        QStringLiteral("migration %1 failed part-way; run it with psql -1 -v "
                                       "ON_ERROR_STOP=1 -f to see which statement: %2")
                            .arg(step.resource.section(QLatin1Char('/'), -1),
                                 probe.lastError().text()));
            } else {
                for (const QString &statement : splitStatements(script)) {
                    if (!q.exec(statement))
                        return DbError::make(DbError::Kind::Other,
                                             q.lastError().text() + QLatin1String(" in: ")
                                                 + statement.left(200));
                }
            }
            const QString table
                = pg ? QStringLiteral("diwan.schema_version") : QStringLiteral("schema_version");
            q.prepare(QStringLiteral("INSERT INTO %1 (version, name, applied_by) VALUES (?, ?, ?)")
                          .arg(table));
            const QString who
                = m_db.userName().isEmpty() ? QStringLiteral("local") : m_db.userName();
            return Database::exec(q, {step.version, step.name, who});
        });
        if (!error.ok())
            return error;
        current = step.version;
    }
    if (version)
        *version = current;
    return {};
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0; // BEGIN ... END nesting inside CREATE TRIGGER
    const int n = int(script.size());
    auto flush = [&]() {
        const QString s = current.trimmed();
        if (!s.isEmpty())
            statements.append(s);
        current.clear();
    };
    auto wordAt = [&](int i, QLatin1String word) {
        if (script.mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const bool startOk
            = i == 0
              || !(script.at(i - 1).isLetterOrNumber() || script.at(i - 1) == QLatin1Char('_'));
        const int end = i + int(word.size());
        const bool endOk
            = end >= n
              || !(script.at(end).isLetterOrNumber() || script.at(end) == QLatin1Char('_'));
        return startOk && endOk;
    };
    for (int i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const int end = script.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? n : end + 1;
            current += QLatin1Char(' ');
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            int j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            current += script.mid(i, j - i + 1);
            i = j;
            continue;
        }
        if (wordAt(i, QLatin1String("BEGIN"))
            && current.trimmed().startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive)) {
            ++depth;
        } else if (depth > 0 && wordAt(i, QLatin1String("END"))) {
            --depth;
        }
        if (c == QLatin1Char(';') && depth == 0) {
            flush();
            continue;
        }
        current += c;
    }
    flush();
    return statements;
}
