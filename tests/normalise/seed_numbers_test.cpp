// Every number string in the seed documents, read as extract_seed_numbers.py
// says a Swedish reader reads it.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "normalise_test_support.hpp"

using namespace sk::num;
using namespace sk::num::test;

namespace {

std::vector<std::vector<std::string>> seed_rows() {
    std::ifstream in(SUMMAKOLL_SOURCE_DIR "/tests/normalise/seed_numbers.tsv");
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> cols;
        std::stringstream ss(line);
        std::string col;
        while (std::getline(ss, col, '\t')) cols.push_back(col);
        cols.resize(5);
        rows.push_back(cols);
    }
    return rows;
}

}  // namespace

TEST_CASE("every number string of the seeds reads as expected") {
    const auto rows = seed_rows();
    REQUIRE(rows.size() > 1000);
    for (const auto& row : rows) {
        const std::string& input = row[0];
        CAPTURE(input);
        const Parsed p = parse(input);
        CHECK(std::string(status_code(p.status)) == row[1]);
        if (row[1] == "number" && p.ok()) {
            CHECK(same_value(p.reading.value, std::stod(row[2])));
            CHECK(std::string(unit_name(p.reading.unit)) == row[3]);
            CHECK(p.reading.approx == (row[4] == "approx"));
        }
        if (row[1] == "rejected") CHECK(std::string(rejection_code(p.reason)) == row[4]);
        if (row[1] == "ambiguous") CHECK(p.candidates.size() == 2);
        if (row[1] == "composite") CHECK(p.parts.size() >= 2);
    }
}
