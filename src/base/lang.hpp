// The language of every message a user reads: Swedish by default, English with --lang en.
#pragma once

#include <optional>
#include <string_view>

namespace sk {

enum class Lang { Sv, En };

inline std::optional<Lang> lang_from_name(std::string_view s) {
    if (s == "sv") return Lang::Sv;
    if (s == "en") return Lang::En;
    return std::nullopt;
}

// Picks the Swedish or the English text.
inline const char* tr(Lang lang, const char* sv, const char* en) { return lang == Lang::Sv ? sv : en; }

}  // namespace sk
