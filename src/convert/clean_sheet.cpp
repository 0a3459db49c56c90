#include "convert/clean_sheet.hpp"

#include <algorithm>
#include <cmath>

#include "fix/fix_plan.hpp"
#include "normalise/column_hint.hpp"

namespace sk::convert {

namespace {

std::uint32_t style_index(Workbook& wb, const StyleHint& h) {
    for (std::size_t i = 0; i < wb.styles.size(); ++i) {
        const StyleHint& s = wb.styles[i];
        if (s.num_format == h.num_format && s.bold == h.bold && s.indent == h.indent && s.is_date == h.is_date)
            return std::uint32_t(i);
    }
    wb.styles.push_back(h);
    return std::uint32_t(wb.styles.size() - 1);
}

// Decimals worth showing for an amount: none for whole kronor, else one or two.
int shown_decimals(double v) {
    if (std::fabs(v - std::round(v)) < 1e-9) return 0;
    return std::fabs(v * 10 - std::round(v * 10)) < 1e-6 ? 1 : 2;
}

// "antal mottagnings-besök/antal killar" split in `n` at its slashes; empty
// when the header does not have exactly n − 1 of them.
std::vector<std::string> header_parts(const std::string& header, std::uint32_t n) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        std::size_t slash = header.find('/', start);
        std::string p = header.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
        auto a = p.find_first_not_of(" \t\n");
        auto b = p.find_last_not_of(" \t\n");
        parts.push_back(a == std::string::npos ? std::string() : p.substr(a, b - a + 1));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    bool all = std::none_of(parts.begin(), parts.end(), [](const std::string& p) { return p.empty(); });
    return parts.size() == n && all ? parts : std::vector<std::string>{};
}

class Builder {
public:
    Builder(const Workbook& source, const SheetLayout& layout, Workbook& clean, Sheet& out)
        : source_(source), layout_(layout), l_(layout.layout()), clean_(clean), out_(out) {}

    void cell(const Cell& c) {
        const std::uint32_t k = l_.parts_of(c.col);
        const StyleHint& look = source_.style_of(c);
        if (c.type == CellType::Text && k >= 2 && !layout_.is_header(c.row, c.col) && composite(c, k, look)) return;
        if (c.type == CellType::Text && k >= 2 && layout_.heads_composites(c.row, c.col)) {
            split_header(c, k, look);
            return;
        }
        const tables::Block* block = nullptr;
        const tables::BlockRow* number = layout_.number_at(c.row, c.col, &block);
        if (number && block->measure != tables::Measure::Skip && !lone_year(c, *block)) {
            const tables::CellValue& v = number->value;
            double scale = v.unit == num::Unit::Percent ? 1 : tables::kind_scale(block->hint.kind);
            double value = v.value / scale;
            int decimals = v.unit == num::Unit::Percent ? v.decimals : shown_decimals(value);
            num::Unit unit = v.unit == num::Unit::Percent ? v.unit : kronor(v, *block) ? num::Unit::Kr : num::Unit::None;
            put_number(l_.row(c.row), l_.col(c.col), value, number_format(unit, decimals, scale), look);
            return;
        }
        Cell o;
        o.row = l_.row(c.row);
        o.col = l_.col(c.col);
        o.type = c.type == CellType::Error ? CellType::Text : c.type;
        o.boolean = c.boolean;
        o.number = c.number;
        o.is_date = c.is_date;
        o.text = c.text;
        StyleHint h = plain(look);
        // Bold as written (emit_sheet): the checker reads a bold year as a column header.
        h.bold = h.bold || layout_.is_header(c.row, c.col);
        // A number nobody sums (a code, a year, a date) keeps its own format.
        if (c.type == CellType::Number) h.num_format = c.is_date ? "yyyy-mm-dd" : look.num_format;
        if (h.num_format == "General") h.num_format.clear();
        h.is_date = c.is_date;
        o.style = style_index(clean_, h);
        out_.cells.push_back(std::move(o));
    }

private:
    const Workbook& source_;
    const SheetLayout& layout_;
    const Layout& l_;
    Workbook& clean_;
    Sheet& out_;

    // "2025" typed beside a list, alone in its run: a label, not an amount.
    static bool lone_year(const Cell& c, const tables::Block& b) {
        if (c.type != CellType::Text || b.rows.size() >= 2) return false;
        num::Parsed p = num::parse(c.text);
        const double v = p.reading.value;
        return p.ok() && p.reading.unit == num::Unit::None && v >= 1900 && v <= 2100 && v == std::floor(v);
    }

    // Kronor: written so, or a money column of amounts (a "Totalt" column
    // of small whole numbers is more likely a count).
    static bool kronor(const tables::CellValue& v, const tables::Block& b) {
        if (v.unit == num::Unit::Kr) return true;
        return b.measure == tables::Measure::Money &&
               std::any_of(b.rows.begin(), b.rows.end(), [](const tables::BlockRow& r) { return std::fabs(r.value.value) >= 1000; });
    }

    static StyleHint plain(const StyleHint& look) {
        StyleHint h;
        h.bold = look.bold;
        h.indent = look.indent;
        return h;
    }

    void put_number(std::uint32_t row, std::uint32_t col, double value, std::string format, const StyleHint& look) {
        Cell o;
        o.row = row;
        o.col = col;
        o.type = CellType::Number;
        o.number = value;
        StyleHint h = plain(look);
        h.num_format = std::move(format);
        o.style = style_index(clean_, h);
        out_.cells.push_back(std::move(o));
    }

    // The column header above `row` in source column `col` ("" when none).
    std::string header_above(std::uint32_t row, std::uint32_t col) const {
        for (std::uint32_t r = row; r-- > l_.first_row;) {
            if (!layout_.heads_composites(r, col)) continue;
            const Cell* h = layout_.sheet().find(r, col);
            if (h && h->type == CellType::Text) return std::string(h->text);
        }
        return {};
    }

    // What part `i` of a split column measures: its own header words
    // ("antal killar"), else the whole header's, else the run's hint.
    num::ColumnHint part_hint(const std::vector<std::string>& parts, std::size_t i, const std::string& header,
                              std::uint32_t row, std::uint32_t col) const {
        if (i < parts.size())
            if (num::ColumnHint h = num::hint_from_header(parts[i]); h.kind != num::ColumnKind::Unknown) return h;
        if (num::ColumnHint h = num::hint_from_header(header); h.kind != num::ColumnKind::Unknown) return h;
        const tables::Block* b = layout_.block_above(row, col);
        return b ? b->hint : num::ColumnHint{};
    }

    bool composite(const Cell& c, std::uint32_t k, const StyleHint& look) {
        std::vector<num::Reading> plain_read = composite_numbers(c.text, {});
        if (plain_read.empty()) return false;
        const std::string header = header_above(c.row, c.col);
        const std::vector<std::string> parts = header_parts(header, k);
        for (std::size_t i = 0; i < plain_read.size() && i < k; ++i) {
            num::ColumnHint hint = part_hint(parts, i, header, c.row, c.col);
            std::vector<num::Reading> read = composite_numbers(c.text, hint);
            const num::Reading& r = read.size() == plain_read.size() ? read[i] : plain_read[i];
            double scale = r.unit == num::Unit::Percent ? 1 : tables::kind_scale(hint.kind);
            double value = r.value / scale;
            int decimals = r.unit == num::Unit::Percent ? r.decimals : shown_decimals(value);
            // Kronor only when written so: a header word like "Totalt" says little about a part.
            num::Unit unit = r.unit == num::Unit::Percent ? r.unit : plain_read[i].unit;
            put_number(l_.row(c.row), l_.col(c.col, std::uint32_t(i)), value, number_format(unit, decimals, scale), look);
        }
        return true;
    }

    // A header over a split column: "Besök/killar" → "Besök" | "killar", else "Besök (1)" | "Besök (2)".
    void split_header(const Cell& c, std::uint32_t k, const StyleHint& look) {
        std::vector<std::string> parts = header_parts(std::string(c.text), k);
        for (std::uint32_t i = 0; i < k; ++i) {
            Cell o;
            o.row = l_.row(c.row);
            o.col = l_.col(c.col, i);
            o.type = CellType::Text;
            o.text = parts.empty() ? std::string(c.text) + " (" + std::to_string(i + 1) + ")" : parts[i];
            o.style = style_index(clean_, plain(look));
            out_.cells.push_back(std::move(o));
        }
    }
};

}  // namespace

std::string number_format(num::Unit unit, int decimals, double scale) {
    if (unit == num::Unit::Percent || (unit == num::Unit::Kr && scale == 1)) return fix::number_format_for(unit, decimals);
    return decimals > 0 ? "#,##0." + std::string(std::size_t(decimals), '0') : "#,##0";
}

CleanSheet build_clean_sheet(const Workbook& source, std::size_t source_index, const SheetLayout& layout,
                             const std::string& heading, std::string name, Workbook& clean) {
    const Layout& l = layout.layout();
    CleanSheet cs;
    cs.name = std::move(name);
    cs.source = source_index;
    cs.layout = l;
    clean.sheets.emplace_back();
    Sheet& out = clean.sheets.back();
    out.name = cs.name;
    if (l.row_offset > 0) {
        Cell h;
        h.type = CellType::Text;
        h.text = heading;
        out.cells.push_back(std::move(h));
        cs.title_rows.insert(0);
    }
    Builder builder(source, layout, clean, out);
    for (const Cell& c : layout.sheet().cells) {
        if (c.type == CellType::Empty) continue;
        builder.cell(c);
        if (layout.is_header(c.row, c.col))
            for (std::uint32_t i = 0; i < l.parts_of(c.col); ++i) cs.header_cells.insert({l.row(c.row), l.col(c.col, i)});
        if (layout.is_title_row(c.row)) cs.title_rows.insert(l.row(c.row));
    }
    std::sort(out.cells.begin(), out.cells.end(),
              [](const Cell& a, const Cell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
    if (auto h = layout.first_header_row()) cs.freeze_rows = l.row(*h) + 1;
    const std::uint32_t last_col = l.first_col + std::uint32_t(l.parts.size()) - 1;
    for (const Range& m : layout.sheet().merged) {
        // Merges down a column (Word's vMerge) keep the table's look; a title
        // merged across the width would only clip its text.
        if (m.last_row == m.first_row || m.first_row < l.first_row || m.first_col < l.first_col ||
            m.last_col > last_col)
            continue;
        out.merged.push_back(Range{l.row(m.first_row), l.col(m.first_col), l.row(m.last_row),
                                   l.col(m.last_col, l.parts_of(m.last_col) - 1)});
    }
    cs.merged = out.merged;
    return cs;
}

}  // namespace sk::convert
