// A reading for people and for scripts: the words `summakoll parse` prints
// ("1 150 000 kr (1 150 tkr)") and the JSON object of DESIGN.md
// ({"input":…,"value":…,"unit":…,"approx":…,"ambiguous":…,"error":…}).
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "base/lang.hpp"
#include "normalise/amount.hpp"

namespace sk::num {

// A stable English key for a status ("number", "ambiguous", "composite", "rejected", "empty").
const char* status_code(Status s);

// "ca −2 700 000 kr (−2,7 mkr)", "12,7 %".
std::string describe_reading(const Reading& r);

// One line for a text that is not one number:
// "\"2024-03-27\" är inte ett belopp utan ett datum". Empty for a Number.
std::string explain_refusal(std::string_view input, const Parsed& p, Lang lang);

// The DESIGN.md object, then "status", "scale", "decimals", "text",
// "candidates", "parts" and "message" where they apply. Keys keep this order.
nlohmann::ordered_json parsed_json(std::string_view input, const Parsed& p, Lang lang);

}  // namespace sk::num
