#include "normalise/collate.hpp"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <unicode/coll.h>
#include <unicode/locid.h>

namespace sk::num {

namespace {

// Collator::compare is not documented as thread-safe: one collator per thread.
icu::Collator& sv_collator() {
    thread_local std::unique_ptr<icu::Collator> c = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> made(icu::Collator::createInstance(icu::Locale("sv", "SE"), status));
        if (U_FAILURE(status) || !made) throw std::runtime_error("ICU: no Swedish collator");
        return made;
    }();
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

}  // namespace sk::num
