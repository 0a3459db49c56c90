#include "batch/index_workbook.hpp"

#include "check/total_finding.hpp"
#include "convert/emit_sheet.hpp"
#include "write/formula_text.hpp"
#include "write/row_heights.hpp"

namespace sk::batch {

namespace {

const char* format_text(const FileCheck& f) { return f.format ? format_name(*f.format) : ""; }

std::string comment(const BatchItem& item, Lang lang) {
    if (item.check.error) return *item.check.error;
    if (!item.problem.empty()) return item.problem;
    if (item.skipped) return tr(lang, "oförändrad sedan förra körningen", "unchanged since the last run");
    return {};
}

}  // namespace

std::string status_text(const BatchItem& item, Lang lang) {
    if (item.check.error) return tr(lang, "kunde inte läsas", "could not be read");
    // A file whose output could not be written is told apart from one with sum errors.
    if (!item.problem.empty()) return tr(lang, "kunde inte skrivas", "could not be written");
    if (has_errors({item.check})) return tr(lang, "fel", "errors");
    return "OK";
}

NewWorkbook index_workbook(const std::vector<BatchItem>& items, const std::vector<NotRead>& not_read, Lang lang) {
    NewWorkbook wb;
    StyleId head = wb.style({.bold = true, .fill_rgb = convert::header_fill, .wrap = true});
    StyleId count = wb.style({.num_format = "0"});
    StyleId total = wb.style({.num_format = "0", .bold = true});
    StyleId bold = wb.style({.bold = true});
    StyleId link = wb.style({.underline = true, .font_rgb = 0x0563C1});
    StyleId error = wb.style({.fill_rgb = convert::marked_fill});
    StyleId wrap = wb.style({.wrap = true});
    NewSheet& s = wb.add_sheet(tr(lang, "Filer", "Files"));
    // Per file its status and its findings by severity: what a coordinator
    // prints; the findings themselves are on each workbook's Summakoll sheet.
    const check::Severity severities[] = {check::Severity::Error, check::Severity::Warning, check::Severity::Info};
    const std::uint32_t first_count = 3, output_col = first_count + 3, comment_col = output_col + 1;
    s.set_text(0, 0, tr(lang, "Fil", "File"), head);
    s.set_text(0, 1, "Format", head);
    s.set_text(0, 2, "Status", head);
    s.set_text(0, first_count, tr(lang, "Fel", "Errors"), head);
    s.set_text(0, first_count + 1, tr(lang, "Varningar", "Warnings"), head);
    s.set_text(0, first_count + 2, tr(lang, "Noteringar", "Notes"), head);
    s.set_text(0, output_col, tr(lang, "Konverterad arbetsbok", "Converted workbook"), head);
    s.set_text(0, comment_col, tr(lang, "Kommentar", "Comment"), head);

    std::uint32_t row = 1;
    double sums[3] = {0, 0, 0};
    for (const BatchItem& item : items) {
        std::string status = status_text(item, lang);
        s.set_text(row, 0, item.input, wrap);
        s.set_text(row, 1, format_text(item.check));
        s.set_text(row, 2, status, status == "OK" ? 0 : error);
        for (std::uint32_t k = 0; k < 3; ++k) {
            double n = 0;
            for (const check::Finding& f : item.check.findings) n += f.severity == severities[k] ? 1 : 0;
            s.set_number(row, first_count + k, n, count);
            sums[k] += n;
        }
        if (!item.output.empty())
            s.set_formula(row, output_col,
                          "HYPERLINK(" + string_literal(item.output) + "," + string_literal(item.output) + ")",
                          item.output, link);
        if (std::string c = comment(item, lang); !c.empty()) s.set_text(row, comment_col, c, wrap);
        ++row;
    }
    s.set_text(row, 0, tr(lang, "Totalt", "Total"), bold);
    for (std::uint32_t k = 0; k < 3; ++k) {
        std::uint32_t col = first_count + k;
        if (items.empty()) s.set_number(row, col, 0, total);
        else s.set_formula(row, col, check::sum_formula({Range{1, col, row - 1, col}}), sums[k], total);
    }
    s.column_widths[0] = 40;
    s.column_widths[1] = 8;
    s.column_widths[2] = 16;
    for (std::uint32_t k = 0; k < 3; ++k) s.column_widths[first_count + k] = 11;
    s.column_widths[output_col] = 40;
    s.column_widths[comment_col] = 50;
    s.freeze_rows = 1;
    s.print_title_rows = 1;
    s.autofilter = Range{0, 0, row - 1, comment_col};

    NewSheet& skipped = wb.add_sheet(tr(lang, "Ej lästa", "Not read"));
    skipped.set_text(0, 0, tr(lang, "Fil", "File"), head);
    skipped.set_text(0, 1, tr(lang, "Varför", "Why"), head);
    for (std::uint32_t i = 0; i < not_read.size(); ++i) {
        skipped.set_text(i + 1, 0, not_read[i].input);
        skipped.set_text(i + 1, 1, not_read[i].reason, wrap);
    }
    skipped.column_widths[0] = 40;
    skipped.column_widths[1] = 80;
    skipped.freeze_rows = 1;
    skipped.print_title_rows = 1;
    for (NewSheet& sheet : wb.sheets) {
        if (sheet.page) sheet.page->footer = page_footer(lang);
        fit_wrapped_rows(sheet, wb);
    }
    return wb;
}

}  // namespace sk::batch
