// The xlsx patcher: applies cell edits to the user's own workbook. Every part
// that is not changed is copied byte-for-byte (its compressed bytes too); in a
// changed sheet only the edited <c> elements differ. Staff keep their
// formatting, charts, names and notes.
#pragma once

#include <cstdint>
#include <optional>
#include <map>
#include <string>
#include <vector>

#include "check/finding.hpp"
#include "grid/grid.hpp"
#include "base/lang.hpp"

namespace sk::fix {

// The kinds of change a fix plan makes (DESIGN.md, "Writing corrected workbooks").
enum class ChangeKind : std::uint8_t {
    TextToNumber,  // a text amount read for sure becomes the same number
    WrongTotal,    // a total proven wrong becomes the proven sum
    TypedTotal,    // a right typed total becomes a formula of the same value
    Recalculated,  // a formula over changed cells keeps its text; its saved value follows them
};

struct CellEdit {
    std::string sheet;  // sheet name as in the workbook
    std::uint32_t row = 0, col = 0;
    std::string formula;        // without '='; empty writes a constant
    double value = 0;           // the constant, or the formula's cached value
    std::string number_format;  // "" keeps the cell's format; else its style is cloned with this code
    std::string note;           // the note shown on the cell: old value and reason (Swedish)
    ChangeKind kind = ChangeKind::WrongTotal;
    bool for_person = false;    // changed, and still to be looked at: the person fill instead
    std::string before;         // what the cell held, as in the formula bar (for the plan)
};

// A cell left for a person: its content stays, it gets the person fill and a note.
struct CellMark {
    std::string sheet;
    std::uint32_t row = 0, col = 0;
    std::string note;
    std::string code;    // the finding's code (for the plan)
    std::string reason;  // why it was not changed, one line (for the plan)
};

// One line of the report sheet: a finding, or a change no finding asked for
// (a formula recomputed over changed cells). `action`: what fix did
// ("text → tal", "till en person", …), or "".
struct ReportRow {
    std::string sheet, cell;
    std::optional<check::Code> code;  // none for a change no finding asked for
    check::Severity severity = check::Severity::Info;
    std::string old_value;            // what the cell held, as in the formula bar
    std::string message, action;
    // The old and new values as numbers, shown in `number_format` ("#,##0 \"kr\""):
    // the old only when the cell held a number, the new only when fix wrote one.
    std::optional<double> old_number, new_number;
    std::string new_formula;          // "=SUM(C19:C20)" when fix wrote a formula
    std::string number_format = "#,##0";
};

struct PatchOptions {
    bool report_sheet = true;          // add a "Summakoll" sheet listing `report`
    std::vector<ReportRow> report;
    std::string report_sheet_name = "Summakoll";
    Lang lang = Lang::Sv;              // the report sheet's words
    std::string fill_rgb = "FFFFF2CC";  // the light fill that marks changed cells
    std::vector<CellMark> marks;       // cells left for a person
    std::string person_fill_rgb = "FFF8CBAD";  // their fill (light orange)
    // Parts of `input` the caller has inflated already (Sheet::source), by
    // part name: used instead of inflating them again.
    std::map<std::string, std::string> inflated;
};

// What the patch did, for the caller's summary and the tests.
struct PatchResult {
    std::vector<std::string> changed_parts;  // parts whose bytes differ from the input
    std::vector<std::string> added_parts;
    std::vector<std::string> removed_parts;  // xl/calcChain.xml when formulas changed
};

// Writes `output` (atomically: a temporary file in its folder, then rename)
// from `input` with `edits` applied. With no edits and no report sheet, the
// output is a copy. A mark keeps its cell's content and changes only its
// style (the person fill) and its note. `read` is `input` as read_workbook read it, when the
// caller has it already (a big workbook is then not read twice). Throws
// ReadError for an unreadable input and std::runtime_error when the output
// cannot be written.
PatchResult patch_xlsx(const std::string& input, const std::string& output, const std::vector<CellEdit>& edits,
                       PatchOptions options = {}, const Workbook* read = nullptr);

}  // namespace sk::fix
