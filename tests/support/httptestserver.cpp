#include "httptestserver.h"

#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

// Lives on the server's thread: accepts connections, parses one request each, answers it.
class HttpTestWorker : public QObject
{
    Q_OBJECT
public:
    explicit HttpTestWorker(std::shared_ptr<HttpTestServer::State> state)
        : m_state(std::move(state))
    {}

    quint16 listen(quint16 port)
    {
        if (!m_server) {
            m_server = new QTcpServer(this);
            connect(m_server, &QTcpServer::newConnection, this, &HttpTestWorker::accept);
        }
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return 0;
        return m_server->serverPort();
    }

    void close()
    {
        if (m_server)
            m_server->close();
        const auto sockets = findChildren<QTcpSocket *>();
        for (QTcpSocket *socket : sockets) {
            socket->abort();
            socket->deleteLater();
        }
    }

    bool isListening() const { return m_server && m_server->isListening(); }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setParent(this);
            auto *buffer = new QByteArray;
            connect(socket, &QObject::destroyed, this, [buffer] { delete buffer; });
            connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                // The client hung up before the whole response was sent.
                if (socket->property("answered").toBool() && !socket->property("done").toBool()) {
                    QMutexLocker lock(&m_state->mutex);
                    ++m_state->hangups[socket->property("path").toString()];
                }
                socket->deleteLater();
            });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                buffer->append(socket->readAll().left(64 * 1024));
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0 || socket->property("answered").toBool())
                    return;
                socket->setProperty("answered", true);
                const QList<QByteArray> requestLine
                    = buffer->left(buffer->indexOf("\r\n")).split(' ');
                const QString path
                    = requestLine.size() > 1 ? QString::fromLatin1(requestLine.at(1)) : QString();
                socket->setProperty("path", path);
                answer(socket, path);
            });
        }
    }

    void answer(QTcpSocket *socket, const QString &path)
    {
        HttpTestServer::Route route;
        {
            QMutexLocker lock(&m_state->mutex);
            ++m_state->requests[path];
            auto it = m_state->routes.constFind(path);
            if (it != m_state->routes.cend()) {
                route = *it;
            } else {
                route.status = 404;
                route.body = "Not Found";
                route.contentType = "text/plain";
            }
        }
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(route.delayBeforeHeadersMs, socket, [this, guard, route, path] {
            if (!guard)
                return;
            QByteArray head = "HTTP/1.1 " + QByteArray::number(route.status) + ' '
                              + reason(route.status) + "\r\n";
            head += "Content-Type: " + route.contentType + "\r\n";
            if (route.announcedLength != -2)
                head += "Content-Length: "
                        + QByteArray::number(route.announcedLength >= 0 ? route.announcedLength
                                                                        : route.body.size())
                        + "\r\n";
            if (!route.location.isEmpty())
                head += "Location: " + route.location + "\r\n";
            head += "Connection: close\r\n\r\n";
            guard->write(head);
            guard->flush();
            QTimer::singleShot(route.delayAfterHeadersMs, guard, [this, guard, route, path] {
                sendBody(guard, route, path, 0);
            });
        });
    }

    void sendBody(QPointer<QTcpSocket> socket,
                  const HttpTestServer::Route &route,
                  const QString &path,
                  qint64 offset)
    {
        if (!socket || socket->state() != QAbstractSocket::ConnectedState)
            return;
        qint64 end = route.body.size();
        if (route.chunkSize > 0)
            end = std::min<qint64>(end, offset + route.chunkSize);
        if (route.closeAfterBodyBytes >= 0 && end >= route.closeAfterBodyBytes) {
            socket->write(route.body.mid(offset, route.closeAfterBodyBytes - offset));
            socket->flush();
            socket->setProperty("done", true); // the server's own doing
            socket->abort();
            return;
        }
        socket->write(route.body.mid(offset, end - offset));
        socket->flush();
        if (end >= route.body.size()) {
            {
                QMutexLocker lock(&m_state->mutex);
                ++m_state->completed[path];
            }
            socket->setProperty("done", true);
            socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(route.delayBetweenChunksMs, socket, [this, socket, route, path, end] {
            sendBody(socket, route, path, end);
        });
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200:
            return "OK";
        case 301:
            return "Moved Permanently";
        case 302:
            return "Found";
        case 404:
            return "Not Found";
        case 410:
            return "Gone";
        case 500:
            return "Internal Server Error";
        case 503:
            return "Service Unavailable";
        default:
            return "Status";
        }
    }

    std::shared_ptr<HttpTestServer::State> m_state;
    QTcpServer *m_server = nullptr;
};

HttpTestServer::HttpTestServer()
    : m_state(std::make_shared<State>())
    , m_thread(new QThread)
    , m_worker(new HttpTestWorker(m_state))
{
    m_thread->setObjectName(QStringLiteral("HttpTestServer"));
    m_worker->moveToThread(m_thread);
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

HttpTestServer::~HttpTestServer()
{
    stop();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

bool HttpTestServer::start(quint16 port)
{
    quint16 bound = 0;
    QMetaObject::invokeMethod(
        m_worker, [&] { bound = m_worker->listen(port); }, Qt::BlockingQueuedConnection);
    m_port = bound;
    return bound != 0;
}

void HttpTestServer::stop()
{
    if (m_thread->isRunning())
        QMetaObject::invokeMethod(
            m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
}

bool HttpTestServer::isListening() const
{
    bool listening = false;
    QMetaObject::invokeMethod(
        m_worker, [&] { listening = m_worker->isListening(); }, Qt::BlockingQueuedConnection);
    return listening;
}

QUrl HttpTestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

void HttpTestServer::setRoute(const QString &path, const Route &route)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->routes.insert(path, route);
}

int HttpTestServer::requests(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->requests.value(path);
}

int HttpTestServer::hangups(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->hangups.value(path);
}

int HttpTestServer::completed(const QString &path) const
{
    QMutexLocker lock(&m_state->mutex);
    return m_state->completed.value(path);
}

quint16 HttpTestServer::unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

#include "httptestserver.moc"
