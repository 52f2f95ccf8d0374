#include "db/connectionprofile.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace {
// The libpq options a Diwan URL may carry; anything else is refused rather than ignored.
const QStringList &allowedOptions()
{
    static const QStringList options{QStringLiteral("sslmode"),
                                     QStringLiteral("sslrootcert"),
                                     QStringLiteral("sslcert"),
                                     QStringLiteral("sslkey"),
                                     QStringLiteral("sslcrl"),
                                     QStringLiteral("connect_timeout"),
                                     QStringLiteral("keepalives"),
                                     QStringLiteral("keepalives_idle"),
                                     QStringLiteral("keepalives_interval"),
                                     QStringLiteral("keepalives_count"),
                                     QStringLiteral("application_name"),
                                     QStringLiteral("target_session_attrs"),
                                     QStringLiteral("krbsrvname"),
                                     QStringLiteral("gssencmode")};
    return options;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

ConnectionProfile ConnectionProfile::sqlite(const QString &path)
{
    ConnectionProfile p;
    p.kind = Kind::Sqlite;
    p.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return p;
}

std::optional<ConnectionProfile> ConnectionProfile::fromUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite://"))) {
        const QString path = trimmed.mid(int(qstrlen("sqlite://")));
        if (!path.startsWith(QLatin1Char('/')) || path.size() < 2) {
            fail(error,
                 QStringLiteral("a SQLite URL needs an absolute path: sqlite:///path/to/file.db"));
            return std::nullopt;
        }
        return sqlite(path);
    }
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))) {
        fail(error,
             QStringLiteral("expected sqlite:///path.db or postgresql://user@host:port/dbname"));
        return std::nullopt;
    }
    ConnectionProfile p;
    p.kind = Kind::Postgres;
    p.host = url.host();
    p.port = url.port(5432);
    p.user = url.userName(QUrl::FullyDecoded);
    p.database = url.path(QUrl::FullyDecoded).mid(1);
    if (!url.password().isEmpty()) {
        fail(error,
             QStringLiteral("do not put the password in the URL; it is asked for at sign-in"));
        return std::nullopt;
    }
    if (p.host.isEmpty() || p.database.isEmpty() || p.database.contains(QLatin1Char('/'))) {
        fail(error, QStringLiteral("a PostgreSQL URL needs a host and a database name"));
        return std::nullopt;
    }
    if (p.port <= 0 || p.port > 65535) {
        fail(error, QStringLiteral("the port must be between 1 and 65535"));
        return std::nullopt;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!allowedOptions().contains(key)) {
            fail(error, QStringLiteral("unknown connection option: %1").arg(key));
            return std::nullopt;
        }
        p.options.insert(key, value);
    }
    return p;
}

QString ConnectionProfile::toUrl() const
{
    if (kind == Kind::Sqlite)
        return QLatin1String("sqlite://") + path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        query.addQueryItem(it.key(), it.value());
    url.setQuery(query);
    return url.toString();
}

QString ConnectionProfile::displayName() const
{
    if (kind == Kind::Sqlite)
        return QFileInfo(path).fileName();
    return QStringLiteral("%1 @ %2:%3").arg(database, host).arg(port);
}

QString ConnectionProfile::driverName() const
{
    return kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
}

QString ConnectionProfile::connectOptions() const
{
    if (kind == Kind::Sqlite)
        return QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    QMap<QString, QString> o = options;
    // Defaults that matter for a desktop client on a ministry network.
    if (!o.contains(QStringLiteral("connect_timeout")))
        o.insert(QStringLiteral("connect_timeout"), QStringLiteral("10"));
    if (!o.contains(QStringLiteral("application_name")))
        o.insert(QStringLiteral("application_name"), QStringLiteral("diwan"));
    if (!o.contains(QStringLiteral("keepalives")))
        o.insert(QStringLiteral("keepalives"), QStringLiteral("1"));
    if (!o.contains(QStringLiteral("keepalives_idle")))
        o.insert(QStringLiteral("keepalives_idle"), QStringLiteral("30"));
    if (!o.contains(QStringLiteral("keepalives_interval")))
        o.insert(QStringLiteral("keepalives_interval"), QStringLiteral("10"));
    if (!o.contains(QStringLiteral("keepalives_count")))
        o.insert(QStringLiteral("keepalives_count"), QStringLiteral("3"));
    QStringList parts;
    for (auto it = o.cbegin(); it != o.cend(); ++it) {
        QString v = it.value();
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('\''), QLatin1String("\\'"));
        parts << QStringLiteral("%1='%2'").arg(it.key(), v);
    }
    // QPSQL separates options with ';'.
    return parts.join(QLatin1Char(';'));
}
