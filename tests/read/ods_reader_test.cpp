#include <doctest/doctest.h>

#include <string>

#include "read/ods_formula.hpp"
#include "read/read_workbook.hpp"
#include "read_error_of.hpp"

using namespace sk;

namespace {

std::string hostile(const char* name) { return std::string(SUMMAKOLL_TEST_DATA) + "/hostile/" + name; }

}  // namespace

TEST_CASE("OpenDocument formulas become the formula text the xlsx reader gives") {
    CHECK(ods_formula_to_a1("of:=SUM([.C3:.C9])") == "SUM(C3:C9)");
    CHECK(ods_formula_to_a1("of:=[.$B$2]*2") == "$B$2*2");
    CHECK(ods_formula_to_a1("of:=[$'Per kommun'.J10]") == "'Per kommun'!J10");
    CHECK(ods_formula_to_a1("of:=SUM([$Blad2.A1:.A5];[.B1])") == "SUM(Blad2!A1:A5,B1)");
    CHECK(ods_formula_to_a1("of:=SUM([$Jan.A1:$Mar.A1])") == "SUM(Jan:Mar!A1:A1)");
    CHECK(ods_formula_to_a1("of:=IF([.A1]=\"a;[b]\";1;2)") == "IF(A1=\"a;[b]\",1,2)");
    CHECK(ods_formula_to_a1("of:=[#REF!]") == "#REF!");
    CHECK(ods_formula_to_a1("msoxl:=SUM(A1:A3)") == "SUM(A1:A3)");
    CHECK(ods_formula_to_a1("=1+2") == "1+2");
}

TEST_CASE("an .ods reads by content: values, types and the sheet") {
    Workbook wb = read_workbook(hostile("valid.ods"));
    CHECK(wb.format == SourceFormat::Xlsx);
    CHECK(wb.file_format() == SourceFormat::Ods);
    REQUIRE(wb.sheets.size() == 1);
    const Sheet& s = wb.sheets[0];
    CHECK(s.name == "Blad1");
    REQUIRE(s.find(0, 0));
    CHECK(s.find(0, 0)->text == "Totalt");
    REQUIRE(s.find(0, 1));
    CHECK(s.find(0, 1)->type == CellType::Number);
    CHECK(s.find(0, 1)->number == 1000);
}

TEST_CASE("hostile .ods and .xls files are refused with the right reason") {
    CHECK(error_of(hostile("zip_bomb.ods")) == ReadErrorKind::InflateRatio);
    CHECK(error_of(hostile("deep_xml.ods")) == ReadErrorKind::TooDeep);
    CHECK(error_of(hostile("absurd_row.ods")) == ReadErrorKind::AbsurdDimension);
    CHECK(error_of(hostile("broken_ole.xls")) == ReadErrorKind::DamagedXls);
    // An OLE container named like an OOXML file is a password-protected workbook.
    CHECK(error_of(hostile("encrypted.xlsx")) == ReadErrorKind::Encrypted);
}
