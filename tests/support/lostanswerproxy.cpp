#include "lostanswerproxy.h"

#include <QByteArray>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

bool sendAll(int fd, const char *data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

} // namespace

void LostAnswerProxy::loseNextAnswer(const QByteArray &commandTag)
{
    // CommandComplete: 'C', its length (itself and the tag with its NUL), the tag.
    const quint32 length = quint32(4 + commandTag.size() + 1);
    m_message = QByteArray(1, 'C');
    for (int shift = 24; shift >= 0; shift -= 8)
        m_message.append(char((length >> shift) & 0xff));
    m_message.append(commandTag).append('\0');
    m_armed = true;
}

LostAnswerProxy::~LostAnswerProxy()
{
    m_stopping = true;
    {
        const std::lock_guard lock(m_mutex);
        if (m_listener >= 0)
            ::shutdown(m_listener, SHUT_RDWR);
        for (const int fd : m_sockets)
            ::shutdown(fd, SHUT_RDWR);
    }
    for (std::thread &t : m_threads)
        if (t.joinable())
            t.join();
    if (m_listener >= 0)
        ::close(m_listener);
}

bool LostAnswerProxy::start(int serverPort, QString *error)
{
    m_serverPort = serverPort;
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&address), length) != 0
        || ::listen(m_listener, 16) != 0
        || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        *error = QStringLiteral("relay: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_port = ntohs(address.sin_port);
    const std::lock_guard lock(m_mutex);
    m_threads.emplace_back([this] { acceptLoop(); });
    return true;
}

void LostAnswerProxy::acceptLoop()
{
    while (!m_stopping) {
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            return;
        const std::lock_guard lock(m_mutex);
        if (m_stopping) {
            ::close(client);
            return;
        }
        m_threads.emplace_back([this, client] { relay(client); });
    }
}

void LostAnswerProxy::relay(int client)
{
    const int server = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = htons(quint16(m_serverPort));
    if (server < 0
        || ::connect(server, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        ::close(client);
        if (server >= 0)
            ::close(server);
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_sockets.push_back(client);
        m_sockets.push_back(server);
    }
    QByteArray tail; // the end of the server's last chunk: a message may arrive in two
    char buffer[16384];
    pollfd fds[2] = {{client, POLLIN, 0}, {server, POLLIN, 0}};
    bool open = true;
    while (open && !m_stopping && ::poll(fds, 2, -1) > 0) {
        for (int i = 0; i < 2 && open; ++i) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::recv(fds[i].fd, buffer, sizeof buffer, 0);
            if (n <= 0) {
                open = false;
                break;
            }
            if (i == 1 && m_armed) {
                const QByteArray seen = tail + QByteArray(buffer, n);
                if (seen.contains(m_message) && m_armed.exchange(false)) {
                    ++m_lost;
                    open = false; // committed; the client never hears it
                    break;
                }
                tail = seen.right(m_message.size() - 1);
            }
            open = sendAll(fds[1 - i].fd, buffer, n);
        }
    }
    const std::lock_guard lock(m_mutex);
    for (const int fd : {client, server}) {
        ::shutdown(fd, SHUT_RDWR);
        ::close(fd);
        m_sockets.erase(std::remove(m_sockets.begin(), m_sockets.end(), fd), m_sockets.end());
    }
}
