#include <doctest/doctest.h>

#include <string>

#include "read/read_workbook.hpp"
#include "read_error_of.hpp"

using namespace sk;

namespace {

std::string docx(const char* name) { return std::string(SUMMAKOLL_TEST_DATA) + "/docx/" + name; }

std::string text_at(const Sheet& s, const char* address) {
    std::uint32_t row = 0, col = 0;
    REQUIRE(parse_a1(address, row, col));
    const Cell* c = s.find(row, col);
    return c ? std::string(c->text) : std::string("<ingen cell>");
}

bool has_merge(const Sheet& s, const char* range) {
    for (const Range& r : s.merged)
        if (a1(r) == range) return true;
    return false;
}

}  // namespace

TEST_CASE("docx: a spanned title row and a vertically merged cell follow the one merge rule") {
    Workbook wb = read_workbook(docx("merges.docx"));
    CHECK(wb.format == SourceFormat::Docx);
    REQUIRE(wb.sheets.size() == 1);
    const Sheet& s = wb.sheets[0];
    CHECK(s.name == "Tabell 1");
    CHECK_FALSE(s.nested);

    // gridSpan: text at the first column, the covered columns hold no cell.
    CHECK(text_at(s, "A1") == "Fördelning 2026");
    CHECK(s.find(0, 1) == nullptr);
    CHECK(s.find(0, 2) == nullptr);
    CHECK(has_merge(s, "A1:C1"));

    // vMerge: text at the top; the continuation's own text is kept after a line break.
    CHECK(text_at(s, "A3") == "Område 1\nFortsättning");
    CHECK(s.find(3, 0) == nullptr);
    CHECK(s.find(4, 0) == nullptr);
    CHECK(has_merge(s, "A3:A5"));
    CHECK(text_at(s, "B4") == "Brukarinflytande");

    // The tracked-deleted row is gone: "Konferens" is on the fifth row.
    CHECK(text_at(s, "B5") == "Konferens");
    CHECK(text_at(s, "C5") == "500 000");

    // A span in the total row, and gridBefore shifting a row to the right.
    CHECK(text_at(s, "A6") == "Totalt:");
    CHECK(text_at(s, "B6") == "2 250 000");
    CHECK(has_merge(s, "B6:C6"));
    CHECK(text_at(s, "C7") == "Not");
    CHECK(s.find(6, 0) == nullptr);
    CHECK(s.merged.size() == 3);

    // Amounts stay text: numbers are the normaliser's job.
    CHECK(s.find(2, 2)->type == CellType::Text);
}

TEST_CASE("docx: nested tables become tables of their own, after their parent") {
    Workbook wb = read_workbook(docx("nested.docx"));
    REQUIRE(wb.sheets.size() == 4);
    CHECK(wb.sheets[0].name == "Tabell 1");
    CHECK_FALSE(wb.sheets[0].nested);
    CHECK(text_at(wb.sheets[0], "B1") == "före\nefter");  // the nested table's text is not the cell's

    CHECK(wb.sheets[1].name == "Tabell 2");
    CHECK(wb.sheets[1].nested);
    CHECK(text_at(wb.sheets[1], "A2") == "inre A2");
    // An empty cell is kept (Empty) so the table's shape shows.
    REQUIRE(wb.sheets[1].find(1, 1));
    CHECK(wb.sheets[1].find(1, 1)->type == CellType::Empty);

    CHECK(wb.sheets[2].nested);
    CHECK(text_at(wb.sheets[2], "A1") == "djupast");
    CHECK_FALSE(wb.sheets[3].nested);
    CHECK(text_at(wb.sheets[3], "A1") == "andra tabellen");
}

TEST_CASE("docx: the displayed text of a cell") {
    Workbook wb = read_workbook(docx("text.docx"));
    REQUIRE(wb.sheets.size() == 2);
    const Sheet& s = wb.sheets[0];
    CHECK(text_at(s, "A1") == "Rad ett\nRad två");          // paragraphs
    CHECK(text_at(s, "B1") == "före\nefter\tflik");          // w:br, w:tab
    CHECK(text_at(s, "A2") == "i blockkontroll");            // block-level content control
    CHECK(text_at(s, "B2") == "Summa: 1 150 tkr");           // inline content control
    CHECK(text_at(s, "A3") == "481 600");                    // w:del dropped, w:ins kept
    CHECK(text_at(s, "B3") == "Totalt 3 992 436");           // field result, not "=SUM(ABOVE)"
    CHECK(text_at(s, "A4") == "cell i kontroll");            // cell-level content control
    CHECK(text_at(s, "B4") == "12 689 898");                 // w:fldSimple
    CHECK(text_at(s, "A5") == "ja");                         // a field nested in an instruction
    CHECK(text_at(s, "B5") == "länk-x");                     // hyperlink, non-breaking hyphen
    CHECK(text_at(wb.sheets[1], "A1") == "tabell i kontroll");  // a table in a content control
}

TEST_CASE("docx: the paragraphs of the body outside its tables are its prose") {
    CHECK(read_workbook(docx("merges.docx")).prose == std::vector<std::string>{"Före tabellen"});
    // The paragraphs in the cells of a table and of a table nested in one are the tables' text.
    CHECK(read_workbook(docx("nested.docx")).prose == std::vector<std::string>{"Mellan tabellerna"});
}

TEST_CASE("docx: the last paragraph since the table before is a table's heading, nested tables have none") {
    CHECK(read_workbook(docx("merges.docx")).sheets.at(0).heading == "Före tabellen");
    Workbook nested = read_workbook(docx("nested.docx"));
    REQUIRE(nested.sheets.size() == 4);
    for (std::size_t i : {0, 1, 2}) CHECK(nested.sheets[i].heading.empty());
    CHECK(nested.sheets[3].heading == "Mellan tabellerna");
}

TEST_CASE("docx: found by content, not by name") {
    CHECK(read_workbook(docx("no_rels.docx")).sheets.at(0).find(0, 0)->text == "utan relationer");
    Workbook named_xlsx = read_workbook(docx("word_named.xlsx"));
    CHECK(named_xlsx.format == SourceFormat::Docx);
    CHECK(named_xlsx.sheets.size() == 4);
    // The direct entry point on bytes, as the server uses it.
    Workbook bytes = read_docx_bytes(read_file_bytes(docx("merges.docx")), "uppladdad.docx");
    CHECK(bytes.path == "uppladdad.docx");
    CHECK(text_at(bytes.sheets.at(0), "A1") == "Fördelning 2026");
}

TEST_CASE("docx: hostile documents are refused with the right reason") {
    CHECK(error_of(docx("entity_bomb.docx")) == ReadErrorKind::XmlDoctype);
    CHECK(error_of(docx("truncated.docx")) == ReadErrorKind::Truncated);
    CHECK(error_of(docx("encrypted.docx")) == ReadErrorKind::Encrypted);
    CHECK(error_of(docx("wide_span.docx")) == ReadErrorKind::AbsurdDimension);
    CHECK(error_of(docx("malformed.docx")) == ReadErrorKind::MalformedXml);
    // A workbook is not a Word document.
    CHECK_THROWS_AS(read_docx(std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/2024-regioner.xlsx"), ReadError);
}

TEST_CASE("docx: the cell and text caps hold") {
    ReadLimits few_cells;
    few_cells.max_cells = 5;
    CHECK(error_of(docx("merges.docx"), few_cells) == ReadErrorKind::TooManyCells);
    ReadLimits short_text;
    short_text.max_string_bytes = 10;
    CHECK(error_of(docx("merges.docx"), short_text) == ReadErrorKind::StringTooLong);
    ReadLimits little_text;
    little_text.max_text_bytes = 40;
    CHECK(error_of(docx("merges.docx"), little_text) == ReadErrorKind::TooLarge);
    ReadLimits shallow;
    shallow.max_xml_depth = 8;  // a table nested in a table nests deeper than this
    CHECK(error_of(docx("nested.docx"), shallow) == ReadErrorKind::TooDeep);
}
