// How LibreOffice prints tables to PDF, and what the layout reader makes of
// it: Writer's rows of cells wrapped beside each other and split by a page
// break, Calc's cells clipped at the next filled cell or run over the rows
// below them, page numbers beside figures. Words placed by hand as poppler
// gives them (lines of one cell 9 pt apart, their 10 pt boxes overlapping;
// Writer's rows 3 pt apart).
#include <doctest/doctest.h>

#include "pdf_words.hpp"

using namespace sk;
using namespace pdf_words;

TEST_CASE("Writer's row of cells wrapped beside each other, its label and amount centred, is one row") {
    PdfPage page;
    page.words.push_back(word("Insats", 60, 100));
    page.words.push_back(word("Ansvarig", 150, 100));
    amount(page, "Summa", 100);
    // Row 1: the responsible body on four lines, the label on two beside its middle, the amount centred.
    const char* body[] = {"Region", "Jämtland", "Härjedalen", "Folkhälsan"};
    for (int i = 0; i < 4; ++i) page.words.push_back(word(body[i], 150, 113 + 9 * i));
    page.words.push_back(word("Länssamordning", 60, 122));
    page.words.push_back(word("psykisk hälsa", 60, 131));
    amount(page, "1 350 000", 126.5);
    // Row 2, 3 pt below: one line each.
    page.words.push_back(word("Barnsäkert", 60, 153));
    page.words.push_back(word("Kommunerna", 150, 153));
    amount(page, "250 000", 153);
    row(page, "Totalt", "1 600 000", 166);

    Sheet t = only_table({page});
    CHECK(t.max_row() == 3);
    CHECK(row_texts(t, 1) == std::vector<std::string>{"Länssamordning psykisk hälsa", "Region Jämtland Härjedalen Folkhälsan", "1 350 000"});
    CHECK(row_texts(t, 2) == std::vector<std::string>{"Barnsäkert", "Kommunerna", "250 000"});
}

TEST_CASE("lines at a cell's pitch that hold two amounts in one column are two rows, each ending at its amount") {
    // Calc's multi-line cell stands at its row's foot and runs up over the row above: no printed
    // row has two amounts, and the lines above an amount are its row's.
    PdfPage page;
    page.words.push_back(word("Insats", 60, 100));
    page.words.push_back(word("Ansvarig", 150, 100));
    amount(page, "Summa", 100);
    row(page, "MiniMaria", "1 545 000 kr", 110);
    page.words.push_back(word("Östersund", 150, 110));
    page.words.push_back(word("Gemensam resurs", 150, 119));
    page.words.push_back(word("Resurs", 60, 128));
    page.words.push_back(word("Region", 150, 128));
    amount(page, "757 528 kr", 128);
    row(page, "Totalt", "2 302 528 kr", 138);
    Sheet t = only_table({page});
    CHECK(t.max_row() == 3);
    CHECK(row_texts(t, 1) == std::vector<std::string>{"MiniMaria", "Östersund", "1 545 000 kr"});
    CHECK(row_texts(t, 2) == std::vector<std::string>{"Resurs", "Gemensam resurs Region", "757 528 kr"});
    CHECK(row_texts(t, 3) == std::vector<std::string>{"Totalt", "", "2 302 528 kr"});
}

TEST_CASE("Calc's clipped cell is cut at the column edge where its glyphs run into the next cell's") {
    PdfPage page;
    page.words.push_back(word("Insats", 60, 100));
    page.words.push_back(word("Ansvarig", 145.2, 100));
    page.words.push_back(word("Summa", 222.4, 100));
    page.words.push_back(word("Barnsäkert", 60, 110));
    page.words.push_back(word("Kompetens", 145.2, 110));
    for (auto [text, left] : {std::pair{"1", 222.4}, {"073", 229.4}, {"000", 246.4}})
        page.words.push_back(word(text, left, 110));
    // "Utveckla arbete" clipped at 145.2: its last glyphs reach under the next cell's first word,
    // and poppler reads the clipped "Härj" and the next cell's "1" as one word.
    page.words.push_back(word("Utveckla det", 60, 120));
    page.words.push_back(word("arbete", 122, 120));  // to x = 152
    page.words.push_back(word("Ungdomsmott", 145.2, 120));
    PdfWord run_together = word("Härj1", 245, 120);
    run_together.left = 205;
    run_together.right = 227.4;
    run_together.char_lefts = {205, 210, 215, 220, 222.4};
    page.words.push_back(run_together);
    for (auto [text, left] : {std::pair{"800", 229.4}, {"000", 246.4}, {"kr", 263.4}}) page.words.push_back(word(text, left, 120));

    Sheet t = only_table({page});
    CHECK(row_texts(t, 0) == std::vector<std::string>{"Insats", "Ansvarig", "Summa"});
    CHECK(row_texts(t, 1) == std::vector<std::string>{"Barnsäkert", "Kompetens", "1 073 000"});
    CHECK(row_texts(t, 2) == std::vector<std::string>{"Utveckla det arbete", "Ungdomsmott Härj", "1 800 000 kr"});
}

TEST_CASE("text printed over text leaves its region as text, not a table") {
    PdfPage page;
    row(page, "Kod", "Belopp", 100);
    row(page, "A", "100 kr", 110);
    page.words.push_back(word("Vård och omsorg", 62, 111));  // another cell's lines over this row
    page.words.push_back(word("möter behov", 276, 111));
    row(page, "B", "200 kr", 120);
    row(page, "Totalt", "300 kr", 130);
    CHECK(tables_of({page}).empty());
}

TEST_CASE("labels printed over each other beside clear amounts: the amounts stay in the table, the labels go") {
    // Calc's two-line labels in rows of one line's height: their lines run
    // over each other, the amounts right-aligned beside them stand clear.
    PdfPage page;
    row(page, "Kod", "Belopp", 100);
    row(page, "A", "100 kr", 110);
    page.words.push_back(word("Föräldra barn", 62, 118));  // over the row below
    row(page, "Barnsäkert stöd", "200 kr", 120);
    page.words.push_back(word("Informera om", 64, 121));
    row(page, "Totalt", "300 kr", 130);
    const Sheet table = only_table({page});
    CHECK(row_texts(table, 1, 2) == std::vector<std::string>{"A", "100 kr"});
    CHECK(text_at(table, 2, 1) == "200 kr");
    CHECK(text_at(table, 2, 0).empty());
    CHECK(row_texts(table, 3, 2) == std::vector<std::string>{"Totalt", "300 kr"});
}

TEST_CASE("a label that names a total, printed over, leaves its region as text: the total is never read as an item") {
    PdfPage page;
    row(page, "Kod", "Belopp", 100);
    row(page, "A", "100 kr", 110);
    row(page, "B", "200 kr", 120);
    page.words.push_back(word("Övrigt stöd", 62, 128));  // another cell's two lines over the total's label
    row(page, "Totalt", "300 kr", 130);
    page.words.push_back(word("till kommuner", 64, 131));
    row(page, "Summa", "300 kr", 140);
    CHECK(tables_of({page}).empty());
    // The same rows with the words printed over an item's label: the amounts stay, that label goes.
    PdfPage item;
    row(item, "Kod", "Belopp", 100);
    row(item, "A", "100 kr", 110);
    item.words.push_back(word("Övrigt stöd", 62, 118));
    row(item, "B", "200 kr", 120);
    item.words.push_back(word("till kommuner", 64, 121));
    row(item, "Totalt", "300 kr", 130);
    const Sheet t = only_table({item});
    CHECK(row_texts(t, 2, 2) == std::vector<std::string>{"", "200 kr"});
    CHECK(row_texts(t, 3, 2) == std::vector<std::string>{"Totalt", "300 kr"});
}

namespace {
// The header cells "Insats" and "Ansvarig" with the lines of cells below run up over them ("Vård", "möter").
void header_printed_over(PdfPage& page) {
    for (auto [text, left, top] : {std::tuple{"Insats", 60.0, 100.0}, {"Ansvarig", 150.0, 100.0}, {"Vård", 62.0, 101.0},
                                   {"möter", 152.0, 101.0}})
        page.words.push_back(word(text, left, top));
}
}  // namespace

TEST_CASE("a header row printed over keeps its clear headers, and the table stays a table") {
    // Calc's multi-line cells of the first rows run up over the header row: "Insats" and "Ansvarig"
    // are printed over, "Summa" over the amounts stands clear.
    PdfPage page;
    header_printed_over(page);
    amount(page, "Summa", 100);
    for (auto [label, body, sum, top] : {std::tuple{"A", "Kommunerna", "100 kr", 112.0}, {"B", "Regionen", "200 kr", 122.0},
                                         {"Totalt", "", "300 kr", 132.0}}) {
        page.words.push_back(word(label, 60, top));
        if (*body) page.words.push_back(word(body, 150, top));
        amount(page, sum, top);
    }
    const Sheet t = only_table({page});
    CHECK(row_texts(t, 0) == std::vector<std::string>{"", "", "Summa"});
    CHECK(row_texts(t, 1) == std::vector<std::string>{"A", "Kommunerna", "100 kr"});
    CHECK(row_texts(t, 3) == std::vector<std::string>{"Totalt", "", "300 kr"});

    SUBCASE("a total's word kept beside a figure in a row printed over leaves the region as text") {
        // The header line runs into the first row's: its clear "Summa" would be that row's label, a total.
        PdfPage merged;
        header_printed_over(merged);
        merged.words.push_back(word("Summa", 200, 101));
        amount(merged, "100 kr", 101);
        row(merged, "B", "200 kr", 112);
        row(merged, "Totalt", "300 kr", 122);
        CHECK(tables_of({merged}).empty());
    }
}

TEST_CASE("a wide line that ends in a colon introduces the rows after it and keeps the table whole") {
    // Two rows, the wide line `between`, two rows.
    auto page_with = [](const std::string& between) {
        PdfPage page;
        row(page, "Kod", "Belopp", 100);
        row(page, "A", "100 kr", 110);
        text_line(page, between, 120);
        row(page, "B", "200 kr", 130);
        row(page, "Totalt", "300 kr", 140);
        return page;
    };
    const Sheet table = only_table({page_with("Respektive kommun i enlighet med aktivitet i fokusområde:")});
    CHECK(text_at(table, 2, 0) == "Respektive kommun i enlighet med aktivitet i fokusområde:");
    CHECK(row_texts(table, 4, 2) == std::vector<std::string>{"Totalt", "300 kr"});
    // The same line as a sentence is prose: two tables.
    CHECK(tables_of({page_with("Respektive kommun får medel i enlighet med aktivitet i fokusområdet.")}).size() == 2);
}

TEST_CASE("a label run over the empty cells beside it joins no columns of figures") {
    PdfPage page;
    page.words.push_back(word("Kod", 60, 100));
    page.words.push_back(word("Berg", 180, 100));
    page.words.push_back(word("Bräcke", 270, 100));
    for (auto [code, one, two, top] : {std::tuple{"1.", "21 200", "18 000", 110.0}, {"2.", "75 000", "75 000", 120.0}}) {
        page.words.push_back(word(code, 60, top));
        amount(page, one, top, 200);
        amount(page, two, top);
    }
    page.words.push_back(word("Totalt direkt fördelat länets:", 60, 130));  // runs to x = 210
    amount(page, "189 200", 130);
    Sheet t = only_table({page});
    CHECK(row_texts(t, 1) == std::vector<std::string>{"1.", "21 200", "18 000"});
    CHECK(row_texts(t, 3) == std::vector<std::string>{"Totalt direkt fördelat länets:", "", "189 200"});
}

TEST_CASE("a row Writer splits at a page break goes on at the top of the next page") {
    PdfPage one, two;
    row(one, "Insats", "Summa", 100);
    row(one, "Brukarmedverkan", "500 000", 113);
    row(one, "Efterlevandestöd och", "500 000", 780);
    two.words.push_back(word("utbildningsinsatser", 60, 60));
    two.words.push_back(word("kr", 290, 60));
    row(two, "Totalt", "1 000 000", 73);
    Sheet t = only_table({one, two});
    CHECK(t.max_row() == 3);
    CHECK(row_texts(t, 2, 2) == std::vector<std::string>{"Efterlevandestöd och utbildningsinsatser", "500 000 kr"});
    CHECK(row_texts(t, 3, 2) == std::vector<std::string>{"Totalt", "1 000 000"});
}

TEST_CASE("figures at a page's edge are table content, page numbers are not") {
    PdfPage one, two;
    row(one, "Ålder", "Antal", 100);
    row(one, "12", "4", 113);
    row(one, "Summa", "1 865", 780);  // a figure wrapped at the page's foot
    amount(one, "000", 789);
    amount(one, "500 000", 815);  // a bare amount at the foot, a row apart: no page number either
    row(two, "13", "3", 60);  // a table row at the top of a page: "13 3" is no page number
    row(two, "Summa", "7", 73);
    for (PdfPage* p : {&one, &two}) {
        p->words.push_back(word("Sida", 150, 830));
        p->words.push_back(word(p == &one ? "1" : "2", 175, 830));
        p->words.push_back(word("av", 185, 830));
        p->words.push_back(word("2", 200, 830));
    }
    Sheet t = only_table({one, two});
    std::vector<std::string> second;
    for (std::uint32_t r = 0; r <= t.max_row(); ++r) second.push_back(text_at(t, r, 1));
    CHECK(second == std::vector<std::string>{"Antal", "4", "1 865 000", "500 000", "3", "7"});
}

TEST_CASE("a sum printed without a label under a table's amounts is the table's last row, and ends it") {
    // Calc's print of a SUM cell under the column: "2 509 377 kr" alone at the table's foot, then a
    // heading of two lines and the next table. The sum is a row of the first table; the tables stay two.
    PdfPage page;
    page.words.push_back(word("Insats", 60, 100));
    page.words.push_back(word("Ansvarig", 150, 100));
    amount(page, "Summa", 100);
    for (auto [label, body, sum, top] : {std::tuple{"Insatser", "Folkhälsan", "500 000 kr", 110.0},
                                         {"Efterlevande", "Kommunerna", "500 000 kr", 120.0},
                                         {"Samverkan", "Folkhälsan", "1 509 377 kr", 130.0}}) {
        page.words.push_back(word(label, 60, top));
        page.words.push_back(word(body, 150, top));
        amount(page, sum, top);
    }
    amount(page, "2 509 377 kr", 140);
    text_line(page, "Sammanfattande", 170);
    text_line(page, "Sammanfattande per verksamhet:", 185);
    row(page, "Ungdomsmottagning", "1 800 000 kr", 200);
    row(page, "Barnsäkert", "1 073 000 kr", 210);

    std::vector<Sheet> tables = tables_of({page});
    REQUIRE(tables.size() == 2);
    CHECK(tables[0].max_row() == 4);
    CHECK(row_texts(tables[0], 4) == std::vector<std::string>{"", "", "2 509 377 kr"});
    CHECK(text_at(tables[1], 0, 0) == "Ungdomsmottagning");

    SUBCASE("Writer's amounts left-aligned in their cells: a sum that begins where the amount above begins") {
        PdfPage left;
        for (auto [label, sum, top] : {std::tuple{"Insatser", "500 000 kr", 110.0}, {"Samverkan", "1 509 377 kr", 120.0}}) {
            left.words.push_back(word(label, 60, top));
            amount(left, sum, top, 250 + 5.0 * double(std::string(sum).size()));  // begins at x = 250
        }
        amount(left, "12 009 377 kr", 130, 250 + 5.0 * 13);  // wider than the amounts above: ends past them
        Sheet t = only_table({left});
        CHECK(t.max_row() == 2);
        CHECK(text_at(t, 2, 1) == "12 009 377 kr");
    }
    SUBCASE("a figure alone that ends elsewhere, or stands a blank line below, is no row of the table") {
        PdfPage off;
        row(off, "Insatser", "500 000 kr", 110);
        row(off, "Samverkan", "1 509 377 kr", 120);
        amount(off, "2 009 377 kr", 130, 250);  // ends 50 pt left of the amounts
        amount(off, "3 009 377 kr", 160);       // right-aligned, but two lines below
        Sheet t = only_table({off});
        CHECK(t.max_row() == 1);
    }
}
