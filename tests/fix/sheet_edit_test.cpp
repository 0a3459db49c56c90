#include <doctest/doctest.h>

#include <string>

#include "fix/sheet_edit.hpp"

using namespace sk;
using namespace sk::fix;

namespace {

// The sheet's XML with one replacement applied.
std::string applied(std::string xml, const Replacement& r) { return xml.replace(r.begin, r.end - r.begin, r.text); }

std::string with_cell(const std::string& xml, std::uint32_t row, std::uint32_t col) {
    SheetLayout layout;
    REQUIRE(scan_sheet(xml, layout));
    const RowIndex rows(layout);
    return applied(xml, placed(xml, layout, rows, row, col, "<c r=\"" + a1(row, col) + "\"/>"));
}

const std::string head = "<worksheet xmlns=\"x\"><sheetData>";
const std::string tail = "</sheetData></worksheet>";

}  // namespace

TEST_CASE("sheet_edit: a cell goes over its old self, into its row in column order, or into a new row in order") {
    const std::string xml = head + "<row r=\"2\"><c r=\"A2\"/><c r=\"C2\"><v>1</v></c></row><row r=\"5\"/>" +
                            "<row r=\"9\"><c r=\"B9\"/></row>" + tail;
    CHECK(with_cell(xml, 1, 2) ==
          head + "<row r=\"2\"><c r=\"A2\"/><c r=\"C2\"/></row><row r=\"5\"/><row r=\"9\"><c r=\"B9\"/></row>" + tail);
    CHECK(with_cell(xml, 1, 1) == head + "<row r=\"2\"><c r=\"A2\"/><c r=\"B2\"/><c r=\"C2\"><v>1</v></c></row>" +
                                      "<row r=\"5\"/><row r=\"9\"><c r=\"B9\"/></row>" + tail);
    CHECK(with_cell(xml, 1, 7) == head + "<row r=\"2\"><c r=\"A2\"/><c r=\"C2\"><v>1</v></c><c r=\"H2\"/></row>" +
                                      "<row r=\"5\"/><row r=\"9\"><c r=\"B9\"/></row>" + tail);
    CHECK(with_cell(xml, 4, 0) == head + "<row r=\"2\"><c r=\"A2\"/><c r=\"C2\"><v>1</v></c></row>" +
                                      "<row r=\"5\"><c r=\"A5\"/></row><row r=\"9\"><c r=\"B9\"/></row>" + tail);
    CHECK(with_cell(xml, 6, 0) == head + "<row r=\"2\"><c r=\"A2\"/><c r=\"C2\"><v>1</v></c></row><row r=\"5\"/>" +
                                      "<row r=\"7\"><c r=\"A7\"/></row><row r=\"9\"><c r=\"B9\"/></row>" + tail);
    CHECK(with_cell(xml, 20, 0) == head + "<row r=\"2\"><c r=\"A2\"/><c r=\"C2\"><v>1</v></c></row><row r=\"5\"/>" +
                                       "<row r=\"9\"><c r=\"B9\"/></row><row r=\"21\"><c r=\"A21\"/></row>" + tail);
    CHECK(with_cell("<worksheet xmlns=\"x\"><sheetData/></worksheet>", 0, 0) ==
          "<worksheet xmlns=\"x\"><sheetData><row r=\"1\"><c r=\"A1\"/></row></sheetData></worksheet>");
}

TEST_CASE("sheet_edit: rows out of order are found by number") {
    const std::string xml = head + "<row r=\"9\"><c r=\"A9\"/></row><row r=\"2\"><c r=\"A2\"/></row>" + tail;
    SheetLayout layout;
    REQUIRE(scan_sheet(xml, layout));
    const RowIndex rows(layout);
    const RowSpan* row = nullptr;
    const CellSpan* span = rows.find(1, 0, row);
    REQUIRE(span);
    CHECK(xml.substr(span->begin, span->end - span->begin) == "<c r=\"A2\"/>");
    CHECK(rows.find(1, 3, row) == nullptr);
    CHECK(row != nullptr);
    CHECK(rows.find(4, 0, row) == nullptr);
    CHECK(row == nullptr);
    REQUIRE(rows.after(2));
    CHECK(rows.after(2)->row == 8);
    CHECK(rows.after(8) == nullptr);
}

TEST_CASE("sheet_edit: restyling changes the s attribute only") {
    CHECK(restyled("<c r=\"B2\" s=\"3\" t=\"n\"><v>1</v></c>", 7) == "<c r=\"B2\" t=\"n\" s=\"7\"><v>1</v></c>");
    CHECK(restyled("<c r=\"B2\"/>", 7) == "<c r=\"B2\" s=\"7\"/>");
}
