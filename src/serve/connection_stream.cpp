#include "serve/connection_stream.hpp"

#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace sk::serve {

namespace {

using Clock = std::chrono::steady_clock;

void address_of(int fd, bool peer, std::string& ip, int& port) {
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    int got = peer ? getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len)
                   : getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    char host[NI_MAXHOST], serv[NI_MAXSERV];
    if (got != 0 || getnameinfo(reinterpret_cast<sockaddr*>(&addr), len, host, sizeof host, serv, sizeof serv,
                                NI_NUMERICHOST | NI_NUMERICSERV) != 0)
        return;
    ip = host;
    port = std::atoi(serv);
}

}  // namespace

ConnectionStream::ConnectionStream(int fd, SSL_CTX* tls, StreamTimeouts timeouts)
    : fd_(fd), tls_(tls != nullptr), timeouts_(timeouts), deadline_(Clock::now() + timeouts.request) {
    if (tls && (ssl_ = SSL_new(tls))) SSL_set_fd(ssl_, fd_);
}

ConnectionStream::~ConnectionStream() {
    if (ssl_) {
        SSL_shutdown(ssl_);  // one close_notify, not waiting for the client's
        SSL_free(ssl_);
    }
    // A lingering close: closing with unread bytes (a refused body) would
    // reset the connection, and the client could lose the answer. What it
    // still sends is read and dropped for a moment first.
    ::shutdown(fd_, SHUT_WR);
    const auto until = Clock::now() + std::chrono::seconds(1);
    char drop[16 * 1024];
    for (std::size_t dropped = 0; dropped < (4u << 20);) {
        auto left = std::chrono::ceil<std::chrono::milliseconds>(until - Clock::now()).count();
        pollfd p{fd_, POLLIN, 0};
        if (left <= 0 || ::poll(&p, 1, int(left)) <= 0) break;
        ssize_t got = ::recv(fd_, drop, sizeof drop, 0);
        if (got <= 0) break;
        dropped += std::size_t(got);
    }
    ::close(fd_);
}

bool ConnectionStream::wait(short events, bool reading) const {
    const std::chrono::milliseconds limit = timeouts_.io;
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline_ - Clock::now());
    if (reading && left.count() <= 0) return false;
    const int ms = int((reading ? std::min(left, limit) : limit).count());
    pollfd p{fd_, events, 0};
    for (;;) {
        int n = ::poll(&p, 1, ms);
        if (n < 0 && errno == EINTR) continue;
        return n > 0;
    }
}

bool ConnectionStream::handshake() {
    if (!tls_) return true;
    if (!ssl_) return false;
    for (;;) {
        int r = SSL_accept(ssl_);
        if (r == 1) return true;
        int err = SSL_get_error(ssl_, r);
        if (err == SSL_ERROR_WANT_READ ? !wait(POLLIN, true) : err == SSL_ERROR_WANT_WRITE ? !wait(POLLOUT, true) : true)
            return false;
    }
}

bool ConnectionStream::next_request(const std::atomic<bool>& stopping) {
    const auto idle_until = Clock::now() + timeouts_.keep_alive;
    // In slices, so that a stopping server does not wait out the keep-alive.
    while (begin_ == end_ && !(ssl_ && SSL_pending(ssl_) > 0)) {
        if (stopping || Clock::now() >= idle_until) return false;
        pollfd p{fd_, POLLIN, 0};
        int n = ::poll(&p, 1, 200);
        if (n < 0 && errno != EINTR) return false;
        if (n > 0) break;
    }
    deadline_ = Clock::now() + timeouts_.request;
    return true;
}

bool ConnectionStream::fill() {
    begin_ = end_ = 0;
    for (;;) {
        ssize_t got;
        if (ssl_) {
            int r = SSL_read(ssl_, buf_, int(sizeof buf_));
            if (r > 0) got = r;
            else {
                int err = SSL_get_error(ssl_, r);
                if (err == SSL_ERROR_WANT_READ ? wait(POLLIN, true) : err == SSL_ERROR_WANT_WRITE && wait(POLLOUT, true))
                    continue;
                return false;
            }
        } else {
            got = ::recv(fd_, buf_, sizeof buf_, 0);
            if (got < 0 && errno == EINTR) continue;
            if (got < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                if (wait(POLLIN, true)) continue;
                return false;
            }
            if (got <= 0) return false;
        }
        end_ = std::size_t(got);
        return true;
    }
}

bool ConnectionStream::is_readable() const {
    return begin_ < end_ || (ssl_ && SSL_pending(ssl_) > 0) || wait(POLLIN, true);
}

bool ConnectionStream::is_writable() const { return wait(POLLOUT, false); }

ssize_t ConnectionStream::read(char* ptr, size_t size) {
    if (begin_ == end_ && !fill()) return -1;
    std::size_t n = std::min(size, end_ - begin_);
    std::memcpy(ptr, buf_ + begin_, n);
    begin_ += n;
    return ssize_t(n);
}

ssize_t ConnectionStream::write(const char* ptr, size_t size) {
    for (;;) {
        if (ssl_) {
            int r = SSL_write(ssl_, ptr, int(std::min<size_t>(size, 1 << 30)));
            if (r > 0) return r;
            int err = SSL_get_error(ssl_, r);
            if (err == SSL_ERROR_WANT_WRITE ? wait(POLLOUT, false) : err == SSL_ERROR_WANT_READ && wait(POLLIN, false))
                continue;
            return -1;
        }
        ssize_t put = ::send(fd_, ptr, size, MSG_NOSIGNAL);
        if (put >= 0) return put;
        if (errno == EINTR) continue;
        if ((errno == EAGAIN || errno == EWOULDBLOCK) && wait(POLLOUT, false)) continue;
        return -1;
    }
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const { address_of(fd_, true, ip, port); }

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const { address_of(fd_, false, ip, port); }

}  // namespace sk::serve
