#include "write/file_copy.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace sk {

int write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? errno : ENOSPC;
        done += std::size_t(n);
    }
    return 0;
}

int copy_contents(int in, int out) {
    char buf[1 << 16];
    for (;;) {
        ssize_t got = ::read(in, buf, sizeof buf);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return errno;
        if (got == 0) return 0;
        if (const int error = write_all(out, {buf, std::size_t(got)})) return error;
    }
}

int copy_file_over(const std::string& from, const std::string& to) {
    int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0) return errno;
    int out = ::open(to.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    int error = out < 0 ? errno : copy_contents(in, out);
    if (out >= 0 && ::close(out) != 0 && !error) error = errno;
    ::close(in);
    return error;
}

}  // namespace sk
