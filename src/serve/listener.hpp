// The server's socket and its connections: the port bound for this server
// alone, one thread per connection, and caps on connections per client and
// in all. Beyond a cap a connection is answered at once and closed, so a
// client that holds many slow connections cannot keep others waiting.
#pragma once

#include <atomic>
#include <functional>
#include <string>

namespace sk::serve {

struct Bound {
    int fd = -1;     // the listening socket; -1 when it could not be bound
    int port = 0;    // the port bound (the one chosen, for port 0)
    int error = 0;   // errno when it could not: EADDRINUSE when another program has it
};

// Listens on host:port. Without SO_REUSEPORT: a second server on the same
// port is refused (EADDRINUSE) instead of silently sharing its requests.
Bound listen_exclusive(const std::string& host, int port);

struct ConnectionLimits {
    int total = 64;       // connections open at once
    int per_client = 32;  // from one address (on loopback, every local program is one)
};

// Accepts on `listen_fd` until `stopping` is set (and the socket shut down
// or 200 ms pass): each connection runs `serve(fd)` on its own thread, which
// must close fd. A connection beyond `limits` gets `refusal` written without
// waiting (an HTTP 503; nothing with TLS, where it would not be read) and is
// closed. Returns once every connection thread has ended.
void accept_connections(int listen_fd, ConnectionLimits limits, const std::string& refusal,
                        const std::atomic<bool>& stopping, const std::function<void(int fd)>& serve);

}  // namespace sk::serve
