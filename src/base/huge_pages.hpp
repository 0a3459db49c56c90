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

// Inputs whose readers parse at least this much (sheet XML, CSV) are worth
// the restart, which costs about 10 ms: a workbook of 10 000 rows (3 MB of
// sheet XML) checks in 0.09 s with it and 0.13 s without, one of 100 KB
// in 0.04 s with it and 0.02 s without.
inline constexpr std::uintmax_t huge_pages_from_bytes = 3u << 19;  // 1.5 MB

// Restarts the program (same arguments, same pid) with huge pages for its
// heap when `big_input(argc, argv)` says its inputs are big (asked only when
// a restart is possible and not yet done). Returns normally when no restart
// is needed, already done, or not possible. (Not for the server: a heap that
// keeps what it grew to would keep a long-running process at its largest
// request.)
void prefer_huge_pages(int argc, char** argv, bool (*big_input)(int argc, char** argv));

}  // namespace sk::process
