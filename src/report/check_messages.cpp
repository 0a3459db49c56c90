#include "report/check_messages.hpp"

#include <cctype>
#include <cmath>

#include "base/run_both.hpp"

namespace sk {

using check::Code;
using check::Finding;

namespace {

// The unit an amount of the finding's column is rounded to: what its own
// number is multiplied by (a tkr column rounds to a thousand kronor).
const char* rounding_unit(double scale) {
    if (scale >= 1e6) return "1 mkr";
    if (scale >= 1e3) return "1 tkr";
    return "1 kr";
}

// The label without its trailing colon, or a word for "the total".
std::string subject(const Finding& f, Lang lang) {
    std::string l = f.label;
    while (!l.empty() && (l.back() == ':' || l.back() == ' ')) l.pop_back();
    if (const std::string& h = f.details().header; !h.empty()) return l.empty() ? h : h + tr(lang, " för ", " for ") + l;
    return l.empty() ? tr(lang, "Totalen", "The total") : l;
}

// Which number of a composite cell: "första talet i "5975/453"".
std::string nth_number(const Finding& f, Lang lang) {
    static const char* sv[] = {"första", "andra", "tredje", "fjärde", "femte"};
    static const char* en[] = {"first", "second", "third", "fourth", "fifth"};
    std::string nth = *f.part < 5 ? std::string(lang == Lang::Sv ? sv[*f.part] : en[*f.part])
                                  : std::to_string(*f.part + 1) + (lang == Lang::Sv ? ":e" : "th");
    return lang == Lang::Sv ? nth + " talet i \"" + f.text + "\"" : "the " + nth + " number in \"" + f.text + "\"";
}

// After a total's subject: ", första talet i "5975/453":"; empty for a whole cell.
std::string part_of(const Finding& f, Lang lang) { return f.part ? ", " + nth_number(f, lang) + ":" : std::string(); }

// Before a percentage: "Första talet i "20,1/1,4": "; empty for a whole cell.
std::string part_first(const Finding& f, Lang lang) {
    if (!f.part) return {};
    std::string s = nth_number(f, lang) + ": ";
    s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// The summed cells, and for composite cells which of their numbers.
std::string summed_cells(const Finding& f, Lang lang) {
    std::string s = tr(lang, "Summerade celler: ", "Summed cells: ") + check::ranges_a1(f.summed);
    if (f.part) s += tr(lang, " (samma tal i varje cell)", " (the same number in each cell)");
    return s + ".";
}

int decimals_of(double v) { return std::fabs(v - std::round(v)) < 0.005 ? 0 : 2; }

}  // namespace

std::string finding_amount(const Finding& f, double value) {
    if (f.unit == num::Unit::Percent) return num::format(value, num::Unit::Percent, f.decimals);
    return num::format(value, f.unit, decimals_of(value));
}

std::string finding_message(const Finding& f, Lang lang) {
    const bool sv = lang == Lang::Sv;
    auto amt = [&](std::optional<double> v) { return v ? finding_amount(f, *v) : std::string("?"); };
    double diff = f.expected && f.actual ? std::fabs(*f.expected - *f.actual) : 0;
    const check::FindingDetails& details = f.details();
    switch (f.code) {
        case Code::TotalMismatch: {
            if (!details.missed.empty())
                return subject(f, lang) + part_of(f, lang) + " " + amt(f.actual) +
                       (sv ? ": formeln =" + details.formula + " hoppar över " + check::ranges_a1(details.missed) +
                                 ", som är inskrivet som text; med det beloppet blir summan " + amt(f.expected) +
                                 " (skillnad " + amt(diff) + ")."
                           : ": the formula =" + details.formula + " skips " + check::ranges_a1(details.missed) +
                                 ", which is typed as text; counting it the sum is " + amt(f.expected) +
                                 " (difference " + amt(diff) + ").");
            std::string what = f.by_sections ? tr(lang, "delsummorna", "the subtotals")
                               : !details.header.empty() ? tr(lang, "kolumnerna", "the columns")
                                                   : tr(lang, "posterna", "the items");
            return subject(f, lang) + part_of(f, lang) + " " + amt(f.actual) +
                   (sv ? ", men " + what + " ger " : ", but " + what + " add up to ") + amt(f.expected) +
                   tr(lang, " (skillnad ", " (difference ") + amt(diff) + "). " + summed_cells(f, lang);
        }
        case Code::TotalRounding: {
            const std::string n = std::to_string(f.components);
            // Some amounts typed in a coarser unit than the column's ("196 tkr" among kronor).
            const bool mixed = f.rounding > double(f.components) * f.scale + 0.5;
            const std::string within =
                mixed ? (sv ? "högst " + amt(f.rounding) + " för " + n + " poster, några belopp angivna i tkr eller mkr"
                            : "at most " + amt(f.rounding) + " for " + n + " items, some amounts given in tkr or mkr")
                      : (sv ? "högst " + std::string(rounding_unit(f.scale)) + " per post, " + n + " poster"
                            : "at most " + std::string(rounding_unit(f.scale)) + " per item, " + n + " items");
            return subject(f, lang) + part_of(f, lang) + " " + amt(f.actual) + (sv ? ", posterna ger " : ", the items add up to ") +
                   amt(f.expected) + (sv ? "; skillnaden " : "; the difference ") + amt(diff) +
                   (sv ? " ryms i avrundning (" : " is within rounding (") + within + "). " + summed_cells(f, lang);
        }
        case Code::FormulaRangeGap:
            return (sv ? "Formeln =" + details.formula + " slutar före " + check::ranges_a1(details.missed) +
                             " i samma block och ger " + amt(f.actual) + " i stället för " + amt(f.expected) +
                             ". Rätt formel: =" + f.fixed_formula + "."
                       : "The formula =" + details.formula + " stops short of " + check::ranges_a1(details.missed) +
                             " in the same block and gives " + amt(f.actual) + " instead of " + amt(f.expected) +
                             ". Correct formula: =" + f.fixed_formula + ".");
        case Code::FormulaStaleValue:
            return (sv ? "Sparat värde " + amt(f.actual) + " stämmer inte med formeln =" + details.formula + ", som ger " +
                             amt(f.expected) + " (skillnad " + amt(diff) + "). Räkna om arbetsboken."
                       : "The saved value " + amt(f.actual) + " does not match the formula =" + details.formula +
                             ", which gives " + amt(f.expected) + " (difference " + amt(diff) +
                             "). Recalculate the workbook.");
        case Code::NumberAsText: {
            std::string s = sv ? "\"" + f.text + "\" är inskrivet som text; summakoll räknar det som " + amt(f.expected) +
                                     ", men Excels SUMMA hoppar över det."
                               : "\"" + f.text + "\" is typed as text; summakoll counts it as " + amt(f.expected) +
                                     ", but Excel's SUM skips it.";
            if (f.total_cell && f.excel_shows && f.total_value)
                s += ' ' + a1(*f.total_cell) + (sv ? " visar " : " shows ") + amt(f.excel_shows) +
                     (sv ? " i stället för " : " instead of ") + amt(f.total_value) + ".";
            return s;
        }
        case Code::AmbiguousNumber: {
            std::string alts;
            for (std::size_t i = 0; i < details.candidates.size(); ++i)
                alts += (i == 0 ? "" : i + 1 == details.candidates.size() ? tr(lang, " eller ", " or ") : ", ") +
                        finding_amount(f, details.candidates[i]);
            return sv ? "\"" + f.text + "\" kan läsas på flera sätt (" + alts +
                            "); skriv beloppet så att det bara kan läsas på ett sätt."
                      : "\"" + f.text + "\" can be read more than one way (" + alts +
                            "); write the amount so it reads only one way.";
        }
        case Code::HardcodedTotal:
            return subject(f, lang) + " " + amt(f.actual) +
                   (sv ? " är inskrivet som ett fast tal. Det stämmer nu, men följer inte med om posterna ändras. Formel: ="
                       : " is typed in as a constant. It is right now, but will not follow if the items change. Formula: =") +
                   f.fixed_formula + ".";
        case Code::BalanceMismatch:
            return subject(f, lang) + " " + amt(f.actual) +
                   (sv ? ", men erhållna medel " + amt(details.received) + " minus totalt " + amt(details.spent) + " ger " +
                             amt(f.expected) + " (skillnad " + amt(diff) + ")."
                       : ", but received " + amt(details.received) + " minus the total " + amt(details.spent) + " gives " +
                             amt(f.expected) + " (difference " + amt(diff) + ").");
        case Code::PercentMismatch:
            return part_first(f, lang) + (sv ? amt(f.actual) + " stämmer inte med " : amt(f.actual) + " does not match ") +
                   (f.summed.size() == 2 ? a1(f.summed[0]) + "/" + a1(f.summed[1]) : std::string()) + " = " +
                   num::format(*f.expected, num::Unit::Percent, f.decimals + 1) + ".";
        case Code::DifferenceMismatch:
            return subject(f, lang) + " " + amt(f.actual) +
                   (f.summed.size() == 2 ? (sv ? ", men " : ", but ") + a1(f.summed[0]) + " − " + a1(f.summed[1]) +
                                               (sv ? " ger " : " gives ")
                                         : tr(lang, ", men skillnaden är ", ", but the difference is ")) +
                   amt(f.expected) + tr(lang, " (skillnad ", " (difference ") + amt(diff) + ").";
        case Code::TotalUnproven:
            switch (f.unproven) {
                case check::Unproven::Ambiguous:
                    return subject(f, lang) + part_of(f, lang) + " " + amt(f.actual) +
                           (sv ? " kan inte prövas: en post kan läsas på flera sätt. Med den troligaste läsningen ger posterna "
                               : " cannot be verified: an item can be read more than one way. With the likeliest reading the items add up to ") +
                           amt(f.expected) + ". " + summed_cells(f, lang);
                case check::Unproven::WeakReading:
                    return subject(f, lang) + part_of(f, lang) + " " + amt(f.actual) +
                           (sv ? ": ingen läsning av tabellen ger summan, och det går inte att säga säkert vilka rader den omfattar. Närmast: "
                               : ": no reading of the table gives this sum, and which rows it covers cannot be told for sure. Nearest: ") +
                           amt(f.expected) + tr(lang, " (skillnad ", " (difference ") + amt(diff) + "). " +
                           summed_cells(f, lang) + tr(lang, " Kontrollera vad summan ska omfatta.", " Check what the total should cover.");
                case check::Unproven::FollowsFrom:
                    return subject(f, lang) + part_of(f, lang) + " " + amt(f.actual) +
                           (sv ? " stämmer när felet i " + check::ranges_a1(details.caused_by) + " rättas (nu ger posterna "
                               : " is right once the error in " + check::ranges_a1(details.caused_by) + " is corrected (the items now add up to ") +
                           amt(f.expected) + "). " + summed_cells(f, lang);
            }
            return {};
        case Code::UnreadableFile: return details.detail;
    }
    return {};
}

std::vector<std::string> finding_messages(const std::vector<Finding>& findings, Lang lang) {
    // Below this many, a second thread costs more than it saves.
    constexpr std::size_t two_threads_from_findings = 2000;
    std::vector<std::string> out(findings.size());
    auto write = [&](std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) out[i] = finding_message(findings[i], lang);
    };
    const std::size_t half = findings.size() / 2;
    process::run_both(findings.size() >= two_threads_from_findings, [&] { write(0, half); },
                      [&] { write(half, findings.size()); });
    return out;
}

}  // namespace sk
