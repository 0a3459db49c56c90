// Big workbooks make summakoll touch a few hundred MB of fresh memory, and on
// virtual machines each first touch of a 4 KB page is an expensive fault
// (measured: 60 000 faults, half of `check`'s time on a 100 000-row file).
// glibc backs its heap with 2 MB transparent huge pages when the tunable
// glibc.malloc.hugetlb=1 is set (and can keep big freed blocks for reuse),
// but reads its tunables only at start-up; so a process about to read large
// files restarts itself once with them set.
#pragma once

#include <cstdint>

namespace sk::process {

// Inputs at least this large (all file arguments together) are worth the restart.
inline constexpr std::uintmax_t huge_pages_from_bytes = 1u << 20;

// Restarts the program (same arguments, same pid) with huge pages for its
// heap when `argv` names files of at least huge_pages_from_bytes or a
// directory. Returns normally when no restart is needed, already done, or
// not possible. (Not for the server: a heap that keeps what it grew to
// would keep a long-running process at its largest request.)
void prefer_huge_pages(int argc, char** argv);

}  // namespace sk::process
