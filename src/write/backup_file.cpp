#include "write/backup_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <stdexcept>

#include "write/file_copy.hpp"
#include "write/write_error.hpp"

namespace sk {

namespace {

constexpr int max_backups = 1000;

struct Fd {
    int fd;
    ~Fd() {
        if (fd >= 0) ::close(fd);
    }
};

}  // namespace

std::string write_backup(const std::string& file, Lang lang) {
    Fd in{::open(file.c_str(), O_RDONLY | O_CLOEXEC)};
    struct stat st {};
    if (in.fd < 0 || ::fstat(in.fd, &st) != 0) throw std::runtime_error(file + ": " + system_reason(errno, lang));
    // The copy is written to a temporary file first and given its name by
    // link(), which never replaces or follows what is at the name: a killed
    // run leaves no partial FILE.bak to be kept as a backup by the next.
    const std::size_t slash = file.rfind('/');
    std::string temp = (slash == std::string::npos ? std::string(".") : file.substr(0, slash)) + "/.summakoll-XXXXXX";
    int fd = ::mkstemp(temp.data());
    if (fd < 0) throw std::runtime_error(temp + ": " + system_reason(errno, lang));
    int error = copy_contents(in.fd, fd);
    if (!error && ::fchmod(fd, st.st_mode & 0777) != 0) error = errno;
    if (!error && ::fsync(fd) != 0) error = errno;
    if (::close(fd) != 0 && !error) error = errno;
    std::string name = file + ".bak";
    for (int n = 2; !error; ++n) {
        if (::link(temp.c_str(), name.c_str()) == 0) break;
        if (errno != EEXIST || n > max_backups) error = errno == EEXIST ? EEXIST : errno;
        else name = file + ".bak-" + std::to_string(n);
    }
    ::unlink(temp.c_str());
    if (error == EEXIST)
        throw std::runtime_error(name + ": " + tr(lang, "för många säkerhetskopior", "too many backups"));
    if (error) throw std::runtime_error(name + ": " + system_reason(error, lang));
    return name;
}

}  // namespace sk
