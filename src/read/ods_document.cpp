#include "read/ods_document.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>

#include "read/cell_budget.hpp"
#include "read/iso_date.hpp"
#include "read/ods_formula.hpp"
#include "read/ods_styles.hpp"
#include "read/xml_document.hpp"

namespace sk {

namespace {

constexpr std::string_view spreadsheet_type = "application/vnd.oasis.opendocument.spreadsheet";

// The text of a paragraph: spans, links, text:s (runs of spaces), tabs and line breaks.
void paragraph_text(const pugi::xml_node& n, std::string& out, std::size_t most) {
    for (pugi::xml_node c = n.first_child(); c && out.size() <= most; c = c.next_sibling()) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
            out += c.value();
        } else if (c.type() == pugi::node_element) {
            if (is(c, "s")) out.append(std::size_t(std::clamp(attr(c, "c").as_int(1), 1, 1000)), ' ');
            else if (is(c, "tab")) out += '\t';
            else if (is(c, "line-break")) out += '\n';
            else if (!is(c, "annotation") && !is(c, "note")) paragraph_text(c, out, most);
        }
    }
}

// "PT12H30M15S" (a duration from midnight) → a fraction of a day.
std::optional<double> time_fraction(std::string_view s) {
    if (s.substr(0, 2) != "PT") return std::nullopt;
    s.remove_prefix(2);
    double total = 0;
    while (!s.empty()) {
        double v = 0;
        auto res = std::from_chars(s.data(), s.data() + s.size(), v);
        if (res.ec != std::errc() || res.ptr == s.data() + s.size()) return std::nullopt;
        char unit = *res.ptr;
        total += unit == 'H' ? v * 3600 : unit == 'M' ? v * 60 : unit == 'S' ? v : NAN;
        s.remove_prefix(std::size_t(res.ptr - s.data()) + 1);
    }
    return std::isnan(total) ? std::nullopt : std::optional<double>(total / 86400);
}

bool parse_number(std::string_view s, double& out) {
    if (!s.empty() && s.front() == '+') s.remove_prefix(1);
    auto res = std::from_chars(s.data(), s.data() + s.size(), out);
    return !s.empty() && res.ec == std::errc() && res.ptr == s.data() + s.size();
}

// An attribute by its qualified name's local part, skipping LibreOffice's
// calcext: copies (calcext:value-type="error" beside office:value-type="string").
const char* office_attr(const pugi::xml_node& n, const char* name) {
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
        const char* full = a.name();
        const char* colon = std::strchr(full, ':');
        if (std::strcmp(colon ? colon + 1 : full, name) == 0 && std::strncmp(full, "calcext:", 8) != 0) return a.value();
    }
    return "";
}

// The cell's value from its value type and value attributes, or its paragraphs.
void read_value(const pugi::xml_node& n, Cell& cell, const ReadLimits& limits) {
    std::string_view type = office_attr(n, "value-type");
    if (type == "float" || type == "percentage" || type == "currency") {
        cell.text = office_attr(n, "value");
        if (parse_number(cell.text, cell.number)) cell.type = CellType::Number;
        else cell.type = cell.text.empty() ? CellType::Empty : CellType::Text;
        return;
    }
    if (type == "date" || type == "time") {
        cell.text = office_attr(n, type == "date" ? "date-value" : "time-value");
        auto serial = type == "date" ? iso_date_serial(cell.text, false) : time_fraction(cell.text);
        // LibreOffice counts days from 1899-12-30 with no 29 February 1900, as
        // its own serials say: before March 1900 they are Excel's plus one.
        if (type == "date" && serial && *serial < 61) *serial += 1;
        cell.type = serial ? CellType::Number : CellType::Text;
        cell.number = serial.value_or(0);
        cell.is_date = true;
        return;
    }
    if (type == "boolean") {
        std::string_view v = office_attr(n, "boolean-value");
        cell.type = CellType::Bool;
        cell.boolean = v == "true" || v == "1";
        cell.text = cell.boolean ? "1" : "0";
        return;
    }
    std::string text;
    if (pugi::xml_attribute sv = n.attribute("office:string-value")) {
        text = sv.value();
    } else {
        for (pugi::xml_node p : children(n, "p")) {
            if (p != child(n, "p")) text += '\n';
            paragraph_text(p, text, limits.max_string_bytes);
            if (text.size() > limits.max_string_bytes) break;
        }
    }
    if (text.empty() && type.empty()) return;
    cell.text = text;
    cell.type = std::string_view(n.attribute("calcext:value-type").value()) == "error" ? CellType::Error : CellType::Text;
}

class TableReader {
public:
    TableReader(Sheet& sheet, const OdsStyles& styles, CellBudget& budget, const ReadLimits& limits)
        : sheet_(sheet), styles_(styles), budget_(budget), limits_(limits) {}

    void read(const pugi::xml_node& table) {
        for (pugi::xml_node n = table.first_child(); n; n = n.next_sibling()) {
            if (is(n, "table-column")) column(n);
            else if (is(n, "table-columns") || is(n, "table-header-columns") || is(n, "table-column-group")) read(n);
            else if (is(n, "table-row")) row(n);
            else if (is(n, "table-rows") || is(n, "table-header-rows") || is(n, "table-row-group")) read(n);
        }
    }

private:
    Sheet& sheet_;
    const OdsStyles& styles_;
    CellBudget& budget_;
    const ReadLimits& limits_;
    std::uint64_t row_ = 0;
    std::vector<std::uint32_t> column_styles_;  // each column's default cell style

    void column(const pugi::xml_node& n) {
        std::uint64_t repeat = std::max(1u, attr(n, "number-columns-repeated").as_uint(1));
        repeat = std::min<std::uint64_t>(repeat, max_cols - std::min<std::size_t>(column_styles_.size(), max_cols));
        column_styles_.insert(column_styles_.end(), std::size_t(repeat),
                              styles_.index_of(attr(n, "default-cell-style-name").value()));
    }

    // A row repeated n times is read once per repeat that holds cells.
    void row(const pugi::xml_node& r) {
        std::uint64_t repeat = std::max(1u, attr(r, "number-rows-repeated").as_uint(1));
        std::uint32_t row_style = styles_.index_of(attr(r, "default-cell-style-name").value());
        for (std::uint64_t k = 0; k < repeat; ++k)
            if (!cells(r, row_ + k, row_style)) break;  // nothing in it: nothing in its repeats either
        row_ += repeat;
    }

    // The cells of one row; false when it held none.
    bool cells(const pugi::xml_node& r, std::uint64_t row, std::uint32_t row_style) {
        bool any = false;
        std::uint64_t col = 0;
        for (pugi::xml_node n = r.first_child(); n; n = n.next_sibling()) {
            bool covered = is(n, "covered-table-cell");
            if (!covered && !is(n, "table-cell")) continue;
            std::uint64_t repeat = std::max(1u, attr(n, "number-columns-repeated").as_uint(1));
            Cell cell;
            read_value(n, cell, limits_);
            if (const char* f = office_attr(n, "formula"); *f) cell.formula = ods_formula_to_a1(f);
            std::uint32_t rows_spanned = attr(n, "number-rows-spanned").as_uint(1);
            std::uint32_t cols_spanned = attr(n, "number-columns-spanned").as_uint(1);
            bool merged = !covered && (rows_spanned > 1 || cols_spanned > 1);
            if (cell.type == CellType::Empty && cell.formula.empty() && !merged) {
                col += repeat;
                continue;
            }
            if (row >= max_rows || col + repeat > max_cols)
                throw ReadError(ReadErrorKind::AbsurdDimension, sheet_.name + " " + std::to_string(row + 1));
            const char* style = office_attr(n, "style-name");
            for (std::uint64_t k = 0; k < repeat; ++k, ++col) {
                if (merged)
                    sheet_.merged.push_back({std::uint32_t(row), std::uint32_t(col),
                                             std::uint32_t(std::min<std::uint64_t>(row + rows_spanned, max_rows) - 1),
                                             std::uint32_t(std::min<std::uint64_t>(col + cols_spanned, max_cols) - 1)});
                if (cell.type == CellType::Empty && cell.formula.empty()) continue;
                Cell placed = cell;
                placed.row = std::uint32_t(row);
                placed.col = std::uint32_t(col);
                placed.style = *style ? styles_.index_of(style)
                               : col < column_styles_.size() ? column_styles_[col] : row_style;
                if (placed.type == CellType::Number && !placed.is_date) placed.is_date = styles_.hints[placed.style].is_date;
                budget_.admit(placed, sheet_.name);
                sheet_.cells.push_back(std::move(placed));
                any = true;
            }
        }
        return any;
    }
};

void parse_part(ZipPackage& pkg, const char* part, std::string& xml, pugi::xml_document& doc, const ReadLimits& limits) {
    xml = pkg.read(part);
    parse_xml(doc, xml, part, limits);
}

}  // namespace

bool is_opendocument(ZipPackage& pkg) {
    if (pkg.has("mimetype")) return pkg.read("mimetype").rfind("application/vnd.oasis.opendocument", 0) == 0;
    return pkg.has("content.xml") && !pkg.has("[Content_Types].xml");
}

Workbook read_ods_package(ZipPackage& pkg, const std::string& name, const ReadLimits& limits) {
    if (pkg.has("mimetype") && pkg.read("mimetype").rfind(spreadsheet_type, 0) != 0)
        throw ReadError(ReadErrorKind::NotAWorkbook, "mimetype");
    if (!pkg.has("content.xml")) throw ReadError(ReadErrorKind::MissingPart, "content.xml");
    std::string content_xml, styles_xml;
    pugi::xml_document content, styles;
    parse_part(pkg, "content.xml", content_xml, content, limits);
    if (pkg.has("styles.xml")) parse_part(pkg, "styles.xml", styles_xml, styles, limits);
    pugi::xml_node root = content.document_element();
    pugi::xml_node spreadsheet = child(child(root, "body"), "spreadsheet");
    if (!is(root, "document-content") || !spreadsheet) throw ReadError(ReadErrorKind::NotAWorkbook, "content.xml");

    OdsStyles ods_styles = read_ods_styles(styles.document_element(), root);
    Workbook wb;
    wb.path = name;
    wb.format = SourceFormat::Xlsx;  // the xlsx model: typed cells and formulas
    wb.origin = SourceFormat::Ods;
    CellBudget budget{limits};
    for (pugi::xml_node t : children(spreadsheet, "table")) {
        Sheet& sheet = wb.sheets.emplace_back();
        sheet.name = attr(t, "name").value();
        if (ods_styles.hidden_tables.count(attr(t, "style-name").value())) sheet.visibility = Visibility::Hidden;
        TableReader(sheet, ods_styles, budget, limits).read(t);
        sheet.index_rows();
    }
    wb.styles = std::move(ods_styles.hints);
    return wb;
}

}  // namespace sk
