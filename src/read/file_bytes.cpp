#include "read/file_bytes.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

#include "read/read_error.hpp"

namespace sk {

FileBytes FileBytes::map(const std::string& path, const ReadLimits& limits) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0) ::close(fd);
        throw ReadError(ReadErrorKind::NotFound, "");
    }
    const auto size = std::uint64_t(st.st_size);
    if (size > limits.max_file_bytes) {
        ::close(fd);
        throw ReadError(ReadErrorKind::TooLarge, std::to_string(size) + " byte");
    }
    void* at = size > 0 ? ::mmap(nullptr, std::size_t(size), PROT_READ, MAP_PRIVATE, fd, 0) : MAP_FAILED;
    ::close(fd);
    if (at == MAP_FAILED) return FileBytes(read_file_bytes(path, limits));  // empty, or a file system without mmap
    FileBytes bytes;
    bytes.mapped_ = static_cast<const char*>(at);
    bytes.mapped_size_ = std::size_t(size);
    return bytes;
}

FileBytes::FileBytes(FileBytes&& other) noexcept
    : owned_(std::move(other.owned_)), mapped_(std::exchange(other.mapped_, nullptr)),
      mapped_size_(std::exchange(other.mapped_size_, 0)) {}

FileBytes& FileBytes::operator=(FileBytes&& other) noexcept {
    std::swap(owned_, other.owned_);
    std::swap(mapped_, other.mapped_);
    std::swap(mapped_size_, other.mapped_size_);
    return *this;
}

FileBytes::~FileBytes() {
    if (mapped_) ::munmap(const_cast<char*>(mapped_), mapped_size_);
}

}  // namespace sk
