#include "fix/xml_scan.hpp"

#include <algorithm>

#include "base/whole_number.hpp"
#include "grid/grid.hpp"

namespace sk::fix {

namespace {

struct Tag {
    std::size_t begin = 0, end = 0;  // '<' … just after '>'
    std::string_view name;           // qualified name
    bool closing = false, self_closing = false;
};

std::string_view local(std::string_view qname) {
    auto colon = qname.rfind(':');
    return colon == std::string_view::npos ? qname : qname.substr(colon + 1);
}

// When x[lt] opens a comment, CDATA section, processing instruction or
// declaration: sets `pos` just after it (npos when it never ends) and
// returns true.
bool skip_markup(std::string_view x, std::size_t lt, std::size_t& pos) {
    if (lt + 1 >= x.size() || (x[lt + 1] != '!' && x[lt + 1] != '?')) return false;
    if (x.compare(lt, 4, "<!--") == 0) {
        auto e = x.find("-->", lt);
        pos = e == std::string_view::npos ? e : e + 3;
    } else if (x.compare(lt, 9, "<![CDATA[") == 0) {
        auto e = x.find("]]>", lt);
        pos = e == std::string_view::npos ? e : e + 3;
    } else {
        auto e = x.find('>', lt);
        pos = e == std::string_view::npos ? e : e + 1;
    }
    return true;
}

// The next element tag at or after `pos`; comments, CDATA and PIs are skipped.
bool next_tag(std::string_view x, std::size_t& pos, Tag& t) {
    for (;;) {
        std::size_t lt = x.find('<', pos);
        if (lt == std::string_view::npos) return false;
        if (skip_markup(x, lt, pos)) {
            if (pos == std::string_view::npos) return false;
            continue;
        }
        t.begin = lt;
        t.closing = lt + 1 < x.size() && x[lt + 1] == '/';
        std::size_t n = lt + (t.closing ? 2 : 1);
        std::size_t name_end = x.find_first_of(" \t\r\n/>", n);
        if (name_end == std::string_view::npos) return false;
        t.name = x.substr(n, name_end - n);
        char quote = 0;
        std::size_t i = name_end;
        for (; i < x.size(); ++i) {
            char c = x[i];
            if (quote) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (i >= x.size()) return false;
        t.self_closing = !t.closing && x[i - 1] == '/';
        t.end = i + 1;
        pos = t.end;
        return true;
    }
}

// Moves past the end of a row whose start tag ends at `pos` without looking
// at its cells: the first end tag named row ends it (a row holds only c and
// extLst elements). A quarter of the time walking every tag takes.
bool skip_row(std::string_view x, std::size_t& pos, RowSpan& row) {
    for (;;) {
        std::size_t lt = x.find('<', pos);
        if (lt == std::string_view::npos || lt + 1 >= x.size()) return false;
        if (skip_markup(x, lt, pos)) {
            if (pos == std::string_view::npos) return false;
            continue;
        }
        pos = lt + 1;
        if (x[lt + 1] != '/') continue;
        const std::size_t name_end = x.find_first_of(" \t\r\n>", lt + 2);
        if (name_end == std::string_view::npos) return false;
        if (local(x.substr(lt + 2, name_end - lt - 2)) != "row") continue;
        std::size_t gt = x.find('>', name_end);
        if (gt == std::string_view::npos) return false;
        row.close_begin = lt;
        row.end = pos = gt + 1;
        return true;
    }
}

// Skips to the end tag of the element whose start tag is `t` (not self-closing).
bool skip_element(std::string_view x, std::size_t& pos, const Tag& start) {
    int depth = 1;
    Tag t;
    while (next_tag(x, pos, t)) {
        if (t.closing) {
            if (--depth == 0) return true;
        } else if (!t.self_closing) {
            ++depth;
        }
    }
    (void)start;
    return false;
}

}  // namespace

std::string attribute(std::string_view tag, std::string_view name) {
    std::size_t i = tag.find_first_of(" \t\r\n");
    while (i != std::string_view::npos && i < tag.size()) {
        i = tag.find_first_not_of(" \t\r\n", i);
        if (i == std::string_view::npos) break;
        std::size_t eq = tag.find('=', i);
        if (eq == std::string_view::npos) break;
        std::string_view key = tag.substr(i, eq - i);
        while (!key.empty() && (key.back() == ' ' || key.back() == '\t' || key.back() == '\r' || key.back() == '\n'))
            key.remove_suffix(1);
        std::size_t q = tag.find_first_of("\"'", eq);
        if (q == std::string_view::npos) break;
        std::size_t qe = tag.find(tag[q], q + 1);
        if (qe == std::string_view::npos) break;
        if (local(key) == name && key.find("xmlns") != 0) return std::string(tag.substr(q + 1, qe - q - 1));
        i = qe + 1;
    }
    return {};
}

bool scan_sheet(std::string_view x, SheetLayout& out, const std::vector<std::uint32_t>* cells_of_rows) {
    std::size_t pos = 0;
    Tag t;
    // The root element.
    if (!next_tag(x, pos, t) || t.closing || local(t.name) != "worksheet") return false;
    auto colon = t.name.rfind(':');
    out.prefix = colon == std::string_view::npos ? "" : std::string(t.name.substr(0, colon + 1));
    bool seen_sheet_data = false;
    while (next_tag(x, pos, t)) {
        if (t.closing) {  // </worksheet>
            out.worksheet_close = t.begin;
            return seen_sheet_data;
        }
        std::string_view name = local(t.name);
        if (name != "sheetData") {
            if (seen_sheet_data) out.after_sheet_data.emplace_back(std::string(name), t.begin);
            if (!t.self_closing && !skip_element(x, pos, t)) return false;
            continue;
        }
        seen_sheet_data = true;
        out.sheet_data_open_end = t.end;
        if (t.self_closing) {
            out.sheet_data_self_closing = true;
            out.sheet_data_close = t.begin;
            continue;
        }
        std::int64_t row_index = -1;
        while (next_tag(x, pos, t)) {
            if (t.closing) {  // </sheetData>
                out.sheet_data_close = t.begin;
                break;
            }
            if (local(t.name) != "row") {
                if (!t.self_closing && !skip_element(x, pos, t)) return false;
                continue;
            }
            RowSpan row;
            row.begin = t.begin;
            row.open_end = t.end;
            std::string r = attribute(x.substr(t.begin, t.end - t.begin), "r");
            if (r.empty()) {
                ++row_index;
            } else if (std::optional<std::uint32_t> n = whole_number<std::uint32_t>(r)) {
                row_index = std::int64_t(*n) - 1;
            } else {
                return false;  // a row number that is no number
            }
            if (row_index < 0 || row_index >= max_rows) return false;
            row.row = std::uint32_t(row_index);
            if (t.self_closing) {
                row.self_closing = true;
                row.close_begin = t.begin;
                row.end = t.end;
                out.rows.push_back(std::move(row));
                continue;
            }
            if (cells_of_rows && !std::binary_search(cells_of_rows->begin(), cells_of_rows->end(), row.row)) {
                if (!skip_row(x, pos, row)) return false;
                out.rows.push_back(std::move(row));
                continue;
            }
            std::int64_t col_index = -1;
            while (next_tag(x, pos, t)) {
                if (t.closing) {  // </row>
                    row.close_begin = t.begin;
                    row.end = t.end;
                    break;
                }
                if (local(t.name) != "c") {
                    if (!t.self_closing && !skip_element(x, pos, t)) return false;
                    continue;
                }
                CellSpan cell;
                cell.begin = t.begin;
                std::string_view tag = x.substr(t.begin, t.end - t.begin);
                std::string ref = attribute(tag, "r");
                std::uint32_t rr = row.row, cc = std::uint32_t(col_index + 1);
                if (!ref.empty() && !parse_a1(ref, rr, cc)) return false;
                cell.row = rr;
                cell.col = cc;
                col_index = cc;
                std::string s = attribute(tag, "s");
                std::optional<std::uint32_t> style = s.empty() ? 0 : whole_number<std::uint32_t>(s);
                if (!style) return false;  // a style index that is no number
                cell.style = *style;
                if (!t.self_closing && !skip_element(x, pos, t)) return false;
                cell.end = pos;
                row.cells.push_back(cell);
            }
            out.rows.push_back(std::move(row));
        }
    }
    return false;
}

}  // namespace sk::fix
