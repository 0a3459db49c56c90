#include "report/code_titles.hpp"

namespace sk {

using check::Code;
using check::Severity;

namespace {
std::string_view pick(Lang lang, std::string_view sv, std::string_view en) { return lang == Lang::Sv ? sv : en; }
}  // namespace

std::string_view code_title(Code code, Lang lang) {
    return pick(lang, check::info(code).title_sv, check::info(code).title_en);
}

std::string_view severity_title(Severity severity, Lang lang) {
    switch (severity) {
        case Severity::Error: return pick(lang, "Fel", "Error");
        case Severity::Warning: return pick(lang, "Varning", "Warning");
        case Severity::Info: return pick(lang, "Notering", "Note");
    }
    return {};
}

int severity_rank(Severity severity) {
    switch (severity) {
        case Severity::Error: return 0;
        case Severity::Warning: return 1;
        case Severity::Info: return 2;
    }
    return 3;
}

}  // namespace sk
