#include "app/convert_file.hpp"

#include <filesystem>

#include "app/check_file.hpp"
#include "convert/convert.hpp"
#include "write/write_xlsx.hpp"

namespace sk::convert {

namespace fs = std::filesystem;

namespace {

// The input as seen from the output's folder ("../data/budget.xlsx"), for links.
std::string relative_link(const std::string& input, const std::string& output) {
    std::error_code ec;
    fs::path from = fs::absolute(fs::path(output), ec).parent_path();
    fs::path rel = fs::relative(fs::absolute(fs::path(input), ec), from, ec);
    return ec ? std::string() : rel.generic_string();
}

}  // namespace

ConvertOutcome convert_file(const std::string& input, const std::string& output, Lang lang) {
    ConvertOutcome outcome;
    Workbook wb;
    outcome.check = check_file(input, lang, &wb);
    if (outcome.check.error) return outcome;
    std::error_code ec;
    if (fs::exists(output, ec) && fs::equivalent(input, output, ec))
        throw std::runtime_error(output + ": " + tr(lang, "utdata kan inte vara samma fil som indata",
                                                    "the output cannot be the input file"));
    ConvertOptions options;
    options.lang = lang;
    if (wb.can().cell_links) options.source_link = relative_link(input, output);
    NewWorkbook out = convert_workbook(wb, outcome.check.findings, options);
    try {
        write_xlsx(out, output);
    } catch (const WriteError& e) {
        throw std::runtime_error(describe(e, output, lang));
    }
    outcome.written = true;
    outcome.tables = out.sheets.size() - 1;
    return outcome;
}

}  // namespace sk::convert
