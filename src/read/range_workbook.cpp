#include "read/range_workbook.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <iterator>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "read/cell_order.hpp"
#include "read/number_format.hpp"
#include "read/read_workbook.hpp"

namespace sk {

using nlohmann::json;

namespace {

// Excel's error values as Range.values shows them.
constexpr std::array<std::string_view, 11> error_values = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!",  "#NAME?",       "#NUM!",
                                                           "#N/A",   "#SPILL!", "#CALC!",  "#BUSY!", "#GETTING_DATA"};

// The request nests seven levels at most (request, referencedSheets, sheet,
// blocks, block, grid, row); deeper input is refused as it comes.
constexpr std::size_t max_depth = 8;

// "'Blad 1'!B2:F30" → the sheet part ("Blad 1", unquoted) and the top-left cell.
struct Address {
    std::string sheet;
    std::uint32_t row = 0, col = 0;
};

std::optional<Address> parse_address(std::string_view s) {
    Address a;
    auto bang = s.rfind('!');
    if (bang != std::string_view::npos) {
        std::string_view sheet = s.substr(0, bang);
        if (sheet.size() >= 2 && sheet.front() == '\'' && sheet.back() == '\'') sheet = sheet.substr(1, sheet.size() - 2);
        for (std::size_t i = 0; i < sheet.size(); ++i) {
            a.sheet += sheet[i];
            if (sheet[i] == '\'' && i + 1 < sheet.size() && sheet[i + 1] == '\'') ++i;  // '' is a quote
        }
        s.remove_prefix(bang + 1);
    }
    s = s.substr(0, s.find(':'));
    if (!parse_a1(s, a.row, a.col)) return std::nullopt;
    return a;
}

std::string shortest(double v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

enum class GridKind : std::uint8_t { Values, Formulas, Formats, Types };

std::optional<GridKind> grid_kind(std::string_view key) {
    if (key == "values") return GridKind::Values;
    if (key == "formulas") return GridKind::Formulas;
    if (key == "numberFormat") return GridKind::Formats;
    if (key == "valueTypes") return GridKind::Types;
    return std::nullopt;
}

// One JSON scalar as it streams by.
struct Scalar {
    enum class Kind : std::uint8_t { Null, Number, Bool, String } kind = Kind::Null;
    double number = 0;
    bool boolean = false;
    std::string* text = nullptr;
};

// A block's cells, at positions relative to its top-left cell until the
// block ends (its "address" may come after its grids). Row-major.
struct Block {
    std::vector<Cell> cells;
    std::optional<Address> top;
    bool has_values = false;  // its "values" grid has been read
};

struct OpenSheet {
    std::optional<std::string> name;  // "sheet"
    std::string address_sheet;        // the sheet part of the first block address that has one
    bool has_blocks = false;
    Block own;                        // the grids at the sheet's own level, used when it has no "blocks"
    std::vector<Cell> cells;
};

// The request read as nlohmann's SAX events (json::sax_parse). Each grid
// comes row-major, so each of its positions is found in the block's cells
// by a cursor that only moves forward; cells a grid adds go after the
// others and are merged in when the grid ends. The grids of a block may
// come in any order: a number format or value type that comes before the
// values is kept in a placeholder cell, dropped at the block's end if no
// value or formula came to it.
class RangeReader {
public:
    explicit RangeReader(Lang lang) : lang_(lang) {
        wb_.path = "range";
        wb_.styles.push_back({0, "General", false, false, false, 0});
    }

    bool null() { return scalar({}); }
    bool boolean(bool b) { return scalar({Scalar::Kind::Bool, 0, b, nullptr}); }
    bool number_integer(json::number_integer_t v) { return scalar({Scalar::Kind::Number, static_cast<double>(v), false, nullptr}); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar({Scalar::Kind::Number, static_cast<double>(v), false, nullptr}); }
    bool number_float(json::number_float_t v, const json::string_t&) { return scalar({Scalar::Kind::Number, v, false, nullptr}); }
    bool string(json::string_t& s) { return scalar({Scalar::Kind::String, 0, false, &s}); }
    bool binary(json::binary_t&) { return shape_error(); }
    bool key(json::string_t& k) {
        key_.swap(k);
        return true;
    }
    bool start_object(std::size_t) {
        if (stack_.empty()) return open_sheet();
        switch (stack_.back()) {
            case In::Skip: return push(In::Skip);
            case In::Sheet:
            case In::Block: return known_key() ? shape_error() : push(In::Skip);
            case In::Sheets: return open_sheet();
            case In::Blocks:
                block_.emplace();
                return push(In::Block);
            case In::Grid: return shape_error();
            case In::Row: return nested_cell();
        }
        return true;
    }
    bool start_array(std::size_t) {
        if (stack_.empty()) {
            root_not_object_ = true;  // said after the parse: a too deep array is bad JSON first
            return push(In::Skip);
        }
        switch (stack_.back()) {
            case In::Skip: return push(In::Skip);
            case In::Sheet:
                if (key_ == "blocks") {
                    sheets_.back().has_blocks = true;
                    return push(In::Blocks);
                }
                if (key_ == "referencedSheets" && stack_.size() == 1) return push(In::Sheets);
                [[fallthrough]];
            case In::Block:
                if (auto kind = grid_kind(key_)) {
                    begin_grid(stack_.back() == In::Block ? *block_ : sheets_.back().own, *kind);
                    return push(In::Grid);
                }
                return known_key() ? shape_error() : push(In::Skip);
            case In::Sheets:
            case In::Blocks: return shape_error();
            case In::Grid:
                grid_.row = grid_.rows++;
                grid_.col = 0;
                return push(In::Row);
            case In::Row: return nested_cell();
        }
        return true;
    }
    bool end_object() { return pop(); }
    bool end_array() { return pop(); }
    bool parse_error(std::size_t, const std::string&, const json::exception&) {
        throw BadRange(BadRange::Kind::Json, tr(lang_, "begäran är inte giltig JSON", "the request is not valid JSON"));
    }

    Workbook done() {
        if (root_not_object_ || wb_.sheets.empty()) shape_error();
        // The requested sheet ends after the referenced ones it holds: it goes first.
        std::rotate(wb_.sheets.begin(), wb_.sheets.end() - 1, wb_.sheets.end());
        return std::move(wb_);
    }

private:
    enum class In : std::uint8_t { Sheet, Sheets, Blocks, Block, Grid, Row, Skip };

    // The grid being read: where its next cell goes.
    struct GridPass {
        GridKind kind = GridKind::Values;
        Block* block = nullptr;
        std::uint64_t rows = 0, row = 0, col = 0;
        std::size_t cursor = 0;  // no earlier cell of the block is at or after the next position
        std::size_t old = 0;     // the block's cells before this grid; the grid's new ones follow
    };

    [[noreturn]] void fail(const char* sv, const char* en) const {
        throw BadRange(BadRange::Kind::Shape, tr(lang_, sv, en));
    }

    // The first error of the shape that the current position shows.
    bool shape_error() const {
        if (stack_.empty() || root_not_object_) fail("varje blad ska vara ett JSON-objekt", "each sheet must be a JSON object");
        switch (stack_.back()) {
            case In::Sheets: fail("varje blad ska vara ett JSON-objekt", "each sheet must be a JSON object");
            case In::Blocks: fail("varje block ska vara ett JSON-objekt", "each block must be a JSON object");
            case In::Sheet:
            case In::Block:
                if (key_ == "sheet") fail("\"sheet\" ska vara en text", "\"sheet\" must be a string");
                if (key_ == "address") fail_address();
                if (key_ == "blocks") fail("\"blocks\" ska vara en lista av block", "\"blocks\" must be a list of blocks");
                if (key_ == "referencedSheets")
                    fail("\"referencedSheets\" ska vara en lista av blad", "\"referencedSheets\" must be a list of sheets");
                break;
            case In::Grid:
            case In::Row:
            case In::Skip: break;
        }
        fail("\"values\", \"formulas\", \"numberFormat\" och \"valueTypes\" ska vara tvådimensionella tabeller (listor av rader)",
             "\"values\", \"formulas\", \"numberFormat\" and \"valueTypes\" must be 2-D arrays (lists of rows)");
    }

    [[noreturn]] void fail_address() const {
        fail("\"address\" ska vara en celladress som \"B2\" eller \"Blad1!B2:F30\"",
             "\"address\" must be a cell address such as \"B2\" or \"Sheet1!B2:F30\"");
    }

    // A key of the current sheet or block whose value has a shape of its own.
    bool known_key() const {
        bool sheet_level = stack_.back() == In::Sheet;
        return key_ == "address" || grid_kind(key_) ||
               (sheet_level && (key_ == "sheet" || key_ == "blocks" || (key_ == "referencedSheets" && stack_.size() == 1)));
    }

    bool push(In in) {
        if (stack_.size() >= max_depth)
            throw BadRange(BadRange::Kind::Json,
                           tr(lang_, "begärans JSON är för djupt nästlad", "the request's JSON is nested too deeply"));
        stack_.push_back(in);
        return true;
    }

    bool pop() {
        In in = stack_.back();
        stack_.pop_back();
        switch (in) {
            case In::Sheet: close_sheet(); break;
            case In::Block:
                close_block(*block_, sheets_.back());
                block_.reset();
                break;
            case In::Grid: end_grid(); break;
            case In::Sheets:
            case In::Blocks:
            case In::Row:
            case In::Skip: break;
        }
        return true;
    }

    bool open_sheet() {
        sheets_.emplace_back();
        return push(In::Sheet);
    }

    // A cell that is an object or an array: an error in "values", passed over elsewhere.
    bool nested_cell() {
        if (grid_.kind == GridKind::Values)
            fail("ett cellvärde ska vara ett tal, en text eller ett sanningsvärde", "a cell value must be a number, a string or a boolean");
        ++grid_.col;
        return push(In::Skip);
    }

    bool scalar(const Scalar& v) {
        if (stack_.empty()) {
            root_not_object_ = true;
            return true;
        }
        switch (stack_.back()) {
            case In::Skip: return true;
            case In::Row: return cell(v);
            case In::Sheet:
                if (key_ == "sheet") {
                    if (v.kind != Scalar::Kind::String) shape_error();
                    sheets_.back().name = *v.text;
                    return true;
                }
                [[fallthrough]];
            case In::Block:
                if (key_ == "address") {
                    std::optional<Address> top;
                    if (v.kind != Scalar::Kind::String || !(top = parse_address(*v.text))) fail_address();
                    (stack_.back() == In::Block ? *block_ : sheets_.back().own).top = std::move(top);
                    return true;
                }
                return known_key() ? shape_error() : true;
            case In::Sheets:
            case In::Blocks:
            case In::Grid: return shape_error();
        }
        return true;
    }

    void begin_grid(Block& block, GridKind kind) {
        grid_ = GridPass{};
        grid_.kind = kind;
        grid_.block = &block;
        grid_.old = block.cells.size();
    }

    void end_grid() {
        std::vector<Cell>& cells = grid_.block->cells;
        auto before = [](const Cell& a, const Cell& b) { return a.row < b.row || (a.row == b.row && a.col < b.col); };
        auto mid = cells.begin() + std::ptrdiff_t(grid_.old);
        if (mid != cells.begin() && mid != cells.end()) std::inplace_merge(cells.begin(), mid, cells.end(), before);
        if (grid_.kind == GridKind::Values) grid_.block->has_values = true;
    }

    // The block's cell at the grid's current position, if one was made before this grid.
    Cell* find() {
        std::vector<Cell>& cells = grid_.block->cells;
        auto at_or_after = [&](const Cell& c) { return c.row > grid_.row || (c.row == grid_.row && c.col >= grid_.col); };
        while (grid_.cursor < grid_.old && !at_or_after(cells[grid_.cursor])) ++grid_.cursor;
        if (grid_.cursor < grid_.old && cells[grid_.cursor].row == grid_.row && cells[grid_.cursor].col == grid_.col)
            return &cells[grid_.cursor];
        return nullptr;
    }

    Cell& find_or_make() {
        if (Cell* c = find()) return *c;
        if (grid_.row >= max_rows || grid_.col >= max_cols)  // relative: the top-left cell only adds to it
            fail("cellerna går utanför Excels blad (A1:XFD1048576)", "the cells go beyond Excel's sheet (A1:XFD1048576)");
        if (++count_ > max_range_cells)
            throw BadRange(BadRange::Kind::TooManyCells,
                           tr(lang_, "för många celler i en begäran (högst ", "too many cells in one request (at most ") +
                               std::to_string(max_range_cells) + ")");
        Cell& c = grid_.block->cells.emplace_back();
        c.row = std::uint32_t(grid_.row);
        c.col = std::uint32_t(grid_.col);
        return c;
    }

    void check_length(std::size_t bytes) const {
        if (bytes > limits_.max_string_bytes) fail("en cells text är för lång", "a cell's text is too long");
    }

    bool cell(const Scalar& v) {
        const bool has_values = grid_.block->has_values;
        const bool text = v.kind == Scalar::Kind::String;
        switch (grid_.kind) {
            case GridKind::Values: set_value(v); break;
            case GridKind::Formulas:
                if (text && v.text->starts_with('=')) {
                    check_length(v.text->size() - 1);
                    find_or_make().formula = std::string_view(*v.text).substr(1);
                }
                break;
            case GridKind::Formats:
                if (!text) break;
                if (Cell* c = find()) {
                    set_style(*c, *v.text);
                } else if (!has_values && style_for(*v.text) != 0) {
                    set_style(find_or_make(), *v.text);
                }
                break;
            case GridKind::Types:
                // Says whether a text value is an error value: kept in the type until the value comes.
                if (!text || *v.text == "Empty") break;
                if (Cell* c = has_values ? find() : &find_or_make(); c && is_text_type(c->type))
                    c->type = *v.text == "Error" ? CellType::Error : CellType::Text;
                break;
        }
        ++grid_.col;
        return true;
    }

    static bool is_text_type(CellType t) {
        switch (t) {
            case CellType::Empty:
            case CellType::Text:
            case CellType::Error: return true;
            case CellType::Number:
            case CellType::Bool: return false;
        }
        return false;
    }

    void set_value(const Scalar& v) {
        switch (v.kind) {
            case Scalar::Kind::Null: return;
            case Scalar::Kind::Number: {
                Cell& c = find_or_make();
                c.type = CellType::Number;
                c.number = v.number;
                c.text = shortest(v.number);
                c.is_date = wb_.styles[c.style].is_date;
                return;
            }
            case Scalar::Kind::Bool: {
                Cell& c = find_or_make();
                c.type = CellType::Bool;
                c.boolean = v.boolean;
                c.text = v.boolean ? "TRUE" : "FALSE";
                return;
            }
            case Scalar::Kind::String: {
                if (v.text->empty()) return;
                check_length(v.text->size());
                Cell& c = find_or_make();
                const CellType said = c.type;  // Text or Error when "valueTypes" came first
                c.text = *v.text;
                if (said == CellType::Text || said == CellType::Error) return;
                c.type = std::find(error_values.begin(), error_values.end(), *v.text) != error_values.end() ? CellType::Error
                                                                                                            : CellType::Text;
                return;
            }
        }
    }

    void set_style(Cell& c, const std::string& code) {
        c.style = style_for(code);
        if (c.type == CellType::Number) c.is_date = wb_.styles[c.style].is_date;
    }

    std::uint32_t style_for(const std::string& code) {
        if (code.empty() || code == "General") return 0;
        auto [it, added] = style_index_.try_emplace(code, std::uint32_t(wb_.styles.size()));
        if (added) {
            StyleHint h;
            h.num_fmt_id = 164 + it->second;  // a custom id: the code alone says whether it is a date
            h.num_format = code;
            h.is_date = is_date_format(h.num_fmt_id, code);
            wb_.styles.push_back(std::move(h));
        }
        return it->second;
    }

    // The block's cells moved to their place on the sheet; placeholders dropped.
    void close_block(Block& block, OpenSheet& sheet) {
        if (!block.has_values)
            fail("\"values\" saknas: en tvådimensionell tabell av cellvärden", "\"values\" is missing: a 2-D array of cell values");
        const Address top = block.top.value_or(Address{});
        if (sheet.address_sheet.empty()) sheet.address_sheet = top.sheet;
        std::size_t kept = 0;
        for (Cell& c : block.cells) {
            if (is_text_type(c.type) && c.text.empty()) c.type = CellType::Empty;  // a value type, no value
            if (c.type == CellType::Empty && c.formula.empty()) continue;
            if (std::uint64_t(top.row) + c.row >= max_rows || std::uint64_t(top.col) + c.col >= max_cols)
                fail("cellerna går utanför Excels blad (A1:XFD1048576)", "the cells go beyond Excel's sheet (A1:XFD1048576)");
            c.row += top.row;
            c.col += top.col;
            block.cells[kept++] = std::move(c);
        }
        block.cells.erase(block.cells.begin() + std::ptrdiff_t(kept), block.cells.end());
        if (sheet.cells.empty()) {
            sheet.cells = std::move(block.cells);
        } else {
            sheet.cells.insert(sheet.cells.end(), std::make_move_iterator(block.cells.begin()),
                               std::make_move_iterator(block.cells.end()));
        }
        std::vector<Cell>().swap(block.cells);
    }

    void close_sheet() {
        OpenSheet& open = sheets_.back();
        if (!open.has_blocks) close_block(open.own, open);
        Sheet sheet;
        sheet.name = open.name.value_or(open.address_sheet);
        if (sheet.name.empty()) sheet.name = "Blad1";
        for (const Sheet& other : wb_.sheets)
            if (other.name == sheet.name) fail("samma blad finns två gånger i begäran", "the same sheet is in the request twice");
        put_cells_in_order(open.cells);  // a later block wins where blocks overlap
        sheet.cells = std::move(open.cells);
        sheet.index_rows();
        wb_.sheets.push_back(std::move(sheet));
        sheets_.pop_back();
    }

    Lang lang_;
    ReadLimits limits_;
    Workbook wb_;
    std::vector<In> stack_;
    std::string key_;  // the last key read
    bool root_not_object_ = false;
    std::vector<OpenSheet> sheets_;  // the request, and the referenced sheet being read
    std::optional<Block> block_;     // the block of "blocks" being read
    GridPass grid_;
    std::unordered_map<std::string, std::uint32_t> style_index_;
    std::uint64_t count_ = 0;
};

}  // namespace

Workbook workbook_from_range(std::string_view json_text, Lang lang) {
    RangeReader reader(lang);
    json::sax_parse(json_text, &reader);
    return reader.done();
}

}  // namespace sk
