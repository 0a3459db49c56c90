#include "fix/report_sheet.hpp"

#include <algorithm>

#include "base/ooxml.hpp"
#include "fix/xml_text.hpp"
#include "grid/grid.hpp"
#include "report/code_titles.hpp"
#include "write/new_workbook.hpp"
#include "write/row_heights.hpp"
#include "write/xml_escape.hpp"

namespace sk::fix {

namespace {

constexpr const char* header_fill = "FFD9E1F2";  // light blue, as convert's headers

// Columns: severity, what, sheet, cell, old value, new value, formula, action, message.
constexpr double widths[report_columns] = {10, 22, 22, 8, 15, 15, 18, 16, 56};
constexpr std::uint32_t wrapped[] = {1, 2, 7, 8};

std::string number_text(double v) {
    std::string s;
    append_number(s, v);
    return s;
}

// One row's cells, written as compactly as Excel reads them: a cell names
// its address only after a skipped column (the next column is implied),
// its style only when not 0, xml:space only when its text needs it. Per
// finding that is about half the bytes of writing every attribute.
class RowCells {
public:
    RowCells(std::string& x, std::uint32_t row) : x_(x), row_(row) {}

    void number(std::uint32_t col, double value, std::uint32_t style) {
        open(col, style);
        x_ += "><v>";
        append_number(x_, value);
        x_ += "</v></c>";
    }
    void text(std::uint32_t col, std::string_view text, std::uint32_t style = 0) {
        open(col, style);
        x_ += needs_space_preserve(text) ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>";
        append_xml_text(x_, text);
        x_ += "</t></is></c>";
    }
    // A link to 'Sheet'!A1 that shows the address; Excel follows "#…" inside the workbook.
    void link(std::uint32_t col, const std::string& sheet, const std::string& cell, std::uint32_t style) {
        std::string quoted = "'";
        for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
        quoted += "'";
        std::string target = "#" + quoted + "!" + cell;
        std::string formula = "HYPERLINK(\"";
        for (char c : target) formula += c == '"' ? std::string("\"\"") : std::string(1, c);
        formula += "\",\"" + cell + "\")";
        open(col, style);
        x_ += " t=\"str\"><f>";
        append_xml_text(x_, formula);
        x_ += "</f><v>";
        append_xml_text(x_, cell);
        x_ += "</v></c>";
    }

private:
    void open(std::uint32_t col, std::uint32_t style) {
        x_ += "<c";
        if (col != next_col_) {
            x_ += " r=\"";
            x_ += a1(row_, col);
            x_ += '"';
        }
        next_col_ = col + 1;
        if (style) {
            x_ += " s=\"";
            x_ += std::to_string(style);
            x_ += '"';
        }
    }

    std::string& x_;
    std::uint32_t row_, next_col_ = 0;
};

// The row's height in points: a line per line of its longest wrapped text, so
// that Excel and LibreOffice print every line.
std::string row_height(const std::vector<std::string_view>& texts) {
    std::size_t lines = 1;
    for (std::size_t k = 0; k < texts.size(); ++k) lines = std::max(lines, wrapped_lines(texts[k], widths[wrapped[k]]));
    return lines == 1 ? "" : " ht=\"" + number_text(line_points * double(lines)) + "\" customHeight=\"1\"";
}

// Errors first, then warnings, notes, and last the changes no finding asked for.
int rank_of(const ReportRow& row) { return row.code ? severity_rank(row.severity) : 3; }

}  // namespace

ReportStyles report_styles(const std::vector<ReportRow>& rows, StylesEdit& styles) {
    ReportStyles out;
    out.head = styles.plain("", header_fill, true);
    out.wrap = styles.plain("", "", true);
    out.top = styles.plain("", "", false);
    for (const ReportRow& row : rows)
        if (!out.numbers.count(row.number_format)) out.numbers[row.number_format] = styles.plain(row.number_format, "", false);
    return out;
}

std::string report_sheet_xml(const std::vector<ReportRow>& listed, const ReportStyles& styles, Lang lang) {
    std::vector<const ReportRow*> rows;
    for (const ReportRow& row : listed) rows.push_back(&row);
    std::stable_sort(rows.begin(), rows.end(), [](const ReportRow* a, const ReportRow* b) { return rank_of(*a) < rank_of(*b); });
    const std::uint32_t last_row = std::uint32_t(std::max<std::size_t>(rows.size(), 1));

    std::string x =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") + "<worksheet xmlns=\"" +
        ooxml::spreadsheet_ns + "\" xmlns:r=\"" + ooxml::relationships_ns + "\">" +
        "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
        "state=\"frozen\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><cols>";
    for (std::uint32_t c = 0; c < report_columns; ++c)
        x += "<col min=\"" + std::to_string(c + 1) + "\" max=\"" + std::to_string(c + 1) + "\" width=\"" +
             number_text(widths[c]) + "\" customWidth=\"1\"/>";
    x += "</cols><sheetData>";
    const char* headers[report_columns] = {
        tr(lang, "Allvarlighet", "Severity"),   tr(lang, "Vad", "What"),           tr(lang, "Blad", "Sheet"),
        tr(lang, "Cell", "Cell"),               tr(lang, "Gammalt värde", "Old value"), tr(lang, "Nytt värde", "New value"),
        tr(lang, "Ny formel", "New formula"),   tr(lang, "Åtgärd", "Action"),      tr(lang, "Meddelande", "Message")};
    // Room for all rows at once (see reserve_for in notes_edit.cpp): the
    // fields, a quarter more for escaping, and each row's markup.
    std::size_t text = 0;
    for (const ReportRow& row : listed)
        text += 2 * row.sheet.size() + 2 * row.cell.size() + row.old_value.size() + row.new_formula.size() +
                row.message.size() + row.action.size();
    x.reserve(x.size() + text + text / 4 + listed.size() * 500 + 2048);
    x += "<row r=\"1\" ht=\"30\" customHeight=\"1\">";
    RowCells head(x, 0);
    for (std::uint32_t c = 0; c < report_columns; ++c) head.text(c, headers[c], styles.head);
    x += "</row>";
    std::uint32_t r = 1;
    for (const ReportRow* row : rows) {
        const std::string_view title = row->code ? code_title(*row->code, lang) : std::string_view();
        x += "<row r=\"" + std::to_string(r + 1) + "\"" + row_height({title, row->sheet, row->action, row->message}) + ">";
        RowCells cells(x, r);
        if (row->code) cells.text(0, severity_title(row->severity, lang), styles.wrap);
        if (!title.empty()) cells.text(1, title, styles.wrap);
        cells.text(2, row->sheet, styles.wrap);
        if (!row->cell.empty()) cells.link(3, row->sheet, row->cell, styles.top);
        auto format = styles.numbers.find(row->number_format);
        const std::uint32_t number = format == styles.numbers.end() ? 0 : format->second;
        if (row->old_number) cells.number(4, *row->old_number, number);
        else if (!row->old_value.empty()) cells.text(4, row->old_value, styles.top);
        if (row->new_number) cells.number(5, *row->new_number, number);
        if (!row->new_formula.empty()) cells.text(6, row->new_formula, styles.top);
        if (!row->action.empty()) cells.text(7, row->action, styles.wrap);
        cells.text(8, row->message, styles.wrap);
        x += "</row>";
        ++r;
    }
    if (rows.empty()) {
        x += "<row r=\"2\">";
        RowCells(x, 1).text(8, tr(lang, "Summakoll hittade inget att rätta.", "Summakoll found nothing to correct."));
        x += "</row>";
    }
    x += "</sheetData><autoFilter ref=\"A1:" + a1(last_row, report_columns - 1) + "\"/>";
    // Landscape, one page wide and as many long as it takes; the file and the page in the footer.
    x += "<pageMargins left=\"0.4\" right=\"0.4\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
         "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
         "<headerFooter><oddFooter>";
    x += xml_text(page_footer(lang));
    x += "</oddFooter></headerFooter></worksheet>";
    return x;
}

}  // namespace sk::fix
