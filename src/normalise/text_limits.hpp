// How long a text can be and still be worth reading as a number or a column
// header. No amount, percentage or composite a person types into one cell
// comes near this; longer texts are prose, and sending them through ICU costs
// time linear in megabytes of cell text for nothing.
#pragma once

#include <cstddef>

namespace sk::num {

inline constexpr std::size_t longest_number_text = 256;

}  // namespace sk::num
