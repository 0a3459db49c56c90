#include "fix/sheet_edit.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>

#include "base/ooxml.hpp"
#include "fix/fix_error.hpp"
#include "write/xml_escape.hpp"

namespace sk::fix {

namespace {

std::string number_xml(double v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string cell_xml(const std::string& p, const CellEdit& e, std::uint32_t style) {
    std::string x = "<" + p + "c r=\"" + a1(e.row, e.col) + "\" s=\"" + std::to_string(style) + "\">";
    if (!e.formula.empty()) x += "<" + p + "f>" + xml_text(e.formula) + "</" + p + "f>";
    x += "<" + p + "v>" + number_xml(e.value) + "</" + p + "v></" + p + "c>";
    return x;
}

// The si of the shared formula a cell's XML starts, or "" when it starts none.
std::string shared_master(std::string_view cell) {
    if (cell.find("t=\"shared\"") == std::string_view::npos || cell.find("ref=\"") == std::string_view::npos) return {};
    return attribute(cell.substr(cell.find('<', 1)), "si");
}

}  // namespace

RowIndex::RowIndex(const SheetLayout& layout) {
    rows_.reserve(layout.rows.size());
    for (const RowSpan& r : layout.rows) rows_.push_back(&r);
    auto by_row = [](const RowSpan* a, const RowSpan* b) { return a->row < b->row; };
    if (!std::is_sorted(rows_.begin(), rows_.end(), by_row)) std::stable_sort(rows_.begin(), rows_.end(), by_row);
}

const RowSpan* RowIndex::after(std::uint32_t row) const {
    auto it = std::upper_bound(rows_.begin(), rows_.end(), row,
                               [](std::uint32_t x, const RowSpan* b) { return x < b->row; });
    return it == rows_.end() ? nullptr : *it;
}

const CellSpan* RowIndex::find(std::uint32_t row, std::uint32_t col, const RowSpan*& found) const {
    found = nullptr;
    auto it = std::upper_bound(rows_.begin(), rows_.end(), row,
                               [](std::uint32_t x, const RowSpan* b) { return x < b->row; });
    if (it == rows_.begin() || (*std::prev(it))->row != row) return nullptr;
    found = *std::prev(it);
    const CellSpan* span = nullptr;
    for (const CellSpan& c : found->cells)
        if (c.col == col) span = &c;
    return span;
}

std::string restyled(std::string_view cell, std::uint32_t style) {
    std::size_t tag_end = cell.find('>');
    std::string start(cell.substr(0, tag_end));
    bool self_closing = !start.empty() && start.back() == '/';
    if (self_closing) start.pop_back();
    for (std::size_t at = start.find(" s="); at != std::string::npos; at = start.find(" s=", at + 1)) {
        char quote = at + 3 < start.size() ? start[at + 3] : '"';
        std::size_t close = start.find(quote, at + 4);
        if (close == std::string::npos) break;
        start.erase(at, close + 1 - at);
        break;
    }
    return start + " s=\"" + std::to_string(style) + "\"" + (self_closing ? "/" : "") + std::string(cell.substr(tag_end));
}

Replacement placed(const std::string& xml, const SheetLayout& layout, const RowIndex& rows, std::uint32_t row_number,
                   std::uint32_t col, const std::string& text) {
    const RowSpan* row = nullptr;
    if (const CellSpan* span = rows.find(row_number, col, row)) return {span->begin, span->end, text};
    const std::string& p = layout.prefix;
    if (row && !row->self_closing) {
        std::size_t at = row->close_begin;
        for (const CellSpan& c : row->cells)
            if (c.col > col) {
                at = c.begin;
                break;
            }
        return {at, at, text};
    }
    if (row) {  // <row …/>: open it
        std::string open(xml, row->begin, row->end - row->begin - 2);
        return {row->begin, row->end, open + ">" + text + "</" + p + "row>"};
    }
    std::string row_xml = "<" + p + "row r=\"" + std::to_string(row_number + 1) + "\">" + text + "</" + p + "row>";
    if (layout.sheet_data_self_closing) {
        std::size_t tag_end = xml.find('>', layout.sheet_data_close) + 1;
        return {layout.sheet_data_close, tag_end, "<" + p + "sheetData>" + row_xml + "</" + p + "sheetData>"};
    }
    const RowSpan* next = rows.after(row_number);
    std::size_t at = next ? next->begin : layout.sheet_data_close;
    return {at, at, row_xml};
}

std::vector<Replacement> unshared_formulas(const std::string& xml, const std::string& prefix, const Sheet& sheet,
                                           const std::set<std::string>& masters,
                                           const std::set<std::pair<std::uint32_t, std::uint32_t>>& edited) {
    std::vector<Replacement> out;
    // These cells may be anywhere, so the scan looks at all of them.
    SheetLayout all_cells;
    if (!scan_sheet(xml, all_cells)) throw FixError(FixErrorKind::BrokenSheet, sheet.part, sheet.name);
    for (const RowSpan& r : all_cells.rows)
        for (const CellSpan& c : r.cells) {
            std::string_view old(xml.data() + c.begin, c.end - c.begin);
            std::size_t f = old.find("t=\"shared\"");
            if (f == std::string_view::npos || old.find("ref=\"") != std::string_view::npos) continue;
            std::size_t f_begin = old.rfind('<', f), f_end = old.find("/>", f);
            if (f_begin == std::string_view::npos || f_end == std::string_view::npos) continue;
            if (!masters.count(attribute(old.substr(f_begin, f_end - f_begin + 2), "si"))) continue;
            const Cell* cell = sheet.find(c.row, c.col);
            if (edited.count({c.row, c.col}) || !cell) continue;
            std::string text(old);
            text.replace(f_begin, f_end + 2 - f_begin, "<" + prefix + "f>" + xml_text(cell->formula) + "</" + prefix + "f>");
            out.push_back({c.begin, c.end, text});
        }
    return out;
}

std::size_t worksheet_child_at(const SheetLayout& layout, const std::vector<std::string>& later) {
    for (const auto& [name, offset] : layout.after_sheet_data)
        if (std::find(later.begin(), later.end(), name) != later.end()) return offset;
    return layout.worksheet_close;
}

std::optional<std::string> edit_sheet(PartText& part, const Sheet& sheet, const SheetChanges& changes,
                                      StylesEdit& styles, bool notes) {
    std::vector<std::uint32_t> edited_rows;
    edited_rows.reserve(changes.edits.size() + changes.marks.size());
    for (const CellEdit* e : changes.edits) edited_rows.push_back(e->row);
    for (const CellMark* m : changes.marks) edited_rows.push_back(m->row);
    std::sort(edited_rows.begin(), edited_rows.end());
    edited_rows.erase(std::unique(edited_rows.begin(), edited_rows.end()), edited_rows.end());
    if (!part.replacements.empty()) {  // a second sheet on the same part (a strange file): edit the edited text
        part.text = joined(part.pieces());
        part.replacements.clear();
    }
    const std::string& xml = part.text;
    std::vector<Replacement>& reps = part.replacements;
    SheetLayout layout;
    bool ok = false;
    try {
        ok = scan_sheet(xml, layout, &edited_rows);
    } catch (const std::exception&) {
        ok = false;
    }
    if (!ok) throw FixError(FixErrorKind::BrokenSheet, sheet.part, sheet.name);
    const RowIndex rows(layout);

    // A mark restyles the cell it finds; a cell the sheet does not hold has nothing to mark.
    for (const CellMark* m : changes.marks) {
        const RowSpan* row = nullptr;
        if (const CellSpan* span = rows.find(m->row, m->col, row))
            reps.push_back({span->begin, span->end,
                            restyled(std::string_view(xml).substr(span->begin, span->end - span->begin),
                                     styles.marked(span->style, "", true))});
    }
    std::set<std::string> broken_shared;  // si of shared-formula masters being replaced
    for (const CellEdit* e : changes.edits) {
        const RowSpan* row = nullptr;
        const CellSpan* span = rows.find(e->row, e->col, row);
        if (span) {
            std::string si = shared_master(std::string_view(xml).substr(span->begin, span->end - span->begin));
            if (!si.empty()) broken_shared.insert(std::move(si));
        }
        std::uint32_t style = styles.marked(span ? span->style : 0, e->number_format, e->for_person);
        reps.push_back(placed(xml, layout, rows, e->row, e->col, cell_xml(layout.prefix, *e, style)));
    }
    std::optional<std::string> drawing;  // the sheet's own <legacyDrawing>'s r:id
    for (const auto& [name, offset] : layout.after_sheet_data)
        if (name == "legacyDrawing")
            drawing = attribute(std::string_view(xml).substr(offset, xml.find('>', offset) - offset), "id");
    if (notes && !drawing) {
        std::size_t at = worksheet_child_at(layout, {"legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
                                                     "webPublishItems", "tableParts", "extLst"});
        reps.push_back({at, at,
                        "<" + layout.prefix + "legacyDrawing xmlns:r=\"" + ooxml::relationships_ns +
                            "\" r:id=\"rIdSummakollVml\"/>"});
    }
    // Cells that shared a replaced master's formula get their own formula text.
    if (!broken_shared.empty()) {
        std::set<std::pair<std::uint32_t, std::uint32_t>> edited_cells;
        for (const CellEdit* e : changes.edits) edited_cells.emplace(e->row, e->col);
        for (Replacement& r : unshared_formulas(xml, layout.prefix, sheet, broken_shared, edited_cells))
            reps.push_back(std::move(r));
    }
    // In order (PartText); insertions before a cell come before that cell's own replacement.
    std::stable_sort(reps.begin(), reps.end(), [](const Replacement& a, const Replacement& b) {
        return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
    });
    return drawing;
}

}  // namespace sk::fix
