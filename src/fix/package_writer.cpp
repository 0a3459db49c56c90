#include "fix/package_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <deque>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <unistd.h>

#include "write/deflated_source.hpp"
#include "write/parallel_deflate.hpp"

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

bool is_removed(const std::vector<std::string>& removed, const std::string& name) {
    return std::find(removed.begin(), removed.end(), name) != removed.end();
}

// The parts of a megabyte or more that are written (on a big workbook the
// sheet, the notes of many changed cells, the report sheet), deflated on
// both cores; libzip copies their bytes.
struct BigParts {
    std::vector<const std::string*> names;
    std::vector<DeflatedPart> deflated;
};

BigParts deflate_big_parts(const std::map<std::string, PartText>& parts, const std::vector<std::string>& removed,
                           const std::string& output) {
    BigParts big;
    std::vector<TextPieces> texts;
    for (const auto& [name, part] : parts)
        if (!is_removed(removed, name) && part.size() >= deflate_ourselves_from_bytes) {
            big.names.push_back(&name);
            texts.push_back(part.pieces());
        }
    try {
        big.deflated = deflate_on_both_cores(texts);
    } catch (const std::exception& e) {  // no memory
        throw std::runtime_error("kan inte skriva " + output + ": " + e.what());
    }
    return big;
}

}  // namespace

void write_patched_package(const std::string& input, const std::string& output,
                           const std::map<std::string, PartText>& parts, const std::vector<std::string>& removed) {
    BigParts big = deflate_big_parts(parts, removed, output);

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
    // Small parts keep their place and are deflated by libzip, at level 1 as the big ones.
    std::deque<std::string> small;  // their texts, joined when edited
    for (const auto& [name, part] : parts) {
        if (is_removed(removed, name) || part.size() >= deflate_ourselves_from_bytes) continue;
        const std::string& bytes = part.replacements.empty() ? part.text : small.emplace_back(joined(part.pieces()));
        zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
        if (!source) fail(name);
        zip_int64_t index = zip_name_locate(archive, name.c_str(), ZIP_FL_NOCASE);
        if (index >= 0 ? zip_file_replace(archive, zip_uint64_t(index), source, ZIP_FL_ENC_UTF_8) != 0
                       : (index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8)) < 0) {
            zip_source_free(source);
            fail(name);
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 1) != 0) fail(name);
    }
    // A big part is added as a new entry, whose compression method follows
    // the source's (deflated: copied as it is); one already in the archive
    // is deleted first, so it moves to the end, where order does not matter.
    for (std::size_t i = 0; i < big.deflated.size(); ++i) {
        const std::string& name = *big.names[i];
        zip_int64_t index = zip_name_locate(archive, name.c_str(), ZIP_FL_NOCASE);
        if (index >= 0 && zip_delete(archive, zip_uint64_t(index)) != 0) fail(name);
        zip_source_t* source = deflated_source(archive, big.deflated[i]);
        if (!source) fail(name);
        if (zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(source);
            fail(name);
        }
    }
    // The part texts and `big` must stay alive until here: libzip reads them on close.
    if (zip_close(archive) != 0) fail(zip_strerror(archive));
    fs::rename(temp.path, output, ec);
    if (ec) throw std::runtime_error("kan inte skriva " + output + ": " + ec.message());
    temp.path.clear();
}

}  // namespace sk::fix
