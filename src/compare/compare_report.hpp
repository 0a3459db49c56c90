// A comparison in words (Swedish, or English with --lang en) and as JSON
// (the `comparison` section beside the check report's schema 1).
#pragma once

#include <ostream>
#include <string>

#include <nlohmann/json.hpp>

#include "compare/compare.hpp"
#include "base/lang.hpp"

namespace sk::compare {

// One difference as a sentence: "Östersund: 2 206 000 kr i A, 2 196 000 kr i B (skillnad −10 000 kr)".
std::string difference_message(const Difference& d, Lang lang);

// "Kommun!A2:D293".
std::string table_place(const KeyedTable& t);

void write_comparison_text(const Comparison& c, Lang lang, std::ostream& out);
nlohmann::json comparison_json(const Comparison& c, Lang lang);

}  // namespace sk::compare
