// Helpers for the converter's tests: a sample converted in memory, its cells
// by address, and SUM formulas evaluated the way a spreadsheet does.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "convert/convert.hpp"
#include "read/read_workbook.hpp"

namespace sk::test {

inline std::string sample(const std::string& name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/" + name; }

// The sample converted as `summakoll convert` does it.
inline NewWorkbook converted(const std::string& name) {
    Workbook wb = read_workbook(sample(name));
    return convert::convert_workbook(wb, check::check_workbook(wb), convert::ConvertOptions{});
}

inline const NewSheet* sheet_named(const NewWorkbook& wb, const std::string& name) {
    for (const NewSheet& s : wb.sheets)
        if (s.name == name) return &s;
    return nullptr;
}

inline const NewCell* cell_at(const NewSheet& s, const std::string& address) {
    std::uint32_t r = 0, c = 0;
    if (!parse_a1(address, r, c)) return nullptr;
    for (const NewCell& x : s.cells)
        if (x.row == r && x.col == c) return &x;
    return nullptr;
}

// The number a cell shows: its value, or a formula's cached value.
inline std::optional<double> number_of(const NewCell& c) {
    if (const double* d = std::get_if<double>(&c.value)) return *d;
    if (const Formula* f = std::get_if<Formula>(&c.value))
        if (const double* d = std::get_if<double>(&f->cached)) return *d;
    return std::nullopt;
}

inline const Formula* formula_of(const NewCell& c) { return std::get_if<Formula>(&c.value); }

// SUM(ranges) over the sheet's numbers and formulas' cached values (text counts 0).
inline std::optional<double> evaluate_sum(const NewSheet& s, const std::string& formula) {
    if (formula.rfind("SUM(", 0) != 0 || formula.back() != ')') return std::nullopt;
    double sum = 0;
    std::string args = formula.substr(4, formula.size() - 5);
    std::size_t start = 0;
    while (start <= args.size()) {
        std::size_t comma = args.find(',', start);
        std::string part = args.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        std::optional<Range> r = parse_range(part);
        if (!r) return std::nullopt;
        for (const NewCell& c : s.cells)
            if (r->contains(c.row, c.col))
                if (std::optional<double> v = number_of(c)) sum += *v;
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return sum;
}

}  // namespace sk::test
