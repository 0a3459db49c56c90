#include "write/write_error.hpp"

#include <cerrno>
#include <cstring>

namespace sk {

namespace {

const char* problem_text(SheetNameProblem p, Lang lang) {
    switch (p) {
        case SheetNameProblem::Empty: return tr(lang, "tomt", "empty");
        case SheetNameProblem::TooLong: return tr(lang, "längre än 31 tecken", "longer than 31 characters");
        case SheetNameProblem::ForbiddenChar: return tr(lang, "innehåller något av []:*?/\\", "contains one of []:*?/\\");
        case SheetNameProblem::ControlChar: return tr(lang, "innehåller ett styrtecken", "contains a control character");
        case SheetNameProblem::Apostrophe: return tr(lang, "börjar eller slutar med apostrof", "begins or ends with an apostrophe");
        case SheetNameProblem::Taken: return tr(lang, "används redan (eller är reserverat)", "already used (or reserved)");
        case SheetNameProblem::None: break;
    }
    return "";
}

}  // namespace

std::string system_reason(int errno_value, Lang lang) {
    if (errno_value == ENOSPC || errno_value == EDQUOT) return tr(lang, "disken är full", "the disk is full");
    if (errno_value == ENOENT) return tr(lang, "mappen finns inte", "the folder does not exist");
    if (errno_value == EACCES || errno_value == EPERM) return tr(lang, "åtkomst nekas", "permission denied");
    return std::strerror(errno_value);
}

std::string describe(const WriteError& e, const std::string& path, Lang lang) {
    std::string why;
    switch (e.kind) {
        case WriteErrorKind::BadSheetName:
            why = tr(lang, "ogiltigt bladnamn \"", "invalid sheet name \"") + e.detail + "\": " + problem_text(e.problem, lang);
            break;
        case WriteErrorKind::DuplicateCell:
            why = tr(lang, "två värden i samma cell ", "two values for one cell ") + e.detail;
            break;
        case WriteErrorKind::BadCell:
            why = tr(lang, "ogiltig cell eller ogiltigt tal i ", "invalid cell or number at ") + e.detail;
            break;
        case WriteErrorKind::TextTooLong:
            why = tr(lang, "texten är längre än Excels 32 767 tecken i ", "text longer than Excel's 32,767 characters at ") + e.detail;
            break;
        case WriteErrorKind::BadStyle:
            why = tr(lang, "okänd stil eller ogiltigt område i ", "unknown style or invalid range at ") + e.detail;
            break;
        case WriteErrorKind::NoSheets:
            why = tr(lang, "arbetsboken har inga blad", "the workbook has no sheets");
            break;
        case WriteErrorKind::Io:
            why = tr(lang, "kunde inte skriva filen: ", "could not write the file: ") +
                  (e.system_error ? system_reason(e.system_error, lang) : e.detail);
            break;
    }
    return path + ": " + why;
}

}  // namespace sk
