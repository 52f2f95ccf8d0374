#pragma once

#include "db/dberror.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// Numbered SQL migrations per dialect (resources/sql/<dialect>/NNN_name.sql, compiled into the
// library), recorded in schema_version. Each migration runs in one transaction.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resource;
    };

    explicit Migrator(QSqlDatabase db);

    QList<Step> steps() const;
    int latestVersion() const;
    // 0 when the database has no Diwan schema at all; -1 when it cannot be read.
    int currentVersion(DbError *error = nullptr) const;
    // Newer, older, missing schema: each its own error kind; ok when they match.
    DbError checkCompatible() const;
    // Applies every missing step; idempotent. Returns the version reached in *version.
    DbError migrate(int *version = nullptr);

    // Splits a SQLite script into statements (QSQLITE runs one statement per exec), keeping
    // CREATE TRIGGER ... END bodies, quotes and comments whole. PostgreSQL runs files whole.
    static QStringList splitStatements(const QString &script);

private:
    QSqlDatabase m_db;
};
