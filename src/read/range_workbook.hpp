// POST /api/check-range's input: a sheet as Office.js gives it (Range.values,
// .formulas, .numberFormat, optionally .valueTypes, as 2-D arrays from a
// top-left address) turned into a one-sheet Workbook the checker reads like a
// file. The add-in reads big sheets in chunks: each chunk can be sent as one
// of several "blocks" of the same request.
//
// {"sheet":"Blad1","address":"Blad1!B2:F30","values":[[…]],"formulas":[[…]],"numberFormat":[[…]]}
// {"sheet":"Blad1","blocks":[{"address":"A1","values":…},{"address":"A5001","values":…}]}
//
// Formulas that read other sheets ("='Per kommun'!J10") can only be
// recomputed when those sheets come too: "referencedSheets" is a list of
// sheets in the same shape. The first sheet of the Workbook is the requested one.
#pragma once

#include <stdexcept>

#include <nlohmann/json.hpp>

#include "base/lang.hpp"
#include "grid/grid.hpp"

namespace sk {

// A request that is not the shape above; the message is one line in `lang`.
struct BadRange : std::runtime_error {
    using std::runtime_error::runtime_error;
};

Workbook workbook_from_range(const nlohmann::json& request, Lang lang);

}  // namespace sk
