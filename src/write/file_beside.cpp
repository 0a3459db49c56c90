#include "write/file_beside.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "write/write_error.hpp"

namespace sk {

namespace {

WriteError system_failure(int error) { return WriteError(std::strerror(error), error); }

}  // namespace

FileBeside::FileBeside(const std::string& target) : target_(target) {
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path t(target);
    const std::filesystem::path dir = t.parent_path();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const std::string name = "." + t.filename().string() + "." + std::to_string(::getpid()) + "." +
                                 std::to_string(counter++) + ".tmp";
        path_ = (dir.empty() ? std::filesystem::path(name) : dir / name).string();
        fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd_ >= 0) return;
        if (errno != EEXIST) break;
    }
    const int error = errno;
    path_.clear();
    throw system_failure(error);
}

FileBeside::~FileBeside() {
    if (fd_ >= 0) ::close(fd_);
    if (!path_.empty()) std::remove(path_.c_str());
}

void FileBeside::commit() {
    const int fd = fd_;
    fd_ = -1;
    if (::close(fd) != 0) throw system_failure(errno);
    if (std::rename(path_.c_str(), target_.c_str()) != 0) throw system_failure(errno);
    path_.clear();
}

}  // namespace sk
