// One thing the checker found, at one cell, with what the fixer needs to put
// it right (the summed cells and the value they give).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "check/codes.hpp"
#include "grid/grid.hpp"
#include "normalise/amount.hpp"
#include "tables/blocks.hpp"

namespace sk::check {

// Why a total could not be judged (total-unproven).
enum class Unproven : std::uint8_t {
    Ambiguous,    // an item can be read two ways
    WeakReading,  // no reading explains it, and none is well supported by labels and layout
    FollowsFrom,  // it is right once the wrong totals it adds (caused_by) are put right
};

// What only some findings have, out of line: a check of a million rows
// makes hundreds of thousands of findings, and most need none of it.
struct FindingDetails {
    std::string header;         // a row total: its column's header ("Totalt belopp")
    std::string formula;        // the formula as written (formula findings)
    std::string detail;         // unreadable-file: the reader's one-line reason
    std::vector<Range> missed;  // formula-range-gap: the cells the range leaves out
    std::vector<double> candidates;  // ambiguous-number: the readings
    std::optional<double> received;  // balance-mismatch: the received amount
    std::optional<double> spent;     // balance-mismatch: the total spent
    std::vector<Range> caused_by;    // total-unproven, FollowsFrom: the wrong totals it adds
};

struct Finding {
    Code code = Code::TotalMismatch;
    Severity severity = Severity::Error;
    num::Unit unit = num::Unit::Kr;
    Unproven unproven = Unproven::WeakReading;
    bool by_sections = false;    // a grand total that matched its section totals, not the items
    // The check could not prove what the cell should hold (statistics, a
    // table quoted from elsewhere, an ambiguous item, a weak reading): fix
    // marks the cell for a person and never changes it.
    bool for_person = false;
    // A total the fixer may rewrite (wrong or typed): what the numbers of its
    // column measure, from the first block of whole cells in the column that
    // holds its row (Skip when none does). Unset on findings made elsewhere:
    // fix then finds the blocks itself.
    std::optional<tables::Measure> column_measure;
    int decimals = 0;                // decimals to show for expected/actual
    std::uint32_t row = 0, col = 0;  // the cell, 0-based
    std::size_t components = 0;      // total findings: how many parts were summed
    std::string sheet;           // sheet name (a Word table: "Tabell N")
    // The cells whose values give `expected`: what a correct SUM covers.
    std::vector<Range> summed;
    std::optional<double> expected;  // what the cell should hold (kronor, or a fraction for percent)
    std::optional<double> actual;    // what it holds
    // What the cell's own number is multiplied by to give `expected` and
    // `actual` (1 000 in a "Belopp (tkr)" column): what fix divides by.
    double scale = 1;
    // Total findings: the most the items' and the total's rounding explains
    // (their unit's step each: 1 000 kr in a tkr column); 0 where no unit rounds.
    double rounding = 0;

    // Message parts.
    std::string label;           // the row's label as written ("Totalt:", "Riket")
    std::string text;            // a cell's text as written (number-as-text, ambiguous-number)
    std::string fixed_formula;   // the formula that gives `expected` ("SUM(E20:E22)"), when there is one
    std::optional<Range> total_cell;  // number-as-text: the total that skips this text
    std::optional<double> excel_shows; // number-as-text: what Excel's SUM shows in total_cell
    std::optional<double> total_value; // number-as-text: what total_cell gives with the text counted
    // A composite cell ("5975/453"): which of its numbers the finding is
    // about (0 = the first), its text in `text`. Nothing can be written back
    // into such a cell: the fixer leaves it to the user.
    std::optional<std::size_t> part;
    // Total findings: the reading the expected value comes from ("items",
    // "group-headers", "leaves", "sections", "formula", …), for the reports:
    // always one of those words, never freed.
    std::string_view basis;

    // The details, empty ones when none were filled in.
    const FindingDetails& details() const;
    // The details to fill in, made on first use.
    FindingDetails& edit_details();

private:
    // Copied with the finding, as if held by value.
    struct Held {
        std::unique_ptr<FindingDetails> p;
        Held() = default;
        Held(const Held& o) : p(o.p ? std::make_unique<FindingDetails>(*o.p) : nullptr) {}
        Held& operator=(const Held& o) {
            p = o.p ? std::make_unique<FindingDetails>(*o.p) : nullptr;
            return *this;
        }
        Held(Held&&) noexcept = default;
        Held& operator=(Held&&) noexcept = default;
    } details_;
};

// "E20:E21" or "E3, E7, E12"; empty when nothing was summed.
std::string ranges_a1(const std::vector<Range>& ranges);

// Rows (or columns) collapsed into as few ranges as possible, in order.
std::vector<Range> column_ranges(std::uint32_t col, const std::vector<std::uint32_t>& rows);
std::vector<Range> row_ranges(std::uint32_t row, const std::vector<std::uint32_t>& cols);

}  // namespace sk::check
