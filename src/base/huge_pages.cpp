#include "base/huge_pages.hpp"

#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <system_error>

namespace sk::process {

namespace {

// Huge pages for the heap; big blocks (a sheet's XML, its cells) from the
// heap too, kept after free, so that the next big block reuses pages already
// touched instead of faulting in fresh ones.
constexpr const char* tunable =
    "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=1073741824:glibc.malloc.trim_threshold=4294967296";
// `fix` of one big file: one heap for all threads as well (a second
// thread's own heap gets no huge pages, and what one heap freed the other
// cannot reuse): `fix` of 1 M rows peaks 420 MB lower (2.8 GB against 3.2),
// having the most at once. Not for the other commands: their two threads
// then wait on the heap's lock wherever they allocate much (19 990 small
// tables on one sheet: `check` 2.6 s against 1.0 s with a heap each; 200 000
// distinct labels: `convert` 11 s against 7 s, faster than linear in
// bench/scaling.py). Nor for a batch: its workers, one file each, would all
// wait on the one heap's lock.
constexpr const char* one_heap = ":glibc.malloc.arena_max=1";

enum class Input { Small, LargeFiles, Folder };

Input input_kind(int argc, char** argv) {
    std::uintmax_t total = 0;
    for (int i = 1; i < argc; ++i) {
        std::error_code ec;
        const std::filesystem::path p(argv[i]);
        if (std::filesystem::is_directory(p, ec)) return Input::Folder;  // a batch
        if (std::filesystem::is_regular_file(p, ec)) {
            const std::uintmax_t size = std::filesystem::file_size(p, ec);
            if (!ec) total += size;
        }
    }
    return total >= huge_pages_from_bytes ? Input::LargeFiles : Input::Small;
}

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

void prefer_huge_pages(int argc, char** argv, bool one_heap_for_one_file) {
#ifdef __GLIBC__
    const char* found = std::getenv("GLIBC_TUNABLES");
    const std::optional<std::string> set = found ? std::optional<std::string>(found) : std::nullopt;
    if (set && set->find("glibc.malloc.hugetlb") != std::string::npos) return;  // done, or the user's own choice
    const Input input = input_kind(argc, argv);
    if (foreign_allocator() || input == Input::Small) return;
    const std::string ours = std::string(tunable) + (input == Input::LargeFiles && one_heap_for_one_file ? one_heap : "");
    const std::string value = set && !set->empty() ? *set + ":" + ours : ours;
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) != 0) return;
    execv("/proc/self/exe", argv);
    // The exec failed: go on as we are.
    if (set) setenv("GLIBC_TUNABLES", set->c_str(), 1);
    else unsetenv("GLIBC_TUNABLES");
#else
    (void)argc, (void)argv, (void)one_heap_for_one_file;
#endif
}

}  // namespace sk::process
