// The report of `summakoll check`: text grouped by file and sheet, or JSON
// schema 1 (DESIGN.md).
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/lang.hpp"
#include "check/finding.hpp"
#include "grid/grid.hpp"

namespace sk {

struct FileCheck {
    std::string path;
    std::optional<SourceFormat> format;  // unknown when the file could not be read
    std::optional<std::string> error;    // the one-line reason a file could not be read
    std::vector<check::Finding> findings;
    // PDF: per table, where each of its rows was printed ("s. 3, rad 12").
    std::map<std::string, std::vector<std::string>> row_origins;

    // "s. 3, rad 12" for a finding's row, or "" when not known.
    std::string origin_of(const check::Finding& f) const;
};

// Which findings the text report lists (--visa): errors only, errors and
// warnings, or all. The summary line always counts all of them.
enum class Show { Errors, Warnings, All };
// "fel", "varningar", "allt" and the English "errors", "warnings", "all".
std::optional<Show> show_from_name(std::string_view name);

// Per file: its name and a summary line first, then one line per finding,
// errors, warnings and notes in that order, each line starting with its
// severity ("Fel", "Varning", "Notering").
void write_check_text(const std::vector<FileCheck>& files, Lang lang, std::ostream& out, Show show = Show::All);
// One file, its findings' messages (finding_messages) rendered already.
void write_check_text(const FileCheck& file, const std::vector<std::string>& messages, Lang lang, std::ostream& out,
                      Show show = Show::All);
// The findings' indexes, errors first, then warnings, then notes; the
// checker's order (sheet by sheet) kept within each severity.
std::vector<std::size_t> by_severity(const std::vector<check::Finding>& findings);
// JSON keeps the checker's order (sheet by sheet), as the server's and the
// add-in's previews pair up with it; each finding also has its `title`.
nlohmann::json check_json(const std::vector<FileCheck>& files, Lang lang);

// True when any file has an error finding (exit code 1).
bool has_errors(const std::vector<FileCheck>& files);

}  // namespace sk
