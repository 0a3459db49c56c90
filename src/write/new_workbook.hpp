// A workbook to be written from scratch: plain values that say what goes in
// each cell, how it looks, and how the sheet is viewed and printed. The writer
// (write/write_xlsx.hpp) turns it into an .xlsx that Excel and LibreOffice open
// without a repair prompt.
//
// Example:
//
//     sk::NewWorkbook wb;
//     sk::StyleId head = wb.style({.bold = true, .fill_rgb = 0xDDEBF7});
//     sk::StyleId kr = wb.style({.num_format = "#,##0 \"kr\""});
//     sk::NewSheet& s = wb.add_sheet("Fördelning 2026");   // made legal and unique
//     s.set_text(0, 0, "Kommun", head);
//     s.set_text(0, 1, "Belopp", head);
//     s.set_text(1, 0, "Berg");    s.set_number(1, 1, 1150000, kr);
//     s.set_text(2, 0, "Bräcke");  s.set_number(2, 1, 830000, kr);
//     s.set_text(3, 0, "Totalt", head);
//     s.set_formula(3, 1, "SUM(B2:B3)", 1980000.0, kr);
//     s.freeze_rows = 1;
//     s.print_title_rows = 1;
//     s.column_widths[0] = 24;
//     sk::write_xlsx(wb, "fordelning.xlsx");              // throws sk::WriteError
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "grid/grid.hpp"
#include "base/lang.hpp"

namespace sk {

// How a cell looks. Equal descriptions share one cellXfs entry.
struct CellStyle {
    std::string num_format{};               // Excel format code: "#,##0 \"kr\"", "0.0%", "[$-41D]d mmmm yyyy"; "" = General
    bool bold = false;
    bool underline = false;                 // e.g. for link cells
    std::optional<std::uint32_t> font_rgb = std::nullopt;  // 0xRRGGBB; none = automatic (black)
    std::optional<std::uint32_t> fill_rgb = std::nullopt;  // 0xRRGGBB solid fill; none = no fill
    bool wrap = false;                      // wrap text in the cell
    std::uint8_t indent = 0;                // left indent in Excel's steps (0–250)
    bool operator==(const CellStyle&) const = default;
};

// Index into NewWorkbook::styles; 0 is the default look.
using StyleId = std::uint32_t;

// The value a formula had when written (Excel shows it until it recalculates).
using CachedValue = std::variant<double, std::string, bool>;

struct Formula {
    std::string text;  // without the leading '=' (one given is dropped): "SUM(B2:B9)"
    CachedValue cached = 0.0;
};

// std::monostate: an empty cell that only carries a style (a filled gap).
// An empty text is written the same way (and left out when unstyled).
using CellValue = std::variant<std::monostate, double, std::string, bool, Formula>;

struct NewCell {
    std::uint32_t row = 0;  // 0-based
    std::uint32_t col = 0;  // 0-based
    CellValue value;
    StyleId style = 0;
};

// A4 paper, landscape, every column on one page width (as many pages down as
// needed) — how meeting papers are printed.
struct PageSetup {
    bool a4 = true;
    bool landscape = true;
    bool fit_to_width = true;
    std::string footer;  // Excel's footer codes (page_footer), "" none
};

// The printed footer: the file's name on the left, "Sida 2 av 5" on the right.
inline std::string page_footer(Lang lang) {
    return lang == Lang::Sv ? "&L&F&RSida &P av &N" : "&L&F&RPage &P of &N";
}

struct NewSheet {
    std::string name;             // ≤ 31 characters, none of []:*?/\ , unique in the workbook
    std::vector<NewCell> cells;   // any order; at most one cell per address
    std::map<std::uint32_t, double> column_widths;  // 0-based column → width in characters (Excel's Column Width)
    std::map<std::uint32_t, double> row_heights;    // 0-based row → height in points (fit_wrapped_rows)
    std::uint32_t freeze_rows = 0;       // rows kept in view at the top (0 = none)
    std::uint32_t freeze_cols = 0;       // columns kept in view at the left
    std::optional<Range> autofilter;     // filter buttons on the range's first row
    std::vector<Range> merged;           // merged cell ranges, none overlapping
    std::uint32_t print_title_rows = 0;  // rows 1..N repeated at the top of every printed page
    std::optional<PageSetup> page = PageSetup{};  // none = Excel's defaults (Letter/A4 by locale, portrait)

    void set_number(std::uint32_t row, std::uint32_t col, double v, StyleId style = 0);
    void set_text(std::uint32_t row, std::uint32_t col, std::string v, StyleId style = 0);
    void set_bool(std::uint32_t row, std::uint32_t col, bool v, StyleId style = 0);
    void set_formula(std::uint32_t row, std::uint32_t col, std::string formula, CachedValue cached, StyleId style = 0);
    void set_blank(std::uint32_t row, std::uint32_t col, StyleId style);
};

// Sheet names in use, compared as Excel compares them: ignoring case. A
// lookup is a search in a set of folded names, so naming sheet after sheet
// stays linear in the number of sheets.
class SheetNames {
public:
    SheetNames() = default;
    SheetNames(std::initializer_list<std::string_view> names) {
        for (std::string_view n : names) add(n);
    }
    void add(std::string_view name);
    bool has(std::string_view name) const;  // also "History", which Excel reserves

private:
    std::set<std::string> folded_;
};

struct NewWorkbook {
    std::vector<NewSheet> sheets;           // in tab order; the first is the active tab
    std::vector<CellStyle> styles{CellStyle{}};  // StyleId → look; index 0 is the default
    std::string creator = "summakoll";      // docProps/core.xml dc:creator
    std::string created_utc;                // "2026-03-27T10:00:00Z"; empty = now
    bool recalc_on_open = false;            // ask Excel/LibreOffice to recompute every formula on load

    // The id of `style`, added once: equal styles share an id.
    StyleId style(const CellStyle& style);
    // A new sheet named `wanted` made legal and unique (legal_sheet_name).
    // The reference stays valid until the next add_sheet.
    NewSheet& add_sheet(std::string_view wanted);
    SheetNames sheet_names;  // of `sheets`, kept by add_sheet
};

// `wanted` as a legal, unique sheet name: each of []:*?/\ becomes "-", line
// breaks become spaces, leading/trailing apostrophes and spaces are trimmed,
// it is cut to 31 characters (never inside a character), an empty result
// becomes "Blad", and a name already in `taken` (compared ignoring case, as
// Excel does; "History" is reserved) gets " (2)", " (3)" … within the 31.
std::string legal_sheet_name(std::string_view wanted, const SheetNames& taken);

enum class SheetNameProblem { None, Empty, TooLong, ForbiddenChar, ControlChar, Apostrophe, Taken };

// Why `name` cannot be a sheet name (None when it can); `taken` as above.
// The writer refuses a hand-set illegal name with it.
SheetNameProblem sheet_name_problem(std::string_view name, const SheetNames& taken);

}  // namespace sk
