#include "read/read_workbook.hpp"

#include <filesystem>
#include <fstream>

#include "read/zip_package.hpp"

namespace sk {

std::string read_file_bytes(const std::string& path, const ReadLimits& limits) {
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) throw ReadError(ReadErrorKind::NotFound, "");
    auto size = std::filesystem::file_size(path, ec);
    if (ec) throw ReadError(ReadErrorKind::NotFound, "");
    if (size > limits.max_file_bytes) throw ReadError(ReadErrorKind::TooLarge, std::to_string(size) + " byte");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw ReadError(ReadErrorKind::NotFound, "");
    std::string bytes(size, '\0');
    in.read(bytes.data(), std::streamsize(size));
    bytes.resize(std::size_t(in.gcount()));
    return bytes;
}

Workbook read_workbook(const std::string& path, const ReadLimits& limits) {
    std::string bytes = read_file_bytes(path, limits);
    if (is_ole_container(bytes)) throw ReadError(ReadErrorKind::Encrypted, "");
    return read_xlsx_bytes(bytes, path, limits);
}

}  // namespace sk
