// A cell's number as the user means it: a number cell as it is, a text cell
// read by the normaliser with its column's hint. Formula cells give their
// cached value.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "grid/grid.hpp"
#include "normalise/amount.hpp"

namespace sk::tables {

enum class ValueKind : std::uint8_t {
    Blank,      // empty, or a dash standing for nothing ("–", "-")
    Number,     // a number cell
    TextNumber, // a text cell the normaliser reads as one number (Excel's SUM skips it)
    Ambiguous,  // a text cell with several readings
    Code,       // a text the normaliser calls a code ("01", "0114"): a code column's value
    Composite,  // a text of several numbers ("148/10", "20,1/1,4"), each read: `parts`
    Text,       // anything else: words, dates, codes, errors
};

struct ValueReadings;

// A block holds one for each of its rows, so it is kept small (24 bytes):
// what only ambiguous and composite cells have lives out of line.
struct CellValue {
    double value = 0;              // kronor (column scale applied), a fraction for percent
    ValueKind kind = ValueKind::Blank;
    num::Unit unit = num::Unit::None;
    // A number typed as text: the power of ten of its last digit in kronor
    // ("196 tkr": 3, "2,48 mkr": 4), what rounding may have left out of it;
    // 0 otherwise (the column's unit applies).
    std::int8_t text_step_exp = 0;
    int decimals = 0;              // decimals shown, for percentages
    std::unique_ptr<ValueReadings> readings;  // Ambiguous and Composite only

    CellValue() = default;
    CellValue(const CellValue& other);
    CellValue& operator=(const CellValue& other);
    CellValue(CellValue&&) noexcept = default;
    CellValue& operator=(CellValue&&) noexcept = default;
    ~CellValue();

    // ValueKind::Ambiguous: the readings, most likely first; else empty.
    const std::vector<double>& candidates() const;
    // ValueKind::Composite: each number as a Number, left to right; else empty.
    const std::vector<CellValue>& parts() const;
    bool numeric() const { return kind == ValueKind::Number || kind == ValueKind::TextNumber; }
};

struct ValueReadings {
    std::vector<double> candidates;
    std::vector<CellValue> parts;
};

// `hint` is the cell's column hint; its scale (tkr, mkr) applies to number
// cells and bare text numbers alike.
CellValue cell_value(const Workbook& wb, const Cell* cell, const num::ColumnHint& hint);

// The scale a column kind puts on bare numbers (1, 1e3, 1e6).
double kind_scale(num::ColumnKind kind);

}  // namespace sk::tables
