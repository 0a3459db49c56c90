// libFuzzer target: see fuzz_entry.hpp for what one input goes through.
#include <cstddef>
#include <cstdint>

#include "fuzz_entry.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sk::fuzz::formula(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}
