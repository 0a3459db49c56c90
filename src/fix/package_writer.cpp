#include "fix/package_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <unistd.h>

namespace sk::fix {

namespace fs = std::filesystem;

namespace {

// A temporary file beside `target`, removed unless released.
struct TempFile {
    std::string path;
    explicit TempFile(const std::string& target) {
        fs::path dir = fs::path(target).parent_path();
        std::string pattern = (dir.empty() ? fs::path(".") : dir).string() + "/.summakoll-XXXXXX";
        int fd = mkstemp(pattern.data());
        if (fd < 0) throw std::runtime_error("kan inte skapa en temporär fil i " + (dir.empty() ? "." : dir.string()));
        close(fd);
        path = pattern;
    }
    ~TempFile() {
        if (!path.empty()) std::remove(path.c_str());
    }
};

}  // namespace

void write_patched_package(const std::string& input, const std::string& output,
                           const std::map<std::string, std::string>& parts, const std::vector<std::string>& removed) {
    TempFile temp(output);
    std::error_code ec;
    fs::copy_file(input, temp.path, fs::copy_options::overwrite_existing, ec);
    if (ec) throw std::runtime_error("kan inte skriva " + output + ": " + ec.message());

    int error = 0;
    zip_t* archive = zip_open(temp.path.c_str(), 0, &error);
    if (!archive) throw std::runtime_error("kan inte öppna kopian av " + input);
    auto fail = [&](const std::string& what) {
        zip_discard(archive);
        throw std::runtime_error("kan inte skriva " + output + ": " + what);
    };
    for (const std::string& name : removed) {
        zip_int64_t index = zip_name_locate(archive, name.c_str(), ZIP_FL_NOCASE);
        if (index >= 0 && zip_delete(archive, zip_uint64_t(index)) != 0) fail(name);
    }
    for (const auto& [name, bytes] : parts) {
        if (std::find(removed.begin(), removed.end(), name) != removed.end()) continue;
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (!source) fail(name);
        zip_int64_t index = zip_name_locate(archive, name.c_str(), ZIP_FL_NOCASE);
        // Level 1, as the writer: a 30 MB sheet deflates several times faster
        // than at libzip's level 9. libzip drops the level of a replaced entry
        // that was deflated already, so a big part is deleted and added anew
        // (it moves to the end of the archive, where order does not matter);
        // small parts keep their place and cost nothing at level 9.
        constexpr std::size_t big_part = 1 << 20;
        if (index >= 0 && bytes.size() >= big_part) {
            if (zip_delete(archive, zip_uint64_t(index)) != 0) fail(name);
            index = -1;
        }
        if (index >= 0 ? zip_file_replace(archive, zip_uint64_t(index), source, ZIP_FL_ENC_UTF_8) != 0
                       : (index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8)) < 0) {
            zip_source_free(source);
            fail(name);
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) != 0) fail(name);
    }
    // The part texts must stay alive until here: libzip reads them on close.
    if (zip_close(archive) != 0) fail(zip_strerror(archive));
    fs::rename(temp.path, output, ec);
    if (ec) throw std::runtime_error("kan inte skriva " + output + ": " + ec.message());
    temp.path.clear();
}

}  // namespace sk::fix
