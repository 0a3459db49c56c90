// One client connection as cpp-httplib reads and writes it, plain or TLS,
// under a deadline per request: the headers and the body of a request must
// arrive within it, however slowly the client trickles them (httplib's own
// timeout is per read, so a byte every 20 s held a worker forever).
#pragma once

#include <openssl/ssl.h>

#include <atomic>
#include <chrono>
#include <string>

#include <httplib.h>

namespace sk::serve {

struct StreamTimeouts {
    std::chrono::seconds request{60};  // headers and body of one request
    std::chrono::seconds io{30};       // any one read or write without progress
    std::chrono::seconds keep_alive{5};  // waiting for the next request
};

class ConnectionStream : public httplib::Stream {
public:
    // Takes `fd` (non-blocking), closing it at the end. With `tls`, a TLS
    // session is opened over it by handshake().
    ConnectionStream(int fd, SSL_CTX* tls, StreamTimeouts timeouts);
    ~ConnectionStream() override;
    ConnectionStream(const ConnectionStream&) = delete;
    ConnectionStream& operator=(const ConnectionStream&) = delete;

    // The TLS handshake, within the request deadline; true without TLS.
    bool handshake();
    // Waits for the first byte of the next request (keep-alive), giving up
    // when the client is idle past keep_alive or `stopping` is set; then the
    // request's deadline starts.
    bool next_request(const std::atomic<bool>& stopping);

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char* ptr, size_t size) override;
    ssize_t write(const char* ptr, size_t size) override;
    void get_remote_ip_and_port(std::string& ip, int& port) const override;
    void get_local_ip_and_port(std::string& ip, int& port) const override;
    socket_t socket() const override { return fd_; }

private:
    // Polls for `events` until the I/O timeout, or the deadline when reading.
    bool wait(short events, bool reading) const;
    bool fill();  // reads what has arrived into the buffer

    int fd_;
    bool tls_;
    SSL* ssl_ = nullptr;
    StreamTimeouts timeouts_;
    std::chrono::steady_clock::time_point deadline_;
    char buf_[16 * 1024];
    std::size_t begin_ = 0, end_ = 0;  // unread bytes of buf_
};

}  // namespace sk::serve
