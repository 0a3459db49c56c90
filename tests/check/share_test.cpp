// A share column ("Andel"): each row's amount ÷ the column's total, each
// share rounded; the shares need not add to exactly 100 %.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <vector>

#include "check/check.hpp"
#include "sheet_builder.hpp"

using sk::test::SheetBuilder;

TEST_CASE("shares: a wrong share is percent-mismatch against amount ÷ total, rounded shares adding to 99,9 % are fine") {
    SheetBuilder b;
    b.text("A1", "Region").text("B1", "Belopp").text("C1", "Andel");
    const double amounts[] = {333, 333, 334, 1000, 2000};  // total 4000
    const char* rows[] = {"2", "3", "4", "5", "6"};
    for (int i = 0; i < 5; ++i) {
        std::string r = rows[i];
        b.text(("A" + r).c_str(), "Region " + r).num(("B" + r).c_str(), amounts[i]);
        b.num(("C" + r).c_str(), std::round(amounts[i] / 4000 * 1000) / 1000, 2);  // 8,3 % 8,3 % 8,4 % 25,0 % 50,0 %: 100,0 %
    }
    b.text("A7", "Totalt").num("B7", 4000).num("C7", 1.0, 2);
    SUBCASE("as computed") {
        auto fs = sk::check::check_workbook(b.done());
        for (const auto& f : fs) CHECK_MESSAGE(f.code != sk::check::Code::PercentMismatch, sk::a1(f.row, f.col));
    }
    SUBCASE("one share wrong") {
        b.num("C5", 0.26, 2);
        auto fs = sk::check::check_workbook(b.done());
        std::vector<std::string> wrong;
        for (const auto& f : fs)
            if (f.code == sk::check::Code::PercentMismatch) {
                wrong.push_back(sk::a1(f.row, f.col));
                CHECK(*f.expected == doctest::Approx(0.25));
                CHECK(sk::check::ranges_a1(f.summed) == "B5, B7");
            }
        CHECK(wrong == std::vector<std::string>{"C5"});
    }
}
