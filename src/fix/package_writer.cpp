#include "fix/package_writer.hpp"

#include <unordered_map>
#include <unordered_set>

#include "write/file_beside.hpp"
#include "write/parallel_deflate.hpp"
#include "write/write_error.hpp"
#include "write/zip_writer.hpp"

namespace sk::fix {

namespace {

// Every part that is written, deflated on both cores, by its name in the
// package ("" for a part new to it).
struct DeflatedParts {
    std::vector<const std::string*> names;
    std::vector<DeflatedPart> deflated;
    std::unordered_map<std::string, std::size_t> by_stored_name;
};

DeflatedParts deflate_parts(ZipPackage& input, const std::map<std::string, PartText>& parts,
                            const std::unordered_set<std::string>& removed) {
    DeflatedParts out;
    std::vector<TextPieces> texts;
    for (const auto& [name, part] : parts) {
        const std::string stored = input.find(name);
        if (removed.count(stored)) continue;
        if (!stored.empty()) out.by_stored_name.emplace(stored, out.names.size());
        out.names.push_back(&name);
        texts.push_back(part.pieces());
    }
    try {
        CoreDeflaters deflaters;
        out.deflated = deflate_on_both_cores(texts, deflaters);
    } catch (const std::exception& e) {  // no memory
        throw WriteError(WriteErrorKind::Io, e.what());
    }
    return out;
}

}  // namespace

void write_patched_package(ZipPackage& input, const std::string& output, const std::map<std::string, PartText>& parts,
                           const std::vector<std::string>& removed_parts) {
    std::unordered_set<std::string> removed;
    for (const std::string& name : removed_parts) removed.insert(input.find(name));
    removed.erase(std::string());
    const DeflatedParts written = deflate_parts(input, parts, removed);

    FileBeside file(output);
    ZipWriter zip(file.fd());
    std::vector<bool> placed(written.names.size());
    for (std::size_t i = 0; i < input.names().size(); ++i) {
        const std::string& name = input.names()[i];
        if (removed.count(name)) continue;
        if (auto it = written.by_stored_name.find(name); it != written.by_stored_name.end()) {
            zip.add(name, written.deflated[it->second]);
            placed[it->second] = true;
            continue;
        }
        ZipPackage::StoredEntry e = input.stored(i);
        zip.add_raw({std::move(e.name), e.method, e.crc, e.size, 0, dos_time(e.mtime)}, e.bytes);
    }
    for (std::size_t k = 0; k < written.names.size(); ++k)
        if (!placed[k]) zip.add(*written.names[k], written.deflated[k]);
    zip.finish();
    file.commit();
}

}  // namespace sk::fix
