#include "read/bytes_to_parse.hpp"

#include <zip.h>

#include <string>
#include <string_view>
#include <system_error>

#include "base/ascii.hpp"
#include "base/huge_pages.hpp"

namespace sk {

namespace {

// The parts the readers turn into cells: xlsx sheets and shared strings,
// Word's document, the OpenDocument content.
bool holds_cells(std::string_view entry) {
    const std::string name = ascii_lower(entry);
    const std::string_view n = name;
    return n.starts_with("xl/worksheets/") || n.starts_with("xl/sharedstrings") || n == "word/document.xml" ||
           n == "content.xml";
}

}  // namespace

std::uintmax_t bytes_to_parse(const std::filesystem::path& file) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(file, ec);
    if (ec) return 0;
    int error = 0;
    zip_t* archive = zip_open(file.c_str(), ZIP_RDONLY, &error);
    if (!archive) return size;  // not a zip: CSV, PDF, .xls
    std::uintmax_t parts = 0;
    const zip_int64_t entries = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < entries; ++i) {
        zip_stat_t st;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &st) == 0 && (st.valid & ZIP_STAT_NAME) &&
            (st.valid & ZIP_STAT_SIZE) && holds_cells(st.name))
            parts += st.size;
    }
    zip_discard(archive);
    return parts;
}

bool big_input(int argc, char** argv) {
    std::uintmax_t total = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code ec;
        const std::filesystem::path p(argv[i]);
        if (std::filesystem::is_directory(p, ec)) return true;
        if (std::filesystem::is_regular_file(p, ec)) total += bytes_to_parse(p);
        if (total >= process::huge_pages_from_bytes) return true;
    }
    return false;
}

}  // namespace sk
