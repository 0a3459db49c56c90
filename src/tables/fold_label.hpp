// Labels compared the way a reader sees them: "TOTALT:", " Totalt " and
// "totalt" are one label. ICU does the case folding so Å/Ä/Ö fold correctly.
#pragma once

#include <string>
#include <string_view>

namespace sk::tables {

// Case-folded (ICU full folding), NFC text with every run of white space
// (including no-break and thin spaces) made one ASCII space, trimmed, and
// trailing ':' '.' '*' removed.
std::string fold_label(std::string_view text);

}  // namespace sk::tables
