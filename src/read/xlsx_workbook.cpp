// The xlsx/xlsm reader: package → workbook part → sheets, strings, styles.
#include <fstream>
#include <iterator>
#include <unordered_map>

#include "read/opc.hpp"
#include "read/read_workbook.hpp"
#include "read/xlsx_sheet.hpp"
#include "read/xlsx_workbook.hpp"
#include "read/xlsx_strings.hpp"
#include "read/xlsx_styles.hpp"
#include "read/xml_document.hpp"

namespace sk {

namespace {

Visibility visibility_of(std::string_view state) {
    if (state == "hidden") return Visibility::Hidden;
    if (state == "veryHidden") return Visibility::VeryHidden;
    return Visibility::Visible;
}

}  // namespace

Workbook read_xlsx_bytes(std::string_view bytes, const std::string& name, const ReadLimits& limits) {
    ZipPackage pkg{std::string(bytes), limits};
    return read_xlsx_package(pkg, name, limits);
}

Workbook read_xlsx_package(ZipPackage& pkg, const std::string& name, const ReadLimits& limits) {
    Workbook wb;
    wb.path = name;
    wb.format = SourceFormat::Xlsx;

    std::string wb_part = workbook_part(pkg, limits);
    std::vector<Relationship> rels = read_relationships(pkg, wb_part, limits);

    std::vector<CellText> shared_strings;
    wb.styles.clear();
    for (const Relationship& r : rels) {
        if (r.external || !pkg.has(r.target)) continue;
        if (has_type(r, "sharedStrings")) shared_strings = read_shared_strings(pkg.read(r.target), r.target, limits);
        else if (has_type(r, "styles")) wb.styles = read_xlsx_styles(pkg.read(r.target), r.target, limits);
    }
    if (wb.styles.empty()) wb.styles.push_back({0, "General", false, false, false, 0});

    std::string xml = pkg.read(wb_part);
    pugi::xml_document doc;
    parse_xml(doc, xml, wb_part, limits);
    pugi::xml_node root = doc.document_element();
    if (!is(root, "workbook")) throw ReadError(ReadErrorKind::NotAWorkbook, wb_part);
    std::string_view date1904 = attr(child(root, "workbookPr"), "date1904").value();
    wb.date1904 = date1904 == "1" || date1904 == "true";

    CellBudget budget{limits};
    SheetContext ctx{shared_strings, wb.styles, limits, budget, wb.date1904};
    // By id, the last of equal ids as before: a pass per sheet was quadratic in the sheets.
    std::unordered_map<std::string_view, const Relationship*> rel_of;
    for (const Relationship& r : rels) rel_of[r.id] = &r;
    for (pugi::xml_node s : children(child(root, "sheets"), "sheet")) {
        auto found = rel_of.find(attr(s, "id").value());
        const Relationship* rel = found == rel_of.end() ? nullptr : found->second;
        // Chart sheets and dialog sheets hold no cells.
        if (!rel || rel->external || !has_type(*rel, "worksheet")) continue;
        Sheet sheet;
        sheet.name = attr(s, "name").value();
        sheet.visibility = visibility_of(attr(s, "state").value());
        if (!pkg.has(rel->target)) throw ReadError(ReadErrorKind::MissingPart, rel->target);
        sheet.part = pkg.find(rel->target);
        read_xlsx_sheet(pkg.open(sheet.part), sheet, ctx);
        wb.sheets.push_back(std::move(sheet));
    }
    for (Sheet& sheet : wb.sheets) sheet.index_rows();
    return wb;
}

Workbook read_xlsx(const std::string& path, const ReadLimits& limits) {
    ZipPackage pkg{FileBytes::map(path, limits), limits};
    return read_xlsx_package(pkg, path, limits);
}

}  // namespace sk
