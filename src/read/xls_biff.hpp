// The .xls bytes mended for FreeXL 1.0.6, which loses every sheet of a
// workbook with a chart drawn on a worksheet: the chart is a BIFF substream
// of its own (BOF … EOF) inside the sheet's, and FreeXL takes its EOF for the
// sheet's. LibreOffice and Excel write such charts wherever a sheet has one.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "grid/grid.hpp"

namespace sk {

// In `bytes` (an OLE file), every record of a substream nested in a sheet's
// turned into a chart record FreeXL skips. Gives, for each sheet the
// workbook lists (BOUNDSHEET), whether it is a worksheet (not a chart sheet,
// macro sheet or VBA module); empty, with `bytes` untouched, when the file is
// not an OLE file with a Workbook stream it can follow (FreeXL then says why).
std::vector<bool> mend_for_freexl(std::string& bytes);

// A cell FreeXL does not give as it is: a formula's saved result (a number,
// a text, true or false, an error), which FreeXL leaves out, and a BOOLERR
// cell's true or false or error, which FreeXL gives as the number 1 or 0 or
// the error's code.
struct BiffCell {
    std::size_t sheet = 0;  // among the workbook's sheets, as BOUNDSHEET lists them
    std::uint16_t row = 0, col = 0;
    Cell cell;              // type, number, boolean and text as the xlsx reader gives them
};

// The workbook's formula results and BOOLERR cells, in the order they are
// stored; none when the file is not an OLE file with a Workbook stream.
std::vector<BiffCell> biff_cells(const std::string& bytes);

}  // namespace sk
