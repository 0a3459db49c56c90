#include "report/dump.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace sk {

std::string number_text(double v) {
    char buf[32];
    // Whole numbers as people write them (400000, not 4e+05); others shortest round-trip.
    auto res = std::abs(v) < 1e15 && v == std::trunc(v) ? std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed)
                                                         : std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

namespace {

void put_escaped(std::ostream& out, const std::string& s) {
    for (char c : s) {
        switch (c) {
            case '\\': out << "\\\\"; break;
            case '\t': out << "\\t"; break;
            case '\r': out << "\\r"; break;
            case '\n': out << "\\n"; break;
            default: out << c;
        }
    }
}

const char* dump_type(const Cell& c) {
    if (c.type == CellType::Number && c.is_date) return "date";
    return type_name(c.type);
}

std::string dump_value(const Cell& c) {
    switch (c.type) {
        case CellType::Number: return number_text(c.number);
        case CellType::Bool: return c.boolean ? "TRUE" : "FALSE";
        case CellType::Empty:
        case CellType::Text:
        case CellType::Error: return std::string(c.text);
    }
    return std::string(c.text);
}

}  // namespace

void dump_tsv(const Workbook& wb, std::ostream& out) {
    for (const Sheet& sh : wb.sheets) {
        for (const Cell& c : sh.cells) {
            if (c.type == CellType::Empty) continue;
            put_escaped(out, sh.name);
            out << '\t' << a1(c.row, c.col) << '\t' << dump_type(c) << '\t';
            put_escaped(out, dump_value(c));
            out << '\n';
        }
    }
}

nlohmann::json dump_json(const Workbook& wb) {
    auto sheets = nlohmann::json::array();
    for (const Sheet& sh : wb.sheets) {
        auto cells = nlohmann::json::array();
        for (const Cell& c : sh.cells) {
            if (c.type == CellType::Empty) continue;
            nlohmann::json j{{"cell", a1(c.row, c.col)}, {"type", dump_type(c)}};
            if (c.type == CellType::Number) j["value"] = c.number;
            else if (c.type == CellType::Bool) j["value"] = c.boolean;
            else j["value"] = c.text;
            if (!c.formula.empty()) j["formula"] = c.formula;
            if (c.style != 0) j["style"] = c.style;
            cells.push_back(std::move(j));
        }
        // The extent counts every stored cell, empty ones too: a Word table's
        // empty cells keep its shape (rows × columns) visible here.
        std::uint32_t columns = 0;
        for (const Cell& c : sh.cells) columns = std::max(columns, c.col + 1);
        nlohmann::json sheet{{"name", sh.name},
                             {"hidden", sh.visibility != Visibility::Visible},
                             {"rows", sh.cells.empty() ? 0 : sh.max_row() + 1},
                             {"columns", columns},
                             {"cells", std::move(cells)}};
        if (sh.nested) sheet["nested"] = true;
        sheets.push_back(std::move(sheet));
    }
    return {{"path", wb.path}, {"date1904", wb.date1904}, {"sheets", std::move(sheets)}};
}

}  // namespace sk
