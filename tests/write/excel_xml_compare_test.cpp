// The XML we write, compared with the XML Excel wrote for the same content
// (rust_xlsxwriter's test inputs in the shared corpus were all saved by Excel).
// Differences we allow on purpose are normalised away, each with its reason:
//  - row@spans: an optional optimisation hint; we leave it out.
//  - sheetView@tabSelected: Excel's files were saved with another tab active.
//  - pageSetup@horizontalDpi/verticalDpi: the resolution of Excel's printer.
//  - font color / scheme: we write no theme part, so no theme references
//    (Excel's <color theme="1"/> is automatic black all the same).
//  - app.xml AppVersion: we are not Excel and do not claim an Excel version.
//  - the theme part and its relationship and content type: optional, not written.
#include <doctest/doctest.h>

#include "read/read_workbook.hpp"
#include "write/write_xlsx.hpp"
#include "write_test_support.hpp"

using namespace sk;
using test::canonical;
using test::child_names;
using test::part_of;

namespace {

std::string excel(const char* name, const char* part) {
    std::string path = std::string(SUMMAKOLL_SOURCE_DIR) + "/../shared/corpus/xlsx/" + name;
    std::string xml = part_of(read_file_bytes(path), part);
    REQUIRE_MESSAGE(!xml.empty(), path << " has no " << part);
    return xml;
}

std::string ours(const NewWorkbook& wb, const char* part) { return part_of(write_xlsx_bytes(wb), part); }

const test::Normalise sheet_rules{{"row@spans", "sheetView@tabSelected", "@horizontalDpi", "@verticalDpi"}, {}};

NewWorkbook one_sheet(const char* name = "Sheet1") {
    NewWorkbook wb;
    wb.add_sheet(name).page.reset();
    return wb;
}

// The entries of [Content_Types].xml or a .rels part as a set: their order
// does not matter (Excel lists relationships in reverse).
std::set<std::string> entries(const std::string& xml, bool drop_theme) {
    pugi::xml_document doc;
    doc.load_string(xml.c_str());
    std::set<std::string> out;
    for (pugi::xml_node n : doc.document_element().children()) {
        std::string key = std::string(n.attribute("PartName").value()) + n.attribute("Extension").value() +
                          n.attribute("Target").value() + " " + n.attribute("ContentType").value() +
                          n.attribute("Type").value();
        if (!(drop_theme && key.find("theme") != std::string::npos)) out.insert(key);
    }
    return out;
}

}  // namespace

TEST_CASE("simple03: plain text and numbers on three sheets match Excel's parts") {
    const char* file = "rust_xlsxwriter/simple03.xlsx";
    NewWorkbook wb;
    StyleId bold = wb.style({.bold = true});
    NewSheet& s1 = wb.add_sheet("Sheet1");
    s1.set_text(0, 0, "Foo");
    s1.set_number(1, 0, 123);
    wb.add_sheet("Data Sheet");
    NewSheet& s3 = wb.add_sheet("Sheet3");
    s3.set_text(1, 1, "Foo");
    s3.set_text(2, 1, "Bar", bold);
    s3.set_number(3, 2, 234);
    for (NewSheet& s : wb.sheets) s.page.reset();
    std::string bytes = write_xlsx_bytes(wb);

    for (const char* part : {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml"}) {
        INFO(part);
        CHECK(canonical(part_of(bytes, part), sheet_rules) == canonical(excel(file, part), sheet_rules));
    }
    CHECK(part_of(bytes, "xl/sharedStrings.xml") == excel(file, "xl/sharedStrings.xml"));
    test::Normalise font_rules{{}, {"color", "scheme"}};
    CHECK(canonical(part_of(bytes, "xl/styles.xml"), font_rules) == canonical(excel(file, "xl/styles.xml"), font_rules));
    // workbook.xml: the same children in the same order; the sheets alike.
    CHECK(child_names(part_of(bytes, "xl/workbook.xml")) == child_names(excel(file, "xl/workbook.xml")));
    CHECK(canonical(part_of(bytes, "xl/workbook.xml"), {}, "workbook/sheets") ==
          canonical(excel(file, "xl/workbook.xml"), {}, "workbook/sheets"));
    CHECK(child_names(part_of(bytes, "docProps/app.xml")) ==
          child_names(canonical(excel(file, "docProps/app.xml"), {{}, {"AppVersion"}})));
    CHECK(canonical(part_of(bytes, "docProps/app.xml"), {}, "Properties/TitlesOfParts") ==
          canonical(excel(file, "docProps/app.xml"), {}, "Properties/TitlesOfParts"));
    CHECK(child_names(part_of(bytes, "docProps/core.xml")) == child_names(excel(file, "docProps/core.xml")));
    CHECK(entries(part_of(bytes, "_rels/.rels"), false) == entries(excel(file, "_rels/.rels"), false));
}

TEST_CASE("simple03: content types and workbook relationships are Excel's, less the theme") {
    const char* file = "rust_xlsxwriter/simple03.xlsx";
    NewWorkbook wb;
    for (const char* name : {"Sheet1", "Data Sheet", "Sheet3"}) wb.add_sheet(name).set_text(0, 0, "x");
    std::string bytes = write_xlsx_bytes(wb);
    CHECK(entries(part_of(bytes, "[Content_Types].xml"), false) == entries(excel(file, "[Content_Types].xml"), true));
    CHECK(entries(part_of(bytes, "xl/_rels/workbook.xml.rels"), false) ==
          entries(excel(file, "xl/_rels/workbook.xml.rels"), true));
}

TEST_CASE("landscape01: A4 landscape page setup as Excel writes it") {
    NewWorkbook wb = one_sheet();
    wb.sheets[0].set_text(0, 0, "Foo");
    wb.sheets[0].page = PageSetup{.a4 = true, .landscape = true, .fit_to_width = false, .footer = ""};
    CHECK(canonical(ours(wb, "xl/worksheets/sheet1.xml"), sheet_rules) ==
          canonical(excel("rust_xlsxwriter/landscape01.xlsx", "xl/worksheets/sheet1.xml"), sheet_rules));
}

TEST_CASE("tab_color03: fit to page goes in sheetPr/pageSetUpPr, before the dimension") {
    NewWorkbook wb = one_sheet();
    wb.sheets[0].set_text(0, 0, "Foo");
    wb.sheets[0].page = PageSetup{};
    std::string mine = ours(wb, "xl/worksheets/sheet1.xml");
    std::string theirs = excel("rust_xlsxwriter/tab_color03.xlsx", "xl/worksheets/sheet1.xml");
    CHECK(child_names(mine) == child_names(theirs));
    CHECK(canonical(mine, {}, "worksheet/sheetPr/pageSetUpPr") == canonical(theirs, {}, "worksheet/sheetPr/pageSetUpPr"));
    // Our pageSetup adds A4, landscape and "as many pages down as needed".
    CHECK(canonical(mine, {}, "worksheet/pageSetup") ==
          "<pageSetup fitToHeight=\"0\" orientation=\"landscape\" paperSize=\"9\"></pageSetup>");
}

TEST_CASE("print_options06 / repeat03: repeated header rows are the Print_Titles defined name") {
    NewWorkbook wb = one_sheet();
    wb.sheets[0].set_text(0, 0, "Foo");
    wb.sheets[0].print_title_rows = 1;
    std::string mine = ours(wb, "xl/workbook.xml");
    std::string theirs = excel("rust_xlsxwriter/print_options06.xlsx", "xl/workbook.xml");
    pugi::xml_document a, b;
    a.load_string(mine.c_str());
    b.load_string(theirs.c_str());
    pugi::xml_node titles_ours = a.select_node("//definedName[@name='_xlnm.Print_Titles']").node();
    pugi::xml_node titles_excel = b.select_node("//definedName[@name='_xlnm.Print_Titles']").node();
    REQUIRE(titles_ours);
    REQUIRE(titles_excel);
    std::string x, y;
    test::canonical(titles_ours, {}, x);
    test::canonical(titles_excel, {}, y);
    CHECK(x == y);
    CHECK(child_names(mine) == child_names(excel("rust_xlsxwriter/repeat03.xlsx", "xl/workbook.xml")));
}

TEST_CASE("autofilter07: autoFilter after sheetData and the hidden _FilterDatabase name") {
    NewWorkbook wb = one_sheet();
    const char* heads[] = {"Region", "Item", "Volume", "Month"};
    for (std::uint32_t c = 0; c < 4; ++c) wb.sheets[0].set_text(2, 3 + c, heads[c]);
    wb.sheets[0].set_number(52, 6, 1);
    wb.sheets[0].autofilter = Range{2, 3, 52, 6};
    const char* file = "rust_xlsxwriter/autofilter07.xlsx";
    std::string mine = ours(wb, "xl/worksheets/sheet1.xml");
    std::string theirs = excel(file, "xl/worksheets/sheet1.xml");
    // Excel's sheetPr says a filter criterion is active (we set none); its
    // autoFilter holds that criterion.
    test::Normalise rules{{}, {"sheetPr", "filterColumn"}};
    CHECK(child_names(canonical(mine, rules)) == child_names(canonical(theirs, rules)));
    CHECK(canonical(mine, rules, "worksheet/autoFilter") == canonical(theirs, rules, "worksheet/autoFilter"));
    CHECK(canonical(mine, rules, "worksheet/dimension") == canonical(theirs, rules, "worksheet/dimension"));
    CHECK(canonical(ours(wb, "xl/workbook.xml"), {}, "workbook/definedNames") ==
          canonical(excel(file, "xl/workbook.xml"), {}, "workbook/definedNames"));
}

TEST_CASE("a frozen header row is the pane Excel writes (FormatChoiceTests, saved by Excel)") {
    NewWorkbook wb = one_sheet();
    wb.sheets[0].set_text(0, 0, "Rubrik");
    wb.sheets[0].freeze_rows = 1;
    std::string mine = ours(wb, "xl/worksheets/sheet1.xml");
    std::string theirs = excel("apache-poi/spreadsheet_FormatChoiceTests.xlsx", "xl/worksheets/sheet1.xml");
    // Excel also records where the cursor was (activeCell, sqref).
    test::Normalise rules{{"sheetView@tabSelected", "sheetView@zoomScaleNormal", "selection@activeCell", "selection@sqref"}, {}};
    CHECK(canonical(mine, rules, "worksheet/sheetViews") == canonical(theirs, rules, "worksheet/sheetViews"));
}

TEST_CASE("frozen rows and columns: the three selections Excel writes") {
    NewWorkbook wb = one_sheet();
    wb.sheets[0].freeze_rows = 1;
    wb.sheets[0].freeze_cols = 1;
    std::string mine = ours(wb, "xl/worksheets/sheet1.xml");
    // As saved by Excel in xlnt's Issue503_external_link.xlsx (sheet1 there
    // freezes row 1 only; this is Excel's documented form for both).
    CHECK(canonical(mine, {}, "worksheet/sheetViews") ==
          "<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\"><pane activePane=\"bottomRight\" "
          "state=\"frozen\" topLeftCell=\"B2\" xSplit=\"1\" ySplit=\"1\"></pane><selection pane=\"topRight\"></selection>"
          "<selection pane=\"bottomLeft\"></selection><selection pane=\"bottomRight\"></selection></sheetView></sheetViews>");
}

TEST_CASE("autofit_with_format01: custom number formats from id 164 and column widths") {
    NewWorkbook wb = one_sheet();
    NewSheet& s = wb.sheets[0];
    s.set_number(0, 0, 1234.02);
    s.set_number(0, 1, 1234.02, wb.style({.num_format = "0.0"}));
    s.set_number(0, 2, 1234.02, wb.style({.num_format = "0.000"}));
    std::string file = "rust_xlsxwriter/autofit_with_format01.xlsx";
    CHECK(canonical(ours(wb, "xl/styles.xml"), {}, "styleSheet/numFmts") ==
          canonical(excel(file.c_str(), "xl/styles.xml"), {}, "styleSheet/numFmts"));
    CHECK(canonical(ours(wb, "xl/styles.xml"), {}, "styleSheet/cellXfs") ==
          canonical(excel(file.c_str(), "xl/styles.xml"), {}, "styleSheet/cellXfs"));
    CHECK(child_names(ours(wb, "xl/styles.xml")) == child_names(excel(file.c_str(), "xl/styles.xml")));
    // Excel's widths there are 8, 6.5703125 and 8.5703125 (autofit, bestFit):
    // the same character counts give the same stored widths.
    s.column_widths = {{0, 7.29}, {1, 5.86}, {2, 7.86}};
    test::Normalise rules{{"col@bestFit"}, {}};
    CHECK(canonical(ours(wb, "xl/worksheets/sheet1.xml"), rules, "worksheet/cols") ==
          canonical(excel(file.c_str(), "xl/worksheets/sheet1.xml"), rules, "worksheet/cols"));
}

TEST_CASE("overlay03: a solid fill is Excel's patternFill") {
    NewWorkbook wb = one_sheet();
    wb.sheets[0].set_number(0, 0, 1, wb.style({.fill_rgb = 0xFFFF00}));
    CHECK(canonical(ours(wb, "xl/styles.xml"), {}, "styleSheet/fills") ==
          canonical(excel("rust_xlsxwriter/overlay03.xlsx", "xl/styles.xml"), {}, "styleSheet/fills"));
}

TEST_CASE("shared_strings01: every ASCII character, control characters as _xHHHH_") {
    NewWorkbook wb = one_sheet();
    for (std::uint32_t c = 0; c < 127; ++c) wb.sheets[0].set_text(c, 0, std::string(1, char(c)));
    const char* file = "rust_xlsxwriter/shared_strings01.xlsx";
    // Parsed, not byte for byte: Excel wrote the line feed as CR LF, which
    // every XML parser reads as the same single line feed.
    CHECK(canonical(ours(wb, "xl/sharedStrings.xml")) == canonical(excel(file, "xl/sharedStrings.xml")));
    CHECK(ours(wb, "xl/sharedStrings.xml").find("<t>_x000D_</t>") != std::string::npos);
    CHECK(canonical(ours(wb, "xl/worksheets/sheet1.xml"), sheet_rules) ==
          canonical(excel(file, "xl/worksheets/sheet1.xml"), sheet_rules));
}

TEST_CASE("formula_results01: formulas with number, text and boolean results") {
    NewWorkbook wb = one_sheet();
    NewSheet& s = wb.sheets[0];
    s.set_formula(0, 0, "1+1", 2.0);
    s.set_formula(1, 0, "\"Foo\"", std::string("Foo"));
    s.set_formula(2, 0, "IF(B3,FALSE,TRUE)", true);
    s.set_formula(3, 0, "IF(B4,TRUE,FALSE)", false);
    std::string mine = canonical(ours(wb, "xl/worksheets/sheet1.xml"), sheet_rules, "worksheet/sheetData");
    std::string theirs = canonical(excel("rust_xlsxwriter/formula_results01.xlsx", "xl/worksheets/sheet1.xml"), sheet_rules,
                                   "worksheet/sheetData");
    // Excel's file goes on with error results (rows 5–12), which we do not write.
    std::string first_four = theirs.substr(0, theirs.find("<row r=\"5\""));
    CHECK(mine == first_four + "</sheetData>");
}
