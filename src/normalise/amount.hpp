// The number normaliser: one reading of a Swedish amount, percentage or plain
// number from a cell's text, or a clear refusal. Every later stage reads
// numbers through here, so a date, a code or a phone number never becomes money.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sk::num {

enum class Unit : std::uint8_t { None, Kr, Percent };

// What the table finder knows about the column a text sits in.
enum class ColumnKind {
    Unknown,    // no hint
    Amount,     // kronor: bare digits are kronor
    Thousands,  // "Belopp (tkr)", "Angivet i tusental kronor": bare numbers ×1 000
    Millions,   // "mkr", "Belopp (mnkr)": bare numbers ×1 000 000
    Percent,    // bare numbers are percent points
    Count,      // persons, visits: plain whole numbers
    Code,       // Kod, Länskod, kommunkod: never an amount
    Year,       // År: never an amount
    Rate,       // "Kr per invånare", "Genomsnitt": a number per head or an average, never summed
};

struct ColumnHint {
    ColumnKind kind = ColumnKind::Unknown;
    // Decides "1.000" / "1,234": true when the column's other cells show "."
    // as grouping (1.000 = one thousand), false when "," / "." is a decimal.
    enum class Separator { Unknown, DotGroups, CommaGroups } separator = Separator::Unknown;
};

struct Reading {
    double value = 0;        // kronor for amounts, a fraction for percent (12,7 % → 0.127)
    Unit unit = Unit::None;
    double scale = 1;        // the factor applied (1, 1e3 for tkr, 1e6 for mkr, 1e9 for miljarder)
    bool approx = false;     // "ca", "cirka", "~"
    // Decimals of `value` in its unit as written ("12,7 %" → 1, "1 234,50 kr" → 2),
    // for formatting back; the scale absorbs decimals ("2,48 mkr" → 0).
    int decimals = 0;
    // The place of the last digit as written, in kronor: what rounding may
    // have left out ("196 tkr" → 1 000, "2,48 mkr" → 10 000, "1 234,50 kr" → 0.01).
    double step = 1;
};

enum class Status {
    Number,     // one reading, in `reading`
    Ambiguous,  // two or more readings in `candidates`: never convert silently
    Composite,  // several numbers in one cell ("148/10", "20,1/1,4"): `parts` holds them
    Rejected,   // not a number: `reason` says why
    Empty,      // blank, only spaces, or a lone dash ("-", "–", "−": nothing entered)
};

enum class Rejection {
    None,
    Date,          // 2024-03-27, 27/3 2024
    Code,          // 0114, S2024/00330, a value in a code column
    Phone,         // 08-405 10 00
    Ratio,         // 1:8
    Words,         // leftover words: "Page 57 of 68"
    Malformed,     // separators in impossible places, two signs, …
    Year,          // a year in a year column
    Time,          // 13:00
    Range,         // 2012–2023, 0–25: two numbers joined by a dash; `parts` holds them
};

struct Parsed {
    Status status = Status::Empty;
    Reading reading;                    // Status::Number
    std::vector<Reading> candidates;    // Status::Ambiguous, most likely first
    // Status::Composite: the texts of the parts (spaces and dashes normalised, case folded).
    // Also filled for Rejection::Range, and for an Ambiguous year + amount
    // ("2022 725 000" → "2022", "725 000") so a caller can split the cell.
    std::vector<std::string> parts;
    Rejection reason = Rejection::None; // Status::Rejected

    bool ok() const { return status == Status::Number; }
};

// Reads one cell's text. Thread-safe; no allocation on the fast path beyond the result.
Parsed parse(std::string_view text, const ColumnHint& hint = {});

// The reading in words for messages: "1 150 000 kr", "12,7 %", "−8 436 kr".
// Uses ICU's sv-SE formatter; amounts with decimals keep up to two.
std::string format(double value, Unit unit, int decimals = 0);
inline std::string format(const Reading& r) { return format(r.value, r.unit, r.decimals); }

// The reading in its written scale, for showing beside the kronor:
// "1 150 tkr", "2,48 mkr", "14,1 miljarder kr"; empty when no scale was applied.
std::string format_in_scale(const Reading& r);

// Words for a rejection in the chosen language ("ett datum", "a date").
const char* rejection_name(Rejection r, bool swedish);
// A stable English key for scripts and JSON ("date", "code", …; "none").
const char* rejection_code(Rejection r);

}  // namespace sk::num
