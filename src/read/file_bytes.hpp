// A file's bytes for the readers: mapped read-only from the file, or held in
// a string (bytes from memory, or a file that cannot be mapped). Mapped, the
// bytes are the page cache's own: read into a string, a file's pages were
// first zeroed by the kernel and then copied into, a tenth of checking a
// workbook of 160 MB of blank text (58 MB compressed), and `fix` held three
// copies of its input.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "read/read_workbook.hpp"

namespace sk {

class FileBytes {
public:
    FileBytes() = default;
    FileBytes(std::string bytes) : owned_(std::move(bytes)) {}  // NOLINT: bytes in memory are file bytes
    // The file at `path`, under limits.max_file_bytes. Throws ReadError: NotFound, TooLarge.
    static FileBytes map(const std::string& path, const ReadLimits& limits);

    FileBytes(FileBytes&& other) noexcept;
    FileBytes& operator=(FileBytes&& other) noexcept;
    FileBytes(const FileBytes&) = delete;
    FileBytes& operator=(const FileBytes&) = delete;
    ~FileBytes();

    std::string_view view() const { return mapped_ ? std::string_view(mapped_, mapped_size_) : std::string_view(owned_); }

private:
    std::string owned_;
    const char* mapped_ = nullptr;
    std::size_t mapped_size_ = 0;
};

}  // namespace sk
