// Two pieces of work that share nothing they change, on both cores of the
// machine when there is enough to do. Used where one big sheet is the whole
// job (the table finder, the checks), so that the second core is not idle.
#pragma once

#include <cstddef>
#include <functional>

namespace sk::process {

// A sheet of this many cells is worth a second thread (the table finder,
// the checks); smaller ones are done before a thread would have started.
inline constexpr std::size_t two_threads_from_cells = 100000;

// Runs `first` on this thread and `second` on another when `parallel` (and
// the machine has a second core), else both here, `first` first. Returns
// when both have finished; then rethrows what the first of them to fail threw.
void run_both(bool parallel, const std::function<void()>& first, const std::function<void()>& second);

}  // namespace sk::process
