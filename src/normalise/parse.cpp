#include "normalise/amount.hpp"

#include <string>
#include <unordered_map>

#include "normalise/fast_path.hpp"
#include "normalise/full_path.hpp"
#include "normalise/reading_builder.hpp"
#include "normalise/text_limits.hpp"

namespace sk::num {

namespace {

// The slow path's results for this thread, by text and hint: a sheet repeats
// its names and words ("Östersund", "uppgift saknas") thousands of times.
// Bounded: emptied when full, so a server thread never grows without end.
Parsed parse_full_cached(std::string_view text, const ColumnHint& hint) {
    constexpr std::size_t most_entries = 1 << 16;
    thread_local std::unordered_map<std::string, Parsed> cache;
    // The key is built in one buffer kept from call to call: a lookup
    // allocates nothing, only a new entry does.
    thread_local std::string key;
    key.assign(text);
    key.push_back(char('0' + int(hint.kind)));
    key.push_back(char('0' + int(hint.separator)));
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    if (cache.size() >= most_entries) cache.clear();
    Parsed parsed = parse_full(text, hint);  // before `key` is read again
    return cache.emplace(key, std::move(parsed)).first->second;
}

}  // namespace

Parsed parse(std::string_view text, const ColumnHint& hint) {
    if (auto fast = parse_fast(text, hint)) return std::move(*fast);
    if (text.size() > longest_number_text) {
        bool letters = text.find_first_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") != std::string_view::npos;
        return rejected(letters ? Rejection::Words : Rejection::Malformed);
    }
    return parse_full_cached(text, hint);
}

}  // namespace sk::num
