#include "report/check_report.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "base/whole_number.hpp"
#include "report/check_messages.hpp"
#include "report/code_titles.hpp"

namespace sk {

using check::Code;
using check::Finding;
using check::Severity;

namespace {

// Whole kronor as JSON integers (13302905, not 13302905.0).
nlohmann::json number(std::optional<double> v) {
    if (!v) return nullptr;
    if (std::fabs(*v) < 9e15 && *v == std::floor(*v)) return static_cast<std::int64_t>(*v);
    return *v;
}

// "Tabell 3" → 3 for a Word table; 0 when the name says no number.
int table_number(const std::string& sheet) {
    auto sp = sheet.rfind(' ');
    if (sp == std::string::npos) return 0;
    return whole_number<int>(std::string_view(sheet).substr(sp + 1)).value_or(0);
}

// Where a finding sits, as the user names it: a sheet's name, or for a Word
// file its table ("Tabell 2", in English "Table 2").
// Word and PDF files hold numbered tables ("Tabell 2"), workbooks named sheets.
bool numbered_tables(const FileCheck& f) { return f.format && capabilities(*f.format).numbered_tables; }

std::string place_name(const FileCheck& f, const std::string& sheet, Lang lang) {
    if (!numbered_tables(f)) return sheet;
    return tr(lang, "Tabell ", "Table ") + std::to_string(table_number(sheet));
}

// What the file's format keeps from the check, said once per file.
std::optional<std::string> format_note(const FileCheck& f, Lang lang) {
    // Typed cells without formulas (.xls): the totals' formulas are lost, not missing.
    if (!f.format || !capabilities(*f.format).typed_cells || capabilities(*f.format).formulas) return std::nullopt;
    const std::string name = format_name(*f.format);
    return lang == Lang::Sv ? "Formler går inte att läsa ur en ." + name + "-fil: summor bedöms som inskrivna värden."
                            : "Formulas cannot be read from an ." + name + " file: totals are judged as typed values.";
}

std::string count_line(const FileCheck& f, Lang lang) {
    std::size_t n[3] = {0, 0, 0};
    for (const Finding& x : f.findings) ++n[int(x.severity)];
    if (f.findings.empty()) return tr(lang, "Inga avvikelser hittades.", "No problems found.");
    auto part = [&](std::size_t k, const char* sv1, const char* svn, const char* en1, const char* enn) {
        return std::to_string(k) + " " + (lang == Lang::Sv ? (k == 1 ? sv1 : svn) : (k == 1 ? en1 : enn));
    };
    return part(n[2], "fel", "fel", "error", "errors") + ", " +
           part(n[1], "varning", "varningar", "warning", "warnings") + ", " +
           part(n[0], "notering", "noteringar", "note", "notes") + ".";
}

// A column with many amounts typed as text (a table pasted from a PDF) is
// said in one line of the text report, not one line per cell.
constexpr std::size_t text_run_from = 10;
using TextColumn = std::pair<std::string, std::uint32_t>;  // sheet, column
struct TextRun {
    std::size_t first = 0, count = 0;  // the first finding's index, how many
    std::uint32_t top = 0, bottom = 0;
};

std::map<TextColumn, TextRun> text_runs(const std::vector<Finding>& findings) {
    std::map<TextColumn, TextRun> runs;
    for (std::size_t i = 0; i < findings.size(); ++i) {
        const Finding& x = findings[i];
        if (x.code != Code::NumberAsText) continue;
        auto [it, added] = runs.try_emplace({x.sheet, x.col}, TextRun{i, 0, x.row, x.row});
        TextRun& r = it->second;
        ++r.count;
        r.top = std::min(r.top, x.row);
        r.bottom = std::max(r.bottom, x.row);
    }
    std::erase_if(runs, [](const auto& r) { return r.second.count < text_run_from; });
    return runs;
}

bool shown(Severity severity, Show show) {
    switch (show) {
        case Show::Errors: return severity == Severity::Error;
        case Show::Warnings: return severity != Severity::Info;
        case Show::All: return true;
    }
    return true;
}

}  // namespace

bool has_errors(const std::vector<FileCheck>& files) {
    for (const FileCheck& f : files) {
        if (f.error) return true;
        for (const Finding& x : f.findings)
            if (x.severity == Severity::Error) return true;
    }
    return false;
}

std::string FileCheck::origin_of(const check::Finding& f) const {
    auto it = row_origins.find(f.sheet);
    return it != row_origins.end() && f.row < it->second.size() ? it->second[f.row] : "";
}

std::optional<Show> show_from_name(std::string_view name) {
    if (name == "fel" || name == "errors") return Show::Errors;
    if (name == "varningar" || name == "warnings") return Show::Warnings;
    if (name == "allt" || name == "all") return Show::All;
    return std::nullopt;
}

std::vector<std::size_t> by_severity(const std::vector<Finding>& findings) {
    std::vector<std::size_t> order(findings.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return severity_rank(findings[a].severity) < severity_rank(findings[b].severity);
    });
    return order;
}

void write_check_text(const std::vector<FileCheck>& files, Lang lang, std::ostream& out, Show show) {
    for (const FileCheck& f : files) write_check_text(f, finding_messages(f.findings, lang), lang, out, show);
}

void write_check_text(const FileCheck& f, const std::vector<std::string>& messages, Lang lang, std::ostream& out,
                      Show show) {
    if (f.error) {
        out << *f.error << "\n";
        return;
    }
    out << f.path << ": " << count_line(f, lang) << "\n";
    if (auto note = format_note(f, lang)) out << *note << "\n";
    std::size_t hidden = 0;
    const std::map<TextColumn, TextRun> runs = text_runs(f.findings);
    for (std::size_t i : by_severity(f.findings)) {
        const Finding& x = f.findings[i];
        if (!shown(x.severity, show)) {
            ++hidden;
            continue;
        }
        if (auto run = runs.find({x.sheet, x.col}); x.code == Code::NumberAsText && run != runs.end()) {
            if (run->second.first != i) continue;  // said once for the column, at its first cell
            out << severity_title(x.severity, lang) << " – " << code_title(x.code, lang) << " – "
                << place_name(f, x.sheet, lang) << "!" << a1(run->second.top, x.col) << ":"
                << a1(run->second.bottom, x.col) << ": " << run->second.count
                << tr(lang, " belopp i kolumnen är inskrivna som text; summakoll räknar dem som tal, men Excels SUMMA hoppar "
                            "över dem (--format json listar varje cell).",
                      " amounts in the column are stored as text; summakoll counts them as numbers, but Excel's SUM skips "
                      "them (--format json lists every cell).")
                << "\n";
            continue;
        }
        out << severity_title(x.severity, lang) << " – " << code_title(x.code, lang) << " – "
            << place_name(f, x.sheet, lang) << "!" << a1(x.row, x.col);
        if (std::string origin = f.origin_of(x); !origin.empty()) out << " (" << origin << ")";
        out << ": " << messages[i] << "\n";
    }
    if (hidden > 0)
        out << "(" << hidden << tr(lang, " visas inte: --visa allt visar alla.)", " not shown: --show all shows all.)")
            << "\n";
}

nlohmann::json check_json(const std::vector<FileCheck>& files, Lang lang) {
    nlohmann::json out = {{"tool", "summakoll"}, {"schema", 1}, {"files", nlohmann::json::array()}};
    for (const FileCheck& f : files) {
        nlohmann::json jf;
        jf["path"] = f.path;
        jf["format"] = f.format ? nlohmann::json(format_name(*f.format)) : nlohmann::json(nullptr);
        jf["error"] = f.error ? nlohmann::json(*f.error) : nlohmann::json(nullptr);
        if (auto note = format_note(f, lang)) jf["note"] = *note;
        jf["findings"] = nlohmann::json::array();
        const std::vector<std::string> messages = finding_messages(f.findings, lang);
        for (std::size_t i = 0; i < f.findings.size(); ++i) {
            const Finding& x = f.findings[i];
            nlohmann::json j;
            j["code"] = check::code_name(x.code);
            j["title"] = code_title(x.code, lang);
            j["severity"] = check::severity_name(x.severity);
            if (x.code == check::Code::UnreadableFile) j["sheet"] = nullptr;
            else if (numbered_tables(f)) j["table"] = table_number(x.sheet);
            else j["sheet"] = x.sheet;
            j["cell"] = x.code == check::Code::UnreadableFile ? nlohmann::json(nullptr) : nlohmann::json(a1(x.row, x.col));
            std::string range;
            for (const Range& r : x.summed) {
                if (!range.empty()) range += ',';
                range += a1(r);
            }
            j["range"] = range.empty() ? nlohmann::json(nullptr) : nlohmann::json(range);
            j["expected"] = number(x.expected);
            j["actual"] = number(x.actual);
            if (std::string origin = f.origin_of(x); !origin.empty()) j["origin"] = origin;
            j["message"] = messages[i];
            // Totals: the reading the expected value comes from, and whether
            // the finding is for a person to decide (fix only marks it).
            if (!x.basis.empty()) j["basis"] = x.basis;
            if (x.scale != 1) j["scale"] = x.scale;  // the cell holds expected / scale (tkr, mkr)
            if (x.for_person) j["for_person"] = true;
            if (!x.details().caused_by.empty()) j["caused_by"] = check::ranges_a1(x.details().caused_by);
            jf["findings"].push_back(std::move(j));
        }
        out["files"].push_back(std::move(jf));
    }
    return out;
}

}  // namespace sk
