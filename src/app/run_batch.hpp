// `summakoll batch DIR -o OUTDIR`: every table file below a folder checked
// and converted, in parallel, one bad file never stopping the rest.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "batch/batch.hpp"

namespace sk::batch {

struct BatchOptions {
    bool force = false;     // convert again even when the output is newer than the input
    unsigned jobs = 0;      // worker threads; 0 = one per core
    Lang lang = Lang::Sv;
};

// Called after each file (from the worker threads, one at a time).
using OnFileDone = std::function<void(std::size_t done, std::size_t total, const BatchItem& item)>;

// Checks and converts every input, writing OUTDIR/<output>; never writes
// over an input. The items are in the order of find_inputs.
std::vector<BatchItem> run_batch(const std::string& dir, const std::string& outdir, const BatchOptions& options,
                                 const OnFileDone& on_done);

}  // namespace sk::batch
