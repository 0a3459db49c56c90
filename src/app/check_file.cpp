#include "app/check_file.hpp"

#include "check/check.hpp"
#include "read/read_workbook.hpp"

namespace sk {

FileCheck check_file(const std::string& path, Lang lang, Workbook* workbook, const ReadLimits& limits) {
    FileCheck fc;
    fc.path = path;
    try {
        Workbook wb = read_workbook(path, limits);
        fc.format = wb.file_format();
        for (const Sheet& sheet : wb.sheets)
            if (!sheet.row_origins.empty()) fc.row_origins[sheet.name] = sheet.row_origins;
        fc.findings = check::check_workbook(wb);
        if (workbook) *workbook = std::move(wb);
    } catch (const ReadError& e) {
        fc.error = describe(e, path, lang);
        check::Finding f;
        f.code = check::Code::UnreadableFile;
        f.severity = check::severity_of(f.code);
        f.edit_details().detail = *fc.error;
        fc.findings.push_back(std::move(f));
    }
    return fc;
}

}  // namespace sk
