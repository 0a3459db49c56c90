// One worksheet's edits as replacements of its bytes: cells found by row and
// column (locate), new values written into their place or a new row (insert),
// cells that shared a replaced formula given their own (shared formulas).
// Everything the sheet holds besides is kept byte for byte.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "fix/part_text.hpp"
#include "fix/styles_edit.hpp"
#include "fix/xlsx_patch.hpp"
#include "fix/xml_scan.hpp"
#include "grid/grid.hpp"

namespace sk::fix {

// What one sheet gets: its edits and its marks for a person.
struct SheetChanges {
    std::vector<const CellEdit*> edits;
    std::vector<const CellMark*> marks;
};

// The rows of a scanned sheet by number, for a binary search per cell. Rows
// come in order in every producer's files; a row written twice counts as its
// last copy.
class RowIndex {
public:
    explicit RowIndex(const SheetLayout& layout);
    // The row numbered `row`, or nullptr; with it the span of its cell in `col`, or nullptr.
    const CellSpan* find(std::uint32_t row, std::uint32_t col, const RowSpan*& found) const;
    // The first row numbered above `row`, or nullptr.
    const RowSpan* after(std::uint32_t row) const;

private:
    std::vector<const RowSpan*> rows_;
};

// A cell's XML with only its style changed: the start tag's s attribute
// replaced (or added), everything else kept byte for byte.
std::string restyled(std::string_view cell, std::uint32_t style);

// The replacement that puts `cell_xml` at (row, col): over its old cell, into
// its row in column order, into a self-closed row, or in a new row in order.
Replacement placed(const std::string& xml, const SheetLayout& layout, const RowIndex& rows, std::uint32_t row,
                   std::uint32_t col, const std::string& cell_xml);

// Replacements that give each cell sharing one of the formulas `masters`
// (their si) its own formula text from the grid; the cells in `edited` are
// being replaced already.
std::vector<Replacement> unshared_formulas(const std::string& xml, const std::string& prefix, const Sheet& sheet,
                                           const std::set<std::string>& masters,
                                           const std::set<std::pair<std::uint32_t, std::uint32_t>>& edited);

// Where a new child of <worksheet> goes: before the first child that the
// schema orders after it, else before </worksheet>.
std::size_t worksheet_child_at(const SheetLayout& layout, const std::vector<std::string>& later);

// Applies the edits of one sheet to its XML, as replacements of its bytes.
// With `notes`, the sheet needs a VML drawing for them: when it has no
// <legacyDrawing>, one is added that links the drawing add_notes makes.
// Returns whether the sheet had one already, and its r:id.
std::optional<std::string> edit_sheet(PartText& part, const Sheet& sheet, const SheetChanges& changes,
                                      StylesEdit& styles, bool notes);

}  // namespace sk::fix
