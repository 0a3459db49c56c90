// One thing the checker found, at one cell, with what the fixer needs to put
// it right (the summed cells and the value they give).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "check/codes.hpp"
#include "grid/grid.hpp"
#include "normalise/amount.hpp"

namespace sk::check {

// Why a total could not be judged (total-unproven).
enum class Unproven : std::uint8_t {
    Ambiguous,    // an item can be read two ways
    WeakReading,  // no reading explains it, and none is well supported by labels and layout
    FollowsFrom,  // it is right once the wrong totals it adds (caused_by) are put right
};

struct Finding {
    Code code = Code::TotalMismatch;
    Severity severity = Severity::Error;
    std::string sheet;           // sheet name (a Word table: "Tabell N")
    std::uint32_t row = 0, col = 0;  // the cell, 0-based
    // The cells whose values give `expected`: what a correct SUM covers.
    std::vector<Range> summed;
    std::optional<double> expected;  // what the cell should hold (kronor, or a fraction for percent)
    std::optional<double> actual;    // what it holds
    // What the cell's own number is multiplied by to give `expected` and
    // `actual` (1 000 in a "Belopp (tkr)" column): what fix divides by.
    double scale = 1;
    num::Unit unit = num::Unit::Kr;
    int decimals = 0;                // decimals to show for expected/actual

    // Message parts.
    std::string label;           // the row's label as written ("Totalt:", "Riket")
    std::string header;          // a row total: its column's header ("Totalt belopp")
    std::string text;            // a cell's text as written (number-as-text, ambiguous-number)
    std::string formula;         // the formula as written (formula findings)
    std::string fixed_formula;   // the formula that gives `expected` ("SUM(E20:E22)"), when there is one
    std::optional<Range> total_cell;  // number-as-text: the total that skips this text
    std::optional<double> excel_shows; // number-as-text: what Excel's SUM shows in total_cell
    std::optional<double> total_value; // number-as-text: what total_cell gives with the text counted
    std::size_t components = 0;        // total findings: how many parts were summed
    double rounding = 0;               // total-rounding: the most the items' and the total's rounding explains
    std::vector<Range> missed;         // formula-range-gap: the cells the range leaves out
    std::vector<double> candidates;    // ambiguous-number: the readings
    std::string detail;          // unreadable-file: the reader's one-line reason
    bool by_sections = false;    // a grand total that matched its section totals, not the items
    std::optional<double> received;  // balance-mismatch: the received amount
    std::optional<double> spent;     // balance-mismatch: the total spent
    // A composite cell ("5975/453"): which of its numbers the finding is
    // about (0 = the first), its text in `text`. Nothing can be written back
    // into such a cell: the fixer leaves it to the user.
    std::optional<std::size_t> part;
    std::vector<Range> caused_by;      // total-unproven, FollowsFrom: the wrong totals it adds
    Unproven unproven = Unproven::WeakReading;
    // Total findings: the reading the expected value comes from ("items",
    // "group-headers", "leaves", "sections", "formula"), for the reports.
    std::string basis;
    // The check could not prove what the cell should hold (statistics, a
    // table quoted from elsewhere, an ambiguous item, a weak reading): fix
    // marks the cell for a person and never changes it.
    bool for_person = false;
};

// "E20:E21" or "E3, E7, E12"; empty when nothing was summed.
std::string ranges_a1(const std::vector<Range>& ranges);

// Rows (or columns) collapsed into as few ranges as possible, in order.
std::vector<Range> column_ranges(std::uint32_t col, const std::vector<std::uint32_t>& rows);
std::vector<Range> row_ranges(std::uint32_t row, const std::vector<std::uint32_t>& cols);

}  // namespace sk::check
