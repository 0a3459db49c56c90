// A failed libzip call as a WriteError, keeping the system's errno when
// libzip has one: a full disk must say so, not "Write error".
#pragma once

#include <zip.h>

#include "write/write_error.hpp"

namespace sk {

WriteError zip_failure(zip_error_t* error);
WriteError zip_failure(zip_t* archive);

}  // namespace sk
