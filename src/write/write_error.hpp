// Why a workbook could not be written. The writer throws WriteError before
// anything reaches the target path, so a failed write never leaves a
// half-written file; the programs turn it into one line and exit code 2.
#pragma once

#include <stdexcept>
#include <string>

#include "base/lang.hpp"
#include "write/new_workbook.hpp"

namespace sk {

enum class WriteErrorKind {
    BadSheetName,   // detail: the name; `problem` says what is wrong
    DuplicateCell,  // two values for one address; detail: "Blad!B3"
    BadCell,        // an address outside Excel's grid, or NaN/infinity; detail: "Blad!B3"
    TextTooLong,    // over Excel's 32 767 characters in one cell; detail: "Blad!B3"
    BadStyle,       // a StyleId with no style, or a bad range; detail: "Blad!B3"
    NoSheets,       // a workbook needs at least one sheet
    Io,             // the file could not be created, written or renamed; detail: the reason
};

struct WriteError : std::runtime_error {
    WriteErrorKind kind;
    std::string detail;
    SheetNameProblem problem = SheetNameProblem::None;
    int system_error = 0;  // Io: the errno behind it, when known (ENOSPC says the disk is full)
    WriteError(WriteErrorKind k, std::string d, SheetNameProblem p = SheetNameProblem::None)
        : std::runtime_error(d), kind(k), detail(std::move(d)), problem(p) {}
    WriteError(std::string d, int errno_value)
        : std::runtime_error(d), kind(WriteErrorKind::Io), detail(std::move(d)), system_error(errno_value) {}
};

// The reason an errno gives, in the chosen language where it matters most:
// "disken är full" for ENOSPC and EDQUOT, a missing folder, no permission;
// else the system's own text.
std::string system_reason(int errno_value, Lang lang);

// One line for the user: "ut.xlsx: <reason>" in the chosen language.
std::string describe(const WriteError& e, const std::string& path, Lang lang);

}  // namespace sk
