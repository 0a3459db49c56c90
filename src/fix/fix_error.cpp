#include "fix/fix_error.hpp"

namespace sk::fix {

namespace {

const char* reason(FixErrorKind k, Lang l) {
    switch (k) {
        case FixErrorKind::BadSheetId:
            return tr(l, "ett blad i arbetsboken har ett sheetId som inte är ett heltal",
                      "a sheet of the workbook has a sheetId that is not a whole number");
        case FixErrorKind::MissingTarget:
            return tr(l, "en relation pekar på en del som saknas i filen", "a relationship points at a part the file lacks");
        case FixErrorKind::BrokenStyles:
            return tr(l, "formatmallarna är skadade och kan inte kompletteras", "the styles are damaged and cannot be added to");
        case FixErrorKind::BrokenSheet:
            return tr(l, "bladets XML är skadad och kan inte ändras", "the sheet's XML is damaged and cannot be edited");
    }
    return "";
}

}  // namespace

std::string describe(const FixError& e, const std::string& path, Lang lang) {
    std::string line = path + ": " + e.part + ": " + reason(e.kind, lang);
    if (!e.detail.empty()) line += " (" + e.detail + ")";
    return line + tr(lang, "; ingen rättad fil skrevs", "; no corrected file was written");
}

}  // namespace sk::fix
