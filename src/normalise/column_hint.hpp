// What a column header says about the numbers below it, for the table finder:
// "Belopp (tkr)" scales bare numbers ×1 000, "Kod" never holds amounts, ….
#pragma once

#include <string_view>
#include <vector>

#include "normalise/amount.hpp"

namespace sk::num {

// "Belopp (tkr)", "tkr", "Angivet i tusental kronor" → Thousands; "mkr" →
// Millions; "Kod", "Länskod", "Kommunkod" → Code; "År" → Year; "%", "Andel"
// → Percent; "Antal" → Count; "Summa", "Belopp", "Totalt belopp", "kr" →
// Amount; anything else Unknown. Case and spacing do not matter.
ColumnHint hint_from_header(std::string_view header);

// Which separator habit a column's texts show: "1.234.567" or "1.234,5" → DotGroups,
// "1,234,567" or "1,234.5" → CommaGroups, and "12,5" (a decimal comma) → DotGroups.
// Unknown when the texts show none, or both.
ColumnHint::Separator separator_from_texts(const std::vector<std::string_view>& texts);

}  // namespace sk::num
