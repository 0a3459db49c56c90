#include "write/file_copy.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace sk {

int copy_contents(int in, int out) {
    char buf[1 << 16];
    for (;;) {
        ssize_t got = ::read(in, buf, sizeof buf);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) return errno;
        if (got == 0) return 0;
        for (ssize_t done = 0; done < got;) {
            ssize_t put = ::write(out, buf + done, std::size_t(got - done));
            if (put < 0 && errno == EINTR) continue;
            if (put < 0) return errno;
            done += put;
        }
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
