#include <doctest/doctest.h>

#include <string>

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
    std::vector<Sheet> tables = pdf_tables({one, two}, budget);
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
    std::vector<Sheet> tables = pdf_tables({page}, budget);
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
    std::vector<Sheet> tables = tables_of({page});
    REQUIRE(tables.size() == 1);
    const Sheet& t = tables[0];
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
    std::vector<Sheet> tables = tables_of({page});
    REQUIRE(tables.size() == 1);
    const Sheet& t = tables[0];
    CHECK(t.max_row() == 2);
    CHECK(text_at(t, 1, 0) == "Stärka det gemensamma arbetet");
    CHECK(text_at(t, 1, 1) == "2 974 230 kr");
    CHECK(text_at(t, 2, 1) == "2 974 230 kr");
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
