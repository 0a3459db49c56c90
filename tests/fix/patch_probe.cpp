// Test helper: patches one workbook with a single edit on its first sheet
// (a number with a note in the first empty cell right of the used area's
// first row) plus the report sheet, so the end-to-end test can prove that
// every other part of any workbook survives byte for byte.
// Usage: patch_probe IN.xlsx OUT.xlsx
#include <iostream>

#include "fix/xlsx_patch.hpp"
#include "read/read_workbook.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: patch_probe IN.xlsx OUT.xlsx\n";
        return 2;
    }
    try {
        sk::Workbook wb = sk::read_workbook(argv[1]);
        if (wb.sheets.empty()) return 3;  // nothing to edit (chart-only workbooks)
        const sk::Sheet& sheet = wb.sheets.front();
        std::uint32_t col = 0;
        for (const sk::Cell& c : sheet.cells)
            if (c.row == 0 && c.col >= col) col = c.col + 1;
        sk::fix::CellEdit edit{sheet.name, 0, col, "", 481600, "#,##0 \"kr\"", "Prov: summakoll ändrade cellen.",
                                sk::fix::ChangeKind::TextToNumber, false, "\"481 600 kr\""};
        sk::fix::PatchOptions options;
        sk::fix::ReportRow row;
        row.sheet = sheet.name;
        row.cell = sk::a1(0, col);
        row.code = sk::check::Code::NumberAsText;
        row.severity = sk::check::Severity::Warning;
        row.old_value = "\"481 600 kr\"";
        row.new_number = 481600;
        row.message = "Prov";
        row.action = "ändrad: text → tal";
        options.report = {row};
        sk::fix::patch_xlsx(argv[1], argv[2], {edit}, options);
    } catch (const sk::ReadError& e) {
        std::cerr << sk::describe(e, argv[1], sk::Lang::En) << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << argv[1] << ": " << e.what() << "\n";
        return 1;
    }
    return 0;
}
