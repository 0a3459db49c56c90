#include <algorithm>
#include <atomic>
#include <cctype>
#include <cmath>
#include <iterator>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <unordered_map>

#include "base/ascii.hpp"
#include "base/run_both.hpp"
#include "normalise/column_hint.hpp"
#include "tables/blocks.hpp"

namespace sk::tables {

namespace {

// A text cell that is words, not a number: a label or a header.
struct LabelCell {
    std::uint32_t row = 0, col = 0;
    LabelKind kind = LabelKind::Plain;
    std::string_view text;  // trimmed, in the sheet's cell
};

bool is_year(double v) { return v >= 1900 && v <= 2100 && v == std::floor(v); }

std::string_view trimmed(std::string_view s) {
    const char* ws = " \t\r\n";
    auto a = s.find_first_not_of(ws);
    if (a == std::string_view::npos) return {};
    auto b = s.find_last_not_of(ws);
    return s.substr(a, b - a + 1);
}

// What the finder reads off a sheet once: shared, read-only, by the finders
// that walk its columns.
struct SheetCells {
    std::vector<std::uint32_t> rows;  // rows that have any cell, ascending
    std::map<std::uint32_t, std::vector<const Cell*>> columns;
    std::vector<LabelCell> labels;            // row-major, as the cells
    std::vector<std::uint32_t> label_start;   // row r's labels: [label_start[r], label_start[r + 1])
    std::vector<std::uint32_t> year_rows;

    std::span<const LabelCell> labels_of(std::uint32_t r) const {
        if (std::size_t(r) + 1 >= label_start.size()) return {};
        return {labels.data() + label_start[r], labels.data() + label_start[r + 1]};
    }
};

class Finder {
public:
    Finder(const Workbook& wb, const Sheet& sheet)
        : wb_(wb), sheet_(sheet), own_(std::make_unique<SheetCells>()), d_(*own_) {
        // Two readings that share nothing; on a big sheet, one on each core.
        SheetCells& d = *own_;
        process::run_both(
            sheet.cells.size() >= process::two_threads_from_cells,
            [&] {
                for (const Cell& c : sheet.cells) {
                    if (d.rows.empty() || d.rows.back() != c.row) d.rows.push_back(c.row);
                    d.columns[c.col].push_back(&c);
                }
                for (std::uint32_t r : d.rows)
                    if (years_only(r)) d.year_rows.push_back(r);
            },
            [&] {
                for (const Cell& c : sheet.cells)
                    if (c.type == CellType::Text && is_words(c.text))
                        d.labels.push_back(LabelCell{c.row, c.col, label_kind_of(c.text), trimmed(c.text)});
                d.label_start.resize(sheet.cells.empty() ? 0 : std::size_t(sheet.max_row()) + 2);
                std::size_t i = 0;
                for (std::size_t r = 0; r < d.label_start.size(); ++r) {
                    while (i < d.labels.size() && d.labels[i].row < r) ++i;
                    d.label_start[r] = std::uint32_t(i);
                }
            });
    }

    // A finder for another thread: the first one's reading, memos of its own.
    struct SecondThread {};
    Finder(const Finder& first, SecondThread) : wb_(first.wb_), sheet_(first.sheet_), d_(first.d_) {}

    std::vector<Block> run() {
        // Columns are handed out one at a time, to this thread and, on a big
        // sheet, a second one: a column of names costs more than one of
        // numbers, so a fixed split would leave one thread waiting.
        // Finders share the sheet's reading, never their memos.
        std::vector<std::pair<std::uint32_t, const std::vector<const Cell*>*>> columns;
        for (const auto& [col, cells] : d_.columns) columns.emplace_back(col, &cells);
        std::vector<std::vector<Block>> found(columns.size());
        std::atomic<std::size_t> next{0};
        auto work = [&](const Finder& f) {
            for (std::size_t i; (i = next++) < columns.size();) f.walk(columns[i].first, *columns[i].second, found[i]);
        };
        process::run_both(sheet_.cells.size() >= process::two_threads_from_cells && columns.size() > 1, [&] { work(*this); },
                          [&] { work(Finder(*this, SecondThread{})); });
        std::vector<Block> out;
        for (auto& blocks : found) out.insert(out.end(), std::make_move_iterator(blocks.begin()), std::make_move_iterator(blocks.end()));
        std::stable_sort(out.begin(), out.end(), [](const Block& a, const Block& b) {
            return a.col != b.col ? a.col < b.col : a.rows.front().row < b.rows.front().row;
        });
        return out;
    }

private:
    // Names and headers repeat down a sheet ("Östersund", "Barn och unga"):
    // each distinct text is classified once.
    // Looked up by string_view, without making a std::string each time.
    struct TextHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    template <class T>
    using ByText = std::unordered_map<std::string, T, TextHash, std::equal_to<>>;
    mutable ByText<num::ColumnHint> hints_;
    mutable ByText<LabelKind> label_kinds_;
    mutable std::vector<std::uint8_t> scale_above_;  // by row: see scale_above

    num::ColumnHint header_hint(std::string_view text) const {
        auto it = hints_.find(text);
        if (it == hints_.end()) it = hints_.emplace(std::string(text), num::hint_from_header(text)).first;
        return it->second;
    }
    LabelKind label_kind_of(std::string_view text) const {
        // A long text is never a label: not worth a copy in the memo.
        if (text.size() > longest_label_text) return label_kind_of_text(text);
        auto it = label_kinds_.find(text);
        if (it == label_kinds_.end()) it = label_kinds_.emplace(std::string(text), label_kind_of_text(text)).first;
        return it->second;
    }

    const Workbook& wb_;
    const Sheet& sheet_;
    std::unique_ptr<SheetCells> own_;  // the first finder's reading
    const SheetCells& d_;

    static bool is_words(std::string_view text) {
        num::Parsed p = num::parse(text);
        return p.status == num::Status::Rejected &&
               (p.reason == num::Rejection::Words || p.reason == num::Rejection::Malformed ||
                p.reason == num::Rejection::Ratio);
    }

    // A text without an ASCII digit: never a number, whatever its column's
    // hint says (the normaliser reads numbers only from runs of 0-9).
    static bool without_digits(const Cell& c) {
        return c.type == CellType::Text && !has_ascii_digit(c.text.view());
    }

    // A header row of years: "Kommun | 2024 | 2025". Every number in the row
    // is a whole year, at least two distinct ones, and no amount beside them.
    bool years_only(std::uint32_t r) const {
        auto [b, e] = sheet_.row_cells(r);
        std::vector<double> years;
        for (const Cell* c = b; c != e; ++c) {
            if (without_digits(*c)) continue;  // no year and no number: not worth parsing
            CellValue v = cell_value(wb_, c, {});
            if (!v.numeric() && v.kind != ValueKind::Ambiguous) continue;
            if (v.kind == ValueKind::Ambiguous || v.unit != num::Unit::None || !is_year(v.value)) return false;
            if (std::find(years.begin(), years.end(), v.value) != years.end()) return false;
            years.push_back(v.value);
        }
        return years.size() >= 2;
    }

    bool is_year_row(std::uint32_t r) const { return std::binary_search(d_.year_rows.begin(), d_.year_rows.end(), r); }

    // Rows with no cell at all strictly between a and b.
    std::uint32_t empty_rows_between(std::uint32_t a, std::uint32_t b) const {
        if (b <= a + 1) return 0;
        auto lo = std::upper_bound(d_.rows.begin(), d_.rows.end(), a);
        auto hi = std::lower_bound(d_.rows.begin(), d_.rows.end(), b);
        return (b - a - 1) - std::uint32_t(hi - lo);
    }

    // The label that gives row r its role for a number in column `col`: the
    // nearest label cell to the left that says total/part/…, else the row's
    // first label cell.
    void label_row(std::uint32_t r, std::uint32_t col, BlockRow& out) const {
        const LabelCell* first = nullptr;
        const LabelCell* marked = nullptr;
        for (const LabelCell& l : d_.labels_of(r)) {
            if (l.col >= col) break;
            if (!first) first = &l;
            if (l.kind != LabelKind::Plain) marked = &l;
        }
        if (marked) {
            out.role = marked->kind;
            out.label = marked->text;
        } else if (first) {
            out.label = first->text;
        }
    }

    // Header text above a run: the text cells of a column ending at its
    // cell `i`, up to three lines, read straight from the column's cells.
    static std::string header_text(const std::vector<const Cell*>& cells, std::size_t i) {
        const std::uint32_t r = cells[i]->row;
        std::size_t top = i;  // the first of the lines
        for (std::size_t k = 0; k < 3 && k <= i; ++k) {
            const Cell* c = cells[i - k];
            if (c->row != r - k || c->type != CellType::Text) break;
            // A comparison line above ("Totalt alla län") closes the table
            // above; it is no line of this header ("ÅR").
            if (k > 0 && label_kind_of_text(c->text.view()) == LabelKind::Comparison) break;
            top = i - k;
        }
        if (cells[i]->type != CellType::Text) return {};
        std::string s;
        for (std::size_t j = top; j <= i; ++j) {
            if (!s.empty()) s += ' ';
            s += trimmed(cells[j]->text);
        }
        return s;
    }

    // The text cell at `i` is the run's own header again (its last line,
    // or all of its lines).
    static bool repeats_header(const std::string& header, const std::vector<const Cell*>& cells, std::size_t i) {
        if (header.empty()) return false;
        std::string_view line = trimmed(cells[i]->text);
        if (line.empty()) return false;
        if (line == header) return true;
        if (header.size() > line.size() && std::string_view(header).ends_with(line) &&
            header[header.size() - line.size() - 1] == ' ')
            return header_text(cells, i) == header || header.find(line) == header.size() - line.size();
        return false;
    }

    // A scale (tkr, mkr) is only taken from a unit header: a few words whose
    // only figures are years ("Belopp (tkr)", "Angivet i tusental kronor",
    // "Beviljat 2024, tkr"). Prose that names an amount ("fördelning 5
    // mkr/län, resterande enl befolkningsmängd") says nothing about the
    // column's unit.
    static bool unit_header(std::string_view text) {
        std::size_t words = 0;
        std::size_t i = 0;
        while (i < text.size()) {
            while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
            if (i == text.size()) break;
            std::size_t j = i;
            std::size_t digits = 0, alnum = 0;
            for (; j < text.size() && !std::isspace(static_cast<unsigned char>(text[j])); ++j) {
                unsigned char ch = static_cast<unsigned char>(text[j]);
                digits += std::isdigit(ch) ? 1 : 0;
                alnum += std::isalnum(ch) || ch >= 0x80 ? 1 : 0;
            }
            if (digits > 0 && (digits != 4 || alnum != 4)) return false;
            ++words;
            i = j;
        }
        return words <= 6;
    }

    static bool is_scale(num::ColumnKind k) { return k == num::ColumnKind::Thousands || k == num::ColumnKind::Millions; }

    // The column hint from the header; a unit line above the header
    // ("Angivet i tusental kronor") may set the scale when the header does not.
    num::ColumnHint hint_for(std::uint32_t header_row, const std::string& header) const {
        num::ColumnHint hint = header_hint(header);
        if (is_scale(hint.kind) && !unit_header(header)) hint.kind = num::ColumnKind::Unknown;
        if (hint.kind != num::ColumnKind::Unknown && hint.kind != num::ColumnKind::Amount) return hint;
        if (std::optional<num::ColumnKind> kind = scale_above(header_row)) hint.kind = *kind;
        return hint;
    }

    // The scale a unit line in the five rows above `row` sets, if any. Asked
    // for every text cell of a column of names: remembered by row.
    std::optional<num::ColumnKind> scale_above(std::uint32_t row) const {
        constexpr std::uint8_t unknown = 0xff, none = 0xfe;
        if (row >= scale_above_.size()) scale_above_.resize(std::max<std::size_t>(d_.label_start.size(), row + 1), unknown);
        std::uint8_t& memo = scale_above_[row];
        if (memo == unknown) {
            memo = none;
            for (std::uint32_t k = 1; k <= 5 && k <= row && memo == none; ++k)
                for (const LabelCell& l : d_.labels_of(row - k)) {
                    num::ColumnKind kind = header_hint(l.text).kind;
                    if (is_scale(kind) && unit_header(l.text)) {
                        memo = std::uint8_t(kind);
                        break;
                    }
                }
        }
        if (memo == none) return std::nullopt;
        return num::ColumnKind(memo);
    }

    static Measure measure_of(const Block& b) {
        std::size_t percent = 0, kr = 0, years = 0;
        for (const BlockRow& r : b.rows) {
            if (r.value.unit == num::Unit::Percent) ++percent;
            if (r.value.unit == num::Unit::Kr) ++kr;
            if (r.value.unit == num::Unit::None && r.value.numeric() && is_year(r.value.value)) ++years;
        }
        // Amounts shown in kronor are money, whatever a header word suggested
        // (but a code, a year or kronor per head is never summed).
        if (kr * 2 > b.rows.size() && b.hint.kind != num::ColumnKind::Code && b.hint.kind != num::ColumnKind::Year &&
            b.hint.kind != num::ColumnKind::Rate)
            return Measure::Money;
        switch (b.hint.kind) {
            case num::ColumnKind::Code:
            case num::ColumnKind::Year:
            case num::ColumnKind::Rate: return Measure::Skip;
            case num::ColumnKind::Percent: return Measure::Percent;
            case num::ColumnKind::Count: return Measure::Count;
            case num::ColumnKind::Amount:
            case num::ColumnKind::Thousands:
            case num::ColumnKind::Millions: return Measure::Money;
            case num::ColumnKind::Unknown: break;
        }
        if (percent * 2 > b.rows.size()) return Measure::Percent;
        if (kr > 0) return Measure::Money;
        if (years == b.rows.size() && years >= 2) return Measure::Skip;
        return Measure::Plain;
    }

    // `b` keeps its header for the run that may follow; its rows move out.
    void close(Block& b, std::vector<Block>& out, bool codes) const {
        if (!b.rows.empty()) {
            b.measure = codes ? Measure::Skip : measure_of(b);
            b.total_column = is_total(label_kind_of(b.header));
            // The rows moved into a vector of their own size; `b` keeps its
            // room for the next run (a million rows make 100 000 blocks).
            std::vector<BlockRow> rows(std::make_move_iterator(b.rows.begin()), std::make_move_iterator(b.rows.end()));
            b.rows.clear();
            out.push_back(b);
            out.back().rows = std::move(rows);
        }
    }

    // A run of composite cells ("5975/453") becomes one block per number in
    // its cells. Only a run right under its header counts: one that goes on
    // from numbers above ("8155", then "380/164") mixes shapes, and its parts
    // cannot be summed.
    void close_composite(Block& comp, std::vector<Block>& out) const {
        if (comp.rows.size() >= 2)
            for (std::size_t p = 0; p < comp.rows.front().value.parts().size(); ++p) {
                Block b = comp;
                b.part = p;
                for (BlockRow& r : b.rows) {
                    CellValue v = std::move(r.value.readings->parts[p]);
                    r.value = std::move(v);
                }
                b.measure = measure_of(b);
                b.total_column = is_total(label_kind_of(b.header));
                out.push_back(std::move(b));
            }
        comp.rows.clear();
    }

    // A year typed as bold text right under numbers typed as numbers, on no
    // total's row, heads a new run ("Ålder | 2024" under a table of visits
    // whose figures a converted workbook made numbers): an amount there
    // would have been typed as a number like the ones above it.
    bool text_year_header(const std::vector<const Cell*>& cells, std::size_t i) const {
        const Cell* cell = cells[i];
        if (i == 0 || cell->type != CellType::Text || !wb_.style_of(*cell).bold) return false;
        const Cell* above = cells[i - 1];
        if (above->type != CellType::Number || above->row + 1 != cell->row) return false;
        BlockRow row;
        label_row(cell->row, cell->col, row);
        return !is_total(row.role);
    }

    void walk(std::uint32_t col, const std::vector<const Cell*>& cells, std::vector<Block>& out) const {
        Block cur;
        cur.col = col;
        Block comp;  // the composite run going on, if any
        comp.col = col;
        bool codes = false;
        bool under_header = false;  // the last non-blank cell was the header
        // The text cell whose header and hint are still to be read: in a
        // column of names every cell is a possible header, but only the one a
        // number follows is one. Read when a cell whose value the hint may
        // change comes (one with a digit), so the result is the same.
        std::optional<std::size_t> header_at;
        auto read_header = [&] {
            if (!header_at) return;
            cur.header = header_text(cells, *header_at);
            cur.hint = hint_for(cur.header_row.value_or(0), cur.header);
            header_at.reset();
        };
        std::optional<std::uint32_t> prev;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const Cell* cell = cells[i];
            std::uint32_t r = cell->row;
            // A table that spans pages repeats its column header on each
            // page: the run goes on under it, whatever empty rows and page
            // lines stand around it.
            if (!cur.rows.empty() && cell->type == CellType::Text && repeats_header(cur.header, cells, i)) {
                prev = r;
                under_header = false;
                continue;
            }
            // Two empty rows end a table; the next run keeps the header's hint.
            if (prev && empty_rows_between(*prev, r) >= 2) {
                close(cur, out, codes);
                close_composite(comp, out);
                codes = false;
                under_header = false;
            }
            prev = r;
            if (is_year_row(r)) {
                close(cur, out, codes);
                close_composite(comp, out);
                codes = false;
                cur.header_row = r;
                cur.header = cell->text;
                // A year says nothing of its column, but the row's other headers
                // do ("Förändring %" beside "2023" and "2024": not summed).
                cur.hint = header_hint(cell->text);
                header_at.reset();
                under_header = true;
                continue;
            }
            if (!without_digits(*cell)) read_header();
            CellValue v = cell_value(wb_, cell, cur.hint);
            if (v.kind == ValueKind::Blank) continue;
            if (v.kind == ValueKind::Composite) {
                if (!comp.rows.empty()) {
                    v = cell_value(wb_, cell, comp.hint);  // read as the run's header says
                    if (v.kind != ValueKind::Composite || v.parts().size() != comp.rows.back().value.parts().size())
                        close_composite(comp, out);
                }
                if (comp.rows.empty() && under_header) {
                    comp.header_row = cur.header_row;
                    comp.header = cur.header;
                    comp.hint = cur.hint;
                }
                if (!comp.rows.empty() || under_header) {
                    BlockRow br;
                    br.row = r;
                    br.value = std::move(v);
                    label_row(r, col, br);
                    comp.rows.push_back(std::move(br));
                }
                under_header = false;
            } else {
                close_composite(comp, out);
            }
            if (v.kind == ValueKind::Code) {
                codes = true;  // "01", "03" …: a code column, whatever its other cells look like
                under_header = false;
                continue;
            }
            // For the number blocks a composite cell is text: it ends the run above.
            if (v.kind == ValueKind::Text || v.kind == ValueKind::Composite) {
                close(cur, out, codes);
                codes = false;
                cur.header_row = r;
                header_at = i;
                under_header = v.kind == ValueKind::Text;
                continue;
            }
            under_header = false;
            // A lone year at the top of a run (or right after its total) is a
            // column header ("Ålder | 2024").
            // (Not a row of years only: that row took the is_year_row branch above.)
            if ((cur.rows.empty() || is_total(cur.rows.back().role) || text_year_header(cells, i)) &&
                v.unit == num::Unit::None && v.numeric() && is_year(v.value)) {
                close(cur, out, codes);
                codes = false;
                cur.header_row = r;
                cur.header = cell->text;
                under_header = true;
                continue;
            }
            BlockRow br;
            br.row = r;
            br.value = std::move(v);
            label_row(r, col, br);
            cur.rows.push_back(std::move(br));
        }
        close(cur, out, codes);
        close_composite(comp, out);
    }
};

}  // namespace

std::vector<Block> find_blocks(const Workbook& wb, const Sheet& sheet) { return Finder(wb, sheet).run(); }

TableIndex index_tables(const std::vector<Block>& blocks) {
    TableIndex index;
    for (const Block& b : blocks)
        if (b.header_row) index.by_header_row[*b.header_row].push_back(&b);
    for (auto& [row, table] : index.by_header_row)
        std::stable_sort(table.begin(), table.end(), [](const Block* a, const Block* b) { return a->col < b->col; });
    return index;
}

std::vector<const Block*> table_of(const TableIndex& index, const Block& member) {
    if (!member.header_row) return {&member};
    auto it = index.by_header_row.find(*member.header_row);
    return it == index.by_header_row.end() ? std::vector<const Block*>{&member} : it->second;
}

const BlockRow* row_at(const Block& b, std::uint32_t row) {
    auto it = std::lower_bound(b.rows.begin(), b.rows.end(), row,
                               [](const BlockRow& r, std::uint32_t x) { return r.row < x; });
    return it != b.rows.end() && it->row == row ? &*it : nullptr;
}

}  // namespace sk::tables
