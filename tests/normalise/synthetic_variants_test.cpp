// Every separator, sign, unit and scale on a set of amounts, with the expected
// value computed from the parts; and the fast path agreeing with the full one.
#include <cstdint>
#include <string>
#include <vector>

#include "normalise/fast_path.hpp"
#include "normalise/full_path.hpp"
#include "normalise_test_support.hpp"

using namespace sk::num;
using namespace sk::num::test;

namespace {

struct Variant {
    std::string text;
    double value;
    Unit unit;
};

const std::vector<std::uint64_t> amounts = {0, 7, 42, 500, 1234, 75568, 1000000, 13302905, 1527000000};
const std::vector<std::string> separators = {" ", "\u00A0", "\u202F", "\u2009"};
struct Sign {
    const char *before, *after;
    int factor;
};
const std::vector<Sign> signs = {{"", "", 1},         {"-", "", -1},      {"\u2212", "", -1},
                                 {"\u2013", "", -1},  {"+", "", 1},       {"(", ")", -1}};
struct Suffix {
    const char* text;
    Unit unit;
};
const std::vector<Suffix> kr_suffixes = {{"", Unit::None}, {" kr", Unit::Kr}, {"kr", Unit::Kr}, {" kronor", Unit::Kr},
                                         {" SEK", Unit::Kr}, {":-", Unit::Kr}};

std::vector<Variant> kronor_variants() {
    std::vector<Variant> out;
    for (std::uint64_t a : amounts)
        for (const std::string& sep : separators)
            for (const Sign& s : signs)
                for (const Suffix& u : kr_suffixes)
                    out.push_back({std::string(s.before) + grouped(a, sep) + u.text + s.after,
                                   static_cast<double>(s.factor) * static_cast<double>(a), u.unit});
    return out;
}

// "2,5 mkr" and the like: whole and decimal parts times each scale word.
std::vector<Variant> scale_variants() {
    struct Scale {
        const char* word;
        double factor;
    };
    const std::vector<Scale> scales = {{"tkr", 1e3},       {" tkr", 1e3},          {" mkr", 1e6},
                                       {"mkr", 1e6},       {" Mkr", 1e6},          {" mnkr", 1e6},
                                       {" miljoner", 1e6}, {" miljoner kronor", 1e6}, {" miljarder", 1e9},
                                       {" miljarder kronor", 1e9}};
    std::vector<Variant> out;
    for (const Scale& s : scales)
        for (auto [text, v] : std::vector<std::pair<const char*, double>>{{"1", 1}, {"2,5", 2.5}, {"14,1", 14.1},
                                                                         {"1 150", 1150}, {"0,75", 0.75}, {"2,48", 2.48}})
            for (const Sign& sign : {signs[0], signs[1], signs[2]})
                out.push_back({std::string(sign.before) + text + s.word, sign.factor * v * s.factor, Unit::Kr});
    return out;
}

std::vector<Variant> percent_variants() {
    std::vector<Variant> out;
    for (auto [text, v] : std::vector<std::pair<const char*, double>>{
             {"0", 0}, {"5", 5}, {"12,7", 12.7}, {"100,0", 100}, {"90,99", 90.99}, {"0,3", 0.3}, {"19.7", 19.7}})
        for (const char* pct : {"%", " %", "\u00A0%", " procent"})
            for (const Sign& sign : {signs[0], signs[2], signs[5]})
                out.push_back({std::string(sign.before) + text + pct + sign.after, sign.factor * v / 100, Unit::Percent});
    return out;
}

void check_variants(const std::vector<Variant>& variants) {
    for (const Variant& v : variants) {
        CAPTURE(v.text);
        const Parsed p = parse(v.text);
        REQUIRE(p.ok());
        CHECK(same_value(p.reading.value, v.value));
        CHECK(p.reading.unit == v.unit);
    }
}

bool same(const Parsed& a, const Parsed& b) {
    return a.status == b.status && a.reading.value == b.reading.value && a.reading.unit == b.reading.unit &&
           a.reading.scale == b.reading.scale && a.reading.decimals == b.reading.decimals &&
           a.reading.approx == b.reading.approx && a.reason == b.reason;
}

}  // namespace

TEST_CASE("kronor with every separator, sign and unit") {
    const auto v = kronor_variants();
    check_variants(v);
    MESSAGE(v.size() << " kronor variants");
}

TEST_CASE("scale words with whole and decimal numbers") {
    const auto v = scale_variants();
    check_variants(v);
    MESSAGE(v.size() << " scale variants");
}

TEST_CASE("percentages with every spacing and sign") {
    const auto v = percent_variants();
    check_variants(v);
    MESSAGE(v.size() << " percent variants");
}

TEST_CASE("the fast path and the ICU path agree") {
    std::vector<std::string> texts;
    for (const auto& list : {kronor_variants(), scale_variants(), percent_variants()})
        for (const Variant& v : list) texts.push_back(v.text);
    for (const char* t : {"0114", "1,234", "1,5", "0,125", "2022 725 000", "1 23", "-", "", "1 000 000,00 kr",
                          "123456789012345678", "1234567890123456789", "0 000", "12,345", "-0", "1 000kr", "5 kr "})
        texts.emplace_back(t);
    const std::vector<ColumnHint> hints = {{}, {ColumnKind::Thousands}, {ColumnKind::Amount}, {ColumnKind::Code},
                                           {ColumnKind::Percent}};
    int fast = 0;
    for (const std::string& t : texts)
        for (const ColumnHint& h : hints) {
            CAPTURE(t);
            const auto f = parse_fast(t, h);
            if (!f) continue;
            ++fast;
            CHECK(same(*f, parse_full(t, h)));
        }
    CHECK(fast > 500);
    MESSAGE(fast << " texts read by both paths");
}
