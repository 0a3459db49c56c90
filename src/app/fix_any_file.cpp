#include "app/fix_any_file.hpp"

#include <filesystem>

#include "app/convert_file.hpp"
#include "report/check_messages.hpp"
#include "write/file_beside.hpp"

namespace sk::convert {

namespace fs = std::filesystem;

fix::FixOutcome fix_any_file(const std::string& input, const std::string& output, const fix::FixOptions& options,
                             const fix::OnChecked& on_checked) {
    fix::FixOutcome first = fix::fix_file(input, output, options, on_checked);
    if (!first.converted_from) return first;
    // The findings reported are the input's, before anything is converted or written.
    first.messages = finding_messages(first.check.findings, options.lang);
    if (on_checked) on_checked(first.check, first.messages);
    std::error_code ec;
    if (fs::weakly_canonical(input, ec) == fs::weakly_canonical(output, ec))
        throw std::runtime_error(input + ": " + tr(options.lang, "bara en Excel-arbetsbok kan rättas på plats; ange -o UT.xlsx",
                                                   "only an Excel workbook can be corrected in place; give -o OUT.xlsx"));
    // The converted workbook sits beside the output until it has been corrected.
    const std::string converted = temporary_name_beside(output, ".xlsx");
    struct Remove {
        const std::string& path;
        ~Remove() {
            std::error_code ignored;
            fs::remove(path, ignored);
        }
    } remove{converted};
    ConvertOutcome conversion = convert_file(input, converted, options.lang);
    if (!conversion.written) return first;
    fix::FixOutcome fixed = fix::fix_file(converted, output, options);  // its findings are not the input's
    first.changed = fixed.changed;
    first.written = fixed.written;
    return first;
}

std::string converted_note(const fix::FixOutcome& outcome, Lang lang) {
    if (!outcome.converted_from) return "";
    return tr(lang, ", konverterad från .", ", converted from .") + std::string(format_name(*outcome.converted_from)) +
           tr(lang, " till .xlsx", " to .xlsx");
}

}  // namespace sk::convert
