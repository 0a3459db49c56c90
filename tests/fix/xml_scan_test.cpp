#include <doctest/doctest.h>

#include <string>

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

TEST_CASE("a scan without rows finds what lies around sheetData as the full scan does") {
    for (const char* inside : {"<x:row r=\"1\"><x:c r=\"A1\" s=\"2\"><x:v>1</x:v></x:c></x:row><x:row r=\"3\"/>",
                               "<x:row r=\"1\"><!-- </x:sheetData> --><x:c r=\"A1\"><x:v>1</x:v></x:c></x:row>", ""}) {
        const std::string xml = sheet_xml(inside);
        SheetLayout full, light;
        REQUIRE(scan_sheet(xml, full));
        REQUIRE(scan_sheet(xml, light, false));
        if (!std::string(inside).starts_with("<x:row r=\"1\"><!--")) CHECK(light.rows.empty());
        CHECK(light.prefix == "x:");
        CHECK(light.sheet_data_close == full.sheet_data_close);
        CHECK(light.worksheet_close == full.worksheet_close);
        CHECK(light.after_sheet_data == full.after_sheet_data);
        REQUIRE(full.after_sheet_data.size() == 2);
        CHECK(full.after_sheet_data[1].first == "tableParts");
    }
}
