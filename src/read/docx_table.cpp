#include "read/docx_table.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <unordered_map>

#include "read/docx_text.hpp"
#include "read/xml_document.hpp"

namespace sk {

namespace {

// The w:tr of a table or the w:tc of a row, looking through row- and
// cell-level content controls and custom XML, which wrap them.
void collect(const pugi::xml_node& parent, const char* name, std::vector<pugi::xml_node>& out) {
    for (pugi::xml_node n = parent.first_child(); n; n = n.next_sibling()) {
        if (n.type() != pugi::node_element) continue;
        if (is(n, name)) out.push_back(n);
        else if (is(n, "sdt")) collect(child(n, "sdtContent"), name, out);
        else if (is(n, "customXml")) collect(n, name, out);
    }
}

// A w:val count such as gridSpan or gridBefore; `fallback` when absent or not
// a number. Large values are kept so the grid check can refuse them.
std::uint64_t count_of(const pugi::xml_node& n, std::uint64_t fallback) {
    const char* v = attr(n, "val").value();
    std::uint64_t out = 0;
    auto res = std::from_chars(v, v + std::strlen(v), out);
    return res.ec == std::errc() ? out : fallback;
}

enum class VMerge { None, Restart, Continue };

VMerge vmerge_of(const pugi::xml_node& tc_pr) {
    pugi::xml_node v = child(tc_pr, "vMerge");
    if (!v) return VMerge::None;
    return std::string_view(attr(v, "val").value()) == "restart" ? VMerge::Restart : VMerge::Continue;
}

bool deleted_row(const pugi::xml_node& tr) { return bool(child(child(tr, "trPr"), "del")); }

}  // namespace

void read_docx_table(const pugi::xml_node& tbl, bool nested, std::vector<Sheet>& sheets, CellBudget& budget) {
    Sheet sheet;
    sheet.name = "Tabell " + std::to_string(sheets.size() + 1);
    sheet.nested = nested;
    std::size_t index = sheets.size();
    sheets.emplace_back();  // the table's place, before its nested tables

    std::vector<Range> areas;  // per cell in sheet.cells: the grid area it covers
    std::vector<pugi::xml_node> nested_tables;
    std::unordered_map<std::uint32_t, std::size_t> open, still_open;  // vMerge: start column → cell index

    std::vector<pugi::xml_node> rows;
    collect(tbl, "tr", rows);
    std::uint32_t row = 0;
    for (const pugi::xml_node& tr : rows) {
        if (deleted_row(tr)) continue;
        if (row >= max_rows) throw ReadError(ReadErrorKind::AbsurdDimension, sheet.name + " rad " + std::to_string(row + 1));
        std::uint64_t col = count_of(child(child(tr, "trPr"), "gridBefore"), 0);
        std::vector<pugi::xml_node> tcs;
        collect(tr, "tc", tcs);
        for (const pugi::xml_node& tc : tcs) {
            pugi::xml_node tc_pr = child(tc, "tcPr");
            std::uint64_t span = std::max<std::uint64_t>(1, count_of(child(tc_pr, "gridSpan"), 1));
            if (col + span > max_cols) throw ReadError(ReadErrorKind::AbsurdDimension, sheet.name + " rad " + std::to_string(row + 1));
            auto first = std::uint32_t(col), last = std::uint32_t(col + span - 1);
            col += span;

            CellContent content = cell_content(tc);
            nested_tables.insert(nested_tables.end(), content.tables.begin(), content.tables.end());
            VMerge vmerge = vmerge_of(tc_pr);
            auto above = open.find(first);
            if (vmerge == VMerge::Continue && above != open.end()) {
                Range& area = areas[above->second];
                area.last_row = row;
                area.last_col = std::max(area.last_col, last);
                still_open[first] = above->second;
                if (!content.text.empty()) {
                    Cell& merged = sheet.cells[above->second];
                    std::size_t before = merged.text.size();
                    std::string joined(merged.text);
                    if (!joined.empty()) joined += '\n';
                    merged.text = joined + content.text;
                    merged.type = CellType::Text;
                    budget.grew(merged, merged.text.size() - before, sheet.name);
                }
                continue;
            }
            Cell cell;
            cell.row = row;
            cell.col = first;
            cell.type = content.text.empty() ? CellType::Empty : CellType::Text;
            cell.text = std::move(content.text);
            budget.admit(cell, sheet.name);
            if (vmerge == VMerge::Restart) still_open[first] = sheet.cells.size();
            sheet.cells.push_back(std::move(cell));
            areas.push_back({row, first, row, last});
        }
        open.swap(still_open);  // a vertical merge ends at the first row that does not continue it
        still_open.clear();
        ++row;
    }

    for (const Range& area : areas)
        if (area.last_row > area.first_row || area.last_col > area.first_col) sheet.merged.push_back(area);
    sheets[index] = std::move(sheet);
    for (const pugi::xml_node& inner : nested_tables) read_docx_table(inner, true, sheets, budget);
}

}  // namespace sk
