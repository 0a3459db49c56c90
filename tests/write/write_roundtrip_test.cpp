// Workbooks written from scratch and read back with summakoll's own reader:
// every value, formula, style hint and sheet name survives.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <limits>

#include "read/read_workbook.hpp"
#include "write_test_support.hpp"
#include "write/write_xlsx.hpp"

using namespace sk;

namespace {

const Cell& at(const Sheet& s, std::uint32_t row, std::uint32_t col) {
    const Cell* c = s.find(row, col);
    REQUIRE_MESSAGE(c, s.name << "!" << a1(row, col) << " is missing");
    return *c;
}

WriteErrorKind error_of(const NewWorkbook& wb) {
    try {
        write_xlsx_bytes(wb);
    } catch (const WriteError& e) {
        return e.kind;
    }
    FAIL("written without error");
    return WriteErrorKind::Io;
}

// A small allocation table like the ones convert writes.
NewWorkbook allocation() {
    NewWorkbook wb;
    wb.created_utc = "2026-03-27T10:00:00Z";
    StyleId head = wb.style({.bold = true, .fill_rgb = 0xDDEBF7, .wrap = true});
    StyleId kr = wb.style({.num_format = "#,##0 \"kr\""});
    StyleId pct = wb.style({.num_format = "0.0%"});
    StyleId sub = wb.style({.indent = 2});
    StyleId total = wb.style({.num_format = "#,##0 \"kr\"", .bold = true});
    StyleId date = wb.style({.num_format = "[$-41D]d mmmm yyyy"});
    NewSheet& s = wb.add_sheet("Fördelning 2026");
    s.set_text(0, 0, "Kommun", head);
    s.set_text(0, 1, "Belopp", head);
    s.set_text(0, 2, "Andel", head);
    s.set_text(1, 0, "Berg", sub);
    s.set_number(1, 1, 1150000, kr);
    s.set_number(1, 2, 0.127, pct);
    s.set_text(2, 0, "Bräcke", sub);
    s.set_number(2, 1, 830000.5, kr);
    s.set_number(2, 2, 0.0925, pct);
    s.set_text(3, 0, "Totalt", head);
    s.set_formula(3, 1, "=SUM(B2:B3)", 1980000.5, total);
    s.set_formula(3, 2, "IF(B4>0,\"ja\",\"nej\")", std::string("ja"));
    s.set_bool(4, 0, true);
    s.set_formula(4, 1, "B4>0", true);
    s.set_number(4, 2, 46108, date);
    s.set_blank(5, 0, head);
    s.freeze_rows = 1;
    s.print_title_rows = 1;
    s.autofilter = Range{0, 0, 3, 2};
    s.merged.push_back({6, 0, 6, 2});
    s.set_text(6, 0, "Sammanslagen rad");
    s.column_widths = {{0, 24}, {1, 14.5}};
    NewSheet& links = wb.add_sheet("Summakoll");
    links.set_formula(0, 0, internal_link_formula("Fördelning 2026", "B4", "B4"), std::string("B4"),
                      wb.style({.underline = true, .font_rgb = 0x0563C1}));
    return wb;
}

void check_allocation(const Workbook& wb) {
    REQUIRE(wb.sheets.size() == 2);
    CHECK(wb.sheets[0].name == "Fördelning 2026");
    CHECK(wb.sheets[1].name == "Summakoll");
    const Sheet& s = wb.sheets[0];

    const Cell& head = at(s, 0, 0);
    CHECK(head.type == CellType::Text);
    CHECK(head.text == "Kommun");
    CHECK(wb.style_of(head).bold);
    CHECK(wb.style_of(head).filled);
    CHECK(at(s, 0, 2).text == "Andel");

    const Cell& berg = at(s, 1, 1);
    CHECK(berg.type == CellType::Number);
    CHECK(berg.number == 1150000);
    CHECK(wb.style_of(berg).num_format == "#,##0 \"kr\"");
    CHECK_FALSE(wb.style_of(berg).bold);
    CHECK_FALSE(wb.style_of(berg).filled);
    CHECK(at(s, 1, 0).text == "Berg");
    CHECK(wb.style_of(at(s, 1, 0)).indent == 2);
    CHECK(at(s, 1, 2).number == 0.127);
    CHECK(wb.style_of(at(s, 1, 2)).num_format == "0.0%");
    CHECK(at(s, 2, 1).number == 830000.5);
    CHECK(at(s, 2, 2).number == 0.0925);

    const Cell& sum = at(s, 3, 1);
    CHECK(sum.formula == "SUM(B2:B3)");  // the '=' given was dropped
    CHECK(sum.type == CellType::Number);
    CHECK(sum.number == 1980000.5);
    CHECK(wb.style_of(sum).bold);
    CHECK(wb.style_of(sum).num_format == "#,##0 \"kr\"");
    const Cell& text_formula = at(s, 3, 2);
    CHECK(text_formula.formula == "IF(B4>0,\"ja\",\"nej\")");
    CHECK(text_formula.type == CellType::Text);
    CHECK(text_formula.text == "ja");

    CHECK(at(s, 4, 0).type == CellType::Bool);
    CHECK(at(s, 4, 0).boolean);
    CHECK(at(s, 4, 1).type == CellType::Bool);
    CHECK(at(s, 4, 1).formula == "B4>0");
    const Cell& date = at(s, 4, 2);
    CHECK(date.number == 46108);
    CHECK(date.is_date);
    CHECK(wb.style_of(date).num_format == "[$-41D]d mmmm yyyy");
    REQUIRE(s.merged.size() == 1);
    CHECK(a1(s.merged[0]) == "A7:C7");

    const Cell& link = at(wb.sheets[1], 0, 0);
    CHECK(link.formula == "HYPERLINK(\"#'Fördelning 2026'!B4\",\"B4\")");
    CHECK(link.text == "B4");
}

}  // namespace

TEST_CASE("a written allocation table reads back value for value, from a file and from bytes") {
    test::ScratchDir dir("roundtrip");
    NewWorkbook wb = allocation();
    std::string path = dir.file("fördelning.xlsx");
    write_xlsx(wb, path);
    check_allocation(read_xlsx(path));
    // Our reader leaves out empty cells; the styled blank is in the sheet XML.
    std::string sheet = test::part_of(read_file_bytes(path), "xl/worksheets/sheet1.xml");
    CHECK(sheet.find("<c r=\"A6\" s=\"1\"/>") != std::string::npos);
    CHECK(dir.entries() == 1);  // no temporary file left beside it

    std::string bytes = write_xlsx_bytes(wb);
    check_allocation(read_xlsx_bytes(bytes, "minne.xlsx"));
    // Same workbook, same bytes: entries are dated 1980-01-01 like Excel's.
    CHECK(bytes == write_xlsx_bytes(wb));
    std::ifstream in(path, std::ios::binary);
    std::string on_disk((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(on_disk == bytes);
}

TEST_CASE("texts Excel escapes survive the round trip") {
    NewWorkbook wb;
    NewSheet& s = wb.add_sheet("Text");
    const std::vector<std::string> texts = {
        "  inledande och avslutande blanksteg  ",
        "tab\tradbrytning\nvagnretur\r",
        std::string("nul\0och\x01\x1F", 9),
        "_x0041_ är inte A",
        "& < > \" ' ",
        "Ålänning 😀 – “citat”",
        "1 234 567 kr",
        "=SUM(A1:A2)",  // text that looks like a formula stays text
    };
    for (std::uint32_t i = 0; i < texts.size(); ++i) s.set_text(i, 0, texts[i]);
    s.set_text(20, 0, std::string("trasig \xC3( utf-8 \xFF"));
    s.set_formula(21, 0, "\"x\"&\"y\"", std::string(" xy "));
    Workbook back = read_xlsx_bytes(write_xlsx_bytes(wb), "text.xlsx");
    const Sheet& r = back.sheets.at(0);
    for (std::uint32_t i = 0; i < texts.size(); ++i) {
        CHECK(at(r, i, 0).type == CellType::Text);
        CHECK(at(r, i, 0).text == texts[i]);
    }
    CHECK(at(r, 20, 0).text == "trasig \xEF\xBF\xBD( utf-8 \xEF\xBF\xBD");
    CHECK(at(r, 21, 0).text == " xy ");
    CHECK(at(r, 21, 0).formula == "\"x\"&\"y\"");
}

TEST_CASE("numbers keep their exact value") {
    NewWorkbook wb;
    NewSheet& s = wb.add_sheet("Tal");
    const std::vector<double> numbers = {0, -0.5, 0.1, 1.0 / 3, 13302905, -8436, 1e-10, 1e20, 9007199254740993.0,
                                         123456789.123456789, std::numeric_limits<double>::denorm_min()};
    for (std::uint32_t i = 0; i < numbers.size(); ++i) s.set_number(i, 3, numbers[i]);
    Workbook back = read_xlsx_bytes(write_xlsx_bytes(wb), "tal.xlsx");
    for (std::uint32_t i = 0; i < numbers.size(); ++i) CHECK(at(back.sheets[0], i, 3).number == numbers[i]);
}

TEST_CASE("cells given in any order are written in row order, and the far corner of the grid works") {
    NewWorkbook wb;
    NewSheet& s = wb.add_sheet("Blad1");
    s.set_number(max_rows - 1, max_cols - 1, 1);
    s.set_text(2, 1, "b");
    s.set_number(0, 5, 5);
    s.set_text(2, 0, "a");
    Workbook back = read_xlsx_bytes(write_xlsx_bytes(wb), "ordning.xlsx");
    const Sheet& r = back.sheets[0];
    REQUIRE(r.cells.size() == 4);
    CHECK(a1(r.cells[0].row, r.cells[0].col) == "F1");
    CHECK(r.cells[1].text == "a");
    CHECK(r.cells[2].text == "b");
    CHECK(a1(r.cells[3].row, r.cells[3].col) == "XFD1048576");
}

TEST_CASE("an empty sheet and a sheet with only a styled blank are valid workbooks") {
    NewWorkbook wb;
    wb.add_sheet("Tom");
    NewSheet& s = wb.add_sheet("Fylld");
    s.set_blank(1, 1, wb.style({.fill_rgb = 0xFFFF00}));
    s.page.reset();
    std::string bytes = write_xlsx_bytes(wb);
    Workbook back = read_xlsx_bytes(bytes, "tom.xlsx");
    REQUIRE(back.sheets.size() == 2);
    CHECK(back.sheets[0].cells.empty());
    CHECK(test::part_of(bytes, "xl/worksheets/sheet1.xml").find("<dimension ref=\"A1\"/>") != std::string::npos);
    CHECK(test::part_of(bytes, "xl/worksheets/sheet2.xml").find("<c r=\"B2\" s=\"1\"/>") != std::string::npos);
    CHECK(test::part_of(bytes, "xl/styles.xml").find("<fgColor rgb=\"FFFFFF00\"/>") != std::string::npos);
}

TEST_CASE("what Excel would refuse is refused before anything is written") {
    auto one_sheet = [](std::string name) {
        NewWorkbook wb;
        wb.sheets.push_back({});
        wb.sheets.back().name = std::move(name);
        return wb;
    };
    CHECK(error_of(NewWorkbook{}) == WriteErrorKind::NoSheets);
    CHECK(error_of(one_sheet("a:b")) == WriteErrorKind::BadSheetName);
    CHECK(error_of(one_sheet(std::string(32, 'x'))) == WriteErrorKind::BadSheetName);
    NewWorkbook twice = one_sheet("Blad");
    twice.sheets.push_back(twice.sheets[0]);
    twice.sheets[1].name = "BLAD";
    CHECK(error_of(twice) == WriteErrorKind::BadSheetName);

    NewWorkbook dup = one_sheet("Blad");
    dup.sheets[0].set_number(1, 1, 1);
    dup.sheets[0].set_text(1, 1, "x");
    CHECK(error_of(dup) == WriteErrorKind::DuplicateCell);

    NewWorkbook nan = one_sheet("Blad");
    nan.sheets[0].set_number(0, 0, std::nan(""));
    CHECK(error_of(nan) == WriteErrorKind::BadCell);
    NewWorkbook inf = one_sheet("Blad");
    inf.sheets[0].set_formula(0, 0, "1/0", std::numeric_limits<double>::infinity());
    CHECK(error_of(inf) == WriteErrorKind::BadCell);
    NewWorkbook outside = one_sheet("Blad");
    outside.sheets[0].set_number(max_rows, 0, 1);
    CHECK(error_of(outside) == WriteErrorKind::BadCell);

    NewWorkbook long_text = one_sheet("Blad");
    long_text.sheets[0].set_text(0, 0, std::string(32768, 'x'));
    CHECK(error_of(long_text) == WriteErrorKind::TextTooLong);
    long_text.sheets[0].cells[0].value = std::string(32767, 'x');
    CHECK_NOTHROW(write_xlsx_bytes(long_text));

    NewWorkbook style = one_sheet("Blad");
    style.sheets[0].set_number(0, 0, 1, 7);
    CHECK(error_of(style) == WriteErrorKind::BadStyle);
    NewWorkbook merges = one_sheet("Blad");
    merges.sheets[0].merged = {{0, 0, 1, 1}, {1, 1, 2, 2}};
    CHECK(error_of(merges) == WriteErrorKind::BadStyle);
}

TEST_CASE("a failed write leaves an existing file untouched and no temporary file") {
    test::ScratchDir dir("atomic");
    std::string path = dir.file("ut.xlsx");
    { std::ofstream(path) << "gammalt innehåll"; }
    NewWorkbook bad;
    bad.add_sheet("Blad").set_number(0, 0, std::nan(""));
    try {
        write_xlsx(bad, path);
        FAIL("written");
    } catch (const WriteError& e) {
        CHECK(describe(e, path, Lang::Sv) == path + ": ogiltig cell eller ogiltigt tal i Blad!A1");
        CHECK(describe(e, path, Lang::En) == path + ": invalid cell or number at Blad!A1");
    }
    std::ifstream in(path);
    std::string kept((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(kept == "gammalt innehåll");
    CHECK(dir.entries() == 1);

    // A good workbook replaces it whole.
    NewWorkbook good;
    good.add_sheet("Blad").set_number(0, 0, 42);
    write_xlsx(good, path);
    CHECK(read_xlsx(path).sheets[0].cells.at(0).number == 42);
    CHECK(dir.entries() == 1);

    // A folder that does not exist: a clear Io error.
    try {
        write_xlsx(good, dir.file("saknas/ut.xlsx"));
        FAIL("written");
    } catch (const WriteError& e) {
        CHECK(e.kind == WriteErrorKind::Io);
        CHECK(describe(e, "ut.xlsx", Lang::Sv).rfind("ut.xlsx: kunde inte skriva filen: ", 0) == 0);
    }
}

TEST_CASE("a sheet of many megabytes reads back cell for cell (rows scanned on a second thread)") {
    NewWorkbook wb;
    NewSheet& s = wb.add_sheet("Stor");
    const std::uint32_t rows = 40000;
    for (std::uint32_t r = 0; r < rows; ++r) {
        s.set_text(r, 0, "Kommun nummer " + std::to_string(r));
        s.set_number(r, 1, r * 1000.5);
        s.set_text(r, 2, std::to_string(r % 977) + " 000 kr");
        if (r % 50 == 49) s.set_formula(r, 3, "SUM(B" + std::to_string(r - 48) + ":B" + std::to_string(r) + ")", 1.0);
        else s.set_number(r, 3, -double(r));
    }
    const std::string bytes = write_xlsx_bytes(wb);
    REQUIRE(test::part_of(bytes, "xl/worksheets/sheet1.xml").size() > (5u << 20));  // several runs of a megabyte
    Workbook back = read_xlsx_bytes(bytes, "stor.xlsx");
    const Sheet& r = back.sheets.at(0);
    REQUIRE(r.cells.size() == std::size_t(rows) * 4);
    std::size_t wrong = 0;
    for (std::uint32_t row = 0; row < rows; ++row) {
        const Cell* c = &r.cells[std::size_t(row) * 4];
        wrong += c[0].row != row || c[0].col != 0 || c[0].text != "Kommun nummer " + std::to_string(row);
        wrong += c[1].col != 1 || c[1].number != row * 1000.5;
        wrong += c[2].col != 2 || c[2].text != std::to_string(row % 977) + " 000 kr";
        wrong += c[3].col != 3 || (row % 50 == 49 ? c[3].formula.empty() : c[3].number != -double(row));
    }
    CHECK(wrong == 0);
}
