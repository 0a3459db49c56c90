// The fuzz targets' own entry points (fuzz/fuzz_entry.hpp) on the hand-made
// hostile files and on every input a fuzzer ever crashed on, kept in
// tests/data/fuzz-regressions/<target>/: a result or a ReadError, never a
// crash. The sanitizer build (scripts/test-sanitize) runs this under ASan and UBSan.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../../fuzz/fuzz_entry.hpp"

namespace fs = std::filesystem;

namespace {

// Feeds every file of `dir` (if it exists) to `entry`; returns how many.
std::size_t replay(const fs::path& dir, void (*entry)(std::string_view)) {
    std::size_t replayed = 0;
    if (!fs::is_directory(dir)) return replayed;
    for (const auto& file : fs::directory_iterator(dir)) {
        std::ifstream in(file.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        INFO(file.path().string());
        CHECK_NOTHROW(entry(bytes.str()));
        ++replayed;
    }
    return replayed;
}

const fs::path data = SUMMAKOLL_TEST_DATA;

}  // namespace

TEST_CASE("fuzz entry points: hostile files and fuzz regressions give a result or a ReadError") {
    CHECK(replay(data / "hostile", sk::fuzz::xlsx) > 10);
    CHECK(replay(data / "docx", sk::fuzz::docx) > 5);
    CHECK(replay(data / "csv", sk::fuzz::csv) > 5);
    CHECK(replay(data / "hostile", sk::fuzz::ods) > 10);  // every hostile file through the dispatch by content
    const fs::path regressions = data / "fuzz-regressions";
    using Entry = std::pair<const char*, void (*)(std::string_view)>;
    for (auto [target, entry] : {Entry{"xlsx", sk::fuzz::xlsx}, Entry{"docx", sk::fuzz::docx}, Entry{"ods", sk::fuzz::ods},
                                 Entry{"csv", sk::fuzz::csv},
                                 Entry{"number", sk::fuzz::number}, Entry{"formula", sk::fuzz::formula}})
        replay(regressions / target, entry);
}
