// Writes a changed package next to its target and renames it into place, so
// a crash or a full disk never leaves a half-written workbook.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "fix/part_text.hpp"
#include "read/zip_package.hpp"

namespace sk::fix {

// Writes `input`'s entries to `output` in their order, each replaced by its
// text in `parts` (name → text) when it has one and left out when it is in
// `removed`; the parts new to the package follow. Untouched entries keep
// their compressed bytes. The file is written beside `output` and renamed
// into place when complete. Throws WriteError (with the errno when there is
// one), or ReadError when an untouched entry cannot be read.
void write_patched_package(ZipPackage& input, const std::string& output, const std::map<std::string, PartText>& parts,
                           const std::vector<std::string>& removed);

}  // namespace sk::fix
