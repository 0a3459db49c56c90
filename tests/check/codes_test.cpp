#include <doctest/doctest.h>

#include <set>
#include <string>

#include "check/codes.hpp"

using namespace sk::check;

TEST_CASE("code table: one distinct kebab-case name per code, found again by name") {
    std::set<std::string> names;
    for (std::size_t i = 0; i < code_count; ++i) {
        std::string name = code_name(code_at(i));
        CHECK(name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-") == std::string::npos);
        CHECK(names.insert(name).second);
    }
    CHECK(names.size() == code_count);
    CHECK(std::string(code_name(Code::UnreadableFile)) == "unreadable-file");
}

TEST_CASE("code table: the severities of DESIGN.md's table") {
    CHECK(severity_of(Code::TotalMismatch) == Severity::Error);
    CHECK(severity_of(Code::TotalRounding) == Severity::Warning);
    CHECK(severity_of(Code::HardcodedTotal) == Severity::Info);
    CHECK(severity_of(Code::TotalUnproven) == Severity::Info);
    CHECK(severity_of(Code::DifferenceMismatch) == Severity::Error);
}

TEST_CASE("code table: a finding that explains a wrong total outranks it, which outranks notes") {
    CHECK(rank(Code::FormulaStaleValue) < rank(Code::TotalMismatch));
    CHECK(rank(Code::FormulaRangeGap) < rank(Code::TotalMismatch));
    CHECK(rank(Code::TotalMismatch) < rank(Code::NumberAsText));
    CHECK(rank(Code::TotalMismatch) < rank(Code::HardcodedTotal));
}

TEST_CASE("code table: what fix may change") {
    CHECK(fix_change(Code::NumberAsText) == FixChange::TextToNumber);
    CHECK(fix_change(Code::HardcodedTotal) == FixChange::TypedTotal);
    CHECK(fix_change(Code::FormulaRangeGap) == FixChange::WrongTotal);
    // Never a change where the check could not prove the right value.
    CHECK(fix_change(Code::AmbiguousNumber) == FixChange::Nothing);
    CHECK(fix_change(Code::TotalUnproven) == FixChange::Nothing);
    CHECK(fix_change(Code::TotalRounding) == FixChange::Nothing);
}
