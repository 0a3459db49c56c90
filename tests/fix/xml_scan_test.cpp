#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "fix/xml_scan.hpp"

using namespace sk::fix;

namespace {

const char* sheet_xml(const char* inside_sheet_data) {
    static std::string x;
    x = std::string("<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"s\"><x:sheetData>") + inside_sheet_data +
        "</x:sheetData><x:pageMargins left=\"0.7\"/><x:tableParts count=\"0\"/></x:worksheet>";
    return x.c_str();
}

}  // namespace

TEST_CASE("a scan that skips the cells of some rows finds the same spans as the full scan") {
    for (const char* inside :
         {"<x:row r=\"1\"><x:c r=\"A1\" s=\"2\"><x:v>1</x:v></x:c></x:row><x:row r=\"3\"/>"
          "<x:row r=\"4\" spans=\"1:2\"><x:c r=\"B4\" t=\"inlineStr\"><x:is><x:t>a &lt;row&gt;</x:t></x:is></x:c></x:row >",
          "<x:row r=\"1\"><!-- </x:row> </x:sheetData> --><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row>"
          "<x:row r=\"2\"><?pi </x:row>?><x:c r=\"A2\"><x:f><![CDATA[</x:row>]]></x:f></x:c></x:row>",
          ""}) {
        CAPTURE(inside);
        const std::string xml = sheet_xml(inside);
        SheetLayout full;
        REQUIRE(scan_sheet(xml, full));
        for (const std::vector<std::uint32_t>& wanted :
             {std::vector<std::uint32_t>{}, std::vector<std::uint32_t>{0}, std::vector<std::uint32_t>{1, 3}}) {
            SheetLayout some;
            REQUIRE(scan_sheet(xml, some, &wanted));
            CHECK(some.prefix == "x:");
            CHECK(some.sheet_data_close == full.sheet_data_close);
            CHECK(some.worksheet_close == full.worksheet_close);
            CHECK(some.after_sheet_data == full.after_sheet_data);
            REQUIRE(full.after_sheet_data.size() == 2);
            CHECK(full.after_sheet_data[1].first == "tableParts");
            REQUIRE(some.rows.size() == full.rows.size());
            for (std::size_t i = 0; i < full.rows.size(); ++i) {
                const RowSpan &a = some.rows[i], &b = full.rows[i];
                CHECK(a.row == b.row);
                CHECK(a.begin == b.begin);
                CHECK(a.close_begin == b.close_begin);
                CHECK(a.end == b.end);
                const bool listed = std::find(wanted.begin(), wanted.end(), b.row) != wanted.end();
                CHECK(a.cells.size() == (listed ? b.cells.size() : 0));
                if (listed)
                    for (std::size_t c = 0; c < b.cells.size(); ++c) CHECK(a.cells[c].end == b.cells[c].end);
            }
        }
    }
}
