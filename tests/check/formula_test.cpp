#include <doctest/doctest.h>

#include <random>
#include <string>

#include "check/formula.hpp"
#include "sheet_builder.hpp"

using sk::check::parse_sum_formula;

TEST_CASE("SUM of ranges and lists, + and - of references, other sheets") {
    auto f = parse_sum_formula("SUM(C3:C5,D7;$E$2)");
    REQUIRE(f);
    CHECK(f->single_sum);
    REQUIRE(f->refs.size() == 3);
    CHECK(sk::a1(f->refs[0].range) == "C3:C5");
    CHECK(f->refs[0].in_sum);

    auto g = parse_sum_formula("=B2-B3+'Per kommun'!J10 - (C1 - C2) + 5");
    REQUIRE(g);
    CHECK_FALSE(g->single_sum);
    REQUIRE(g->refs.size() == 5);
    CHECK(g->refs[1].sign == -1);
    CHECK(g->refs[2].sheet == "Per kommun");
    CHECK(g->refs[3].sign == -1);
    CHECK(g->refs[4].sign == 1);
    CHECK(g->constant == 5);
}

TEST_CASE("what the parser does not understand it refuses") {
    CHECK_FALSE(parse_sum_formula("AVERAGE(A1:A3)"));
    CHECK_FALSE(parse_sum_formula("A1*2"));
    CHECK_FALSE(parse_sum_formula("SUM(A:A)"));
    CHECK_FALSE(parse_sum_formula("A1:A5"));  // an array, not a sum
    CHECK_FALSE(parse_sum_formula("[1]Blad1!A1"));
    CHECK_FALSE(parse_sum_formula("SUM(A1"));
    CHECK_FALSE(parse_sum_formula(std::string(10000, '(') + "A1"));
}

TEST_CASE("the parser survives any input") {
    std::mt19937 rng(7);
    const std::string alphabet = "SUM(),;:!'$AC13+-*/ .\"[]\xC3\xA5";
    int parsed = 0, refused = 0;
    for (int i = 0; i < 20000; ++i) {
        std::string s;
        int n = int(rng() % 12);
        for (int k = 0; k < n; ++k) s += alphabet[rng() % alphabet.size()];
        (parse_sum_formula(s) ? parsed : refused)++;
    }
    CHECK(parsed > 0);
    CHECK(refused > 0);
}

TEST_CASE("recomputing from cached values as Excel does") {
    sk::test::SheetBuilder b;
    b.num("A1", 10).num("A2", 20).text("A3", "30 kr").num("A4", 5);
    b.sheet("Andra").num("B1", 100);
    const sk::Workbook& wb = b.done();
    auto f = parse_sum_formula("SUM(A1:A3)-A4+Andra!B1");
    REQUIRE(f);
    auto v = sk::check::evaluate(*f, wb, wb.sheets[0]);
    REQUIRE(v);
    CHECK(*v == 125);  // the text in the SUM range counts nothing
    auto direct = parse_sum_formula("A1+A3");
    REQUIRE(direct);
    CHECK_FALSE(sk::check::evaluate(*direct, wb, wb.sheets[0]));  // #VALUE! in Excel
    auto missing = parse_sum_formula("Saknas!A1");
    REQUIRE(missing);
    CHECK_FALSE(sk::check::evaluate(*missing, wb, wb.sheets[0]));
}
