#include "owncluster.h"

#include "db/database.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <pwd.h>
#include <unistd.h>

OwnCluster::OwnCluster() = default;

OwnCluster::~OwnCluster()
{
    if (m_running) {
        QString ignored;
        stopImmediately(&ignored);
    }
}

bool OwnCluster::run(const QString &program, const QStringList &arguments, QString *error) const
{
    QProcess p;
    // As root, the server runs as postgres (it refuses root), as setup.sh does it.
    if (geteuid() == 0)
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"),
                            QStringLiteral("postgres"),
                            QStringLiteral("--"),
                            m_bin + QLatin1Char('/') + program}
                    + arguments);
    else
        p.start(m_bin + QLatin1Char('/') + program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = program + QLatin1String(": ") + QString::fromLocal8Bit(p.readAllStandardError())
                 + QString::fromLocal8Bit(p.readAllStandardOutput());
        return false;
    }
    return true;
}

bool OwnCluster::pgCtlStart(QString *error) const
{
    const QString dir = m_dir->path();
    return run(QStringLiteral("pg_ctl"),
               {QStringLiteral("-D"),
                dir + QLatin1String("/data"),
                QStringLiteral("-l"),
                dir + QLatin1String("/server.log"),
                QStringLiteral("-w"),
                QStringLiteral("-t"),
                QStringLiteral("60"),
                QStringLiteral("-o"),
                QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=60 "
                               "-c fsync=off -c full_page_writes=off -c shared_buffers=32MB")
                    .arg(m_port)
                    .arg(dir),
                QStringLiteral("start")},
               error);
}

bool OwnCluster::start(QString *error)
{
    QDir bins(QStringLiteral("/usr/lib/postgresql"));
    const QStringList versions = bins.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    if (versions.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server binaries in /usr/lib/postgresql");
        return false;
    }
    m_bin = bins.filePath(versions.last() + QLatin1String("/bin"));
    m_dir
        = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1String("/diwan-own-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    if (geteuid() == 0) {
        const passwd *pw = getpwnam("postgres");
        if (!pw || chown(m_dir->path().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("no postgres user to run the server as");
            return false;
        }
    }
    if (!run(QStringLiteral("initdb"),
             {QStringLiteral("-D"),
              m_dir->path() + QLatin1String("/data"),
              QStringLiteral("-U"),
              QStringLiteral("postgres"),
              QStringLiteral("-A"),
              QStringLiteral("trust"),
              QStringLiteral("-E"),
              QStringLiteral("UTF8"),
              QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-sync")},
             error))
        return false;
    for (int attempt = 0; attempt < 20 && !m_running; ++attempt) {
        m_port = quint16(40000 + QRandomGenerator::global()->bounded(20000));
        m_running = pgCtlStart(error);
    }
    if (!m_running)
        return false;
    ConnectionProfile maintenance = profile();
    maintenance.database = QStringLiteral("postgres");
    const QString name = Database::uniqueConnectionName(QStringLiteral("own-cluster"));
    if (const DbError e = Database::open(maintenance, {}, name); !e.ok()) {
        *error = e.toString();
        return false;
    }
    bool made = false;
    {
        QSqlQuery q(QSqlDatabase::database(name));
        made = q.exec(QStringLiteral("CREATE DATABASE diwan_faults"));
        if (!made)
            *error = q.lastError().text();
    }
    Database::close(name);
    return made;
}

bool OwnCluster::stopImmediately(QString *error)
{
    m_running = !run(QStringLiteral("pg_ctl"),
                     {QStringLiteral("-D"),
                      m_dir->path() + QLatin1String("/data"),
                      QStringLiteral("-m"),
                      QStringLiteral("immediate"),
                      QStringLiteral("-w"),
                      QStringLiteral("stop")},
                     error);
    return !m_running;
}

bool OwnCluster::startAgain(QString *error)
{
    m_running = pgCtlStart(error);
    return m_running;
}

ConnectionProfile OwnCluster::profile(const QString &user) const
{
    return ConnectionProfile::fromUrl(
               QStringLiteral("postgresql://%1@127.0.0.1:%2/diwan_faults").arg(user).arg(m_port))
        .value_or(ConnectionProfile{});
}
