#include "write/write_xlsx.hpp"

#include <memory>
#include <set>

#include "write/package_xml.hpp"
#include "write/shared_strings.hpp"
#include "write/styles_xml.hpp"
#include "write/worksheet_xml.hpp"
#include "write/zip_output.hpp"

namespace sk {

namespace {

// Everything checked and prepared: the parts in libxlsxwriter's order,
// worksheets streamed.
struct Package {
    SharedStrings strings;
    std::vector<std::unique_ptr<WorksheetXml>> sheets;
    std::vector<ZipPart> parts;
};

void prepare(const NewWorkbook& wb, Package& pkg) {
    if (wb.sheets.empty()) throw WriteError(WriteErrorKind::NoSheets, "");
    SheetNames taken;
    for (const NewSheet& s : wb.sheets) {
        if (SheetNameProblem p = sheet_name_problem(s.name, taken); p != SheetNameProblem::None)
            throw WriteError(WriteErrorKind::BadSheetName, s.name, p);
        taken.add(s.name);
    }
    for (std::size_t i = 0; i < wb.sheets.size(); ++i)
        pkg.sheets.push_back(std::make_unique<WorksheetXml>(wb.sheets[i], i == 0, wb.styles.size(), pkg.strings));

    std::size_t n = wb.sheets.size();
    bool has_strings = !pkg.strings.empty();
    auto add = [&](std::string name, std::string bytes) { pkg.parts.push_back({std::move(name), std::move(bytes)}); };
    add("[Content_Types].xml", content_types_xml(n, has_strings));
    add("_rels/.rels", root_rels_xml());
    add("docProps/app.xml", app_xml(wb));
    add("docProps/core.xml", core_xml(wb.creator, wb.created_utc.empty() ? now_w3cdtf() : wb.created_utc));
    add("xl/_rels/workbook.xml.rels", workbook_rels_xml(n, has_strings));
    add("xl/workbook.xml", workbook_xml(wb));
    add("xl/styles.xml", styles_xml(wb.styles));
    if (has_strings) add("xl/sharedStrings.xml", pkg.strings.xml());
    for (std::size_t i = 0; i < n; ++i)
        pkg.parts.push_back({"xl/worksheets/sheet" + std::to_string(i + 1) + ".xml", {}, pkg.sheets[i].get()});
}

}  // namespace

void write_xlsx(const NewWorkbook& wb, const std::string& path) {
    Package pkg;
    prepare(wb, pkg);
    write_zip_file(pkg.parts, path);
}

std::string write_xlsx_bytes(const NewWorkbook& wb) {
    Package pkg;
    prepare(wb, pkg);
    return write_zip_bytes(pkg.parts);
}

}  // namespace sk
