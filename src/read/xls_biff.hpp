// The .xls bytes mended for FreeXL 1.0.6, which loses every sheet of a
// workbook with a chart drawn on a worksheet: the chart is a BIFF substream
// of its own (BOF … EOF) inside the sheet's, and FreeXL takes its EOF for the
// sheet's. LibreOffice and Excel write such charts wherever a sheet has one.
#pragma once

#include <string>
#include <vector>

namespace sk {

// In `bytes` (an OLE file), every record of a substream nested in a sheet's
// turned into a chart record FreeXL skips. Gives, for each sheet the
// workbook lists (BOUNDSHEET), whether it is a worksheet (not a chart sheet,
// macro sheet or VBA module); empty, with `bytes` untouched, when the file is
// not an OLE file with a Workbook stream it can follow (FreeXL then says why).
std::vector<bool> mend_for_freexl(std::string& bytes);

}  // namespace sk
