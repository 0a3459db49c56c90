// Excel's rules for sheet names: 1–31 characters (UTF-16 units), none of
// []:*?/\ , no apostrophe first or last, not "History" (Excel reserves it),
// unique ignoring case.
#include <unicode/unistr.h>

#include "write/new_workbook.hpp"

namespace sk {

namespace {

constexpr std::int32_t max_name_units = 31;

bool forbidden(UChar c) {
    return c == '[' || c == ']' || c == ':' || c == '*' || c == '?' || c == '/' || c == '\\';
}

icu::UnicodeString folded(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), std::int32_t(s.size()))).foldCase();
}

std::string utf8(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool is_taken(const icu::UnicodeString& name, const SheetNames& taken) { return taken.has(utf8(name)); }

// Cuts to `units` UTF-16 units without splitting a surrogate pair.
icu::UnicodeString cut(icu::UnicodeString u, std::int32_t units) {
    if (u.length() <= units) return u;
    if (U16_IS_LEAD(u.charAt(units - 1))) --units;
    u.truncate(units);
    return u;
}

void trim(icu::UnicodeString& u) {
    auto strip = [](UChar c) { return c == '\'' || c == ' ' || c == 0x00A0; };
    while (!u.isEmpty() && strip(u.charAt(0))) u.remove(0, 1);
    while (!u.isEmpty() && strip(u.charAt(u.length() - 1))) u.truncate(u.length() - 1);
}

}  // namespace

void SheetNames::add(std::string_view name) { folded_.insert(utf8(folded(name))); }

bool SheetNames::has(std::string_view name) const {
    std::string f = utf8(folded(name));
    return f == "history" || folded_.count(f) > 0;
}

std::string legal_sheet_name(std::string_view wanted, const SheetNames& taken) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(wanted.data(), std::int32_t(wanted.size())));
    for (std::int32_t i = 0; i < u.length(); ++i) {
        UChar c = u.charAt(i);
        if (forbidden(c)) u.setCharAt(i, '-');
        else if (c < 0x20 || c == 0x7F) u.setCharAt(i, ' ');  // line breaks in a heading
    }
    trim(u);
    u = cut(u, max_name_units);
    trim(u);
    if (u.isEmpty()) u = "Blad";
    if (!is_taken(u, taken)) return utf8(u);
    for (int n = 2;; ++n) {
        icu::UnicodeString suffix = icu::UnicodeString::fromUTF8(" (" + std::to_string(n) + ")");
        icu::UnicodeString base = cut(u, max_name_units - suffix.length());
        trim(base);
        icu::UnicodeString candidate = base + suffix;
        if (!is_taken(candidate, taken)) return utf8(candidate);
    }
}

SheetNameProblem sheet_name_problem(std::string_view name, const SheetNames& taken) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), std::int32_t(name.size())));
    if (u.isEmpty()) return SheetNameProblem::Empty;
    if (u.length() > max_name_units) return SheetNameProblem::TooLong;
    for (std::int32_t i = 0; i < u.length(); ++i) {
        UChar c = u.charAt(i);
        if (forbidden(c)) return SheetNameProblem::ForbiddenChar;
        if (c < 0x20 || c == 0x7F) return SheetNameProblem::ControlChar;
    }
    if (u.charAt(0) == '\'' || u.charAt(u.length() - 1) == '\'') return SheetNameProblem::Apostrophe;
    if (is_taken(u, taken)) return SheetNameProblem::Taken;
    return SheetNameProblem::None;
}

}  // namespace sk
