// The finding codes and everything that depends on the code alone, in one
// table: its name in reports, its severity, which finding wins at a cell, and
// what `fix` may do about it. A new code is one enumerator and one row here
// (DESIGN.md: "How to add a finding code").
#pragma once

#include <cstddef>
#include <iterator>

namespace sk::check {

enum class Code {
    TotalMismatch,
    TotalRounding,
    FormulaRangeGap,
    FormulaStaleValue,
    NumberAsText,
    AmbiguousNumber,
    HardcodedTotal,
    BalanceMismatch,
    PercentMismatch,
    DifferenceMismatch,
    TotalUnproven,
    UnreadableFile,  // stays last: code_count counts to it; a new code goes above it
};

enum class Severity { Info, Warning, Error };

// What `fix` may change at a finding of the code (never a cell it cannot prove).
enum class FixChange {
    Nothing,       // the cell is left as it is (marked for a person when it is a warning or an error)
    TextToNumber,  // a text amount whose reading is certain becomes the same number
    WrongTotal,    // a total proven wrong becomes a formula computing the tree's sum
    TypedTotal,    // a right typed total becomes a formula of the same value
};

struct CodeInfo {
    Code code;
    const char* name;      // "total-mismatch", as in DESIGN.md and the JSON report
    const char* title_sv;  // what a user reads: "Summan stämmer inte"
    const char* title_en;  // "Total does not add up"
    Severity severity;
    // When one cell has several findings, the lowest rank stays: a stale
    // value or a short range explains a wrong total, a wrong total outranks
    // the notes about its text or its typed constant.
    int rank;
    FixChange fix;
    bool about_total;  // the finding is at a total and `summed` holds its items
};

inline constexpr CodeInfo code_table[] = {
    {Code::TotalMismatch, "total-mismatch", "Summan stämmer inte", "Total does not add up",
     Severity::Error, 3, FixChange::WrongTotal, true},
    {Code::TotalRounding, "total-rounding", "Avrundning", "Rounding",
     Severity::Warning, 5, FixChange::Nothing, true},
    {Code::FormulaRangeGap, "formula-range-gap", "Formeln missar rader", "Formula misses rows",
     Severity::Error, 1, FixChange::WrongTotal, true},
    {Code::FormulaStaleValue, "formula-stale-value", "Formelns värde är inaktuellt", "Stale formula value",
     Severity::Error, 0, FixChange::WrongTotal, true},
    {Code::NumberAsText, "number-as-text", "Belopp som text", "Amount stored as text",
     Severity::Warning, 9, FixChange::TextToNumber, false},
    {Code::AmbiguousNumber, "ambiguous-number", "Tvetydigt tal", "Ambiguous number",
     Severity::Warning, 8, FixChange::Nothing, false},
    {Code::HardcodedTotal, "hardcoded-total", "Inskriven summa", "Typed total",
     Severity::Info, 10, FixChange::TypedTotal, true},
    {Code::BalanceMismatch, "balance-mismatch", "Saldot stämmer inte", "Balance does not add up",
     Severity::Error, 2, FixChange::Nothing, false},
    {Code::PercentMismatch, "percent-mismatch", "Andelen stämmer inte", "Percentage does not match",
     Severity::Warning, 6, FixChange::Nothing, false},
    {Code::DifferenceMismatch, "difference-mismatch", "Skillnaden stämmer inte", "Difference does not match",
     Severity::Error, 4, FixChange::Nothing, false},
    {Code::TotalUnproven, "total-unproven", "Summan kan inte bedömas", "Total cannot be judged",
     Severity::Info, 7, FixChange::Nothing, false},
    {Code::UnreadableFile, "unreadable-file", "Filen kan inte läsas", "File cannot be read",
     Severity::Error, 11, FixChange::Nothing, false},
};

// How many codes there are: the enum's last code + 1, and one row each above.
inline constexpr std::size_t code_count = static_cast<std::size_t>(Code::UnreadableFile) + 1;

namespace detail {
constexpr bool rows_in_enum_order() {
    for (std::size_t i = 0; i < std::size(code_table); ++i)
        if (static_cast<std::size_t>(code_table[i].code) != i) return false;
    return true;
}
constexpr bool ranks_distinct() {
    for (const CodeInfo& a : code_table)
        for (const CodeInfo& b : code_table)
            if (&a != &b && a.rank == b.rank) return false;
    return true;
}
}  // namespace detail

static_assert(std::size(code_table) == code_count, "one row of code_table per Code");
static_assert(detail::rows_in_enum_order(), "code_table's rows in the order of the enum");
static_assert(detail::ranks_distinct(), "two codes with one rank: which finding stays at a cell is undecided");

constexpr const CodeInfo& info(Code c) { return code_table[static_cast<std::size_t>(c)]; }
constexpr const char* code_name(Code c) { return info(c).name; }
constexpr Severity severity_of(Code c) { return info(c).severity; }
constexpr int rank(Code c) { return info(c).rank; }
constexpr FixChange fix_change(Code c) { return info(c).fix; }

// The code at `i` (0 ≤ i < code_count): for tables with a column per code.
constexpr Code code_at(std::size_t i) { return code_table[i].code; }

const char* severity_name(Severity s);  // "error", "warning", "info"

}  // namespace sk::check
