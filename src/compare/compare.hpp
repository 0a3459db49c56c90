// `summakoll compare A B`: for each table of A the table of B that covers the
// same rows, rows matched by key (kommun or län code, names of places and
// actors), columns by header words and years, amounts compared in kronor
// (tkr and mkr columns scaled). Nothing is guessed: a row that could be
// several rows of the other table is reported as ambiguous, not compared.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "compare/keyed_table.hpp"
#include "compare/text_amounts.hpp"
#include "grid/grid.hpp"

namespace sk::compare {

enum class KeyKind : std::uint8_t { Code, Name, Column };
const char* key_kind_name(KeyKind k);  // "code", "name", "column"

enum class DiffKind : std::uint8_t {
    AmountDiffers,  // the same row and column, different amounts
    OnlyInA,        // a row of A's table that B's table does not have
    OnlyInB,
    Ambiguous,      // a row that matches several rows of the other table: not compared
};
const char* diff_kind_name(DiffKind k);  // "amount-differs", "only-in-a", "only-in-b", "ambiguous"

struct Difference {
    DiffKind kind = DiffKind::AmountDiffers;
    std::string label;                       // the row's name (A's when both)
    std::optional<std::string> a_cell, b_cell;  // A1 addresses: the amounts, or the row's label cell
    std::optional<double> a, b;              // kronor
    std::optional<std::string> a_header, b_header;  // the column, for an amount
    std::vector<std::string> candidates;     // Ambiguous: the other side's cells it could be
    bool ambiguous_in_b = false;             // Ambiguous: the row is A's (false) or B's (true)
    double difference() const { return b.value_or(0) - a.value_or(0); }
};

struct ColumnPair {
    std::size_t a = 0, b = 0;   // indexes into the tables' columns
    double a_total = 0, b_total = 0;  // the compared rows' items (not their totals) on each side
    std::size_t compared = 0;   // rows whose amounts were compared in this column
    std::size_t rounded = 0;    // of those, equal only within the coarser column's rounding (tkr vs kr)
};

struct RowPair {
    std::size_t a = 0, b = 0;   // indexes into the tables' rows
};

struct TablePair {
    std::size_t a = 0, b = 0;   // indexes into Comparison::a_tables, b_tables
    KeyKind key = KeyKind::Name;
    std::vector<ColumnPair> columns;
    std::vector<RowPair> rows;
    std::vector<std::size_t> a_columns_alone, b_columns_alone;  // columns with no counterpart
    std::vector<Difference> differences;
    // A table that quotes some rows of a bigger one (a municipality's own row
    // of the national table): the other side's remaining rows are no difference.
    std::size_t b_rows_not_quoted = 0, a_rows_not_quoted = 0;
};

// A Word or PDF document's sentences against its own tables.
struct TextReport {
    std::string path;
    TextCheck check;
};

struct Comparison {
    std::string a_path, b_path;  // b_path empty: A's text against its tables only
    std::vector<KeyedTable> a_tables, b_tables;
    std::vector<TablePair> pairs;
    std::vector<std::size_t> a_alone, b_alone;  // tables with no counterpart
    // A table of A that two tables of B cover equally well: not compared.
    std::vector<std::pair<std::size_t, std::vector<std::size_t>>> ambiguous_tables;
    std::vector<TextReport> texts;  // one per Word or PDF file compared

    // Differences, ambiguous tables, text mismatches, and pairs of tables
    // with no column in common (nothing compared).
    std::size_t difference_count() const;
};

struct CompareOptions {
    std::optional<std::string> key_column;  // --nyckel
};

Comparison compare_workbooks(const Workbook& a, const Workbook& b, const CompareOptions& options = {});

// `compare A` alone: the text of a Word or PDF document against its own tables.
Comparison compare_text(const Workbook& a);

}  // namespace sk::compare
