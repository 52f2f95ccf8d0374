#pragma once

#include "db/connectionprofile.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

// A PostgreSQL cluster of a test's own, made as packaging/setup.sh makes the shared one (initdb
// in a temporary folder, a random loopback port; as the postgres user when run as root), so that
// the test may stop it hard and start it again without touching the cluster the other tests
// share. Commits are synchronous (an immediate stop loses nothing a client was told was
// committed); fsync is off (the machine itself does not crash). Trust authentication on
// loopback: logins connect without passwords. Stopped and removed by the destructor.
class OwnCluster
{
public:
    OwnCluster();
    ~OwnCluster();

    // initdb, start, and create the database `diwan_faults`; false and *error otherwise.
    bool start(QString *error);
    // `pg_ctl stop -m immediate`: every backend killed at once, no checkpoint.
    bool stopImmediately(QString *error);
    // Starts it again on the same port and waits until it accepts connections (after recovery).
    bool startAgain(QString *error);

    // The superuser on the database, or a login of that name.
    ConnectionProfile profile(const QString &user = QStringLiteral("postgres")) const;

private:
    bool run(const QString &program, const QStringList &arguments, QString *error) const;
    bool pgCtlStart(QString *error) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_bin;
    quint16 m_port = 0;
    bool m_running = false;
};
