// Copying a file's bytes with the reason of a failure kept: std::filesystem's
// copy_file reports a full disk as "Input/output error" once its fast path
// stops part way.
#pragma once

#include <string>

namespace sk {

// Copies everything from the open file `in` to the open file `out`; the
// errno of the first failure, or 0.
int copy_contents(int in, int out);

// Copies `from` over the existing file `to`; the errno of the first failure, or 0.
int copy_file_over(const std::string& from, const std::string& to);

}  // namespace sk
