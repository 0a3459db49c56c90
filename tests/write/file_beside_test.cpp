// FileBeside: the file is written under a hidden ".summakoll-" name in the
// target's folder (the name README promises for what a hard kill may leave),
// and reaches the target's name only when committed.
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "write/file_beside.hpp"

using namespace sk;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) names.push_back(entry.path().filename().string());
    return names;
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "sk-beside-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

}  // namespace

TEST_CASE("a file beside its target has a .summakoll- name until committed") {
    TempDir dir;
    const std::string target = (dir.path / "budget 2026.xlsx").string();
    {
        FileBeside file(target);
        REQUIRE(::write(file.fd(), "abc", 3) == 3);
        const std::vector<std::string> during = names_in(dir.path);
        REQUIRE(during.size() == 1);
        CHECK(during[0].rfind(".summakoll-", 0) == 0);
        CHECK(!fs::exists(target));
        file.commit();
    }
    CHECK(names_in(dir.path) == std::vector<std::string>{"budget 2026.xlsx"});
    std::ifstream in(target, std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "abc");
}

TEST_CASE("a file beside its target that is not committed is removed and the target is untouched") {
    TempDir dir;
    const std::string target = (dir.path / "a.xlsx").string();
    std::ofstream(target) << "original";
    { FileBeside file(target); }
    CHECK(names_in(dir.path) == std::vector<std::string>{"a.xlsx"});
    std::ifstream in(target, std::ios::binary);
    CHECK(std::string(std::istreambuf_iterator<char>(in), {}) == "original");
}

TEST_CASE("temporary names beside a target differ and keep the asked suffix") {
    const std::string a = temporary_name_beside("dir/x.xlsx", ".xlsx");
    const std::string b = temporary_name_beside("dir/x.xlsx", ".xlsx");
    CHECK(a != b);
    CHECK(a.rfind("dir/.summakoll-", 0) == 0);
    CHECK(a.substr(a.size() - 5) == ".xlsx");
    CHECK(temporary_name_beside("x.xlsx").rfind(".summakoll-", 0) == 0);
}
