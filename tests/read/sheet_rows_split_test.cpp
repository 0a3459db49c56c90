#include <doctest/doctest.h>

#include <string>

#include "read/sheet_rows_split.hpp"

using sk::split_sheet_rows;

namespace {

std::string rows(int n, const std::string& prefix = "") {
    std::string out;
    for (int i = 1; i <= n; ++i)
        out += "<" + prefix + "row r=\"" + std::to_string(i) + "\"><" + prefix + "c r=\"A" + std::to_string(i) + "\"><" +
               prefix + "v>" + std::to_string(i) + "</" + prefix + "v></" + prefix + "c></" + prefix + "row>";
    return out;
}

}  // namespace

TEST_CASE("the rows are cut into runs of whole rows that put together give them back") {
    const std::string body = rows(500);
    const std::string xml = "<?xml version=\"1.0\"?><worksheet><dimension ref=\"A1:A500\"/><sheetData>" + body +
                            "</sheetData><mergeCells count=\"0\"/></worksheet>";
    auto split = split_sheet_rows(xml, 1000);
    REQUIRE(split);
    CHECK(split->frame == "<?xml version=\"1.0\"?><worksheet><dimension ref=\"A1:A500\"/><sheetData></sheetData>"
                          "<mergeCells count=\"0\"/></worksheet>");
    CHECK(split->sheet_data_open == "<sheetData>");
    CHECK(split->sheet_data_close == "</sheetData>");
    CHECK(split->runs.size() > 5);
    std::string joined;
    for (auto run : split->runs) {
        CHECK(run.starts_with("<row "));
        CHECK(run.ends_with("</row>"));
        joined += run;
    }
    CHECK(joined == body);
}

TEST_CASE("a prefixed sheetData is cut at prefixed row ends") {
    const std::string body = rows(50, "x:");
    const std::string xml = "<x:worksheet xmlns:x=\"s\"><x:sheetData>" + body + "</x:sheetData></x:worksheet>";
    auto split = split_sheet_rows(xml, 100);
    REQUIRE(split);
    CHECK(split->sheet_data_open == "<x:sheetData>");
    CHECK(split->runs.size() > 5);
    CHECK(split->runs.front().ends_with("</x:row>"));
}

TEST_CASE("parts the cut cannot be sure of are left whole") {
    CHECK_FALSE(split_sheet_rows("<worksheet><sheetData/></worksheet>", 10));
    CHECK_FALSE(split_sheet_rows("<worksheet><sheetPr/></worksheet>", 10));
    CHECK_FALSE(split_sheet_rows("<worksheet><sheetData><row><c t=\"inlineStr\"><is><t><![CDATA[</row>]]></t></is></c>"
                                 "</row></sheetData></worksheet>",
                                 1));
    CHECK_FALSE(split_sheet_rows("<worksheet><sheetData><!-- </row> --><row/></sheetData></worksheet>", 1));
    CHECK_FALSE(split_sheet_rows("<worksheet><sheetData><row/>", 1));  // no end tag
}

TEST_CASE("a name that only contains sheetData is not it") {
    auto split = split_sheet_rows("<worksheet><mySheetDataX/><sheetData><row/></sheetData></worksheet>", 1);
    REQUIRE(split);
    CHECK(split->frame == "<worksheet><mySheetDataX/><sheetData></sheetData></worksheet>");
}
