// `fix --in-place`: the original kept beside itself before it is replaced.
#pragma once

#include <string>

#include "base/lang.hpp"

namespace sk {

// Copies `file` to a new file FILE.bak, or FILE.bak-2, FILE.bak-3 … when
// those names are taken: the backup of an earlier run is never overwritten,
// and a link at one of those names is never followed (the copy gets its name
// by link(), which fails on any existing name). Returns its path. Throws std::runtime_error with one line in
// `lang` ("disken är full" when it is); no partial backup is left.
std::string write_backup(const std::string& file, Lang lang);

}  // namespace sk
