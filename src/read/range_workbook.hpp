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
//
// The JSON text is read as a stream straight into cells (no tree of it is
// built: that took 30–50 times the body), so what a request costs is its
// cells, and those are capped.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string_view>

#include "base/lang.hpp"
#include "grid/grid.hpp"

namespace sk {

// Cells (with content) one request may hold: 4 million cells take about 200 MB.
inline constexpr std::uint64_t max_range_cells = 4'000'000;

// A request that cannot be read; the message is one line in `lang`.
struct BadRange : std::runtime_error {
    enum class Kind : std::uint8_t {
        Json,         // not JSON, or nested deeper than a range is
        Shape,        // JSON, but not the shape above
        TooManyCells  // over max_range_cells
    };
    BadRange(Kind k, const std::string& message) : std::runtime_error(message), kind(k) {}
    Kind kind;
};

Workbook workbook_from_range(std::string_view json_text, Lang lang);

}  // namespace sk
