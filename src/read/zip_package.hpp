// A zip package (OPC) opened from bytes in memory, with every entry checked
// against the read limits before anything is inflated.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "read/file_bytes.hpp"
#include "read/read_workbook.hpp"

struct zip;
struct zip_file;

namespace sk {

class ZipPackage;

// One part inflating a piece at a time, under the caps ZipPackage::read keeps.
class PartInflater {
public:
    PartInflater(PartInflater&&) noexcept;
    PartInflater& operator=(PartInflater&&) = delete;
    ~PartInflater();

    // The size the zip's header gives: a hint (it may lie), 0 when unknown or over the cap.
    std::uint64_t stated_size() const { return stated_size_; }
    // Appends up to `most` more bytes to `out`; 0 at the end of the part.
    // Throws ReadError: TooLarge, InflateRatio, Corrupt.
    std::size_t inflate_into(std::string& out, std::size_t most);
    // From the beginning again; what was inflated so far no longer counts against the caps.
    void restart();

private:
    friend class ZipPackage;
    PartInflater(ZipPackage& package, zip_file* file, std::string name, std::uint64_t stated, std::uint64_t compressed);

    ZipPackage& package_;
    zip_file* file_;
    std::string name_;
    std::uint64_t stated_size_, compressed_, inflated_ = 0;
};

class ZipPackage {
public:
    // Takes the file's bytes. Throws ReadError: NotZip, Encrypted, Truncated,
    // UnsafeEntryName, TooManyParts.
    ZipPackage(FileBytes bytes, const ReadLimits& limits);
    ZipPackage(ZipPackage&&) noexcept;
    ZipPackage& operator=(ZipPackage&&) noexcept;
    ~ZipPackage();

    // Part names are zip entry names without a leading '/', matched
    // case-insensitively as OPC requires. Returns the stored name or "".
    std::string find(std::string_view part) const;
    bool has(std::string_view part) const { return !find(part).empty(); }
    const std::vector<std::string>& names() const { return names_; }

    // An entry as the archive stores it, for copying into another archive
    // unchanged: its name (UTF-8), what its headers say, its bytes still compressed.
    struct StoredEntry {
        std::string name;
        std::uint16_t method = 0;  // 0 stored, 8 deflated
        std::uint32_t crc = 0;
        std::uint64_t size = 0;  // uncompressed
        std::int64_t mtime = 0;  // time_t
        std::string bytes;
    };
    // Entry `index` of names(). Throws ReadError: Corrupt, Encrypted.
    StoredEntry stored(std::size_t index);

    // Inflates one part under the per-entry, total and ratio caps.
    // Throws ReadError: MissingPart, TooLarge, InflateRatio, Corrupt.
    std::string read(std::string_view part);
    // The same, a piece at a time (for one part at a time).
    PartInflater open(std::string_view part);

private:
    friend class PartInflater;
    FileBytes bytes_;
    ReadLimits limits_;
    zip* archive_ = nullptr;
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::uint64_t> index_;  // lower-cased name → entry index
    std::uint64_t total_read_ = 0;
};

// The first bytes of an OLE/CFB container: how Office stores encrypted files.
bool is_ole_container(std::string_view bytes);

}  // namespace sk
