// Swedish alphabetical order for names in reports: å, ä, ö after z
// ("Ånge" after "Zinkgruvan"), by ICU's sv collator.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sk::num {

// <0, 0, >0 like strcmp, in Swedish order.
int compare_sv(std::string_view a, std::string_view b);
void sort_sv(std::vector<std::string>& names);

// A key equal for names Swedish collation sees as the same at primary
// strength, spaces and punctuation ignored: "ÖREBRO" = "Örebro", "é" = "e",
// "Malung-Sälen" = "Malung Sälen", while "Åre" ≠ "Are" (å, ä, ö are letters).
std::string primary_key(std::string_view name);

}  // namespace sk::num
