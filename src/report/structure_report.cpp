#include "report/structure_report.hpp"

#include <deque>
#include <functional>
#include <map>

#include "check/finding.hpp"
#include "normalise/amount.hpp"
#include "tables/structure.hpp"

namespace sk {

namespace {

using tables::Block;
using tables::ColumnReading;
using tables::Place;

// The columns worth showing: those with a total or a group row.
struct ReadColumn {
    const Block* block;
    ColumnReading reading;
};

std::vector<ReadColumn> read_columns(const Workbook& wb, const Sheet& sheet, const std::vector<Block>& blocks,
                                     std::deque<Block>& merged) {
    std::vector<ReadColumn> out;
    const tables::TableIndex index = tables::index_tables(blocks);
    for (const Block& b : blocks) {
        if (b.measure == tables::Measure::Skip || b.measure == tables::Measure::Percent) continue;
        const Block* read = &b;
        if (std::optional<Block> m = tables::with_items_beside(index, b)) read = &merged.emplace_back(std::move(*m));
        ColumnReading r = tables::read_column(wb, sheet, *read);
        bool any = false;
        for (const tables::RowReading& x : r.rows) any = any || x.place == Place::Total || x.place == Place::Head;
        if (any) out.push_back(ReadColumn{read, std::move(r)});
    }
    return out;
}

std::string cells_of(const Block& b, const std::vector<std::size_t>& adds) {
    std::map<std::uint32_t, std::vector<std::uint32_t>> rows_by_col;
    for (std::size_t k : adds) rows_by_col[b.col_of(k)].push_back(b.rows[k].row);
    std::vector<Range> ranges;
    for (auto& [col, rows] : rows_by_col) {
        std::sort(rows.begin(), rows.end());
        for (const Range& r : check::column_ranges(col, rows)) ranges.push_back(r);
    }
    return check::ranges_a1(ranges);
}

const char* place_sv(Place p, Lang lang) {
    switch (p) {
        case Place::Item: return tr(lang, "post", "item");
        case Place::Total: return tr(lang, "summa", "total");
        case Place::Head: return tr(lang, "grupp", "group");
        case Place::Outside: return tr(lang, "utanför", "outside");
    }
    return "";
}

std::string short_label(std::string_view s) {
    if (s.size() <= 50) return std::string(s);
    std::size_t cut = 47;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
    return std::string(s.substr(0, cut)) + "…";
}

void write_column(const ReadColumn& c, Lang lang, std::ostream& out) {
    const Block& b = *c.block;
    out << "    " << tr(lang, "Kolumn ", "Column ") << column_name(b.col);
    if (!b.header.empty()) out << " \"" << short_label(b.header) << "\"";
    out << " (" << a1(b.rows.front().row, b.col) << ":" << a1(b.rows.back().row, b.col) << ")\n";
    std::vector<std::vector<std::size_t>> children(b.rows.size());
    std::vector<std::size_t> roots;
    for (std::size_t i = 0; i < b.rows.size(); ++i) {
        if (c.reading.rows[i].parent) children[*c.reading.rows[i].parent].push_back(i);
        else roots.push_back(i);
    }
    std::function<void(std::size_t, int)> line = [&](std::size_t i, int depth) {
        const tables::RowReading& r = c.reading.rows[i];
        out << std::string(std::size_t(6 + 2 * depth), ' ') << a1(b.rows[i].row, b.col_of(i)) << "  " << place_sv(r.place, lang)
            << "  " << num::format(b.rows[i].value.value, num::Unit::None, 0);
        if (!b.rows[i].label.empty()) out << "  \"" << short_label(b.rows[i].label) << "\"";
        if (!r.readings.empty()) {
            const tables::Reading& used = r.readings[r.matched.value_or(0)];
            out << "  = " << cells_of(b, used.adds) << " [" << tables::basis_name(used.basis) << ", "
                << (r.matched ? tr(lang, "stämmer", "adds up")
                              : r.strong ? tr(lang, "stämmer inte", "does not add up")
                                         : tr(lang, "oprövad", "unproven"))
                << "]";
        }
        out << "\n";
        for (std::size_t k : children[i]) line(k, depth + 1);
    };
    for (std::size_t i : roots) line(i, 0);
}

}  // namespace

void write_structure_text(const Workbook& wb, Lang lang, std::ostream& out) {
    out << wb.path << "\n";
    bool any = false;
    for (const Sheet& s : wb.sheets) {
        std::vector<Block> blocks = tables::find_blocks(wb, s);
        std::deque<Block> merged;
        std::vector<ReadColumn> cols = read_columns(wb, s, blocks, merged);
        if (cols.empty()) continue;
        any = true;
        out << "  " << tr(lang, "Blad ", "Sheet ") << s.name << "\n";
        for (const ReadColumn& c : cols) write_column(c, lang, out);
    }
    if (!any) out << tr(lang, "  Inga summor hittades.\n", "  No totals found.\n");
}

nlohmann::json structure_json(const Workbook& wb) {
    nlohmann::json sheets = nlohmann::json::array();
    for (const Sheet& s : wb.sheets) {
        std::vector<Block> blocks = tables::find_blocks(wb, s);
        std::deque<Block> merged;
        nlohmann::json columns = nlohmann::json::array();
        for (const ReadColumn& c : read_columns(wb, s, blocks, merged)) {
            const Block& b = *c.block;
            nlohmann::json rows = nlohmann::json::array();
            for (std::size_t i = 0; i < b.rows.size(); ++i) {
                const tables::RowReading& r = c.reading.rows[i];
                nlohmann::json j{{"cell", a1(b.rows[i].row, b.col_of(i))},
                                 {"place", tables::place_name(r.place)},
                                 {"value", b.rows[i].value.value},
                                 {"label", std::string(b.rows[i].label)},
                                 {"parent", r.parent ? nlohmann::json(a1(b.rows[*r.parent].row, b.col_of(*r.parent))) : nlohmann::json()}};
                if (!r.readings.empty()) {
                    const tables::Reading& used = r.readings[r.matched.value_or(0)];
                    j["adds"] = cells_of(b, used.adds);
                    j["basis"] = tables::basis_name(used.basis);
                    j["explained"] = r.matched.has_value();
                    j["strong"] = r.strong;
                }
                rows.push_back(std::move(j));
            }
            columns.push_back({{"column", column_name(b.col)}, {"header", b.header}, {"rows", std::move(rows)}});
        }
        if (!columns.empty()) sheets.push_back({{"name", s.name}, {"columns", std::move(columns)}});
    }
    return {{"tool", "summakoll"}, {"path", wb.path}, {"sheets", std::move(sheets)}};
}

}  // namespace sk
