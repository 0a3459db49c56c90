// ISO 8601 dates in cells (<c t="d">, written by strict-mode producers) → Excel serials.
#pragma once

#include <optional>
#include <string_view>

namespace sk {

// "2021-01-01", "2021-01-01T10:10:10(.fff)(Z)", "10:10:10" → the Excel serial
// in the 1900 or 1904 date system; nullopt for anything else.
std::optional<double> iso_date_serial(std::string_view text, bool date1904);

}  // namespace sk
