#include <doctest/doctest.h>

#include <string>

#include "read/read_workbook.hpp"
#include "read_error_of.hpp"

using namespace sk;

namespace {

std::string csv(const char* name) { return std::string(SUMMAKOLL_TEST_DATA) + "/csv/" + name; }

std::string text_at(const Sheet& s, std::uint32_t row, std::uint32_t col) {
    const Cell* c = s.find(row, col);
    return c ? std::string(c->text) : std::string("<ingen cell>");
}

// The small table every encoding variant holds.
void check_table(const Workbook& wb, const char* stem) {
    CHECK(wb.format == SourceFormat::Csv);
    REQUIRE(wb.sheets.size() == 1);
    const Sheet& s = wb.sheets[0];
    CHECK(s.name == stem);
    CHECK(s.cells.size() == 12);
    CHECK(text_at(s, 0, 0) == "Aktör");
    CHECK(text_at(s, 1, 0) == "Kommunförbundet Jämtland Härjedalen");
    CHECK(text_at(s, 1, 1) == "3 992 436");  // text: the normaliser reads amounts
    CHECK(text_at(s, 2, 2) == "37,1 %");
    CHECK(text_at(s, 3, 0) == "Totalt");
    CHECK(s.find(1, 1)->type == CellType::Text);
}

}  // namespace

TEST_CASE("csv: Swedish Excel export, Windows-1252 with ';' and CR LF") {
    check_table(read_workbook(csv("excel_sv.csv")), "excel_sv");
}

TEST_CASE("csv: UTF-16 with a BOM, little and big endian") {
    check_table(read_workbook(csv("utf16le.csv")), "utf16le");  // tab separated
    check_table(read_workbook(csv("utf16be.csv")), "utf16be");
}

TEST_CASE("csv: recognised by content when the name does not tell") {
    check_table(read_workbook(csv("export.dat")), "export");
}

TEST_CASE("csv: UTF-8 with a BOM, ',' and quoted fields with \"\" and a line break") {
    Workbook wb = read_workbook(csv("utf8_bom.csv"));
    const Sheet& s = wb.sheets.at(0);
    CHECK(text_at(s, 0, 0) == "Aktör");  // the BOM is not part of the text
    CHECK(text_at(s, 1, 1) == "Sa \"hej\"\nrad två");
    CHECK(text_at(s, 1, 2) == "1 150,5");
    CHECK(text_at(s, 2, 0) == "Länets kommuner");
    CHECK(s.find(2, 1) == nullptr);  // an empty field is no cell
    CHECK(text_at(s, 2, 2) == "3,5");
    CHECK(s.max_row() == 2);
}

TEST_CASE("csv: UTF-8 without a BOM keeps blank lines as empty rows") {
    Workbook wb = read_workbook(csv("utf8.csv"));
    const Sheet& s = wb.sheets.at(0);
    CHECK(text_at(s, 1, 2) == "31,5 %");
    CHECK(s.row_cells(2).first == s.row_cells(2).second);
    CHECK(text_at(s, 3, 0) == "Summa");
    CHECK(text_at(s, 3, 1) == "1 000");
    CHECK(s.cells.size() == 8);
}

TEST_CASE("csv: Excel's sep= line names the delimiter") {
    Workbook wb = read_workbook(csv("sep_hint.csv"));
    const Sheet& s = wb.sheets.at(0);
    CHECK(text_at(s, 0, 0) == "A;a");
    CHECK(text_at(s, 0, 1) == "B");
    CHECK(text_at(s, 1, 1) == "2");
}

TEST_CASE("csv: bytes in memory, delimiter detection and caps") {
    // ';' wins over the decimal commas because its count is the same on every line.
    Workbook wb = read_csv_bytes("Post;Belopp\nA;1,5\nB;2,25\n", "uppladdad.csv");
    CHECK(wb.sheets.at(0).name == "uppladdad");
    CHECK(text_at(wb.sheets[0], 2, 1) == "2,25");
    // Comma separated with '.' decimals.
    CHECK(text_at(read_csv_bytes("Post,Belopp\nA,1.5\n", "x.csv").sheets.at(0), 1, 1) == "1.5");
    // One column: no delimiter splits the lines consistently.
    CHECK(read_csv_bytes("Totalt\n13 302 905 kr\n", "x.csv").sheets.at(0).cells.size() == 2);
    // An unclosed quote runs to the end instead of failing.
    CHECK(text_at(read_csv_bytes("a;\"b\nc", "x.csv").sheets.at(0), 0, 1) == "b\nc");

    ReadLimits few;
    few.max_cells = 3;
    CHECK_THROWS_AS(read_csv_bytes("a;b\nc;d\n", "x.csv", few), ReadError);
    ReadLimits short_text;
    short_text.max_string_bytes = 4;
    try {
        read_csv_bytes("a;12345\n", "x.csv", short_text);
        FAIL("a 5-byte field passed a 4-byte cap");
    } catch (const ReadError& e) {
        CHECK(e.kind == ReadErrorKind::StringTooLong);
    }
}

TEST_CASE("csv: binary bytes are not text; plain text named .xlsx is not CSV") {
    CHECK(error_of(csv("binary.csv")) == ReadErrorKind::NotText);
    CHECK(error_of(std::string(SUMMAKOLL_TEST_DATA) + "/hostile/not_a_zip.xlsx") == ReadErrorKind::NotZip);
}
