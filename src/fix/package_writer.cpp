#include "fix/package_writer.hpp"

#include <zip.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string_view>
#include <unistd.h>
#include <unordered_map>

#include "write/deflated_source.hpp"
#include "write/file_copy.hpp"
#include "write/parallel_deflate.hpp"
#include "write/zip_failure.hpp"

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
        if (fd < 0) throw WriteError(dir.empty() ? "." : dir.string(), errno);
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

// Every part that is written, deflated on both cores; libzip copies their bytes.
struct DeflatedParts {
    std::vector<const std::string*> names;
    std::vector<DeflatedPart> deflated;
};

DeflatedParts deflate_parts(const std::map<std::string, PartText>& parts, const std::vector<std::string>& removed) {
    DeflatedParts out;
    std::vector<TextPieces> texts;
    for (const auto& [name, part] : parts)
        if (!is_removed(removed, name)) {
            out.names.push_back(&name);
            texts.push_back(part.pieces());
        }
    try {
        out.deflated = deflate_on_both_cores(texts);
    } catch (const std::exception& e) {  // no memory
        throw WriteError(WriteErrorKind::Io, e.what());
    }
    return out;
}

// The archive's entries by name, ignoring ASCII case as part names are
// compared: zip_name_locate with ZIP_FL_NOCASE compares every entry, and
// once per part that made fix quadratic in the number of sheets.
class EntryIndex {
public:
    explicit EntryIndex(zip_t* archive) {
        zip_int64_t n = zip_get_num_entries(archive, 0);
        for (zip_int64_t i = 0; i < n; ++i)
            if (const char* name = zip_get_name(archive, zip_uint64_t(i), ZIP_FL_ENC_RAW)) by_name_.emplace(folded(name), i);
    }
    zip_int64_t find(const std::string& name) const {
        auto it = by_name_.find(folded(name));
        return it == by_name_.end() ? -1 : it->second;
    }

private:
    static std::string folded(std::string name) {
        for (char& c : name)
            if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
        return name;
    }
    std::unordered_map<std::string, zip_int64_t> by_name_;
};

}  // namespace

void write_patched_package(const std::string& input, const std::string& output,
                           const std::map<std::string, PartText>& parts, const std::vector<std::string>& removed) {
    DeflatedParts written = deflate_parts(parts, removed);

    TempFile temp(output);
    if (int error = copy_file_over(input, temp.path)) throw WriteError(std::strerror(error), error);

    int error = 0;
    zip_t* archive = zip_open(temp.path.c_str(), 0, &error);
    if (!archive) throw WriteError(WriteErrorKind::Io, input);
    auto fail = [&](const std::string& what) {
        WriteError failure = zip_failure(archive);
        failure.detail = what + ": " + failure.detail;
        zip_discard(archive);
        throw failure;
    };
    const EntryIndex entries(archive);  // the indexes stay: entries are only marked deleted until zip_close
    for (const std::string& name : removed) {
        zip_int64_t index = entries.find(name);
        if (index >= 0 && zip_delete(archive, zip_uint64_t(index)) != 0) fail(name);
    }
    // A part already in the archive keeps its place, a new one is added at
    // the end. The method "default" takes the source's (deflate): libzip
    // copies the bytes, even over an entry that was stored.
    for (std::size_t i = 0; i < written.deflated.size(); ++i) {
        const std::string& name = *written.names[i];
        zip_source_t* source = deflated_source(archive, written.deflated[i]);
        if (!source) fail(name);
        zip_int64_t index = entries.find(name);
        if (index >= 0 ? zip_file_replace(archive, zip_uint64_t(index), source, ZIP_FL_ENC_UTF_8) != 0
                       : (index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8)) < 0) {
            zip_source_free(source);
            fail(name);
        }
        if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFAULT, 0) != 0) fail(name);
    }
    // `written` must stay alive until here: libzip reads it on close.
    if (zip_close(archive) != 0) fail(output);
    std::error_code ec;
    fs::rename(temp.path, output, ec);
    if (ec) throw WriteError(ec.message(), ec.value());
    temp.path.clear();
}

}  // namespace sk::fix
