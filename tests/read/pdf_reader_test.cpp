#include <doctest/doctest.h>

#include <string>

#include "base/text_length.hpp"
#include "pdf_words.hpp"
#include "read/read_workbook.hpp"
#include "read_error_of.hpp"

using namespace sk;
using namespace pdf_words;

namespace {

std::string hostile(const char* name) { return std::string(SUMMAKOLL_TEST_DATA) + "/hostile/" + name; }

}  // namespace

TEST_CASE("a table over two pages is one table: page lines and its repeated header left out") {
    PdfPage one, two;
    one.words.push_back(word("Fördelning", 60, 100));  // a heading: prose, not the table
    row(one, "Kommun", "Belopp", 130);
    row(one, "Ale", "1 000 kr", 144);
    row(one, "Alingsås", "2 500 kr", 158);
    row(two, "Kommun", "Belopp", 130);  // the header again on page 2
    row(two, "Totalt", "3 500 kr", 144);
    for (PdfPage* p : {&one, &two}) {
        int n = p == &one ? 1 : 2;
        p->words.push_back(word("Sida", 250, 800));
        p->words.push_back(word(std::to_string(n), 275, 800));
        p->words.push_back(word("av", 285, 800));
        p->words.push_back(word("2", 300, 800));
    }
    ReadLimits limits;
    CellBudget budget{limits};
    std::vector<Sheet> tables = pdf_content({one, two}, budget).tables;
    REQUIRE(tables.size() == 1);
    const Sheet& t = tables[0];
    CHECK(t.name == "Tabell 1");
    CHECK(t.max_row() == 3);
    CHECK(text_at(t, 0, 0) == "Kommun");
    CHECK(text_at(t, 0, 1) == "Belopp");
    CHECK(text_at(t, 1, 1) == "1 000 kr");
    CHECK(text_at(t, 3, 0) == "Totalt");
    CHECK(text_at(t, 3, 1) == "3 500 kr");
    REQUIRE(t.row_origins.size() == 4);
    CHECK(t.row_origins[3] == "s. 2, rad 2");
}

TEST_CASE("a left-aligned heading over right-aligned amounts is in the amounts' column") {
    PdfPage page;
    page.words.push_back(word("Kod", 60, 100));
    page.words.push_back(word("Totalt", 200, 100));  // ends at 230, the amounts start at 260
    for (int i = 0; i < 3; ++i) {
        page.words.push_back(word("011" + std::to_string(i), 60, 114 + 14 * i));
        page.words.push_back(word("475", 260, 114 + 14 * i));
        page.words.push_back(word("568", 278, 114 + 14 * i));
    }
    ReadLimits limits;
    CellBudget budget{limits};
    std::vector<Sheet> tables = pdf_content({page}, budget).tables;
    REQUIRE(tables.size() == 1);
    CHECK(text_at(tables[0], 0, 1) == "Totalt");
    CHECK(text_at(tables[0], 1, 1) == "475 568");
    CHECK(text_at(tables[0], 1, 2).empty());
}

TEST_CASE("a label wrapped onto lines of its own is one row with the joined label") {
    // As Calc prints it: the lines of a wrapped cell 9 pt apart (their 10 pt
    // boxes overlap), rows 10 pt apart, the amount on the row's last line.
    PdfPage page;
    row(page, "Insats", "Summa", 100);
    page.words.push_back(word("Stärkt samverkan", 60, 110));
    row(page, "för barn och unga", "1 000 kr", 119);
    row(page, "Barnsäkert", "2 500 kr", 129);
    page.words.push_back(word("Övrigt", 60, 139));  // a row with a label only, a row apart: its own row
    row(page, "Totalt", "3 500 kr", 149);
    const Sheet t = only_table({page});
    CHECK(t.max_row() == 4);
    CHECK(text_at(t, 1, 0) == "Stärkt samverkan för barn och unga");
    CHECK(text_at(t, 1, 1) == "1 000 kr");
    CHECK(text_at(t, 2, 0) == "Barnsäkert");
    CHECK(text_at(t, 3, 0) == "Övrigt");
    CHECK(text_at(t, 3, 1).empty());
    CHECK(text_at(t, 4, 1) == "3 500 kr");
    REQUIRE(t.row_origins.size() == 5);
    CHECK(t.row_origins[1] == "s. 1, rad 2");  // where the row starts
    CHECK(t.row_origins[2] == "s. 1, rad 4");
}

TEST_CASE("a cell centred beside a wrapped label, its amount cut in two, is one row") {
    // As Writer prints a narrow table: the label on three lines, the amount on
    // two lines centred beside it, cut inside a digit group ("2 974 23" / "0 kr").
    PdfPage page;
    row(page, "Område", "Belopp", 100);
    page.words.push_back(word("Stärka det", 60, 110));
    page.words.push_back(word("gemensamma", 60, 119));
    page.words.push_back(word("arbetet", 60, 128));
    amount(page, "2 974 23", 114.5);
    amount(page, "0 kr", 123.5);
    row(page, "Totalt", "2 974 230 kr", 141);
    const Sheet t = only_table({page});
    CHECK(t.max_row() == 2);
    CHECK(text_at(t, 1, 0) == "Stärka det gemensamma arbetet");
    CHECK(text_at(t, 1, 1) == "2 974 230 kr");
    CHECK(text_at(t, 2, 1) == "2 974 230 kr");
}

TEST_CASE("a word that gives a row its role, broken by Writer in a narrow column, is joined whole") {
    // "Totalt:" too wide for its column: "Tota" / "lt:", the amount beside it cut too.
    PdfPage page;
    row(page, "Område", "Belopp", 100);
    row(page, "Barn", "381 600", 110);
    row(page, "Vuxna", "100 000", 120);
    page.words.push_back(word("Tota", 60, 130));
    page.words.push_back(word("lt:", 60, 139));
    amount(page, "481 00", 130);
    amount(page, "0", 139);
    // Other broken words stay two: only the role words are known whole.
    page.words.push_back(word("Läns", 60, 150));
    page.words.push_back(word("nivå", 60, 159));
    amount(page, "12", 150);
    const Sheet t = only_table({page});
    CHECK(row_texts(t, 3, 2) == std::vector<std::string>{"Totalt:", "481 000"});
    CHECK(text_at(t, 4, 0) == "Läns nivå");
}

TEST_CASE("a header over the amount columns alone starts the table, with the section label under it") {
    PdfPage page;
    page.words.push_back(word("Belopp (tkr)", 240, 100));  // no header over the labels
    page.words.push_back(word("Mottagare", 340, 100));
    page.words.push_back(word("Regioner", 60, 114));  // a section label left of the header
    row(page, "Traumavård", "50 000", 128);
    page.words.push_back(word("KamK", 340, 128));
    row(page, "Totalt", "50 000", 142);
    const Sheet t = only_table({page});
    CHECK(t.max_row() == 3);
    CHECK(text_at(t, 0, 1) == "Belopp (tkr)");
    CHECK(text_at(t, 1, 0) == "Regioner");
    CHECK(text_at(t, 2, 1) == "50 000");
}

TEST_CASE("amounts alone on a line in the margins of two pages are cells, not page lines") {
    // A label wrapped over two lines with its amount centred beside it, at
    // the foot of page 1 and the head of page 2 (below 741 and above 101 pt of 842).
    PdfPage one, two;
    row(one, "Område", "Belopp", 700);
    row(one, "Ale", "1 000 kr", 714);
    one.words.push_back(word("Stärka det", 60, 738));
    amount(one, "24 000 kr", 742.5);
    one.words.push_back(word("arbetet", 60, 747));
    two.words.push_back(word("Barn och", 60, 80));
    amount(two, "33 000 kr", 84.5);
    two.words.push_back(word("unga", 60, 89));
    row(two, "Totalt", "58 000 kr", 110);
    for (PdfPage* p : {&one, &two}) amount(*p, "08-405 10 00", 800);  // the same figure at the foot of each page: furniture
    const Sheet t = only_table({one, two});
    REQUIRE(t.max_row() == 4);
    CHECK(text_at(t, 2, 0) == "Stärka det arbetet");
    CHECK(text_at(t, 2, 1) == "24 000 kr");
    CHECK(text_at(t, 3, 0) == "Barn och unga");
    CHECK(text_at(t, 3, 1) == "33 000 kr");
}

TEST_CASE("a header that begins where a clipped label ends is not that label's column") {
    // Calc clips a label where the next cell begins; its last glyph reaches 1.3 pt past where "Summa" begins.
    PdfPage page;
    page.words.push_back(word("Insats", 60, 100));
    page.words.push_back(word("Ansvarig", 145, 100));
    page.words.push_back(word("Summa", 228.7, 100));
    page.words.push_back(word("Utveckla", 60, 114));
    page.words.push_back(word("Kommunforbundet", 145, 114));  // ends at 220
    amount(page, "1 000 000 kr", 114);
    page.words.push_back(word("Barn", 60, 128));
    page.words.push_back(word("Omradebarnochunga", 145, 128));  // clipped: ends at 230
    amount(page, "2 000 kr", 128);
    page.words.push_back(word("Totalt", 60, 142));
    amount(page, "1 002 000 kr", 142);
    std::vector<Sheet> tables = tables_of({page});
    REQUIRE(tables.size() == 1);
    CHECK(row_texts(tables[0], 0) == std::vector<std::string>{"Insats", "Ansvarig", "Summa"});
    CHECK(row_texts(tables[0], 2) == std::vector<std::string>{"Barn", "Omradebarnochunga", "2 000 kr"});
    CHECK(row_texts(tables[0], 3) == std::vector<std::string>{"Totalt", "", "1 002 000 kr"});
}

TEST_CASE("a figure run together with the clipped label before it is a cell of the column of figures it ends in") {
    // Calc clips "Kommunförbundet" at the next cell; its figure, right-aligned, begins 4 pt after (a space is 5.5).
    PdfPage page;
    page.words.push_back(word("Aktor", 55, 100));
    page.words.push_back(word("Belopp", 115, 100));
    page.words.push_back(word("Kommunfor", 55, 114));  // ends at 100
    page.words.push_back(word("2127436", 104, 114));  // ends at 139, as the figures below
    const char* rows[][2] = {{"Region", "4002436"}, {"Gemensam", "955026"}, {"Totalt", "7084898"}};
    for (int i = 0; i < 3; ++i) {
        page.words.push_back(word(rows[i][0], 55, 128 + 14 * i));
        page.words.push_back(word(rows[i][1], 139 - 5.0 * double(std::string(rows[i][1]).size()), 128 + 14 * i));
    }
    std::vector<Sheet> tables = tables_of({page});
    REQUIRE(tables.size() == 1);
    CHECK(row_texts(tables[0], 1, 2) == std::vector<std::string>{"Kommunfor", "2127436"});
    CHECK(row_texts(tables[0], 4, 2) == std::vector<std::string>{"Totalt", "7084898"});
}

TEST_CASE("the text between tables: wrapped lines joined into paragraphs, rows that no table took left out") {
    // Lines 11 pt apart (1 pt between their 10 pt boxes), paragraphs 8 pt apart.
    PdfPage page;
    text_line(page, "Överenskommelsen för 2024 omfattar totalt 1 560", 100);  // a full line ending inside an amount
    text_line(page, "000 000 kronor till regionerna.", 111);                  // short: the sentence and paragraph end
    text_line(page, "Medlen fördelas efter befolkningsmängd.", 122);
    text_line(page, "Totalt 1 560 000 000 kr", 140);  // a table row as one run of words: not a sentence
    text_line(page, "Fördelning av medel", 158);
    page.words.push_back(word("Summa:", 60, 176));  // a label and its amount far apart, on no table
    amount(page, "481 000", 176);
    text_line(page, "Ale 1 000 kr", 194);  // rows again, short: the line below does not go on a sentence
    text_line(page, "varav bidrag 500 kr", 205);
    page.words.push_back(word("Sida", 250, 800));
    page.words.push_back(word("1", 275, 800));
    PdfContent content = content_of({page});
    // The rows' figures are kept apart: figures of the document, not amounts its text states.
    CHECK(content.row_figures == std::vector<std::string>{"1 560 000 000 kr", "481 000", "1 000 kr", "500 kr"});
    const std::vector<std::string>& text = content.paragraphs;
    REQUIRE(text.size() == 3);
    CHECK(text[0] == "Överenskommelsen för 2024 omfattar totalt 1 560 000 000 kronor till regionerna.");
    CHECK(text[1] == "Medlen fördelas efter befolkningsmängd.");
    CHECK(text[2] == "Fördelning av medel");
}

TEST_CASE("a column of amounts printed on a page of its own is no text") {
    // Calc prints the columns that do not fit on a page after it: one figure a line, all ending at one edge.
    PdfPage page;
    page.words.push_back(word("Totalt belopp", 235, 100));
    amount(page, "475 568 kr", 111);
    amount(page, "1 080 900 kr", 122);
    amount(page, "332 251 kr", 133);
    CHECK(content_of({page}).paragraphs == std::vector<std::string>{"Totalt belopp"});
}

TEST_CASE("a table ends a paragraph and its rows are not text; a sentence goes on over a page break") {
    PdfPage one, two;
    text_line(one, "Tabellen visar hur medlen fördelas per kommun i", 100);
    text_line(one, "länet", 111);
    row(one, "Kommun", "Belopp", 130);
    row(one, "Ale", "1 000 kr", 144);
    row(one, "Totalt", "1 000 kr", 158);
    text_line(one, "Beslutet omfattar totalt 1 000 kr och gäller för hela", 176);
    text_line(two, "året 2024.", 120);
    text_line(two, "Ett nytt stycke som är längre än raden ovan.", 131);  // a capital after a sentence that ended on a short line
    PdfContent content = content_of({one, two});
    REQUIRE(content.tables.size() == 1);
    CHECK(content.tables[0].max_row() == 2);
    REQUIRE(content.paragraphs.size() == 3);
    CHECK(content.paragraphs[0] == "Tabellen visar hur medlen fördelas per kommun i länet");
    CHECK(content.paragraphs[1] == "Beslutet omfattar totalt 1 000 kr och gäller för hela året 2024.");
    CHECK(content.paragraphs[2] == "Ett nytt stycke som är längre än raden ovan.");
}

TEST_CASE("the paragraph right above a table is its heading; a long paragraph or a row above it is none") {
    PdfPage page;
    text_line(page, "Fördelning per kommun", 100);
    row(page, "Kommun", "Belopp", 130);
    row(page, "Ale", "1 000 kr", 144);
    row(page, "Totalt", "1 000 kr", 158);
    // 121 characters: a paragraph of prose, no heading.
    const std::string prose = "Medlen betalas ut i mars efter att redovisningen för året innan har kommit in till regionen och godkänts av sin styrelse.";
    REQUIRE(code_points(prose) == 121);
    text_line(page, prose, 180);
    row(page, "Region", "Belopp", 200);
    row(page, "Jämtland", "2 000 kr", 214);
    row(page, "Totalt", "2 000 kr", 228);
    text_line(page, "Fördelningen per område i länet för året", 250);
    text_line(page, "Totalt 3 000 kr", 264);  // a row no table took: what stands right above the table is no heading
    row(page, "Område", "Belopp", 284);
    row(page, "Barn", "3 000 kr", 298);
    row(page, "Totalt", "3 000 kr", 312);
    PdfContent content = content_of({page});
    REQUIRE(content.tables.size() == 3);
    CHECK(content.tables[0].heading == "Fördelning per kommun");
    CHECK(content.tables[1].heading.empty());
    CHECK(content.tables[2].heading.empty());
    CHECK(content.paragraphs == std::vector<std::string>{"Fördelning per kommun", prose, "Fördelningen per område i länet för året"});
}

TEST_CASE("a PDF reads by content into numbered tables of text") {
    Workbook wb = read_workbook(hostile("valid.pdf"));
    CHECK(wb.file_format() == SourceFormat::Pdf);
    CHECK(wb.format == SourceFormat::Docx);
    REQUIRE(wb.sheets.size() == 1);
    CHECK(text_at(wb.sheets[0], 0, 1) == "Belopp");
    CHECK(text_at(wb.sheets[0], 3, 0) == "Totalt");
    CHECK(text_at(wb.sheets[0], 3, 1) == "3 500 kr");
}

TEST_CASE("hostile PDFs are refused with the right reason") {
    CHECK(error_of(hostile("truncated.pdf")) == ReadErrorKind::DamagedPdf);
    CHECK(error_of(hostile("random.pdf")) == ReadErrorKind::DamagedPdf);
    CHECK(error_of(hostile("encrypted.pdf")) == ReadErrorKind::EncryptedPdf);
    CHECK(error_of(hostile("scanned.pdf")) == ReadErrorKind::ImageOnlyPdf);
    CHECK(error_of(hostile("pages_2000.pdf")) == ReadErrorKind::TooManyPages);
}
