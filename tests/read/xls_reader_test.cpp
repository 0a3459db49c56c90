#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "read/read_workbook.hpp"
#include "read/xls_biff.hpp"

using namespace sk;

namespace {

const std::string chart_xls = std::string(SUMMAKOLL_TEST_DATA) + "/xls/regioner_med_diagram.xls";

std::string file_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace

TEST_CASE("an .xls with a chart drawn on its sheet is read (FreeXL alone lost every sheet)") {
    Workbook wb = read_workbook(chart_xls);
    REQUIRE(wb.sheets.size() == 1);
    const Sheet& s = wb.sheets[0];
    CHECK(s.name == "Region");
    REQUIRE(s.find(2, 1));
    CHECK(s.find(2, 1)->text == "Stockholm");
    REQUIRE(s.find(2, 5));
    CHECK(s.find(2, 5)->number == 164423176);
}

TEST_CASE("the chart's substream is turned into records FreeXL skips; the sheet is listed as a worksheet") {
    std::string bytes = file_bytes(chart_xls);
    const std::string before = bytes;
    CHECK(mend_for_freexl(bytes) == std::vector<bool>{true});
    CHECK(bytes != before);
    CHECK(bytes.size() == before.size());
}

TEST_CASE("an .xls cut anywhere is read or refused, never a crash") {
    const std::string whole = file_bytes(chart_xls);
    for (std::size_t cut = 0; cut < whole.size(); cut += 97) {
        std::string part = whole.substr(0, cut);
        mend_for_freexl(part);  // bounds-checked on every cut
        try {
            read_xls_bytes(whole.substr(0, cut), "cut.xls");
        } catch (const ReadError&) {
        }
    }
    std::string not_ole(4096, 'x');
    CHECK(mend_for_freexl(not_ole).empty());
    CHECK(not_ole == std::string(4096, 'x'));
}

TEST_CASE("an .xls gives its formulas' saved values: numbers, true/false and errors as the xlsx reader does") {
    // LibreOffice's Excel 97 of formelvarden.fods; FreeXL alone gave none of column B's formulas.
    Workbook wb = read_workbook(std::string(SUMMAKOLL_TEST_DATA) + "/xls/formelvarden.xls");
    REQUIRE(wb.sheets.size() == 1);
    const Sheet& s = wb.sheets[0];
    auto at = [&](std::uint32_t row) {
        const Cell* c = s.find(row, 1);
        REQUIRE(c);
        return *c;
    };
    CHECK(at(3).type == CellType::Number);  // =SUM(B2:B3), its value as typed (no formula text from BIFF)
    CHECK(at(3).number == 3851626);
    CHECK(at(3).text == "3851626");
    CHECK(at(4).type == CellType::Bool);
    CHECK(at(4).boolean);
    CHECK(at(5).type == CellType::Error);
    CHECK(at(5).text == "#DIV/0!");
    CHECK(at(6).text == "#N/A");
    // LibreOffice saves a text result as 0: left out rather than read as a number.
    CHECK(s.find(7, 1) == nullptr);
    CHECK(s.find(7, 0)->text == "Namn");
}
