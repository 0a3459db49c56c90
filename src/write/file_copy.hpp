// Writing and copying a file's bytes with the reason of a failure kept:
// std::filesystem's copy_file reports a full disk as "Input/output error"
// once its fast path stops part way.
#pragma once

#include <string>
#include <string_view>

namespace sk {

// Writes all of `bytes` to the open file `fd`, again where a write was cut
// short or interrupted; the errno of the first failure (ENOSPC for a write
// that took nothing), or 0.
int write_all(int fd, std::string_view bytes);

// Copies everything from the open file `in` to the open file `out`; the
// errno of the first failure, or 0.
int copy_contents(int in, int out);

// Copies `from` over the existing file `to`; the errno of the first failure, or 0.
int copy_file_over(const std::string& from, const std::string& to);

}  // namespace sk
