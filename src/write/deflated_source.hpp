// Hands libzip a part that is deflated already, so that it copies the bytes
// into the archive instead of deflating the part itself.
#pragma once

#include <zip.h>

#include "write/parallel_deflate.hpp"

namespace sk {

// A source whose stat names deflate as its compression method, with the
// sizes and the CRC. Add it with zip_file_add and no zip_set_file_compression:
// libzip then sees the entry's method (default) take the source's, and copies.
// `part` must outlive zip_close. Returns nullptr (error in `archive`) on failure.
zip_source_t* deflated_source(zip_t* archive, const DeflatedPart& part);

}  // namespace sk
