#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "normalise/collate.hpp"
#include "normalise/column_hint.hpp"

using namespace sk::num;

TEST_CASE("column headers give hints") {
    const std::vector<std::pair<const char*, ColumnKind>> headers = {
        {"Belopp (tkr)", ColumnKind::Thousands},     {"tkr", ColumnKind::Thousands},
        {"Angivet i tusental kronor", ColumnKind::Thousands}, {"Belopp (TKR)", ColumnKind::Thousands},
        {"Belopp (mnkr)", ColumnKind::Millions},     {"Kod", ColumnKind::Code},
        {"Länskod", ColumnKind::Code},               {"Kommunkod", ColumnKind::Code},
        {"LÄNSKOD", ColumnKind::Code},               {"År", ColumnKind::Year},
        {"Ålder", ColumnKind::Code},                 {"Åldersgrupp", ColumnKind::Code},
        {" år ", ColumnKind::Year},                  {"Summa", ColumnKind::Amount},
        {"Belopp", ColumnKind::Amount},              {"Totalt belopp", ColumnKind::Amount},
        {"kr", ColumnKind::Amount},                  {"%", ColumnKind::Percent},
        {"Andel", ColumnKind::Percent},              {"% av antal personer", ColumnKind::Percent},
        {"Antal", ColumnKind::Count},                {"Totalt antal kontakter", ColumnKind::Count},
        {"Antal 13-22 år", ColumnKind::Count},       {"Kommun", ColumnKind::Unknown},
        {"Region", ColumnKind::Unknown},             {"", ColumnKind::Unknown},
        {"Kr per invånare", ColumnKind::Rate},       {"Tkr per invånare", ColumnKind::Rate},
        {"Belopp per elev", ColumnKind::Rate},       {"Genomsnitt", ColumnKind::Rate},
        {"Belopp per kommun", ColumnKind::Amount},   {"Totalt antal besök/ personer", ColumnKind::Count},
        {"Förändring %", ColumnKind::Percent},
    };
    for (auto [header, kind] : headers) {
        const std::string text = header;
        CAPTURE(text);
        CHECK(hint_from_header(header).kind == kind);
    }
}

TEST_CASE("a column's texts tell its separator habit") {
    using S = ColumnHint::Separator;
    CHECK(separator_from_texts({"1.234.567", "1.000"}) == S::DotGroups);
    CHECK(separator_from_texts({"12,5", "1.000"}) == S::DotGroups);
    CHECK(separator_from_texts({"1,234,567", "1,000"}) == S::CommaGroups);
    CHECK(separator_from_texts({"1.5", "1,000"}) == S::CommaGroups);
    CHECK(separator_from_texts({"1 000", "1.000"}) == S::Unknown);
    CHECK(separator_from_texts({"12,5", "1.5"}) == S::Unknown);
}

TEST_CASE("Swedish order puts å, ä, ö after z") {
    std::vector<std::string> names = {"Östersund", "Åre", "Ängelholm", "Zinkgruvan", "Berg", "Arvika"};
    sort_sv(names);
    CHECK(names == std::vector<std::string>{"Arvika", "Berg", "Zinkgruvan", "Åre", "Ängelholm", "Östersund"});
    CHECK(compare_sv("Åre", "Zinkgruvan") > 0);
    CHECK(compare_sv("berg", "Berg") != 0);
    CHECK(compare_sv("Åre", "Åre") == 0);
}
