// The report of `summakoll check`: text grouped by file and sheet, or JSON
// schema 1 (DESIGN.md).
#pragma once

#include <map>
#include <optional>
#include <ostream>
#include <string>
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

void write_check_text(const std::vector<FileCheck>& files, Lang lang, std::ostream& out);
// One file, its findings' messages (finding_messages) rendered already.
void write_check_text(const FileCheck& file, const std::vector<std::string>& messages, Lang lang, std::ostream& out);
nlohmann::json check_json(const std::vector<FileCheck>& files, Lang lang);

// True when any file has an error finding (exit code 1).
bool has_errors(const std::vector<FileCheck>& files);

}  // namespace sk
