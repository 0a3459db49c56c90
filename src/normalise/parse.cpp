#include "normalise/amount.hpp"
#include "normalise/fast_path.hpp"
#include "normalise/full_path.hpp"
#include "normalise/reading_builder.hpp"
#include "normalise/text_limits.hpp"

namespace sk::num {

Parsed parse(std::string_view text, const ColumnHint& hint) {
    if (auto fast = parse_fast(text, hint)) return std::move(*fast);
    if (text.size() > longest_number_text) {
        bool letters = text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
        return rejected(letters ? Rejection::Words : Rejection::Malformed);
    }
    return parse_full(text, hint);
}

}  // namespace sk::num
