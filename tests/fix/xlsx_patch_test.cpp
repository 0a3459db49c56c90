#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "fix/package_writer.hpp"
#include "check/check.hpp"
#include "fix/xlsx_patch.hpp"
#include "read/read_workbook.hpp"
#include "read/zip_package.hpp"

using namespace sk;
namespace fs = std::filesystem;

namespace {

std::string sample(const char* name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/" + name; }
std::string corpus(const char* name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/../shared/corpus/xlsx/" + name; }

std::string temp_output(const char* name) {
    fs::path dir = fs::temp_directory_path() / "summakoll-fix-test";
    fs::create_directories(dir);
    return (dir / name).string();
}

ZipPackage package(const std::string& path) { return ZipPackage(read_file_bytes(path), ReadLimits{}); }

const Sheet& sheet_named(const Workbook& wb, const std::string& name) {
    for (const Sheet& s : wb.sheets)
        if (s.name == name) return s;
    FAIL("no sheet " << name);
    return wb.sheets.front();
}

// Every cell except the listed ones has the same value, formula and style index.
void check_unchanged_cells(const Workbook& before, const Workbook& after, const std::string& sheet,
                           std::vector<std::pair<std::uint32_t, std::uint32_t>> changed) {
    const Sheet& a = sheet_named(before, sheet);
    const Sheet& b = sheet_named(after, sheet);
    std::size_t compared = 0;
    for (const Cell& c : a.cells) {
        if (std::find(changed.begin(), changed.end(), std::pair{c.row, c.col}) != changed.end()) continue;
        const Cell* d = b.find(c.row, c.col);
        REQUIRE_MESSAGE(d, a1(c.row, c.col));
        CHECK(d->type == c.type);
        CHECK(d->text == c.text);
        CHECK(d->formula == c.formula);
        CHECK(d->style == c.style);
        ++compared;
    }
    CHECK(compared + changed.size() >= b.cells.size());
}

}  // namespace

TEST_CASE("a workbook with nothing to fix comes out identical part by part") {
    std::string in = sample("2024-regioner.xlsx"), out = temp_output("clean.xlsx");
    fix::PatchOptions options;
    options.report_sheet = false;
    fix::PatchResult r = fix::patch_xlsx(in, out, {}, options);
    CHECK(r.changed_parts.empty());
    CHECK(r.added_parts.empty());
    ZipPackage a = package(in), b = package(out);
    REQUIRE(a.names() == b.names());
    for (const std::string& name : a.names()) CHECK_MESSAGE(a.read(name) == b.read(name), name);
}

TEST_CASE("a wrong total becomes a SUM formula; only that cell and the touched parts change") {
    std::string in = sample("2026-jamtland-beslutsunderlag.xlsx"), out = temp_output("total.xlsx");
    Workbook before = read_workbook(in);
    const Sheet& s = sheet_named(before, "Sammanfattande fördelning");
    const Cell* c21 = s.find(20, 2);
    REQUIRE(c21);
    REQUIRE(c21->number == 481000);

    fix::CellEdit edit{"Sammanfattande fördelning", 20, 2, "SUM(C19:C20)", 481600, "", "Var 481 000 kr; posterna ger 481 600 kr.", fix::ChangeKind::WrongTotal, false, ""};
    fix::PatchOptions options;
    fix::ReportRow row;
    row.sheet = "Sammanfattande fördelning";
    row.cell = "C21";
    row.code = check::Code::TotalMismatch;
    row.severity = check::Severity::Error;
    row.old_value = "481000";
    row.old_number = 481000;
    row.new_number = 481600;
    row.new_formula = "=SUM(C19:C20)";
    row.message = "Totalt stämmer inte";
    row.number_format = "#,##0\" kr\"";
    fix::ReportRow note = row;  // listed first, printed after the error
    note.cell = "C18";
    note.code = check::Code::HardcodedTotal;
    note.severity = check::Severity::Info;
    note.new_number.reset();
    note.new_formula.clear();
    options.report = {note, row};
    fix::PatchResult r = fix::patch_xlsx(in, out, {edit}, options);

    Workbook after = read_workbook(out);
    const Cell* fixed = sheet_named(after, "Sammanfattande fördelning").find(20, 2);
    REQUIRE(fixed);
    CHECK(fixed->formula == "SUM(C19:C20)");
    CHECK(fixed->number == 481600);
    CHECK(after.style_of(*fixed).filled);
    CHECK(after.style_of(*fixed).num_format == before.style_of(*c21).num_format);
    CHECK(after.style_of(*fixed).bold == before.style_of(*c21).bold);
    check_unchanged_cells(before, after, "Sammanfattande fördelning", {{20, 2}});
    for (const Sheet& other : before.sheets)
        if (other.name != "Sammanfattande fördelning") check_unchanged_cells(before, after, other.name, {});

    // The report sheet is last, links to the cell, and lists the change.
    const Sheet& report = after.sheets.back();
    CHECK(report.name == "Summakoll");
    REQUIRE(report.find(1, 3));
    CHECK(report.find(1, 3)->formula == "HYPERLINK(\"#'Sammanfattande fördelning'!C21\",\"C21\")");
    CHECK(report.find(0, 0)->text == "Allvarlighet");
    CHECK(report.find(1, 0)->text == "Fel");
    CHECK(report.find(1, 1)->text == "Summan stämmer inte");
    // The values are numbers in the kronor format, the new formula its own text.
    REQUIRE(report.find(1, 4));
    CHECK(report.find(1, 4)->type == CellType::Number);
    CHECK(report.find(1, 4)->number == 481000);
    CHECK(report.find(1, 5)->type == CellType::Number);
    CHECK(report.find(1, 5)->number == 481600);
    CHECK(after.style_of(*report.find(1, 5)).num_format == "#,##0\" kr\"");
    CHECK(report.find(1, 6)->text == "=SUM(C19:C20)");
    CHECK(report.find(2, 0)->text == "Notering");
    CHECK(report.find(2, 1)->text == "Inskriven summa");
    CHECK(report.find(2, 3)->text == "C18");
    CHECK_FALSE(report.find(2, 5));
    // Its numbers and words ("Inskriven summa") are no table for the checker.
    CHECK(check::is_summakoll_report(report));
    for (const check::Finding& f : check::check_workbook(after)) CHECK(f.sheet != "Summakoll");

    // Untouched parts are byte-identical; the note is a real comments part.
    ZipPackage a = package(in), b = package(out);
    for (const std::string& name : a.names()) {
        bool touched = std::find(r.changed_parts.begin(), r.changed_parts.end(), name) != r.changed_parts.end() ||
                       std::find(r.removed_parts.begin(), r.removed_parts.end(), name) != r.removed_parts.end();
        if (!touched) CHECK_MESSAGE(a.read(name) == b.read(name), name);
    }
    bool has_comments = false;
    for (const std::string& name : r.added_parts)
        if (name.find("comments") != std::string::npos) {
            has_comments = true;
            CHECK(b.read(name).find("Var 481 000 kr; posterna ger 481 600 kr.") != std::string::npos);
        }
    CHECK(has_comments);
    std::string wb_xml = b.read("xl/workbook.xml");
    CHECK(wb_xml.find("fullCalcOnLoad=\"1\"") != std::string::npos);
    // Printed: the header row on every page, landscape, one page wide, the file and page in the footer.
    const std::string sheet_index = std::to_string(before.sheets.size());
    CHECK(wb_xml.find("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"" + sheet_index + "\">'Summakoll'!$1:$1</definedName>") !=
          std::string::npos);
    CHECK(wb_xml.find("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + sheet_index +
                      "\" hidden=\"1\">'Summakoll'!$A$1:$I$3</definedName>") != std::string::npos);
    std::string report_xml = b.read(report.part);
    CHECK(report_xml.find("<pageSetUpPr fitToPage=\"1\"/>") != std::string::npos);
    CHECK(report_xml.find("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>") != std::string::npos);
    CHECK(report_xml.find("<autoFilter ref=\"A1:I3\"/>") != std::string::npos);
    CHECK(report_xml.find("orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"") != std::string::npos);
    CHECK(report_xml.find("<oddFooter>&amp;L&amp;F&amp;RSida &amp;P av &amp;N</oddFooter>") != std::string::npos);
    CHECK_FALSE(b.has("xl/calcChain.xml"));
}

TEST_CASE("a text amount becomes a number with a Swedish kr format and existing notes stay") {
    std::string in = corpus("rust_xlsxwriter/comment05.xlsx"), out = temp_output("text.xlsx");
    Workbook before = read_workbook(in);
    const std::string name = before.sheets[0].name;
    fix::CellEdit edit{name, 0, 0, "", 13302905, "#,##0 \"kr\"", "Var text: \"13 302 905 kr\"", fix::ChangeKind::WrongTotal, false, ""};
    fix::PatchOptions options;
    options.report_sheet = false;
    fix::patch_xlsx(in, out, {edit}, options);
    Workbook after = read_workbook(out);
    const Cell* a1_cell = after.sheets[0].find(0, 0);
    REQUIRE(a1_cell);
    CHECK(a1_cell->type == CellType::Number);
    CHECK(a1_cell->number == 13302905);
    CHECK(after.style_of(*a1_cell).num_format == "#,##0 \"kr\"");
    // A1 already had a note: it is kept, and 'Some text' notes elsewhere too.
    ZipPackage b = package(out);
    std::string comments = b.read("xl/comments1.xml");
    CHECK(comments.find("<comment ref=\"A1\"") != std::string::npos);
    CHECK(comments.find("Var text") == std::string::npos);
    CHECK(comments.find("<comment ref=\"P128\"") != std::string::npos);
}

TEST_CASE("the output is never half-written and the input is never touched") {
    std::string in = sample("2024-regioner.xlsx");
    std::string before = read_file_bytes(in);
    std::string out = temp_output("missing-dir/x.xlsx");
    fs::remove_all(fs::path(out).parent_path());
    CHECK_THROWS(fix::patch_xlsx(in, out, {}, {}));
    CHECK_FALSE(fs::exists(out));
    CHECK(read_file_bytes(in) == before);
}

TEST_CASE("new cells put into a row before its first cell come out in column order") {
    std::string in = sample("2024-jamtland-beslutsunderlag.xlsx"), out = temp_output("order.xlsx");
    Workbook before = read_workbook(in);
    const Sheet& s = sheet_named(before, "Fördelning område 1-4");
    auto [first, end] = s.row_cells(35);  // row 36 starts at C36: A36 and B36 are free
    REQUIRE(first != end);
    REQUIRE(first->col == 2);
    fix::PatchOptions options;
    options.report_sheet = false;
    fix::patch_xlsx(in, out, {{s.name, 35, 0, "", 1, "", "", fix::ChangeKind::WrongTotal, false, ""}, {s.name, 35, 1, "", 2, "", "", fix::ChangeKind::WrongTotal, false, ""}}, options);

    std::string xml = package(out).read(s.part);
    std::size_t a36 = xml.find("r=\"A36\""), b36 = xml.find("r=\"B36\""), c36 = xml.find("r=\"C36\"");
    REQUIRE(a36 != std::string::npos);
    CHECK(a36 < b36);
    CHECK(b36 < c36);
    Workbook after = read_workbook(out);
    CHECK(sheet_named(after, s.name).find(35, 0)->number == 1);
    CHECK(sheet_named(after, s.name).find(35, 1)->number == 2);
}

TEST_CASE("two sheets on one part (a strange file): the edits of both land in it") {
    const std::string sample_in = sample("2024-jamtland-beslutsunderlag.xlsx");
    const std::string in = temp_output("two-on-one.xlsx"), out = temp_output("two-on-one-fixed.xlsx");
    Workbook original = read_workbook(sample_in);
    const Sheet& s = sheet_named(original, "Fördelning område 1-4");
    ZipPackage pkg = package(sample_in);
    std::string wb = pkg.read("xl/workbook.xml"), rels = pkg.read("xl/_rels/workbook.xml.rels");
    const std::string target = s.part.substr(s.part.find('/') + 1);  // "worksheets/sheetN.xml"
    wb.insert(wb.find("</sheets>"), "<sheet name=\"Kopia\" sheetId=\"99\" r:id=\"rIdKopia\"/>");
    rels.insert(rels.find("</Relationships>"),
                "<Relationship Id=\"rIdKopia\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                "relationships/worksheet\" Target=\"" + target + "\"/>");
    fix::write_patched_package(pkg, in, {{"xl/workbook.xml", {wb, {}}}, {"xl/_rels/workbook.xml.rels", {rels, {}}}}, {});
    REQUIRE(sheet_named(read_workbook(in), "Kopia").part == s.part);

    // Both edit C36 and add A36: the second edit works on the first one's result.
    fix::PatchOptions options;
    options.report_sheet = false;
    fix::patch_xlsx(in, out,
                    {{s.name, 35, 2, "", 1, "", "ett", fix::ChangeKind::WrongTotal, false, ""}, {"Kopia", 35, 2, "", 2, "", "två", fix::ChangeKind::WrongTotal, false, ""},
                     {"Kopia", 35, 0, "", 3, "", "", fix::ChangeKind::WrongTotal, false, ""}},
                    options);
    const std::string xml = package(out).read(s.part);
    auto count = [&xml](const std::string& what) {
        std::size_t n = 0;
        for (std::size_t p = xml.find(what); p != std::string::npos; p = xml.find(what, p + 1)) ++n;
        return n;
    };
    CHECK(count("r=\"C36\"") == 1);
    CHECK(count("r=\"A36\"") == 1);
    Workbook after = read_workbook(out);
    for (const char* name : {"Fördelning område 1-4", "Kopia"}) {
        const Sheet& fixed = sheet_named(after, name);
        REQUIRE(fixed.find(35, 2));
        REQUIRE(fixed.find(35, 0));
        CHECK(fixed.find(35, 2)->number == 2);
        CHECK(fixed.find(35, 0)->number == 3);
    }
    check_unchanged_cells(original, after, s.name, {{35, 2}, {35, 0}});
}

TEST_CASE("a sheet whose VML drawing holds buttons gets its notes' shapes in that drawing, linked once") {
    // Sheet2 has a legacyDrawing (a button) and no comments part.
    const std::string in = corpus("rust_xlsxwriter/button09.xlsx"), out = temp_output("button-notes.xlsx");
    fix::PatchOptions options;
    options.report_sheet = false;
    fix::PatchResult r = fix::patch_xlsx(in, out, {{"Sheet2", 2, 1, "", 5, "", "Var text", fix::ChangeKind::WrongTotal, false, ""}}, options);
    ZipPackage before = package(in), after = package(out);
    const std::string sheet = after.read("xl/worksheets/sheet2.xml");
    auto count = [](const std::string& s, const std::string& what) {
        std::size_t n = 0;
        for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
        return n;
    };
    CHECK(count(sheet, "legacyDrawing") == 1);
    CHECK(count(sheet, "<legacyDrawing r:id=\"rId1\"/>") == 1);
    // The button's drawing keeps its shapes and gains the note's.
    const std::string vml_before = before.read("xl/drawings/vmlDrawing2.vml"), vml = after.read("xl/drawings/vmlDrawing2.vml");
    CHECK(count(vml, "<v:shape ") == count(vml_before, "<v:shape ") + 1);
    CHECK(count(vml, "ObjectType=\"Note\"") == 1);
    CHECK(count(vml, "<x:Row>2</x:Row><x:Column>1</x:Column>") == 1);
    // A comments part of its own, linked from the sheet.
    const std::string rels = after.read("xl/worksheets/_rels/sheet2.xml.rels");
    CHECK(count(rels, "/relationships/comments\"") == 1);
    CHECK(count(rels, "/relationships/vmlDrawing\"") == 1);
    std::string comments_part;
    for (const std::string& name : r.added_parts)
        if (name.find("comments") != std::string::npos) comments_part = name;
    REQUIRE_FALSE(comments_part.empty());
    CHECK(count(after.read(comments_part), "<comment ref=\"B3\"") == 1);
    CHECK(count(after.read("[Content_Types].xml"), "PartName=\"/" + comments_part + "\"") == 1);
    for (const std::string& name : r.added_parts) CHECK_MESSAGE(name.find(".vml") == std::string::npos, name);
    const Workbook wb = read_workbook(out);
    REQUIRE(sheet_named(wb, "Sheet2").find(2, 1));
    CHECK(sheet_named(wb, "Sheet2").find(2, 1)->number == 5);
}
