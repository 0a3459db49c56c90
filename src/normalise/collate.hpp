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

}  // namespace sk::num
