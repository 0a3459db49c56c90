// `fix` and the drop action on any file: an Excel workbook is corrected in a
// copy; an .ods, .xls or .pdf is converted to a clean .xlsx first (its totals
// become SUM formulas, its findings are listed on the Summakoll sheet) and
// that workbook is then corrected like any other.
#pragma once

#include <string>

#include "app/fix_file.hpp"

namespace sk::convert {

// As fix::fix_file; for a converted input `check` holds the findings on the
// input and `converted_from` its format. Throws std::runtime_error as fix_file.
fix::FixOutcome fix_any_file(const std::string& input, const std::string& output, const fix::FixOptions& options,
                             const fix::OnChecked& on_checked = nullptr);

// " (konverterad från .ods)" for a converted input, "" otherwise: what the
// commands add after the corrected workbook's name.
std::string converted_note(const fix::FixOutcome& outcome, Lang lang);

}  // namespace sk::convert
