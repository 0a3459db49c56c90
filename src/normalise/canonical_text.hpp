// One spelling for texts that mean the same: NFC, case folded, every space of
// the space family as " ", every dash or minus as "-", trimmed. The slow
// parse path, the unit words and the header classifier all read this form.
#pragma once

#include <string>
#include <string_view>

namespace sk::num {

std::string canonical_text(std::string_view utf8);

}  // namespace sk::num
