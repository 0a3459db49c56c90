// A table as `compare` sees it: its amount columns (as the table finder found
// them, scale applied) and its rows, each with the keys it can be matched by
// (a kommun or län code, the names in its label) and where it stands in the
// table's structure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "grid/grid.hpp"
#include "tables/blocks.hpp"
#include "tables/structure.hpp"

namespace sk::compare {

struct KeyedColumn {
    std::uint32_t col = 0;
    std::string header;           // as written, lines joined
    double scale = 1;             // 1, 1e3 (tkr), 1e6 (mkr)
    bool total_column = false;    // "Totalt belopp", "Summa"
};

struct KeyedRow {
    std::uint32_t row = 0;
    std::string label;                       // the row's name as written (may be empty)
    std::optional<std::string> code;         // "0114", "01"
    std::vector<std::string> name_keys;      // name_keys(label), or of the chosen key column
    std::vector<std::string> group_keys;     // the keys of the group the row belongs to (its top ancestor)
    std::vector<std::string> whole_keys;     // the keys of all the row's texts left of the amounts, together
    tables::Place place = tables::Place::Item;
    bool named = false;                      // an ordinary row (not a total, varav or comparison line)
    bool top_total = false;                  // a total in no group ("Totalt", "Totalt direkt fördelat …")
    // Per column of the table: the amount in kronor; nothing where the cell
    // is empty or not one number (an ambiguous text is never compared).
    std::vector<std::optional<double>> values;
    std::vector<bool> ambiguous;             // per column: the cell can be read two ways
};

struct KeyedTable {
    std::size_t sheet = 0;                   // index into Workbook::sheets
    std::string sheet_name;
    std::optional<std::uint32_t> header_row;
    std::uint32_t first_col = 0, last_col = 0;  // labels to amounts
    std::uint32_t first_row = 0, last_row = 0;
    std::vector<KeyedColumn> columns;
    std::vector<KeyedRow> rows;

    std::size_t coded_rows() const;
    std::size_t named_rows() const;
    std::string range_a1() const;           // "A3:F24"
};

// Every table of the workbook with amounts to compare. `key_column`, when
// given, names the column whose cells are the rows' keys (its header text,
// case and spacing aside, or its letter "B").
std::vector<KeyedTable> keyed_tables(const Workbook& wb, const std::optional<std::string>& key_column);

}  // namespace sk::compare
