#include "read/range_workbook.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <string_view>
#include <unordered_map>

#include "read/number_format.hpp"
#include "read/read_workbook.hpp"

namespace sk {

using nlohmann::json;

namespace {

// Excel's error values as Range.values shows them.
constexpr std::array<std::string_view, 11> error_values = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!",  "#NAME?",       "#NUM!",
                                                           "#N/A",   "#SPILL!", "#CALC!",  "#BUSY!", "#GETTING_DATA"};

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

const json* at(const json* grid, std::size_t r, std::size_t c) {
    if (!grid || !grid->is_array() || r >= grid->size() || !(*grid)[r].is_array() || c >= (*grid)[r].size()) return nullptr;
    return &(*grid)[r][c];
}

std::string shortest(double v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

class Builder {
public:
    explicit Builder(Lang lang) : lang_(lang) {
        wb_.path = "range";
        wb_.styles.push_back({0, "General", false, false, false, 0});
    }

    // One sheet: its name, and its cells from one block or a list of blocks.
    void add_sheet(const json& request) {
        if (!request.is_object()) fail("varje blad ska vara ett JSON-objekt", "each sheet must be a JSON object");
        sheet_name_.clear();
        cells_.clear();
        if (request.contains("blocks")) {
            if (!request["blocks"].is_array()) fail("\"blocks\" ska vara en lista av block", "\"blocks\" must be a list of blocks");
            for (const json& block : request["blocks"]) add_block(block);
        } else {
            add_block(request);
        }
        Sheet sheet;
        if (request.contains("sheet")) {
            if (!request["sheet"].is_string()) fail("\"sheet\" ska vara en text", "\"sheet\" must be a string");
            sheet_name_ = request["sheet"].get<std::string>();
        }
        sheet.name = sheet_name_.empty() ? "Blad1" : sheet_name_;
        for (const Sheet& other : wb_.sheets)
            if (other.name == sheet.name) fail("samma blad finns två gånger i begäran", "the same sheet is in the request twice");
        sheet.cells.reserve(cells_.size());
        for (auto& [pos, cell] : cells_) sheet.cells.push_back(std::move(cell));
        sheet.index_rows();
        wb_.sheets.push_back(std::move(sheet));
    }

    Workbook done() { return std::move(wb_); }

private:
    void add_block(const json& block) {
        if (!block.is_object()) fail("varje block ska vara ett JSON-objekt", "each block must be a JSON object");
        std::optional<Address> top;
        if (block.contains("address")) {
            if (!block["address"].is_string() || !(top = parse_address(block["address"].get<std::string>())))
                fail("\"address\" ska vara en celladress som \"B2\" eller \"Blad1!B2:F30\"",
                     "\"address\" must be a cell address such as \"B2\" or \"Sheet1!B2:F30\"");
            if (sheet_name_.empty()) sheet_name_ = top->sheet;
        }
        if (!top) top = Address{};
        const json* values = grid(block, "values", true);
        const json* formulas = grid(block, "formulas", false);
        const json* formats = grid(block, "numberFormat", false);
        const json* types = grid(block, "valueTypes", false);
        std::size_t rows = std::max(values->size(), formulas ? formulas->size() : 0);
        for (std::size_t r = 0; r < rows; ++r) {
            const json* row = at_row(values, r);
            const json* frow = at_row(formulas, r);
            std::size_t cols = std::max(row ? row->size() : 0, frow ? frow->size() : 0);
            for (std::size_t c = 0; c < cols; ++c)
                add_cell(top->row + r, top->col + c, at(values, r, c), at(formulas, r, c), at(formats, r, c), at(types, r, c));
        }
    }

    [[noreturn]] void fail(const char* sv, const char* en) const { throw BadRange(tr(lang_, sv, en)); }

    const json* grid(const json& block, const char* key, bool required) const {
        if (!block.contains(key)) {
            if (required) fail("\"values\" saknas: en tvådimensionell tabell av cellvärden", "\"values\" is missing: a 2-D array of cell values");
            return nullptr;
        }
        const json& g = block[key];
        bool ok = g.is_array();
        for (std::size_t i = 0; ok && i < g.size(); ++i) ok = g[i].is_array();
        if (!ok) fail("\"values\", \"formulas\", \"numberFormat\" och \"valueTypes\" ska vara tvådimensionella tabeller (listor av rader)",
                      "\"values\", \"formulas\", \"numberFormat\" and \"valueTypes\" must be 2-D arrays (lists of rows)");
        return &g;
    }

    static const json* at_row(const json* g, std::size_t r) { return g && r < g->size() ? &(*g)[r] : nullptr; }

    std::uint32_t style_for(const json* format) {
        if (!format || !format->is_string()) return 0;
        const std::string& code = format->get_ref<const std::string&>();
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

    void add_cell(std::size_t row, std::size_t col, const json* value, const json* formula, const json* format, const json* type) {
        bool has_formula = formula && formula->is_string() && formula->get_ref<const std::string&>().starts_with("=");
        bool has_value = value && !value->is_null() && !(value->is_string() && value->get_ref<const std::string&>().empty());
        if (!has_formula && !has_value) return;
        if (row >= max_rows || col >= max_cols)
            fail("cellerna går utanför Excels blad (A1:XFD1048576)", "the cells go beyond Excel's sheet (A1:XFD1048576)");
        if (++count_ > limits_.max_cells) fail("för många celler i en begäran", "too many cells in one request");
        Cell cell;
        cell.row = std::uint32_t(row);
        cell.col = std::uint32_t(col);
        cell.style = style_for(format);
        if (has_formula) cell.formula = formula->get_ref<const std::string&>().substr(1);
        if (value && value->is_number()) {
            cell.type = CellType::Number;
            cell.number = value->get<double>();
            cell.text = shortest(cell.number);
            cell.is_date = wb_.styles[cell.style].is_date;
        } else if (value && value->is_boolean()) {
            cell.type = CellType::Bool;
            cell.boolean = value->get<bool>();
            cell.text = cell.boolean ? "TRUE" : "FALSE";
        } else if (value && value->is_string()) {
            cell.text = value->get<std::string>();
            bool error = type && type->is_string() ? type->get_ref<const std::string&>() == "Error"
                                                   : std::find(error_values.begin(), error_values.end(), cell.text) != error_values.end();
            cell.type = error ? CellType::Error : CellType::Text;
        } else if (value && !value->is_null()) {
            fail("ett cellvärde ska vara ett tal, en text eller ett sanningsvärde", "a cell value must be a number, a string or a boolean");
        }
        if (cell.text.size() > limits_.max_string_bytes || cell.formula.size() > limits_.max_string_bytes)
            fail("en cells text är för lång", "a cell's text is too long");
        cells_[{cell.row, cell.col}] = std::move(cell);  // a later block wins where blocks overlap
    }

    Lang lang_;
    ReadLimits limits_;
    Workbook wb_;
    std::string sheet_name_;
    std::map<std::pair<std::uint32_t, std::uint32_t>, Cell> cells_;  // row-major, as Sheet::cells must be
    std::unordered_map<std::string, std::uint32_t> style_index_;
    std::uint64_t count_ = 0;
};

}  // namespace

Workbook workbook_from_range(const json& request, Lang lang) {
    Builder b(lang);
    b.add_sheet(request);
    if (request.is_object() && request.contains("referencedSheets")) {
        if (!request["referencedSheets"].is_array())
            throw BadRange(tr(lang, "\"referencedSheets\" ska vara en lista av blad", "\"referencedSheets\" must be a list of sheets"));
        for (const json& sheet : request["referencedSheets"]) b.add_sheet(sheet);
    }
    return b.done();
}

}  // namespace sk
