#include "compare/keyed_table.hpp"

#include <algorithm>
#include <map>

#include "compare/name_key.hpp"
#include "tables/fold_label.hpp"
#include "tables/label_kind.hpp"

namespace sk::compare {

namespace {

using tables::Block;

bool compared(const Block& b) {
    return !b.part && (b.measure == tables::Measure::Money || b.measure == tables::Measure::Plain ||
                       b.measure == tables::Measure::Count);
}

// The column named by `key` in the header row: its header text or its letter.
std::optional<std::uint32_t> key_column_of(const Sheet& sheet, std::optional<std::uint32_t> header_row,
                                           const std::string& key) {
    const std::string wanted = tables::fold_label(key);
    if (header_row) {
        auto [b, e] = sheet.row_cells(*header_row);
        for (const Cell* c = b; c != e; ++c)
            if (c->type == CellType::Text && tables::fold_label(c->text) == wanted) return c->col;
    }
    std::uint32_t row = 0, col = 0;
    if (parse_a1(key + "1", row, col)) return col;
    return std::nullopt;
}

std::string cell_text(const Sheet& sheet, std::uint32_t row, std::uint32_t col) {
    const Cell* c = sheet.find(row, col);
    if (!c || c->type != CellType::Text) return {};
    return std::string(c->text.view());
}

struct Builder {
    const Workbook& wb;
    const Sheet& sheet;
    std::size_t sheet_index;
    const std::optional<std::string>& key_column;

    KeyedTable build(const std::vector<const Block*>& blocks) const {
        KeyedTable t;
        t.sheet = sheet_index;
        t.sheet_name = sheet.name;
        t.header_row = blocks.front()->header_row;
        std::map<std::uint32_t, std::size_t> column_of;  // sheet column → index in t.columns
        for (const Block* b : blocks) {
            if (column_of.count(b->col)) continue;
            column_of[b->col] = t.columns.size();
            t.columns.push_back(KeyedColumn{b->col, b->header, tables::kind_scale(b->hint.kind), b->total_column});
        }
        std::map<std::uint32_t, std::size_t> row_of;  // sheet row → index in t.rows
        std::map<std::uint32_t, std::uint32_t> group_of;  // sheet row → the sheet row of its top group
        std::vector<tables::ColumnReading> readings;
        for (const Block* b : blocks) readings.push_back(tables::read_column(wb, sheet, *b));
        for (std::size_t bi = 0; bi < blocks.size(); ++bi) {
            const Block& b = *blocks[bi];
            const std::size_t col = column_of[b.col];
            for (std::size_t i = 0; i < b.rows.size(); ++i) {
                const tables::BlockRow& br = b.rows[i];
                auto [it, added] = row_of.emplace(br.row, t.rows.size());
                if (added) {
                    KeyedRow r;
                    r.row = br.row;
                    r.label = std::string(br.label);
                    r.place = readings[bi].rows[i].place;
                    r.values.assign(t.columns.size(), std::nullopt);
                    r.ambiguous.assign(t.columns.size(), false);
                    if (std::optional<std::uint32_t> g = group_row(b, readings[bi], i)) group_of[br.row] = *g;
                    t.rows.push_back(std::move(r));
                }
                KeyedRow& r = t.rows[it->second];
                if (br.value.numeric()) r.values[col] = br.value.value;
                else if (br.value.kind == tables::ValueKind::Ambiguous) r.ambiguous[col] = true;
            }
        }
        std::sort(t.rows.begin(), t.rows.end(), [](const KeyedRow& a, const KeyedRow& b) { return a.row < b.row; });
        t.first_col = t.columns.front().col;
        t.last_col = t.columns.back().col;
        const std::optional<std::uint32_t> key_col =
            key_column ? key_column_of(sheet, t.header_row, *key_column) : std::nullopt;
        for (KeyedRow& r : t.rows) {
            // The row's name is its first text left of the amounts that is no
            // code: "Region Jämtland Härjedalen | Totalt: | 3 992 436" is the
            // region's row, whatever word marks its total.
            std::string name, all;
            auto [b, e] = sheet.row_cells(r.row);
            for (const Cell* c = b; c != e && c->col < t.columns.front().col; ++c) {
                if (c->type != CellType::Empty) t.first_col = std::min(t.first_col, c->col);
                if (c->type != CellType::Text || c->text.view().find_first_not_of(" \t") == std::string_view::npos) continue;
                if (std::optional<std::string> code = area_code(c->text)) {
                    if (!r.code) r.code = std::move(code);
                    continue;
                }
                if (name.empty()) name = std::string(c->text.view());
                all += std::string(all.empty() ? "" : " | ") + std::string(c->text.view());
            }
            if (!name.empty()) r.label = std::move(name);
            if (key_col) r.label = cell_text(sheet, r.row, *key_col);
            r.name_keys = name_keys(r.label);
            // A row with no name at all (a sum row under a table) is matched by its place among such rows.
            if (r.name_keys.empty()) r.name_keys = {std::string("\x01")};
            r.whole_keys = name_keys(all);
            const tables::LabelKind kind = tables::label_kind_of_text(r.label);
            r.named = !r.label.empty() && kind == tables::LabelKind::Plain;
            r.top_total = kind == tables::LabelKind::Total && !group_of.count(r.row);
        }
        for (KeyedRow& r : t.rows)
            if (auto g = group_of.find(r.row); g != group_of.end())
                if (auto it = std::lower_bound(t.rows.begin(), t.rows.end(), g->second,
                                               [](const KeyedRow& x, std::uint32_t row) { return x.row < row; });
                    it != t.rows.end() && it->row == g->second)
                    r.group_keys = it->name_keys;
        t.first_row = t.header_row.value_or(t.rows.front().row);
        t.last_row = t.rows.back().row;
        return t;
    }

    // The sheet row of the group row i stands in: its top ancestor, or the
    // one under the table's grand total. "Länssamordning" under
    // "Kommunförbundet …" is not the one under "Region Jämtland Härjedalen".
    static std::optional<std::uint32_t> group_row(const Block& b, const tables::ColumnReading& reading, std::size_t i) {
        std::vector<std::size_t> chain{i};
        while (reading.rows[chain.back()].parent && chain.size() <= reading.rows.size())
            chain.push_back(*reading.rows[chain.back()].parent);
        if (chain.size() < 2) return std::nullopt;
        const bool under_grand_total = reading.rows[chain.back()].place == tables::Place::Total && chain.size() >= 3;
        return b.rows[chain[chain.size() - (under_grand_total ? 2 : 1)]].row;
    }
};

}  // namespace

std::size_t KeyedTable::coded_rows() const {
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const KeyedRow& r) { return r.code.has_value(); }));
}

std::size_t KeyedTable::named_rows() const {
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [](const KeyedRow& r) { return r.named; }));
}

std::string KeyedTable::range_a1() const { return a1(Range{first_row, first_col, last_row, last_col}); }

std::vector<KeyedTable> keyed_tables(const Workbook& wb, const std::optional<std::string>& key_column) {
    std::vector<KeyedTable> out;
    for (std::size_t s = 0; s < wb.sheets.size(); ++s) {
        const Sheet& sheet = wb.sheets[s];
        const std::vector<Block> blocks = tables::find_blocks(wb, sheet);
        // Blocks under one header row are one table; a block without a header is a table of its own.
        std::map<std::uint32_t, std::vector<const Block*>> by_header;
        std::vector<std::vector<const Block*>> groups;
        for (const Block& b : blocks) {
            if (!compared(b)) continue;
            if (b.header_row) by_header[*b.header_row].push_back(&b);
            else groups.push_back({&b});
        }
        for (auto& [row, group] : by_header) groups.push_back(std::move(group));
        for (std::vector<const Block*>& group : groups) {
            std::stable_sort(group.begin(), group.end(), [](const Block* a, const Block* b) { return a->col < b->col; });
            KeyedTable t = Builder{wb, sheet, s, key_column}.build(group);
            // A table with no row that says who or where it is cannot be matched by key.
            if (t.named_rows() > 0 || t.coded_rows() > 0) out.push_back(std::move(t));
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const KeyedTable& a, const KeyedTable& b) {
        return a.sheet != b.sheet ? a.sheet < b.sheet : a.first_row < b.first_row;
    });
    return out;
}

}  // namespace sk::compare
