// Reads a run of <row> elements (see sheet_rows_split.hpp) straight from the
// text, without building a DOM: the shape nearly every producer writes
// (<row r><c r s t><f …>…</f><v>…</v></c></row>). Anything else — inline
// strings, other child elements, '\r', unknown entities, markup that is not
// well formed — makes it give up, and the caller parses the run with
// pugixml, which reads every shape and reports every error.
#pragma once

#include <string_view>
#include <vector>

#include "read/row_xml.hpp"

namespace sk {

// The rows of `run` into `rows` (emptied first; its room is reused from run
// to run). False when the run is not of the plain shape. The views in the
// rows point into `run`.
bool scan_rows(std::string_view run, std::vector<RowXml>& rows);

}  // namespace sk
