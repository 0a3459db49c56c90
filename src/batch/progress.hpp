// What a batch shows while it runs: on a terminal one line on stderr that
// keeps updating (count/total, percent, the file just done); otherwise one
// plain line per file, for logs.
#pragma once

#include <cstddef>
#include <ostream>

#include "batch/batch.hpp"

namespace sk::batch {

class Progress {
public:
    Progress(std::ostream& out, bool terminal, Lang lang) : out_(out), terminal_(terminal), lang_(lang) {}
    void file_done(std::size_t done, std::size_t total, const BatchItem& item);
    // Ends the updating line.
    void finish();

private:
    std::ostream& out_;
    bool terminal_;
    Lang lang_;
    bool drawn_ = false;
};

}  // namespace sk::batch
