#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "read/sheet_rows_split.hpp"

namespace {

struct Split {
    std::string frame, sheet_data_open, sheet_data_close;
    std::vector<std::string> runs;
};

// Feeds `xml` to a cutter `piece` bytes at a time, as the reader's inflater
// does; nothing when the cutter says the part must be parsed whole. With
// `window`, the text given out is dropped after each run, as the reader
// does to hold a window of the part instead of all of it.
std::optional<Split> split_in_pieces(const std::string& xml, std::size_t run_bytes, std::size_t piece, bool window) {
    using Step = sk::SheetRowsCutter::Step;
    sk::SheetRowsCutter cutter(run_bytes);
    std::string text;
    text.reserve(xml.size());  // views stay valid as the text grows, as in the reader
    std::size_t dropped = 0;   // bytes of `xml` before `text`
    Split out;
    for (;;) {
        std::string_view run;
        Step step = cutter.next(text, dropped + text.size() == xml.size(), run);
        if (step == Step::Whole) return std::nullopt;
        if (step == Step::Done) break;
        if (step == Step::Run) {
            out.runs.emplace_back(run);
            if (window) {
                const std::size_t n = cutter.unread();
                text.erase(0, n);
                cutter.dropped(n);
                dropped += n;
            }
        } else {
            text.append(xml, dropped + text.size(), piece);
        }
    }
    text.append(xml, dropped + text.size());
    out.frame = cutter.frame(text);
    out.sheet_data_open = cutter.sheet_data_open();
    out.sheet_data_close = cutter.sheet_data_close();
    return out;
}

// The split of the whole text, after checking that every piece size gives the same.
std::optional<Split> split_sheet_rows(const std::string& xml, std::size_t run_bytes) {
    std::optional<Split> whole = split_in_pieces(xml, run_bytes, xml.size() + 1, false);
    for (bool window : {false, true})
        for (std::size_t piece : {1, 7, 64, 1000}) {
            std::optional<Split> pieces = split_in_pieces(xml, run_bytes, piece, window);
            REQUIRE(pieces.has_value() == whole.has_value());
            if (whole) {
                CHECK(pieces->frame == whole->frame);
                CHECK(pieces->runs == whole->runs);
            }
        }
    return whole;
}

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

TEST_CASE("blank text between rows, far longer than a run, is left out of the runs whatever the pieces") {
    const std::string rows[] = {"<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", "<row r=\"2\"><c r=\"A2\"><v>2</v></c></row>",
                                "<row r=\"3\"><c r=\"A3\"><v>3</v></c></row>"};
    std::string body = rows[0] + std::string(5000, ' ') + "\n\t" + rows[1] + std::string(3000, '\n') + rows[2];
    const std::string xml = std::string(2000, ' ') + "<worksheet>" + std::string(2000, ' ') + "<sheetData>" + body +
                            "</sheetData></worksheet>";
    auto split = split_sheet_rows(xml, 100);
    REQUIRE(split);
    // A run that would reach into the blank text ends at the row before it,
    // and the next starts after it: the window never holds megabytes of blank.
    REQUIRE(split->runs.size() == 3);
    for (std::size_t i = 0; i < 3; ++i) CHECK(split->runs[i] == rows[i]);
    // Blank text inside a run stays (it is the XML parser's to skip).
    split = split_sheet_rows("<worksheet><sheetData>" + rows[0] + "  \n" + rows[1] + "</sheetData></worksheet>", 1000);
    REQUIRE(split);
    REQUIRE(split->runs.size() == 1);
    CHECK(split->runs[0] == rows[0] + "  \n" + rows[1]);
}
