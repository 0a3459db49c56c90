#include "report/code_titles.hpp"

namespace sk {

using check::Code;
using check::Severity;

namespace {
std::string_view pick(Lang lang, std::string_view sv, std::string_view en) { return lang == Lang::Sv ? sv : en; }
}  // namespace

// Every code named here, no default: a new code without a title does not compile quietly.
std::string_view code_title(Code code, Lang lang) {
    switch (code) {
        case Code::TotalMismatch: return pick(lang, "Summan stämmer inte", "Total does not add up");
        case Code::TotalRounding: return pick(lang, "Avrundning", "Rounding");
        case Code::FormulaRangeGap: return pick(lang, "Formeln missar rader", "Formula misses rows");
        case Code::FormulaStaleValue: return pick(lang, "Formelns värde är inaktuellt", "Stale formula value");
        case Code::NumberAsText: return pick(lang, "Belopp som text", "Amount stored as text");
        case Code::AmbiguousNumber: return pick(lang, "Tvetydigt tal", "Ambiguous number");
        case Code::HardcodedTotal: return pick(lang, "Inskriven summa", "Typed total");
        case Code::BalanceMismatch: return pick(lang, "Saldot stämmer inte", "Balance does not add up");
        case Code::PercentMismatch: return pick(lang, "Andelen stämmer inte", "Percentage does not match");
        case Code::DifferenceMismatch: return pick(lang, "Skillnaden stämmer inte", "Difference does not match");
        case Code::TotalUnproven: return pick(lang, "Summan kan inte bedömas", "Total cannot be judged");
        case Code::UnreadableFile: return pick(lang, "Filen kan inte läsas", "File cannot be read");
    }
    return {};
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
