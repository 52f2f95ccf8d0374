#include "db/changewatcher.h"

#include "db/dialect.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>

ChangeWatcher::ChangeWatcher(const QString &connectionName,
                             const QStringList &channels,
                             QObject *parent)
    : QObject(parent)
    , m_connection(connectionName)
    , m_channels(channels)
{
    m_poll.setInterval(2000);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::poll);
}

bool ChangeWatcher::start()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    m_listening = false;
    m_poll.stop();
    disconnect(m_notification);
    if (!db.isOpen())
        return false;
    if (Dialect::of(db).hasNotifications()) {
        QSqlDriver *driver = db.driver();
        bool ok = true;
        for (const QString &channel : m_channels) {
            if (!driver->subscribedToNotifications().contains(channel))
                ok = driver->subscribeToNotification(channel) && ok;
        }
        m_notification = connect(
            driver,
            &QSqlDriver::notification,
            this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                emit changed(name, payload.toString());
            });
        m_listening = ok;
        return ok;
    }
    m_dataVersion = -1;
    poll();
    m_poll.start();
    m_listening = true;
    return true;
}

void ChangeWatcher::poll()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen())
        return;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion) {
        for (const QString &channel : m_channels)
            emit changed(channel, {});
    }
    m_dataVersion = version;
}
