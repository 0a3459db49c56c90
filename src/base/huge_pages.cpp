#include "base/huge_pages.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

namespace sk::process {

namespace {

// Huge pages for the heap; big blocks (a sheet's XML, its cells) from the
// heap too, kept after free, so that the next big block reuses pages already
// touched instead of faulting in fresh ones.
constexpr const char* tunable =
    "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=4294967296";
// Each thread keeps its own heap. One heap for all (arena_max=1) peaked
// lower (`fix` of 1 M rows 2.7 GB against 2.9, `check` 5 % lower), but the
// two threads then waited on its lock wherever they allocate much, and
// work grew faster than the input (bench/scaling.py): 19 990 small tables
// on one sheet checked in 2.6 s instead of 1.0 and fixed in 4.7 s instead
// of 1.6, 200 000 distinct labels converted in 11 s instead of 7.

// Under valgrind /proc/self/exe is valgrind's tool, not this program; an
// ASan build does not allocate with glibc's malloc at all.
bool foreign_allocator() {
#if defined(__SANITIZE_ADDRESS__)
    return true;
#else
    const char* preload = std::getenv("LD_PRELOAD");
    return preload && std::strstr(preload, "vgpreload");
#endif
}

}  // namespace

void prefer_huge_pages(int argc, char** argv, bool (*big_input)(int argc, char** argv)) {
#ifdef __GLIBC__
    const char* found = std::getenv("GLIBC_TUNABLES");
    const std::optional<std::string> set = found ? std::optional<std::string>(found) : std::nullopt;
    if (set && set->find("glibc.malloc.hugetlb") != std::string::npos) return;  // done, or the user's own choice
    if (foreign_allocator() || !big_input(argc, argv)) return;
    const std::string value = set && !set->empty() ? *set + ":" + tunable : tunable;
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
    execv("/proc/self/exe", argv);
    // The exec failed: go on as we are.
    if (set) setenv("GLIBC_TUNABLES", set->c_str(), 1);
    else unsetenv("GLIBC_TUNABLES");
#else
    (void)argc, (void)argv, (void)big_input;
#endif
}

}  // namespace sk::process
