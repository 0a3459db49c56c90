// Why a workbook that could be checked cannot be corrected: `fix` edits parts
// of the package that `check` only reads past (the sheet list's ids, the
// relationships of notes and drawings, the styles). FixError is thrown before
// anything reaches the output; the programs turn it into one line naming the
// file, the part and what is wrong, and exit code 2. Bugs stay std::logic_error.
#pragma once

#include <stdexcept>
#include <string>

#include "base/lang.hpp"

namespace sk::fix {

enum class FixErrorKind {
    BadSheetId,     // a <sheet> of the workbook part whose sheetId is not a whole number; detail: the value
    MissingTarget,  // a relationship whose target is not in the package; detail: the target
    BrokenStyles,   // the styles part does not parse, or has no cellXfs or fills; detail: which
    BrokenSheet,    // a sheet's XML that cannot be edited (malformed, a bad row or cell address); detail: the sheet
};

struct FixError : std::runtime_error {
    FixErrorKind kind;
    std::string part;    // the package part concerned ("xl/workbook.xml")
    std::string detail;  // what in it, as above; may be empty
    FixError(FixErrorKind k, std::string p, std::string d = {})
        : std::runtime_error(p + ": " + d), kind(k), part(std::move(p)), detail(std::move(d)) {}
};

// One line for the user: "fil.xlsx: <part>: <reason> (<detail>)" in the chosen language.
std::string describe(const FixError& e, const std::string& path, Lang lang);

}  // namespace sk::fix
