// The forms of the issue and of real cells, one row each: what must be read,
// what must be refused, and what the column hint changes.
#include <string>
#include <vector>

#include "normalise_test_support.hpp"

using namespace sk::num;
using namespace sk::num::test;

namespace {

struct Case {
    const char* input;
    Status status;
    double value = 0;
    Unit unit = Unit::None;
    bool approx = false;
    Rejection reason = Rejection::None;
    ColumnHint hint = {};
};

Case num(const char* in, double v, Unit u = Unit::None, bool approx = false, ColumnHint hint = {}) {
    return {in, Status::Number, v, u, approx, Rejection::None, hint};
}
Case no(const char* in, Rejection why, ColumnHint hint = {}) { return {in, Status::Rejected, 0, Unit::None, false, why, hint}; }
Case other(const char* in, Status s, ColumnHint hint = {}) { return {in, s, 0, Unit::None, false, Rejection::None, hint}; }

constexpr Unit kr = Unit::Kr, pct = Unit::Percent;
const ColumnHint tkr{ColumnKind::Thousands}, mkr{ColumnKind::Millions}, amount{ColumnKind::Amount},
    code{ColumnKind::Code}, year{ColumnKind::Year}, percent{ColumnKind::Percent}, count{ColumnKind::Count},
    dots{ColumnKind::Unknown, ColumnHint::Separator::DotGroups},
    commas{ColumnKind::Unknown, ColumnHint::Separator::CommaGroups};

const std::vector<Case> cases = {
    // The seed forms the issue names.
    num("1 527 000 000 kronor", 1527000000, kr), num("13 302 905 kr", 13302905, kr), num("4 000 000kr", 4000000, kr),
    num("3 038 550:-", 3038550, kr), num("1 150 tkr", 1150000, kr), num("2,48mkr", 2480000, kr),
    num("-ca 2,7mkr", -2700000, kr, true), num("ca+2.0mkr", 2000000, kr, true),
    num("14,1 miljarder kronor", 14100000000, kr), num("-8 436", -8436), num("12,7%", 0.127, pct),
    num("12,7 %", 0.127, pct), num("(8 436)", -8436), num("\u22121 234", -1234), num("1\u00A0234", 1234),
    num("1\u202F234", 1234), num("1\u2009234", 1234),
    // What real cells hold.
    num("0", 0), num("0 kr", 0, kr), num("1 000 000 kr", 1000000, kr), num("100,0%", 1.0, pct), num("5 %", 0.05, pct),
    num(" 500  ", 500), num("500\u00A0", 500), num("\t500\n", 500), num("kr 500", 500, kr), num("SEK 500", 500, kr),
    num("500 SEK", 500, kr), num("500 sek", 500, kr), num("500 Kr", 500, kr), num("500 KR", 500, kr),
    num("500 kr.", 500, kr), num("500:\u2013", 500, kr), num("500,-", 500, kr), num("1 234,50 kr", 1234.5, kr),
    num("0,5", 0.5), num("0,125", 0.125), num("0.125", 0.125), num("1.5", 1.5), num("19.7 %", 0.197, pct),
    num("90,99%", 0.9099, pct), num("(7,3%)", -0.073, pct), num("(8 436 kr)", -8436, kr), num("(8 436) kr", -8436, kr),
    num("\u2013500", -500), num("+500", 500), num("~500", 500, Unit::None, true), num("cirka 500 kr", 500, kr, true),
    num("ca. 500 kr", 500, kr, true), num("c:a 500 kr", 500, kr, true), num("CA 2 MKR", 2000000, kr, true),
    num("2 Mkr", 2000000, kr), num("2 mnkr", 2000000, kr), num("2 miljoner", 2000000, kr),
    num("1 miljon", 1000000, kr), num("5 miljoner kronor", 5000000, kr), num("3 miljarder", 3e9, kr),
    num("1,25 mkr", 1250000, kr), num("1.250 mkr", 1250000, kr), num("1,250 mkr", 1250000, kr), num("12 tkr", 12000, kr),
    num("12,5 tkr", 12500, kr), num("2 MSEK", 2000000, kr), num("500 KSEK", 500000, kr), num("2 procent", 0.02, pct),
    num("1.000.000", 1000000), num("1,000,000", 1000000), num("1.234,56", 1234.56), num("1,234.56", 1234.56),
    num("1 234.56", 1234.56), num("1 234,567", 1234.567), num("1234,567", 1234.567), num("1234567", 1234567),
    num("-0", 0), num("0,0 %", 0, pct), num("-0,5", -0.5), num("1 000 000 000 000", 1e12),
    num("123456789012345678", 123456789012345678.0),
    num("\u2212ca 2,7 mkr", -2700000, kr, true), num("\u2248 3 kr", 3, kr, true), num("ungefär 10 %", 0.1, pct, true),
    num("\uFF0D5", -5), num("\u22125 %", -0.05, pct), num("- 500", -500),
    // Empty cells and placeholders.
    other("", Status::Empty), other("   ", Status::Empty), other("-", Status::Empty), other("\u2013", Status::Empty),
    other("\u2212", Status::Empty), other("\u00A0", Status::Empty),
    // Refused: dates, codes, phones, ratios, words.
    no("2024-03-27", Rejection::Date), no("2021-09-24", Rejection::Date), no("27/3 2024", Rejection::Date),
    no("27.3.2024", Rejection::Date), no("2024.03.27", Rejection::Date), no("27/3/2024", Rejection::Date),
    no("1 december 2024", Rejection::Date), no("mars 2024", Rejection::Date), no("27/3-24", Rejection::Date),
    no("0114", Rejection::Code), no("01", Rejection::Code), no("00", Rejection::Code), no("0114 kr", Rejection::Code),
    no("S2024/00330", Rejection::Code), no("(S2024/00330)", Rejection::Code), no("S2020:08", Rejection::Code),
    no("I:6", Rejection::Code), no("A1:G396", Rejection::Code), no("2007/08:110", Rejection::Code),
    no("2007/08", Rejection::Code), no("P24", Rejection::Code), no("12abc", Rejection::Code),
    no("08-405 10 00", Rejection::Phone), no("08 405 10 00", Rejection::Phone), no("070-123 45 67", Rejection::Phone),
    no("+46 8 405 10 00", Rejection::Phone), no("08-4051000", Rejection::Phone),
    no("Page 57 of 68", Rejection::Words), no("TOTALT -8 436", Rejection::Words), no("ca 21 personer", Rejection::Words),
    no("kr", Rejection::Words), no("Totalt", Rejection::Words), no("0114 Upplands Väsby", Rejection::Words),
    no("1:8", Rejection::Ratio), no("2021:34", Rejection::Ratio), no("13:00", Rejection::Time),
    no("9:05", Rejection::Time), no("2012\u20132023", Rejection::Range), no("0\u201325", Rejection::Range),
    no("2020-2021", Rejection::Range), no("1 000 - 2 000 kr", Rejection::Range),
    no("1 23", Rejection::Malformed), no("12 34 56", Rejection::Malformed), no("1  000", Rejection::Malformed),
    no("--5", Rejection::Malformed), no("5-", Rejection::Malformed), no("(5", Rejection::Malformed),
    no("-(5)", Rejection::Malformed), no("1,2,3", Rejection::Malformed), no("%", Rejection::Malformed),
    no("5 %%", Rejection::Malformed), no("kr 5 kr", Rejection::Malformed), no("000 000 kronor", Rejection::Malformed),
    no("1057 137", Rejection::Malformed), no("1234567890123456789", Rejection::Malformed),
    no("1 000000", Rejection::Malformed), no("1000 000", Rejection::Malformed), no("0 000", Rejection::Malformed),
    // Composite cells and years before amounts.
    other("20,1/1,4", Status::Composite), other("148/10", Status::Composite), other("12,7%/1%", Status::Composite),
    other("4/1", Status::Composite), other("2024 13 302 905", Status::Composite), other("2022 725 000", Status::Ambiguous),
    other("2022 275 000", Status::Ambiguous), other("1978 339", Status::Ambiguous),
    // Two readings unless the column decides.
    other("1.000", Status::Ambiguous), other("1,234", Status::Ambiguous), other("12.500 kr", Status::Ambiguous),
    num("1.000", 1000, Unit::None, false, dots), num("1.000", 1, Unit::None, false, commas),
    num("1,234", 1.234, Unit::None, false, dots), num("1,234", 1234, Unit::None, false, commas),
    num("1.000.000", 1000000, Unit::None, false, commas), num("12,5", 12.5, Unit::None, false, commas),
    // Column hints.
    num("553 000", 553000000, kr, false, tkr), num("1 150", 1150000, kr, false, tkr), num("24 000", 24000000, kr, false, tkr),
    num("1 150 tkr", 1150000, kr, false, tkr), num("500 kr", 500, kr, false, tkr), num("12 %", 0.12, pct, false, tkr),
    num("2,5", 2500000, kr, false, mkr), num("475 568", 475568, kr, false, amount), num("0", 0, kr, false, amount),
    num("12,7", 0.127, pct, false, percent), num("216", 216, Unit::None, false, count),
    no("0114", Rejection::Code, code), no("114", Rejection::Code, code), no("1 150 kr", Rejection::Code, code),
    no("2024", Rejection::Year, year), no("2024-03-27", Rejection::Date, year), num("2024", 2024),
    other("-", Status::Empty, tkr),
};

}  // namespace

TEST_CASE("the forms of Swedish amounts, and what is refused") {
    for (const Case& c : cases) {
        const std::string input = c.input;
        CAPTURE(input);
        const Parsed p = parse(c.input, c.hint);
        REQUIRE(std::string(status_code(p.status)) == status_code(c.status));
        if (c.status == Status::Number) {
            CHECK(same_value(p.reading.value, c.value));
            CHECK(p.reading.unit == c.unit);
            CHECK(p.reading.approx == c.approx);
        }
        if (c.status == Status::Rejected) CHECK(std::string(rejection_code(p.reason)) == rejection_code(c.reason));
    }
    MESSAGE(cases.size() << " hand-written cases");
}

TEST_CASE("composite cells give their parts") {
    CHECK(parse("20,1/1,4").parts == std::vector<std::string>{"20,1", "1,4"});
    CHECK(parse("148/10").parts == std::vector<std::string>{"148", "10"});
    CHECK(parse("12,7%/1%").parts == std::vector<std::string>{"12,7%", "1%"});
    CHECK(parse("2012\u20132023").parts == std::vector<std::string>{"2012", "2023"});
}

TEST_CASE("a year followed by an amount gives both readings, the split one first") {
    const Parsed p = parse("2022 725 000");
    REQUIRE(p.candidates.size() == 2);
    CHECK(p.candidates[0].value == 725000);
    CHECK(p.candidates[1].value == 2022725000);
    CHECK(p.parts == std::vector<std::string>{"2022", "725 000"});
    const Parsed q = parse("1.000");
    REQUIRE(q.candidates.size() == 2);
    CHECK(q.candidates[0].value == 1000);
    CHECK(q.candidates[1].value == 1);
}

TEST_CASE("decimals, scale and approx are kept for formatting back") {
    CHECK(parse("12,7 %").reading.decimals == 1);
    CHECK(parse("1 234,50 kr").reading.decimals == 2);
    CHECK(parse("2,48 mkr").reading.decimals == 0);
    CHECK(parse("2,48 mkr").reading.scale == 1e6);
    CHECK(parse("1,2345 tkr").reading.decimals == 1);
    CHECK(parse("1 150 tkr").reading.scale == 1e3);
    CHECK(parse("14,1 miljarder kronor").reading.scale == 1e9);
    CHECK(parse("553 000", {ColumnKind::Thousands}).reading.scale == 1e3);
}

TEST_CASE("the place of an amount's last written digit is what rounding may have left out") {
    CHECK(parse("196 tkr").reading.step == 1e3);
    CHECK(parse("2,48 mkr").reading.step == doctest::Approx(1e4));
    CHECK(parse("1 234,50 kr").reading.step == doctest::Approx(0.01));
    CHECK(parse("13 302 905 kr").reading.step == 1);
    CHECK(parse("553", {ColumnKind::Thousands}).reading.step == 1e3);
}

TEST_CASE("hostile and odd input never crashes") {
    const std::string long_digits(10000, '7');
    CHECK(parse(long_digits).status == Status::Rejected);
    CHECK(parse(std::string(5000, ' ') + "5").ok());
    CHECK(parse("\xff\xfe 12").status != Status::Number);
    CHECK(parse(std::string("1\0 2", 4)).status == Status::Rejected);
    CHECK(parse("\u0301" "5").status != Status::Number);
    std::string many;
    for (int i = 0; i < 2000; ++i) many += "1/";
    CHECK(parse(many).status == Status::Rejected);
}

TEST_CASE("long texts are refused without reading them through ICU") {
    std::string prose(5000, 'x');
    prose += " 13 302 905 kr";
    sk::num::Parsed p = sk::num::parse(prose);
    CHECK(p.status == sk::num::Status::Rejected);
    CHECK(p.reason == sk::num::Rejection::Words);
    std::string digits;
    for (int i = 0; i < 100; ++i) digits += "1 000 ";
    CHECK(sk::num::parse(digits).reason == sk::num::Rejection::Malformed);
}
