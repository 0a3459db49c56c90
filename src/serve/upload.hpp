// An uploaded file as the handlers see it: saved in the request's private
// directory under a safe version of the name the browser sent.
#pragma once

#include <string>
#include <string_view>

namespace sk::serve {

struct Upload {
    std::string path;  // the saved file
    std::string name;  // the name shown to the user ("budget.xlsx")
    std::string dir;   // the request's private directory, which holds `path`
};

// The last component of a browser's file name, without control characters or
// a leading dot, at most 120 bytes, the extension kept; "fil" when nothing is left.
std::string safe_upload_name(std::string_view filename);

// `text` with every "<dir>/" removed: messages name the file, never the temp dir.
std::string without_dir(std::string text, const std::string& dir);

// "budget.xlsx" → "budget.kontrollerad.xlsx" (".xlsm" stays ".xlsm").
std::string corrected_name(const std::string& name);

// The comparison workbook of A against B: "beslut.xlsx" → "beslut.jämförelse.xlsx".
std::string comparison_name(const std::string& a_name);

}  // namespace sk::serve
