#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "compare/name_key.hpp"

using sk::compare::area_code;
using sk::compare::name_keys;
using sk::compare::same_name;

namespace {

// Column `col` (0-based after the row kind) of the `row` lines of a sample
// source: the names exactly as seed 001's tables print them.
std::vector<std::string> sample_names(const char* file, std::size_t col) {
    std::ifstream in(std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/src/" + file);
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        std::vector<std::string> cells;
        std::stringstream ss(line);
        for (std::string c; std::getline(ss, c, '\t');) cells.push_back(c);
        if (cells.size() > col + 1 && cells[0] == "row") out.push_back(cells[col + 1]);
    }
    return out;
}

bool share_key(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    for (const std::string& k : a)
        if (std::find(b.begin(), b.end(), k) != b.end()) return true;
    return false;
}

// "Ale" → "Ale kommun" and "Ales kommun": both ways a kommun's own name is written
// (Malung-Sälens kommun, Bergs kommun; Ale kommun, Västerås stad).
std::vector<std::string> kommun_forms(const std::string& name) {
    return {name + " kommun", name + "s kommun", name + " stad", name + "s stad"};
}

}  // namespace

TEST_CASE("all 290 kommuner of the 2024 table: matched in their usual forms, never with each other") {
    const std::vector<std::string> kommuner = sample_names("2024-kommuner.tsv", 1);
    REQUIRE(kommuner.size() == 290);
    std::vector<std::vector<std::string>> keys;
    for (const std::string& k : kommuner) {
        for (const std::string& form : kommun_forms(k)) CHECK_MESSAGE(same_name(k, form), k << " ↔ " << form);
        std::string upper;
        for (char c : k) upper += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
        CHECK_MESSAGE(same_name(k, upper), k);
        CHECK_MESSAGE(same_name(k, "  " + k + " "), k);
        std::vector<std::string> all;
        for (const std::string& form : kommun_forms(k))
            for (std::string& key : name_keys(form)) all.push_back(std::move(key));
        keys.push_back(std::move(all));
    }
    for (std::size_t i = 0; i < kommuner.size(); ++i)
        for (std::size_t j = i + 1; j < kommuner.size(); ++j)
            CHECK_MESSAGE(!share_key(keys[i], keys[j]), kommuner[i] << " ↔ " << kommuner[j]);
}

TEST_CASE("the exceptions among the kommun names") {
    CHECK(same_name("Malung-Sälen", "Malung-Sälens kommun"));
    CHECK(same_name("Malung-Sälen", "Malung Sälen"));
    CHECK(same_name("Upplands-Bro", "Upplands–Bro kommun"));
    CHECK(same_name("Falun", "Falu kommun"));
    CHECK(same_name("Göteborg", "Göteborgs Stad"));
    CHECK(same_name("Gotland", "Region Gotland"));
}

TEST_CASE("all 21 regions and län of the 2024 table: seed name, län, region and code-free variants") {
    const std::vector<std::string> seed = sample_names("2024-regioner.tsv", 1);
    REQUIRE(seed.size() == 21);
    CHECK(seed == sample_names("2024-lansgemensamma.tsv", 1));
    // In the seed's order (länskod 01 … 25).
    const std::vector<std::string> lan = {
        "Stockholms län",     "Uppsala län",     "Södermanlands län",   "Östergötlands län", "Jönköpings län",
        "Kronobergs län",     "Kalmar län",      "Gotlands län",        "Blekinge län",      "Skåne län",
        "Hallands län",       "Västra Götalands län", "Värmlands län",  "Örebro län",        "Västmanlands län",
        "Dalarnas län",       "Gävleborgs län",  "Västernorrlands län", "Jämtlands län",     "Västerbottens län",
        "Norrbottens län"};
    const std::vector<std::string> region = {
        "Region Stockholm",     "Region Uppsala",        "Region Sörmland",     "Region Östergötland",
        "Region Jönköpings län", "Region Kronoberg",     "Region Kalmar län",   "Region Gotland",
        "Region Blekinge",      "Region Skåne",          "Region Halland",      "Västra Götalandsregionen",
        "Region Värmland",      "Region Örebro län",     "Region Västmanland",  "Region Dalarna",
        "Region Gävleborg",     "Region Västernorrland", "Region Jämtland Härjedalen", "Region Västerbotten",
        "Region Norrbotten"};
    std::vector<std::vector<std::string>> keys;
    for (std::size_t i = 0; i < seed.size(); ++i) {
        CHECK_MESSAGE(same_name(seed[i], lan[i]), seed[i] << " ↔ " << lan[i]);
        CHECK_MESSAGE(same_name(seed[i], region[i]), seed[i] << " ↔ " << region[i]);
        CHECK_MESSAGE(same_name(lan[i], region[i]), lan[i] << " ↔ " << region[i]);
        std::vector<std::string> all;
        for (const std::string& form : {seed[i], lan[i], region[i]})
            for (std::string& key : name_keys(form)) all.push_back(std::move(key));
        keys.push_back(std::move(all));
    }
    for (std::size_t i = 0; i < seed.size(); ++i)
        for (std::size_t j = i + 1; j < seed.size(); ++j)
            CHECK_MESSAGE(!share_key(keys[i], keys[j]), seed[i] << " ↔ " << seed[j]);
    CHECK(same_name("Region Jämtland Härjedalen", "Jämtland Härjedalen"));
    CHECK(same_name("Jämtland Härjedalen", "Jämtlands län"));
}

TEST_CASE("names that must not match") {
    CHECK_FALSE(same_name("Region Gävleborg", "Gävle"));
    CHECK_FALSE(same_name("Gävleborgs län", "Gävle kommun"));
    CHECK_FALSE(same_name("Region Jämtland Härjedalen", "Härjedalen"));
    CHECK_FALSE(same_name("Region Jämtland Härjedalen", "Kommunförbundet Jämtland Härjedalen"));
    CHECK_FALSE(same_name("Region Jämtland Härjedalen", "Region Jämtland Härjedalen Folkhälsoenheten"));
    CHECK_FALSE(same_name("Västerås", "Västervik"));
    CHECK_FALSE(same_name("Åre", "Are"));
    CHECK_FALSE(same_name("Totalt län", "Totalt"));
    CHECK_FALSE(same_name("Totalt kommuner", "Totalt"));
    CHECK_FALSE(same_name("Upplands Väsby", "Upplands-Bro"));
    CHECK_FALSE(same_name("", ""));
}

TEST_CASE("actors and labels: case, spaces and accents outside the Swedish alphabet fold") {
    CHECK(same_name("Kommunförbundet Jämtland Härjedalen", "KOMMUNFÖRBUNDET  JÄMTLAND HÄRJEDALEN"));
    CHECK(same_name("Totalt:", "totalt"));
    CHECK(same_name("Café Fontänhuset", "Cafe Fontänhuset"));
    CHECK(same_name("Fontänhus Jämtland Härjedalen", "Fontänhus Jämtland\xC2\xA0Härjedalen"));
}

TEST_CASE("area codes") {
    CHECK(area_code("0114") == "0114");
    CHECK(area_code(" 01 ") == "01");
    CHECK_FALSE(area_code("114"));
    CHECK_FALSE(area_code("2024-03-27"));
    CHECK_FALSE(area_code("01a"));
    CHECK_FALSE(area_code(""));
}
