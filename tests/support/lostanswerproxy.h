#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

// A TCP relay between Diwan and a PostgreSQL server (without TLS) that can lose one answer: once
// armed, it passes everything on until the server's answer to a command with the given tag (the
// CommandComplete message: "COMMIT", or "SELECT 1" for an autocommit call of a function), drops
// that answer and cuts the client's connection. The server has committed; the client hears only
// that the connection was lost, as when the server stops between its commit and its
// acknowledgement.
class LostAnswerProxy
{
public:
    LostAnswerProxy() = default;
    ~LostAnswerProxy();
    LostAnswerProxy(const LostAnswerProxy &) = delete;
    LostAnswerProxy &operator=(const LostAnswerProxy &) = delete;

    // Listens on a free loopback port and relays to 127.0.0.1:serverPort.
    bool start(int serverPort, QString *error);
    int port() const { return m_port; }
    // The next answer to a command of this tag, on any connection, is lost and its connection
    // cut. Arm it only while no other connection is busy.
    void loseNextAnswer(const QByteArray &commandTag);
    int answersLost() const { return m_lost; }

private:
    void acceptLoop();
    void relay(int client);

    int m_listener = -1;
    int m_port = 0;
    int m_serverPort = 0;
    std::atomic<bool> m_armed{false};
    QByteArray m_message; // the CommandComplete message to lose, set before arming
    std::atomic<bool> m_stopping{false};
    std::atomic<int> m_lost{0};
    std::mutex m_mutex;
    std::vector<std::thread> m_threads;
    std::vector<int> m_sockets; // open ones, shut down at the end
};
