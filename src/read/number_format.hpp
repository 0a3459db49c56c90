// Excel number formats: the built-in codes by id, and whether a code shows a date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sk {

// The code of a built-in format id ("0.00%" for 10), or "" when the id has no
// fixed code (locale-dependent ids 27–36 and 50–58 give "").
std::string builtin_number_format(std::uint32_t id);

// True for built-in date ids (14–22, 27–36, 45–47, 50–58) and for codes whose
// first section has day, month, year, hour or second tokens outside quotes,
// escapes and brackets ("[h]:mm" counts, "[Red]" and "[$-41D]" do not).
bool is_date_format(std::uint32_t id, std::string_view code);

}  // namespace sk
