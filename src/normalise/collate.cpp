#include "normalise/collate.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace sk::num {

namespace {

std::unique_ptr<icu::Collator> make_sv_collator(bool primary) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("sv", "SE"), status));
    if (U_FAILURE(status) || !made) throw std::runtime_error("ICU: no Swedish collator");
    if (primary) {
        made->setStrength(icu::Collator::PRIMARY);
        made->setAttribute(UCOL_ALTERNATE_HANDLING, UCOL_SHIFTED, status);  // spaces and punctuation ignored
        if (U_FAILURE(status)) throw std::runtime_error("ICU: collator attribute");
    }
    return made;
}

// Collator::compare is not documented as thread-safe: one collator per thread.
icu::Collator& sv_collator() {
    thread_local std::unique_ptr<icu::Collator> c = make_sv_collator(false);
    return *c;
}

icu::Collator& primary_collator() {
    thread_local std::unique_ptr<icu::Collator> c = make_sv_collator(true);
    return *c;
}

}  // namespace

int compare_sv(std::string_view a, std::string_view b) {
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult r = sv_collator().compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                                                         icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), status);
    return r == UCOL_LESS ? -1 : r == UCOL_GREATER ? 1 : 0;
}

void sort_sv(std::vector<std::string>& names) {
    std::stable_sort(names.begin(), names.end(),
                     [](const std::string& a, const std::string& b) { return compare_sv(a, b) < 0; });
}

std::string primary_key(std::string_view name) {
    const icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    icu::Collator& c = primary_collator();
    const int32_t n = c.getSortKey(u, nullptr, 0);
    std::string key(static_cast<std::size_t>(n), '\0');
    c.getSortKey(u, reinterpret_cast<uint8_t*>(key.data()), n);
    while (!key.empty() && key.back() == '\0') key.pop_back();
    return key;
}

}  // namespace sk::num
