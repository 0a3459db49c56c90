// The reason a read refuses a file, for the reader tests; fails the test when
// the file reads without error.
#pragma once

#include <doctest/doctest.h>

#include <string>

#include "read/read_error.hpp"
#include "read/read_workbook.hpp"

inline sk::ReadErrorKind error_of(const std::string& path, const sk::ReadLimits& limits = {}) {
    try {
        sk::read_workbook(path, limits);
    } catch (const sk::ReadError& e) {
        return e.kind;
    }
    FAIL("read without error: " << path);
    return sk::ReadErrorKind::NotFound;
}
