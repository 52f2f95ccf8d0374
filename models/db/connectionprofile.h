#pragma once

#include <QMap>
#include <QString>

#include <optional>

// Where the database is: parsed from and written back to the URLs of the command line,
//   sqlite:///absolute/path.db
//   postgresql://user@host:port/dbname?sslmode=verify-full&sslrootcert=/path/ca.crt
// A password is never part of a profile.
struct ConnectionProfile
{
    enum class Kind { Sqlite, Postgres };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString database;
    QMap<QString, QString> options; // libpq options from the query string

    static std::optional<ConnectionProfile> fromUrl(const QString &url, QString *error = nullptr);
    static ConnectionProfile sqlite(const QString &path);

    QString toUrl() const;
    QString displayName() const; // "diwan @ db.moi.gov.qa" or the file name
    QString driverName() const;  // QSQLITE / QPSQL
    // libpq connection options (QSqlDatabase::setConnectOptions), with Diwan's defaults.
    QString connectOptions() const;

    bool isPostgres() const { return kind == Kind::Postgres; }
    bool operator==(const ConnectionProfile &) const = default;
};
