#include <doctest/doctest.h>

#include <optional>

#include "read/row_scanner.hpp"

namespace {

// The rows of `run`, or nothing when it is not of the plain shape.
std::optional<std::vector<sk::RowXml>> scan_rows(std::string_view run) {
    std::vector<sk::RowXml> rows{sk::RowXml{}};  // something to empty first
    if (!sk::scan_rows(run, rows)) return std::nullopt;
    return rows;
}

}  // namespace

TEST_CASE("the plain row shape is read without a DOM") {
    auto rows = scan_rows(
        "<row r=\"3\" spans=\"1:3\" x14ac:dyDescent=\"0.25\">\n  <c r=\"A3\" s=\"4\" t=\"s\"><v>12</v></c>"
        "<c r=\"B3\"><f t=\"shared\" ref=\"B3:B9\" si=\"0\">SUM(A1:A2)</f><v>7</v></c><c r=\"C3\" s=\"2\"/></row>"
        "<row r='4'/><x:row><x:c t=\"str\"><x:v>a &amp; b &lt;&#229;&#x2212;&gt; &quot;&apos;</x:v></x:c></x:row>");
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    const auto& first = (*rows)[0];
    CHECK(first.r == 3);
    REQUIRE(first.cells.size() == 3);
    CHECK(first.cells[0].r == "A3");
    CHECK(first.cells[0].style == 4);
    CHECK(first.cells[0].t == "s");
    CHECK(first.cells[0].v == "12");
    CHECK_FALSE(first.cells[0].f);
    CHECK(first.cells[1].f == "SUM(A1:A2)");
    CHECK(first.cells[1].f_type == "shared");
    CHECK(first.cells[1].f_si == "0");
    CHECK(first.cells[1].v == "7");
    CHECK(first.cells[2].style == 2);
    CHECK_FALSE(first.cells[2].v);
    CHECK((*rows)[1].r == 4);
    CHECK((*rows)[1].cells.empty());
    CHECK_FALSE((*rows)[2].r);
    CHECK_FALSE((*rows)[2].cells[0].r);
    CHECK((*rows)[2].cells[0].v == "a & b <\u00e5\u2212> \"'");
}

TEST_CASE("white space in values is kept as the DOM keeps it") {
    auto rows = scan_rows("<row><c><v> </v><f/></c></row>");
    REQUIRE(rows);
    CHECK((*rows)[0].cells[0].v == " ");
    CHECK((*rows)[0].cells[0].f == "");
}

TEST_CASE("anything but the plain shape is left to the DOM") {
    const char* runs[] = {
        "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>",  // inline string
        "<row><c><v>1</v><extLst/></c></row>",                  // another child
        "<row><c><v>1\r\n</v></c></row>",                       // line ends the DOM normalises
        "<row><c><v>&nbsp;</v></c></row>",                      // an entity XML does not define
        "<row><c><v>&#0;</v></c></row>",                        // no such character
        "<row><c r=\"A&amp;1\"><v>1</v></c></row>",             // an escaped attribute
        "<row r=\"1x\"/>",                                      // a row number that is not one
        "<row r=\"-1\"/>",
        "<row><c s=\"99999999999\"/></row>",                   // a style index past any sheet
        "<row><c><v>1</c></v></row>",                           // crossed end tags
        "<row><c><v>1</v></c>",                                 // no end tag
        "<row><c><v>1</v></c></rows>",                          // the wrong end tag
        "<row><c r=\"A1\"r=\"B1\"/></row>",                     // attributes run together
        "<row>text<c/></row>",                                  // text beside the cells
        "<row><c r=A1/></row>",                                 // an unquoted value
        "<row><c><v>1</v></c></row><!-- x -->",                 // a comment
        "<col/>",                                               // not a row
    };
    for (const char* run : runs) {
        CAPTURE(run);
        CHECK_FALSE(scan_rows(run));
    }
    CHECK(scan_rows(""));  // no rows at all
    CHECK(scan_rows(" \n\t")->empty());
}
