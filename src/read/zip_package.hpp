// A zip package (OPC) opened from bytes in memory, with every entry checked
// against the read limits before anything is inflated.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "read/read_workbook.hpp"

struct zip;

namespace sk {

class ZipPackage {
public:
    // Takes the file's bytes. Throws ReadError: NotZip, Encrypted, Truncated,
    // UnsafeEntryName, TooManyParts.
    ZipPackage(std::string bytes, const ReadLimits& limits);
    ZipPackage(ZipPackage&&) noexcept;
    ZipPackage& operator=(ZipPackage&&) noexcept;
    ~ZipPackage();

    // Part names are zip entry names without a leading '/', matched
    // case-insensitively as OPC requires. Returns the stored name or "".
    std::string find(std::string_view part) const;
    bool has(std::string_view part) const { return !find(part).empty(); }
    const std::vector<std::string>& names() const { return names_; }
    // The archive's bytes as given, so a caller that only looked inside can hand them on.
    std::string_view bytes() const { return bytes_; }

    // Inflates one part under the per-entry, total and ratio caps.
    // Throws ReadError: MissingPart, TooLarge, InflateRatio, Corrupt.
    std::string read(std::string_view part);

private:
    std::string bytes_;
    ReadLimits limits_;
    zip* archive_ = nullptr;
    std::vector<std::string> names_;
    std::unordered_map<std::string, std::uint64_t> index_;  // lower-cased name → entry index
    std::uint64_t total_read_ = 0;
};

// The first bytes of an OLE/CFB container: how Office stores encrypted files.
bool is_ole_container(std::string_view bytes);

}  // namespace sk
