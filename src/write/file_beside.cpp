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

std::string temporary_name_beside(const std::string& target, const std::string& suffix) {
    static std::atomic<unsigned> counter{0};
    const std::filesystem::path dir = std::filesystem::path(target).parent_path();
    const std::string name = ".summakoll-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + suffix;
    return (dir.empty() ? std::filesystem::path(name) : dir / name).string();
}

FileBeside::FileBeside(const std::string& target) : target_(target) {
    for (int attempt = 0; attempt < 100; ++attempt) {
        path_ = temporary_name_beside(target);
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
