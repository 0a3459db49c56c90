// Writing the parts of a new package into a deflated zip archive, either to
// a file (through a temporary file in the same folder, renamed into place
// only when complete) or to bytes in memory.
#pragma once

#include <string>
#include <vector>

#include "write/part_stream.hpp"

namespace sk {

struct ZipPart {
    std::string name;              // "xl/workbook.xml"
    std::string bytes;             // the content, unless `stream` is set
    PartStream* stream = nullptr;  // streamed content; must outlive the write
};

// Throws WriteError(Io) and leaves no file behind when anything fails; an
// existing file at `path` is replaced only by a complete archive.
void write_zip_file(const std::vector<ZipPart>& parts, const std::string& path);
std::string write_zip_bytes(const std::vector<ZipPart>& parts);

}  // namespace sk
