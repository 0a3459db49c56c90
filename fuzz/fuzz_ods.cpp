// libFuzzer target: see fuzz_entry.hpp for what one input goes through and
// zip_mutator.hpp for how inputs are mutated.
#include <cstddef>
#include <cstdint>

#include "fuzz_entry.hpp"
#include "zip_mutator.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    sk::fuzz::ods(std::string_view(reinterpret_cast<const char*>(data), size));
    return 0;
}

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned seed) {
    return sk::fuzz::mutate_zip(data, size, max_size, seed);
}
