#include "write/worksheet_xml.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "base/bytes.hpp"
#include "base/ooxml.hpp"
#include "write/write_error.hpp"
#include "write/xml_escape.hpp"

namespace sk {

namespace {

constexpr std::size_t piece_bytes = 128 * 1024;
constexpr std::size_t max_text_units = 32767;  // Excel's limit per cell, in UTF-16 units

std::size_t utf16_units(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : bytes(s)) {
        if ((c & 0xC0) != 0x80) ++n;  // a lead byte or ASCII
        if (c >= 0xF0) ++n;           // a character outside the BMP takes two units
    }
    return n;
}

void append_uint(std::string& out, std::uint64_t v) {
    char buf[24];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, end);
}

bool in_grid(const Range& r) {
    return r.first_row <= r.last_row && r.first_col <= r.last_col && r.last_row < max_rows && r.last_col < max_cols;
}

bool overlap(const Range& a, const Range& b) {
    return a.first_row <= b.last_row && b.first_row <= a.last_row && a.first_col <= b.last_col && b.first_col <= a.last_col;
}

// Excel stores a column width as the character count plus 5 pixels of
// padding, in 1/256 of the width of '0' (7 pixels in Calibri 11).
double stored_width(double chars) {
    chars = std::clamp(chars, 0.0, 255.0);
    double pixels = chars < 1 ? std::floor(chars * 12 + 0.5) : std::floor(chars * 7 + 0.5) + 5;
    return std::floor(pixels / 7 * 256) / 256;
}

bool finite_value(const CachedValue& v) { return !std::holds_alternative<double>(v) || std::isfinite(std::get<double>(v)); }

}  // namespace

WorksheetXml::WorksheetXml(const NewSheet& sheet, bool selected, std::size_t style_count, SharedStrings& strings)
    : sheet_(sheet), selected_(selected) {
    const std::vector<NewCell>& cells = sheet.cells;
    auto where = [&](const NewCell& c) { return sheet.name + "!" + a1(c.row, c.col); };
    order_.resize(cells.size());
    for (std::uint32_t i = 0; i < order_.size(); ++i) order_[i] = i;
    auto before = [&](std::uint32_t a, std::uint32_t b) {
        return cells[a].row != cells[b].row ? cells[a].row < cells[b].row : cells[a].col < cells[b].col;
    };
    if (!std::is_sorted(order_.begin(), order_.end(), before)) std::stable_sort(order_.begin(), order_.end(), before);

    string_index_.assign(cells.size(), 0);
    for (std::size_t k = 0; k < order_.size(); ++k) {
        std::uint32_t i = order_[k];
        const NewCell& c = cells[i];
        if (c.row >= max_rows || c.col >= max_cols) throw WriteError(WriteErrorKind::BadCell, sheet.name + "!R" + std::to_string(c.row + 1) + "C" + std::to_string(c.col + 1));
        if (k > 0 && cells[order_[k - 1]].row == c.row && cells[order_[k - 1]].col == c.col)
            throw WriteError(WriteErrorKind::DuplicateCell, where(c));
        if (c.style >= style_count) throw WriteError(WriteErrorKind::BadStyle, where(c));
        if (const double* d = std::get_if<double>(&c.value); d && !std::isfinite(*d))
            throw WriteError(WriteErrorKind::BadCell, where(c));
        if (const Formula* f = std::get_if<Formula>(&c.value)) {
            if (!finite_value(f->cached) || f->text.empty()) throw WriteError(WriteErrorKind::BadCell, where(c));
            if (const std::string* s = std::get_if<std::string>(&f->cached); s && utf16_units(*s) > max_text_units)
                throw WriteError(WriteErrorKind::TextTooLong, where(c));
        }
        if (const std::string* s = std::get_if<std::string>(&c.value); s && !s->empty()) {
            if (utf16_units(*s) > max_text_units) throw WriteError(WriteErrorKind::TextTooLong, where(c));
            string_index_[i] = strings.add(*s);
        }
    }
    for (const Range& m : sheet.merged) {
        if (!in_grid(m)) throw WriteError(WriteErrorKind::BadStyle, sheet.name + "!" + a1(m));
        for (const Range& other : sheet.merged)
            if (&other != &m && overlap(m, other)) throw WriteError(WriteErrorKind::BadStyle, sheet.name + "!" + a1(m));
    }
    if (sheet.autofilter && !in_grid(*sheet.autofilter))
        throw WriteError(WriteErrorKind::BadStyle, sheet.name + "!" + a1(*sheet.autofilter));
    if (sheet.freeze_rows >= max_rows || sheet.freeze_cols >= max_cols || sheet.print_title_rows >= max_rows)
        throw WriteError(WriteErrorKind::BadStyle, sheet.name);
    if (!sheet.column_widths.empty() && sheet.column_widths.rbegin()->first >= max_cols)
        throw WriteError(WriteErrorKind::BadStyle, sheet.name);
}

const std::string& WorksheetXml::column(std::uint32_t col) {
    while (column_names_.size() <= col) column_names_.push_back(column_name(std::uint32_t(column_names_.size())));
    return column_names_[col];
}

std::string WorksheetXml::head() const {
    std::string out = std::string(xml_declaration) +
                      "<worksheet xmlns=\"" + ooxml::spreadsheet_ns + "\" xmlns:r=\"" + ooxml::relationships_ns + "\">";
    if (sheet_.page && sheet_.page->fit_to_width) out += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>";

    Range used{};
    if (!order_.empty()) {
        const std::vector<NewCell>& cells = sheet_.cells;
        used = {cells[order_.front()].row, cells[order_.front()].col, cells[order_.back()].row, 0};
        std::uint32_t first_col = max_cols, last_col = 0;
        for (const NewCell& c : cells) {
            first_col = std::min(first_col, c.col);
            last_col = std::max(last_col, c.col);
        }
        used.first_col = first_col;
        used.last_col = last_col;
    }
    out += "<dimension ref=\"" + a1(used) + "\"/>";

    out += "<sheetViews><sheetView";
    if (selected_) out += " tabSelected=\"1\"";
    out += " workbookViewId=\"0\"";
    std::uint32_t rows = sheet_.freeze_rows, cols = sheet_.freeze_cols;
    if (rows == 0 && cols == 0) {
        out += "/>";
    } else {
        // The pane Excel writes for View > Freeze Panes at the first unfrozen cell.
        std::string top_left = a1(rows, cols);
        const char* active = rows && cols ? "bottomRight" : rows ? "bottomLeft" : "topRight";
        out += "><pane";
        if (cols) out += " xSplit=\"" + std::to_string(cols) + "\"";
        if (rows) out += " ySplit=\"" + std::to_string(rows) + "\"";
        out += " topLeftCell=\"" + top_left + "\" activePane=\"" + active + "\" state=\"frozen\"/>";
        if (rows && cols) out += "<selection pane=\"topRight\"/><selection pane=\"bottomLeft\"/>";
        out += "<selection pane=\"" + std::string(active) + "\"/></sheetView>";
    }
    out += "</sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>";

    if (!sheet_.column_widths.empty()) {
        out += "<cols>";
        for (auto [col, chars] : sheet_.column_widths) {
            std::string n = std::to_string(col + 1);
            out += "<col min=\"" + n + "\" max=\"" + n + "\" width=\"";
            append_number(out, stored_width(chars));
            out += "\" customWidth=\"1\"/>";
        }
        out += "</cols>";
    }
    out += order_.empty() ? "<sheetData/>" : "<sheetData>";
    return out;
}

std::string WorksheetXml::tail() const {
    std::string out = order_.empty() ? "" : "</sheetData>";
    if (sheet_.autofilter) out += "<autoFilter ref=\"" + a1(*sheet_.autofilter) + "\"/>";
    if (!sheet_.merged.empty()) {
        out += "<mergeCells count=\"" + std::to_string(sheet_.merged.size()) + "\">";
        for (const Range& m : sheet_.merged) out += "<mergeCell ref=\"" + a1(m) + "\"/>";
        out += "</mergeCells>";
    }
    out += "<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>";
    if (const auto& p = sheet_.page) {
        out += "<pageSetup";
        if (p->a4) out += " paperSize=\"9\"";
        if (p->fit_to_width) out += " fitToHeight=\"0\"";  // fitToWidth defaults to 1; 0 = as many pages down as needed
        out += p->landscape ? " orientation=\"landscape\"/>" : " orientation=\"portrait\"/>";
        if (!p->footer.empty()) {
            out += "<headerFooter><oddFooter>";
            append_xml_text(out, p->footer);
            out += "</oddFooter></headerFooter>";
        }
    }
    return out + "</worksheet>";
}

void WorksheetXml::append_cell(std::string& out, const NewCell& c, std::uint32_t string_index) {
    const std::string* text = std::get_if<std::string>(&c.value);
    bool blank = std::holds_alternative<std::monostate>(c.value) || (text && text->empty());
    if (blank && c.style == 0) return;
    out += "<c r=\"";
    out += column(c.col);
    append_uint(out, c.row + 1);
    out += '"';
    if (c.style != 0) {
        out += " s=\"";
        append_uint(out, c.style);
        out += '"';
    }
    if (blank) {
        out += "/>";
        return;
    }
    auto cached_type = [](const CachedValue& v) {
        return std::holds_alternative<std::string>(v) ? " t=\"str\">" : std::holds_alternative<bool>(v) ? " t=\"b\">" : ">";
    };
    auto append_value = [&](const CachedValue& v) {
        out += "<v>";
        if (const double* d = std::get_if<double>(&v)) append_number(out, *d);
        else if (const bool* b = std::get_if<bool>(&v)) out += *b ? '1' : '0';
        else append_xml_text(out, std::get<std::string>(v));
        out += "</v></c>";
    };
    if (const double* d = std::get_if<double>(&c.value)) {
        out += '>';
        append_value(*d);
    } else if (text) {
        out += " t=\"s\"><v>";
        append_uint(out, string_index);
        out += "</v></c>";
    } else if (const bool* b = std::get_if<bool>(&c.value)) {
        out += " t=\"b\">";
        append_value(*b);
    } else {
        const Formula& f = std::get<Formula>(c.value);
        out += cached_type(f.cached);
        out += "<f>";
        append_xml_text(out, f.text);
        out += "</f>";
        append_value(f.cached);
    }
}

bool WorksheetXml::next(std::string& piece) {
    piece.clear();
    switch (stage_) {
        case Stage::Head:
            piece = head();
            stage_ = order_.empty() ? Stage::Tail : Stage::Rows;
            return true;
        case Stage::Rows: {
            const std::vector<NewCell>& cells = sheet_.cells;
            while (pos_ < order_.size() && piece.size() < piece_bytes) {
                std::uint32_t row = cells[order_[pos_]].row;
                piece += "<row r=\"";
                append_uint(piece, row + 1);
                if (auto height = sheet_.row_heights.find(row); height != sheet_.row_heights.end()) {
                    piece += "\" ht=\"";
                    append_number(piece, height->second);
                    piece += "\" customHeight=\"1";
                }
                piece += "\">";
                for (; pos_ < order_.size() && cells[order_[pos_]].row == row; ++pos_)
                    append_cell(piece, cells[order_[pos_]], string_index_[order_[pos_]]);
                piece += "</row>";
            }
            if (pos_ == order_.size()) stage_ = Stage::Tail;
            return true;
        }
        case Stage::Tail:
            piece = tail();
            stage_ = Stage::Done;
            return true;
        case Stage::Done: return false;
    }
    return false;
}

}  // namespace sk
