#include "normalise/amount.hpp"
#include "normalise/fast_path.hpp"
#include "normalise/full_path.hpp"
#include "normalise/reading_builder.hpp"

namespace sk::num {

namespace {

// No amount, percentage or composite a person types into one cell comes near
// this; longer texts are prose, and sending them through ICU costs time
// linear in megabytes of cell text for nothing.
constexpr std::size_t longest_number_text = 256;

}  // namespace

Parsed parse(std::string_view text, const ColumnHint& hint) {
    if (auto fast = parse_fast(text, hint)) return std::move(*fast);
    if (text.size() > longest_number_text) {
        bool letters = text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
        return rejected(letters ? Rejection::Words : Rejection::Malformed);
    }
    return parse_full(text, hint);
}

}  // namespace sk::num
