#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

// Tells a window that someone else changed the data: on PostgreSQL by LISTEN/NOTIFY
// (QSqlDriver::subscribeToNotification), on SQLite by a light poll of PRAGMA data_version, which
// changes when another connection commits. Subscribe again after a reconnect (close() drops it).
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    ChangeWatcher(const QString &connectionName,
                  const QStringList &channels,
                  QObject *parent = nullptr);

    // (Re)subscribes on the current connection of that name; returns false if it could not.
    bool start();
    bool isListening() const { return m_listening; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }

signals:
    void changed(const QString &channel, const QString &payload);

private:
    void poll();

    QString m_connection;
    QStringList m_channels;
    QTimer m_poll;
    qint64 m_dataVersion = -1;
    bool m_listening = false;
    QMetaObject::Connection m_notification;
};
