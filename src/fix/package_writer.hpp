// Writes a changed package next to its target and renames it into place, so
// a crash or a full disk never leaves a half-written workbook.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "fix/part_text.hpp"
#include "write/write_error.hpp"

namespace sk::fix {

// Copies `input` to a temporary file in `output`'s folder, replaces or adds
// the parts in `parts` (name → text), removes `removed`, then renames the
// temporary file to `output`. Untouched entries keep their compressed bytes.
// Throws WriteError (with the errno when there is one); the temporary file is removed.
void write_patched_package(const std::string& input, const std::string& output,
                           const std::map<std::string, PartText>& parts, const std::vector<std::string>& removed);

}  // namespace sk::fix
