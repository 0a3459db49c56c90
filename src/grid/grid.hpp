// The one model in the middle of the pipeline: a workbook of sheets of sparse
// cells. Every reader (xlsx, docx, csv) produces it; the normaliser, table
// finder, checker and fixer only ever see it.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "grid/cell_text.hpp"

namespace sk {

enum class CellType : std::uint8_t { Empty, Number, Text, Bool, Error };

// Style hints the checker uses; one entry per xf in the source workbook so
// that a cell's style index is the file's own `s` attribute.
struct StyleHint {
    std::uint32_t num_fmt_id = 0;
    std::string num_format;  // format code, e.g. "General", "#,##0 \"kr\""
    bool is_date = false;    // the format displays a date or time
    bool bold = false;
    bool filled = false;     // a solid/pattern fill other than none/gray125
    std::uint8_t indent = 0;
};

struct Cell {
    std::uint32_t row = 0;  // 0-based
    std::uint32_t col = 0;  // 0-based
    CellType type = CellType::Empty;
    bool boolean = false;
    bool is_date = false;   // a number shown as a date by its format
    std::uint32_t style = 0;  // index into Workbook::styles
    double number = 0;
    CellText text;     // the text as the file holds it (number: its <v> spelling)
    RareText formula;  // formula text without '=', empty when none; the
                       // value fields then hold the cached value
};

struct Range {
    std::uint32_t first_row = 0, first_col = 0, last_row = 0, last_col = 0;  // inclusive, 0-based
    bool contains(std::uint32_t r, std::uint32_t c) const {
        return r >= first_row && r <= last_row && c >= first_col && c <= last_col;
    }
};

enum class Visibility : std::uint8_t { Visible, Hidden, VeryHidden };

struct Sheet {
    std::string name;
    Visibility visibility = Visibility::Visible;
    std::string part;  // package part the sheet came from ("xl/worksheets/sheet1.xml"); empty for docx/csv
    std::string source;  // that part's XML, only when ReadLimits::keep_sheet_xml asked for it
    bool nested = false;  // docx: a table inside a cell of another table (it follows its parent)
    // Word and PDF: the paragraph right above the table, after the table
    // before it, when it is short enough to be a heading (read/table_heading.hpp).
    // A converted table's sheet is named after it.
    std::string heading;
    // PDF: where each row of the grid was printed ("s. 3, rad 12"), by row; empty for other formats.
    std::vector<std::string> row_origins;
    std::vector<Cell> cells;  // row-major order: sorted by (row, col), no duplicates
    std::vector<Range> merged;

    // Where each row's cells start in `cells` (row r: [row_start[r],
    // row_start[r + 1])), made by index_rows(). Empty, or stale after
    // `cells` changed size, means find() and row_cells() search instead.
    std::vector<std::uint32_t> row_start;

    // The cell at (row, col), or nullptr. O(cells in the row) when indexed, else O(log n).
    const Cell* find(std::uint32_t row, std::uint32_t col) const;
    // Cells of one row as [begin, end) pointers into `cells`.
    std::pair<const Cell*, const Cell*> row_cells(std::uint32_t row) const;
    std::uint32_t max_row() const { return cells.empty() ? 0 : cells.back().row; }
    // Builds row_start once the cells are final (the readers call it). A
    // sheet whose rows are far sparser than its cells is left to the search.
    void index_rows();
};

enum class SourceFormat : std::uint8_t { Xlsx, Docx, Csv, Ods, Xls, Pdf };

// "xlsx", "docx", "csv", "ods", "xls", "pdf".
const char* format_name(SourceFormat f);

// What a file of a format gives the stages after reading. They ask this, not
// which format the file is, so a new reader says what it can in one place.
struct Capabilities {
    bool typed_cells;      // numbers are stored as numbers: an amount typed as text is worth a finding
    bool formulas;         // totals can be formulas: a typed constant total is worth a note
    bool patch_in_place;   // `fix` edits the file's own parts (else it converts to .xlsx first)
    bool numbered_tables;  // tables of a document ("Tabell 2"), not named sheets
    bool prose;            // the text around the tables is read (headings, stated amounts)
    bool cell_links;       // a link to one of its cells opens it there (a converted sheet links back)
};
Capabilities capabilities(SourceFormat file_format);

struct Workbook {
    std::string path;
    // The cell model the checks follow: Xlsx (typed cells and formulas), Docx
    // (tables of text) or Csv. An .ods or .xls is read into the xlsx model.
    SourceFormat format = SourceFormat::Xlsx;
    // The file's own format when it is not `format` (Ods, Xls, Pdf).
    std::optional<SourceFormat> origin;
    std::vector<Sheet> sheets;      // in workbook order; for docx one per table ("Tabell 1", …)
    std::vector<StyleHint> styles;  // index 0 always exists (the default style)
    bool date1904 = false;          // date serials count from 1904 (old Mac workbooks)
    // The document's text outside its tables, a paragraph each, in order,
    // when the format has it (Capabilities::prose): what compare holds
    // against the tables, read once with them.
    std::vector<std::string> prose;
    // PDF: the figures of the lines outside the tables that read as table rows
    // ("Totalt 1 560 000 000" below a table that ended above it), as printed:
    // figures of the document the text may quote, never amounts it states.
    std::vector<std::string> loose_figures;

    SourceFormat file_format() const { return origin.value_or(format); }
    Capabilities can() const { return capabilities(file_format()); }
    const StyleHint& style_of(const Cell& c) const {
        return c.style < styles.size() ? styles[c.style] : styles.front();
    }

    // The first sheet named `name`, or nullptr. The names are indexed on
    // first use and again when sheets are added: a search per finding made
    // a workbook of 20 000 sheets quadratic. Not for use from two threads.
    const Sheet* sheet(std::string_view name) const;
    Sheet* sheet(std::string_view name) {
        return const_cast<Sheet*>(static_cast<const Workbook&>(*this).sheet(name));
    }
    mutable std::unordered_map<std::string, std::size_t> sheet_numbers;  // sheet(): name → index in `sheets`
};

// "A1" addresses. Column 0 = "A".
std::string column_name(std::uint32_t col);
std::string a1(std::uint32_t row, std::uint32_t col);
std::string a1(const Range& r);  // "B2:C5", or "B2" for a single cell
// Parses "B12" / "$B$12" (no sheet part). Returns false on anything else.
bool parse_a1(std::string_view s, std::uint32_t& row, std::uint32_t& col);
// Parses "B2:C5" or a single cell.
std::optional<Range> parse_range(std::string_view s);

const char* type_name(CellType t);  // "empty", "number", "text", "bool", "error"

// Excel's largest sheet: 1 048 576 rows × 16 384 columns.
inline constexpr std::uint32_t max_rows = 1048576;
inline constexpr std::uint32_t max_cols = 16384;

}  // namespace sk
