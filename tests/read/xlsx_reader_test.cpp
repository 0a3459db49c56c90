#include <doctest/doctest.h>

#include <string>

#include "read/read_workbook.hpp"
#include "read_error_of.hpp"

using namespace sk;

namespace {

std::string hostile(const char* name) { return std::string(SUMMAKOLL_TEST_DATA) + "/hostile/" + name; }
std::string sample(const char* name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/" + name; }
std::string corpus(const char* name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/../shared/corpus/xlsx/" + name; }

}  // namespace

TEST_CASE("the 2024 region table written by LibreOffice reads as printed") {
    Workbook wb = read_workbook(sample("2024-regioner.xlsx"));
    REQUIRE(wb.sheets.size() >= 1);
    const Sheet& s = wb.sheets[0];
    CHECK(s.name == "Region");
    const Cell* code = s.find(2, 0);  // A3: Länskod "01", a text code, not the number 1
    REQUIRE(code);
    CHECK(code->type == CellType::Text);
    CHECK(code->text == "01");
    const Cell* stockholm = s.find(2, 2);  // C3
    REQUIRE(stockholm);
    CHECK(stockholm->type == CellType::Number);
    CHECK(stockholm->number == 129530375);
    CHECK_FALSE(stockholm->is_date);
    CHECK(wb.style_of(*stockholm).num_format.find("kr") != std::string::npos);
    CHECK(s.find(2, 1)->text == "Stockholm");
    CHECK(s.find(1, 5)->text == "Totalt belopp");
}

TEST_CASE("the hand-made hostile files are refused with the right reason") {
    CHECK(error_of(hostile("empty.xlsx")) == ReadErrorKind::NotZip);
    CHECK(error_of(hostile("not_a_zip.xlsx")) == ReadErrorKind::NotZip);
    CHECK(error_of(hostile("encrypted.xlsx")) == ReadErrorKind::Encrypted);
    CHECK(error_of(hostile("truncated.xlsx")) == ReadErrorKind::Truncated);
    CHECK(error_of(hostile("dotdot_entry.xlsx")) == ReadErrorKind::UnsafeEntryName);
    CHECK(error_of(hostile("absolute_entry.xlsx")) == ReadErrorKind::UnsafeEntryName);
    CHECK(error_of(hostile("zip_bomb.xlsx")) == ReadErrorKind::InflateRatio);
    CHECK(error_of(hostile("entity_bomb.xlsx")) == ReadErrorKind::XmlDoctype);
    CHECK(error_of(hostile("deep_xml.xlsx")) == ReadErrorKind::TooDeep);
    CHECK(error_of(hostile("malformed_xml.xlsx")) == ReadErrorKind::MalformedXml);
    CHECK(error_of(hostile("missing_workbook.xlsx")) == ReadErrorKind::MissingPart);
    CHECK(error_of(hostile("absurd_address.xlsx")) == ReadErrorKind::AbsurdDimension);
    CHECK(error_of(hostile("absurd_row.xlsx")) == ReadErrorKind::AbsurdDimension);
    CHECK(error_of(hostile("powerpoint.xlsx")) == ReadErrorKind::NotAWorkbook);
    CHECK(error_of(hostile("no-such-file.xlsx")) == ReadErrorKind::NotFound);
    CHECK(error_of(SUMMAKOLL_TEST_DATA) == ReadErrorKind::NotFound);  // a folder
}

TEST_CASE("the shared-strings bomb in the corpus is stopped by the string cap") {
    CHECK(error_of(corpus("apache-poi/spreadsheet_poc-shared-strings.xlsx")) == ReadErrorKind::StringTooLong);
}

TEST_CASE("every limit holds on a valid file when it is set low") {
    const std::string valid = hostile("valid.xlsx");
    REQUIRE_NOTHROW(read_workbook(valid));
    ReadLimits l;
    l.max_file_bytes = 100;
    CHECK(error_of(valid, l) == ReadErrorKind::TooLarge);
    l = {};
    l.max_entry_bytes = 200;
    CHECK(error_of(valid, l) == ReadErrorKind::TooLarge);
    l = {};
    l.max_total_bytes = 1000;
    CHECK(error_of(valid, l) == ReadErrorKind::TooLarge);
    l = {};
    l.max_entries = 3;
    CHECK(error_of(valid, l) == ReadErrorKind::TooManyParts);
    l = {};
    l.max_cells = 1;
    CHECK(error_of(valid, l) == ReadErrorKind::TooManyCells);
    l = {};
    l.max_string_bytes = 3;  // "Totalt"
    CHECK(error_of(valid, l) == ReadErrorKind::StringTooLong);
    l = {};
    l.max_text_bytes = 5;
    CHECK(error_of(valid, l) == ReadErrorKind::TooLarge);
    l = {};
    l.max_xml_depth = 2;
    CHECK(error_of(valid, l) == ReadErrorKind::TooDeep);
}

TEST_CASE("the valid hand-made workbook reads its two cells") {
    Workbook wb = read_workbook(hostile("valid.xlsx"));
    REQUIRE(wb.sheets.size() == 1);
    CHECK(wb.sheets[0].name == "Blad1");
    REQUIRE(wb.sheets[0].cells.size() == 2);
    CHECK(wb.sheets[0].cells[0].text == "Totalt");
    CHECK(wb.sheets[0].cells[1].number == 1000);
}

TEST_CASE("shared formulas are expanded per cell, absolute parts kept") {
    Workbook wb = read_workbook(corpus("calamine/issue_567_absolute_shared.xlsx"));
    const Sheet& s = wb.sheets[0];
    REQUIRE(s.find(2, 3));
    CHECK(s.find(2, 3)->formula == "D$1");  // D3, from B1's "B$1"
    CHECK(s.find(2, 0)->formula == "A$1");  // A3, from A2's "A$1"
}

TEST_CASE("rich text runs are joined and phonetic runs dropped") {
    Workbook rich = read_workbook(corpus("rust_xlsxwriter/rich_string05.xlsx"));
    bool found = false;
    for (const Cell& c : rich.sheets[0].cells) found |= c.text == "This is bold and this is italic";
    CHECK(found);
    Workbook phonetic = read_workbook(corpus("calamine/rph.xlsx"));
    CHECK(phonetic.sheets[0].find(0, 0)->text == "課きく\u3000毛こ");
}

TEST_CASE("sheet names, order and visibility come from the workbook part") {
    Workbook wb = read_workbook(corpus("calamine/any_sheets.xlsx"));
    REQUIRE(wb.sheets.size() >= 3);
    CHECK(wb.sheets[0].name == "Visible");
    CHECK(wb.sheets[0].visibility == Visibility::Visible);
    CHECK(wb.sheets[1].visibility == Visibility::Hidden);
    CHECK(wb.sheets[2].visibility == Visibility::VeryHidden);
}

TEST_CASE("a non-standard part path is found through the relationships") {
    Workbook wb = read_workbook(corpus("sheetjs-test_files/wtf_path.xlsx"));
    CHECK_FALSE(wb.sheets.empty());
    CHECK(wb.sheets[0].part.rfind("xl/worksheets/", 0) != 0);
}
