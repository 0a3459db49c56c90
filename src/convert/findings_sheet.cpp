#include "convert/findings_sheet.hpp"

#include <algorithm>
#include <iterator>

#include "convert/convert.hpp"
#include "convert/emit_sheet.hpp"
#include "report/code_titles.hpp"
#include "write/formula_text.hpp"
#include "write/row_heights.hpp"

namespace sk::convert {

namespace {

// HYPERLINK("orig.xlsx#'Blad 1'!C21","C21"): the cell in the original workbook.
std::string original_link(const std::string& file, const std::string& sheet, const std::string& cell) {
    return "HYPERLINK(" + string_literal(file + "#" + quote_sheet_name(sheet) + "!" + cell) + "," +
           string_literal(cell) + ")";
}

}  // namespace

void add_findings_sheet(const std::vector<FindingRow>& rows, const std::string& source_link, Lang lang,
                        NewWorkbook& out) {
    StyleId head = out.style({.bold = true, .fill_rgb = header_fill, .wrap = true});
    StyleId link = out.style({.underline = true, .font_rgb = 0x0563C1});
    StyleId wrap = out.style({.wrap = true});
    NewSheet& s = out.add_sheet(findings_sheet_name);
    const char* headers[] = {tr(lang, "Allvarlighet", "Severity"),
                             tr(lang, "Vad", "What"),
                             tr(lang, "Blad eller tabell", "Sheet or table"),
                             tr(lang, "Cell i originalet", "Original cell"),
                             tr(lang, "Värde i originalet", "Original value"),
                             tr(lang, "Konverterad cell", "Converted cell"),
                             tr(lang, "Värde nu", "Value now"),
                             tr(lang, "Formel nu", "Formula now"),
                             tr(lang, "Meddelande", "Message")};
    constexpr std::uint32_t columns = std::size(headers);
    for (std::uint32_t c = 0; c < columns; ++c) s.set_text(0, c, headers[c], head);
    // Errors first, then warnings and notes, each in the order of the file.
    std::vector<const FindingRow*> sorted;
    for (const FindingRow& row : rows) sorted.push_back(&row);
    std::stable_sort(sorted.begin(), sorted.end(), [](const FindingRow* a, const FindingRow* b) {
        return severity_rank(a->report.severity) < severity_rank(b->report.severity);
    });
    std::uint32_t r = 1;
    for (const FindingRow* sorted_row : sorted) {
        const FindingRow& row = *sorted_row;
        const fix::ReportRow& rep = row.report;
        if (rep.code) {
            s.set_text(r, 0, std::string(severity_title(rep.severity, lang)));
            s.set_text(r, 1, std::string(code_title(*rep.code, lang)), wrap);
        }
        s.set_text(r, 2, rep.sheet, wrap);
        if (!source_link.empty() && !rep.cell.empty())
            s.set_formula(r, 3, original_link(source_link, rep.sheet, rep.cell), rep.cell, link);
        else
            s.set_text(r, 3, rep.cell);
        if (rep.old_number)
            s.set_number(r, 4, *rep.old_number, out.style({.num_format = rep.number_format}));
        else
            s.set_text(r, 4, rep.old_value);
        if (!row.converted_sheet.empty()) {
            std::string at = a1(row.row, row.col);
            s.set_formula(r, 5, internal_link_formula(row.converted_sheet, at, row.converted_sheet + "!" + at),
                          row.converted_sheet + "!" + at, link);
        }
        if (row.number_now)
            s.set_number(r, 6, *row.number_now, out.style({.num_format = row.number_format}));
        else
            s.set_text(r, 6, row.text_now);
        s.set_text(r, 7, row.formula_now);
        s.set_text(r, 8, rep.message, wrap);
        ++r;
    }
    if (rows.empty()) s.set_text(1, 0, tr(lang, "Inga avvikelser hittades.", "No problems found."));
    s.column_widths = {{0, 11}, {1, 20}, {2, 22}, {3, 11}, {4, 16}, {5, 30}, {6, 14}, {7, 16}, {8, 66}};
    s.freeze_rows = 1;
    s.print_title_rows = 1;
    if (!rows.empty()) s.autofilter = Range{0, 0, r - 1, columns - 1};
    fit_wrapped_rows(s, out);
}

}  // namespace sk::convert
