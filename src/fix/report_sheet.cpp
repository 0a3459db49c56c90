#include "fix/report_sheet.hpp"

#include "base/ooxml.hpp"
#include "fix/xml_text.hpp"
#include "grid/grid.hpp"
#include "write/xml_escape.hpp"

namespace sk::fix {

namespace {

std::string text_cell(std::uint32_t row, std::uint32_t col, const std::string& text) {
    return "<c r=\"" + a1(row, col) + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + xml_text(text) +
           "</t></is></c>";
}

// A link to 'Sheet'!A1 that shows the address; Excel follows "#…" inside the workbook.
std::string link_cell(std::uint32_t row, std::uint32_t col, const std::string& sheet, const std::string& cell) {
    std::string quoted = "'";
    for (char c : sheet) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    quoted += "'";
    std::string target = "#" + quoted + "!" + cell;
    std::string formula = "HYPERLINK(\"";
    for (char c : target) formula += c == '"' ? std::string("\"\"") : std::string(1, c);
    formula += "\",\"" + cell + "\")";
    return "<c r=\"" + a1(row, col) + "\" t=\"str\"><f>" + xml_text(formula) + "</f><v>" + xml_text(cell) +
           "</v></c>";
}

}  // namespace

std::string report_sheet_xml(const std::vector<ReportRow>& rows) {
    std::string x =
        std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n") + "<worksheet xmlns=\"" +
        ooxml::spreadsheet_ns + "\" xmlns:r=\"" + ooxml::relationships_ns + "\">" +
        "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
        "state=\"frozen\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"
        "<cols><col min=\"1\" max=\"1\" width=\"28\" customWidth=\"1\"/><col min=\"2\" max=\"2\" width=\"9\" "
        "customWidth=\"1\"/><col min=\"3\" max=\"3\" width=\"20\" customWidth=\"1\"/><col min=\"4\" max=\"5\" "
        "width=\"18\" customWidth=\"1\"/><col min=\"6\" max=\"6\" width=\"30\" customWidth=\"1\"/><col min=\"7\" "
        "max=\"7\" width=\"100\" customWidth=\"1\"/></cols><sheetData>";
    // The action after the values: its words ("fel summa") are no label of theirs.
    const char* headers[] = {"Blad", "Cell", "Kod", "Gammalt värde", "Nytt värde", "Åtgärd", "Meddelande"};
    // Room for all rows at once (see reserve_for in notes_edit.cpp): the
    // fields, a quarter more for escaping, and each row's markup.
    std::size_t text = 0;
    for (const ReportRow& row : rows)
        text += 2 * row.sheet.size() + 2 * row.cell.size() + row.code.size() + row.old_value.size() +
                row.new_value.size() + row.message.size() + row.action.size();
    x.reserve(x.size() + text + text / 4 + rows.size() * 640 + 1024);
    x += "<row r=\"1\">";
    for (std::uint32_t c = 0; c < 7; ++c) x += text_cell(0, c, headers[c]);
    x += "</row>";
    std::uint32_t r = 1;
    for (const ReportRow& row : rows) {
        x += "<row r=\"" + std::to_string(r + 1) + "\">";
        x += text_cell(r, 0, row.sheet);
        x += row.cell.empty() ? "" : link_cell(r, 1, row.sheet, row.cell);
        x += text_cell(r, 2, row.code);
        if (!row.old_value.empty()) x += text_cell(r, 3, row.old_value);
        if (!row.new_value.empty()) x += text_cell(r, 4, row.new_value);
        if (!row.action.empty()) x += text_cell(r, 5, row.action);
        x += text_cell(r, 6, row.message);
        x += "</row>";
        ++r;
    }
    if (rows.empty()) x += "<row r=\"2\">" + text_cell(1, 6, "Summakoll hittade inget att rätta.") + "</row>";
    x += "</sheetData><pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" "
         "footer=\"0.3\"/></worksheet>";
    return x;
}

}  // namespace sk::fix
