// The comparison of two hand-built tables: which rows pair, which do not,
// which are ambiguous, which columns pair, and the amounts compared in kronor.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "../check/sheet_builder.hpp"
#include "compare/compare.hpp"
#include "compare/match_columns.hpp"

using sk::test::SheetBuilder;
using namespace sk;
using namespace sk::compare;

namespace {

using Strings = std::vector<std::string>;

// "kind label a_cell b_cell a b" for each difference of the one pair, joined by " | ".
std::string differences(const Comparison& c) {
    REQUIRE(c.pairs.size() == 1);
    Strings out;
    for (const Difference& d : c.pairs[0].differences) {
        std::string s = std::string(diff_kind_name(d.kind)) + " " + d.label + " " + d.a_cell.value_or("-") + " " +
                        d.b_cell.value_or("-");
        if (d.a && d.b) s += " " + std::to_string(static_cast<long long>(*d.a)) + " " + std::to_string(static_cast<long long>(*d.b));
        for (const std::string& cand : d.candidates) s += " " + cand;
        out.push_back(s);
    }
    std::string joined;
    for (const std::string& s : out) joined += (joined.empty() ? "" : " | ") + s;
    return joined;
}

SheetBuilder regions(const char* name_header, double gavleborg, bool codes) {
    SheetBuilder b("Region");
    b.text("A1", "Länskod").text("B1", name_header).text("C1", "Totalt belopp");
    const char* names[] = {"Stockholm", "Gävleborg", "Jämtland"};
    const char* kod[] = {"01", "21", "23"};
    const double amounts[] = {164423176, gavleborg, 8461029};
    for (int i = 0; i < 3; ++i) {
        const std::string row = std::to_string(i + 2);
        if (codes) b.text(("A" + row).c_str(), kod[i]);
        b.text(("B" + row).c_str(), names[i]).num(("C" + row).c_str(), amounts[i]);
    }
    return b;
}

KeyedColumn column(std::uint32_t col, std::string header, bool total = false) {
    KeyedColumn c;
    c.col = col;
    c.header = std::move(header);
    c.total_column = total;
    return c;
}

}  // namespace

TEST_CASE("rows by code when both tables have codes; amounts that differ with both values") {
    SheetBuilder a = regions("Region", 18082359, true);
    SheetBuilder b = regions("Län", 18082360, true);
    const Comparison c = compare_workbooks(a.done(), b.done());
    CHECK(c.pairs[0].key == KeyKind::Code);
    CHECK(differences(c) == "amount-differs Gävleborg C3 C3 18082359 18082360");
    CHECK(c.pairs[0].differences[0].difference() == 1);
    CHECK(c.pairs[0].columns[0].a_total == 164423176.0 + 18082359 + 8461029);
    CHECK(c.difference_count() == 1);
}

TEST_CASE("rows by name across the usual variants; Gävle is not Gävleborg") {
    SheetBuilder a = regions("Region", 18082359, false);
    SheetBuilder b("Län");
    b.text("A1", "Län").text("B1", "Totalt belopp");
    b.text("A2", "Region Stockholm").num("B2", 164423176);
    b.text("A3", "Gävle").num("B3", 18082359);
    b.text("A4", "Jämtlands län").num("B4", 8461029);
    const Comparison c = compare_workbooks(a.done(), b.done());
    CHECK(c.pairs[0].key == KeyKind::Name);
    CHECK(differences(c) == "only-in-a Gävleborg B3 - | only-in-b Gävle - A3");
}

TEST_CASE("kronor against tkr: equal within the rounding of the thousands, different beyond it") {
    SheetBuilder a = regions("Region", 18082359, false);
    SheetBuilder b("Tkr");
    b.text("A1", "Angivet i tusental kronor").text("A2", "Region").text("B2", "Totalt belopp");
    b.text("A3", "Stockholm").num("B3", 164423, 0).text("A4", "Gävleborg").num("B4", 18083, 0);
    b.text("A5", "Jämtland").num("B5", 8461, 0);
    const Comparison c = compare_workbooks(a.done(), b.done());
    CHECK(differences(c) == "amount-differs Gävleborg C3 B4 18082359 18083000");
    CHECK(c.pairs[0].columns[0].rounded == 2);
}

TEST_CASE("a name on two rows: told apart by its group, else ambiguous and not compared") {
    // The actors are bold group rows carrying their total above their items.
    auto actors = [](double second) {
        SheetBuilder b("Aktörer");
        StyleHint bold = b.wb.styles[1];
        bold.bold = true;
        b.wb.styles.push_back(bold);
        const std::uint32_t group = 3;
        b.text("A1", "Aktör").text("B1", "Belopp");
        b.text("A2", "Kommunförbundet Jämtland Härjedalen").num("B2", 300, group);
        b.text("A3", "Länssamordning").num("B3", 100).text("A4", "Samordning barn").num("B4", 200);
        b.text("A5", "Region Jämtland Härjedalen").num("B5", 100 + second, group);
        b.text("A6", "Länssamordning").num("B6", 100).text("A7", "Samordning vuxna").num("B7", second);
        b.text("A8", "Totalt").num("B8", 400 + second, group);
        return b;
    };
    SUBCASE("groups tell them apart") {
        SheetBuilder a = actors(50), b = actors(60);
        CHECK(differences(compare_workbooks(a.done(), b.done())) ==
              "amount-differs Region Jämtland Härjedalen B5 B5 150 160 | amount-differs Samordning vuxna B7 B7 50 60 | "
              "amount-differs Totalt B8 B8 450 460");
    }
    SUBCASE("nothing tells them apart") {
        SheetBuilder a("A");
        a.text("A1", "Aktör").text("B1", "Belopp").text("A2", "Länssamordning").num("B2", 100);
        a.text("A3", "Fontänhus").num("B3", 5);
        SheetBuilder b("B");
        b.text("A1", "Aktör").text("B1", "Belopp").text("A2", "Länssamordning").num("B2", 100);
        b.text("A3", "Länssamordning").num("B3", 200).text("A4", "Fontänhus").num("B4", 5);
        CHECK(differences(compare_workbooks(a.done(), b.done())) == "ambiguous Länssamordning A2 - B!A2 B!A3");
    }
}

TEST_CASE("a table quoting one row of a bigger one: the other rows are no difference") {
    SheetBuilder a("Skrivelse");
    a.text("A1", "Kommun").text("B1", "Totalt belopp").text("A2", "Östersunds kommun").num("B2", 614444);
    SheetBuilder b("Kommun");
    b.text("A1", "Kommun").text("B1", "Totalt belopp");
    b.text("A2", "Krokom").num("B2", 147798).text("A3", "Östersund").num("B3", 614444).text("A4", "Åre").num("B4", 1);
    const Comparison c = compare_workbooks(a.done(), b.done());
    CHECK(differences(c).empty());
    CHECK(c.pairs[0].b_rows_not_quoted == 2);
    CHECK(c.pairs[0].rows.size() == 1);
}

TEST_CASE("a quoting table's own total is not the bigger table's total") {
    SheetBuilder a("Länet");
    a.text("A1", "Kommun").text("B1", "Totalt belopp").text("A2", "Krokom").num("B2", 147798);
    a.text("A3", "Östersund").num("B3", 614444).text("A4", "Totalt").num("B4", 762242);
    SheetBuilder b("Kommun");
    b.text("A1", "Kommun").text("B1", "Totalt belopp");
    b.text("A2", "Krokom").num("B2", 147798).text("A3", "Östersund").num("B3", 614444).text("A4", "Åre").num("B4", 1);
    b.text("A5", "Ale").num("B5", 2).text("A6", "Berg").num("B6", 3).text("A7", "Riket").num("B7", 762248);
    const Comparison c = compare_workbooks(a.done(), b.done());
    CHECK(differences(c).empty());
    CHECK(c.pairs[0].b_rows_not_quoted == 4);
    CHECK(c.pairs[0].a_rows_not_quoted == 1);
}

TEST_CASE("no table of B has the rows of A's table") {
    SheetBuilder a = regions("Region", 1, false);
    SheetBuilder b("Annat");
    b.text("A1", "Post").text("B1", "Belopp").text("A2", "Lön").num("B2", 381600).text("A3", "Resor").num("B3", 1);
    const Comparison c = compare_workbooks(a.done(), b.done());
    CHECK(c.pairs.empty());
    CHECK(c.a_alone == std::vector<std::size_t>{0});
    CHECK(c.b_alone == std::vector<std::size_t>{0});
}

TEST_CASE("columns by header: units aside, years agree, granted money, ties left alone") {
    auto pairs = [](const ColumnMatch& m) {
        Strings out;
        for (auto [a, b] : m.pairs) out.push_back(std::to_string(a) + "-" + std::to_string(b));
        return out;
    };
    CHECK(pairs(match_columns({column(1, "Barn och unga (tkr)"), column(2, "Traumavård (tkr)"), column(3, "Totalt (tkr)", true)},
                              {column(2, "Traumavård"), column(3, "Barn och unga"), column(4, "Totalt belopp", true)})) == Strings{"0-1", "1-0", "2-2"});
    CHECK(pairs(match_columns({column(1, "Beviljat 2024"), column(2, "Beviljat 2025")},
                              {column(1, "Belopp 2025"), column(2, "Belopp 2026")})) == Strings{"1-0"});
    const ColumnMatch followup = match_columns({column(1, "Erhållna medel"), column(2, "Förbrukat"), column(3, "Kvar")},
                                               {column(1, "Beviljat belopp")});
    CHECK(pairs(followup) == Strings{"0-0"});
    CHECK(followup.a_alone == std::vector<std::size_t>{1, 2});
    const ColumnMatch tie = match_columns({column(1, "Erhållna medel")}, {column(1, "Beviljat"), column(2, "Tilldelat")});
    CHECK(tie.pairs.empty());
    CHECK(tie.b_alone == std::vector<std::size_t>{0, 1});
    CHECK(pairs(match_columns({column(1, "Belopp 2025")}, {column(1, "Belopp 2026")})) == Strings{"0-0"});
}

TEST_CASE("amounts a sentence states as a total or a part") {
    auto amounts = [](const std::string& p) {
        std::string out;
        for (const StatedAmount& a : stated_amounts(p))
            out += (out.empty() ? "" : " | ") + a.text + " = " + std::to_string(static_cast<long long>(a.value));
        return out;
    };
    CHECK(amounts("Överenskommelsen 2024 omfattar totalt 1 560 000 000 kronor, varav 1 527 000 000 kronor fördelas till "
                  "kommuner och regioner och 33 000 000 kronor fördelas till SKR. Insatserna riktar sig till alla.") ==
          "1 560 000 000 kronor = 1560000000 | 1 527 000 000 kronor = 1527000000 | 33 000 000 kronor = 33000000");
    // Per unit, each, estimates and sentences without a total word are not totals.
    CHECK(amounts("Medlen fördelas med 1 000 000 kronor per län, förutom de tre storstadslänen som tilldelas "
                  "2 000 000 kronor vardera.") == "");
    CHECK(amounts("Det innebär totalt -ca 2,48mkr för länets kommuner.") == "");
    CHECK(amounts("Regionen får 8 461 029 kr.") == "");
    CHECK(amounts("Summan uppgår till 1 150 tkr. Sammanlagt 2,5 mkr") == "1 150 tkr = 1150000 | 2,5 mkr = 2500000");
    CHECK(amounts("2024 avsätter staten totalt 13\xC2\xA0" "302\xC2\xA0" "905 kr till Jämtlands län") ==
          "13\xC2\xA0" "302\xC2\xA0" "905 kr = 13302905");
}

TEST_CASE("stated amounts against the tables: a figure, two figures added, one less another") {
    SheetBuilder b("Tabell 1");
    b.text("A1", "Angivet i tusental kronor").text("B2", "Belopp (tkr)");
    b.text("A3", "Regioner").num("B3", 703000, 0).text("A4", "Kommuner").num("B4", 100000, 0);
    b.text("A5", "SKR").num("B5", 33000, 0).text("A6", "Totalt").num("B6", 836000, 0);
    const Workbook& wb = b.done();
    const TextCheck t = check_text(wb, {"Överenskommelsen omfattar totalt 836 000 000 kronor, varav 803 000 000 kronor "
                                        "fördelas till regioner och kommuner och 33 000 000 kronor till SKR.",
                                        "Totalt avsätts 863 000 000 kronor.",
                                        "Riket omfattar totalt 1 560 000 000 000 kronor."});
    REQUIRE(t.matched.size() == 3);
    REQUIRE(t.mismatched.size() == 1);
    CHECK(t.mismatched[0].value == 863000000);
    CHECK(t.mismatched[0].sentence == "Totalt avsätts 863 000 000 kronor.");
}

TEST_CASE("a PDF's loose figures (rows no table took) explain a stated amount, in the tables' scale") {
    SheetBuilder b("Tabell 1");
    b.text("B1", "Belopp (tkr)").text("A2", "Regioner").num("B2", 703000, 0).text("A3", "Kommuner").num("B3", 100000, 0);
    b.text("A4", "SKR").num("B4", 33000, 0);
    Workbook wb = b.done();
    const std::vector<std::string> text{"Överenskommelsen omfattar totalt 836 000 000 kronor."};
    CHECK(check_text(wb, text).mismatched.size() == 1);  // the total row below the table was lost
    wb.loose_figures = {"836 000"};                      // "Totalt 836 000" printed below it, in tkr
    CHECK(check_text(wb, text).matched.size() == 1);
    CHECK(check_text(wb, text).mismatched.empty());
    wb.loose_figures = {"836 000 kr"};  // in kronor by its own unit: not the stated amount
    CHECK(check_text(wb, text).mismatched.size() == 1);
}
