#include <doctest/doctest.h>

#include <string>

#include "read/pdf_layout.hpp"
#include "read/read_workbook.hpp"
#include "read_error_of.hpp"

using namespace sk;

namespace {

std::string hostile(const char* name) { return std::string(SUMMAKOLL_TEST_DATA) + "/hostile/" + name; }

// A word of 10 pt text, 5 pt a character, on the line whose top is `top`.
PdfWord word(std::string text, double left, double top) {
    double right = left + 5.0 * double(text.size());
    return {std::move(text), left, top, right, top + 10};
}

// A left-aligned label at x = 60 and a right-aligned amount ending at x = 300.
void row(PdfPage& page, const std::string& label, const std::string& amount, double top) {
    page.words.push_back(word(label, 60, top));
    double left = 300 - 5.0 * double(amount.size());
    // The amount's digit groups are words of their own, a space apart.
    std::size_t start = 0;
    for (std::size_t sp; (sp = amount.find(' ', start)) != std::string::npos; start = sp + 1) {
        page.words.push_back(word(amount.substr(start, sp - start), left + 5.0 * double(start), top));
    }
    page.words.push_back(word(amount.substr(start), left + 5.0 * double(start), top));
}

std::string text_at(const Sheet& s, std::uint32_t r, std::uint32_t c) {
    const Cell* cell = s.find(r, c);
    return cell ? std::string(cell->text) : "";
}

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
