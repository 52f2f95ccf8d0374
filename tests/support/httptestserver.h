#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QThread;
class HttpTestWorker;

// A real, minimal HTTP/1.1 server on 127.0.0.1 for tests, running on its own thread so that the
// client's event loop is honest (nothing the server does waits on the test's thread). Each path
// has a route: the bytes to serve and how to misbehave (status, delays, a Content-Length that
// lies, an abrupt close). One request per connection ("Connection: close").
class HttpTestServer
{
public:
    struct Route
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/octet-stream";
        QByteArray location;             // Location header (redirects)
        qint64 announcedLength = -1;     // -1: the body's size; -2: no Content-Length at all
        int delayBeforeHeadersMs = 0;    // silence before anything is sent
        int delayAfterHeadersMs = 0;     // silence between the headers and the body
        int chunkSize = 0;               // 0: the whole body at once
        int delayBetweenChunksMs = 0;    // pause after each chunk
        qint64 closeAfterBodyBytes = -1; // abort the connection after this many body bytes
    };

    HttpTestServer();
    ~HttpTestServer();

    // Listens on 127.0.0.1 (port 0: any free port); false if it cannot.
    bool start(quint16 port = 0);
    void stop(); // stops listening and drops open connections
    bool isListening() const;
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const;

    void setRoute(const QString &path, const Route &route);
    // Requests received for a path, and responses sent to the last byte.
    int requests(const QString &path) const;
    int completed(const QString &path) const;
    // Connections to a path the client closed before the response was sent to the last byte.
    int hangups(const QString &path) const;

    // A port on 127.0.0.1 with nobody listening (taken and released at once).
    static quint16 unusedPort();

    struct State
    {
        mutable QMutex mutex;
        QHash<QString, Route> routes;
        QHash<QString, int> requests;
        QHash<QString, int> completed;
        QHash<QString, int> hangups;
    };

private:
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
    HttpTestWorker *m_worker = nullptr;
    quint16 m_port = 0;
};
