#include "serve/listener.hpp"

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <condition_variable>
#include <map>
#include <mutex>
#include <thread>

namespace sk::serve {

namespace {

std::string client_of(const sockaddr_storage& addr, socklen_t len) {
    char host[NI_MAXHOST];
    if (getnameinfo(reinterpret_cast<const sockaddr*>(&addr), len, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return "?";
    return host;
}

// Best effort, never waiting: the refused client may be gone already.
void send_now(int fd, const std::string& bytes) {
    if (bytes.empty()) return;
    ssize_t sent = ::send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
    (void)sent;
}

}  // namespace

Bound listen_exclusive(const std::string& host, int port) {
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo* found = nullptr;
    Bound out;
    if (getaddrinfo(host.c_str(), std::to_string(port).c_str(), &hints, &found) != 0) {
        out.error = EADDRNOTAVAIL;
        return out;
    }
    for (addrinfo* a = found; a && out.fd < 0; a = a->ai_next) {
        int fd = ::socket(a->ai_family, a->ai_socktype | SOCK_CLOEXEC, a->ai_protocol);
        if (fd < 0) {
            out.error = errno;
            continue;
        }
        // SO_REUSEADDR only lets a restarted server bind past old TIME_WAIT
        // connections; on Linux it never lets two servers listen on one port.
        int yes = 1;
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, 128) != 0) {
            out.error = errno;
            ::close(fd);
            continue;
        }
        sockaddr_storage addr{};
        socklen_t len = sizeof addr;
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
        out.port = ntohs(addr.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6&>(addr).sin6_port
                                                    : reinterpret_cast<sockaddr_in&>(addr).sin_port);
        out.fd = fd;
        out.error = 0;
    }
    freeaddrinfo(found);
    return out;
}

void accept_connections(int listen_fd, ConnectionLimits limits, const std::string& refusal,
                        const std::atomic<bool>& stopping, const std::function<void(int fd)>& serve) {
    std::mutex mutex;
    std::condition_variable ended;
    int open = 0;
    std::map<std::string, int> per_client;
    while (!stopping) {
        pollfd p{listen_fd, POLLIN, 0};
        if (::poll(&p, 1, 200) <= 0 || stopping) continue;
        sockaddr_storage addr{};
        socklen_t len = sizeof addr;
        int fd = ::accept4(listen_fd, reinterpret_cast<sockaddr*>(&addr), &len, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (fd < 0) continue;  // the client gave up, or no file descriptors: the next one may do
        int one = 1;
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        std::string client = client_of(addr, len);
        {
            std::lock_guard lock(mutex);
            if (open >= limits.total || per_client[client] >= limits.per_client) {
                send_now(fd, refusal);
                ::shutdown(fd, SHUT_RDWR);
                ::close(fd);
                continue;
            }
            ++open;
            ++per_client[client];
        }
        std::thread([&, fd, client] {
            serve(fd);
            std::lock_guard lock(mutex);
            if (--per_client[client] == 0) per_client.erase(client);
            --open;
            ended.notify_all();
        }).detach();
    }
    std::unique_lock lock(mutex);
    ended.wait(lock, [&] { return open == 0; });
}

}  // namespace sk::serve
