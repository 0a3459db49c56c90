#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <vector>

#include "base/text_length.hpp"
#include "check/check.hpp"
#include "convert/column_widths.hpp"
#include "convert/convert.hpp"
#include "convert/emit_sheet.hpp"
#include "convert/findings_sheet.hpp"
#include "fix/fix_plan.hpp"
#include "report/check_messages.hpp"
#include "tables/fold_label.hpp"

namespace sk::convert {

namespace {

using Key = std::pair<std::uint32_t, std::uint32_t>;

constexpr std::size_t sheet_name_length = 31;

// A heading as a sheet name: one line, no trailing ':' or '.', and when it is
// longer than a sheet name may be, cut after the last whole word that fits.
std::string short_name(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\t' || c == '\r') c = ' ';
    while (!text.empty() && (text.back() == ' ' || text.back() == ':' || text.back() == '.')) text.pop_back();
    if (longest_line(text) <= sheet_name_length) return text;
    std::size_t cut = 0;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == ' ' && longest_line(text.substr(0, i)) <= sheet_name_length) cut = i;
    if (cut == 0) return text;  // one long word: legal_sheet_name cuts it
    text.resize(cut);
    // A name does not end on a word that leads on: "patient-" (of "patient- och
    // brukarsäkerhet"), "och", "för", "den".
    auto dangling = [](std::string_view word) {
        for (std::string_view w : {"och", "samt", "eller", "i", "för", "av", "med", "till", "på", "om", "inom", "per", "vid",
                                   "den", "det", "de", "en", "ett", "som", "att"})
            if (word == w) return true;
        return !word.empty() && (word.back() == '-' || word.back() == '(' || word.back() == '/');
    };
    for (;;) {
        while (!text.empty() && (text.back() == ' ' || text.back() == ',' || text.back() == ':' || text.back() == ';'))
            text.pop_back();
        std::size_t space = text.rfind(' ');
        if (space == std::string::npos || !dangling(std::string_view(text).substr(space + 1))) break;
        text.resize(space);
    }
    return text;
}

// A long title in fewer words: the longest words after the first left out
// until it fits ("Besöksstatistik ungdomsmottagningen Sveg 2025" →
// "Besöksstatistik Sveg 2025"), so that tables under one heading keep their
// places apart instead of being numbered.
std::string without_long_words(const std::string& text) {
    std::vector<std::string> words;
    for (std::size_t start = 0; start <= text.size();) {
        std::size_t space = text.find(' ', start);
        if (space == std::string::npos) space = text.size();
        if (space > start) words.push_back(text.substr(start, space - start));
        start = space + 1;
    }
    auto joined = [&] {
        std::string out;
        for (const std::string& w : words) out += (out.empty() ? "" : " ") + w;
        return out;
    };
    while (words.size() > 2 && longest_line(joined()) > sheet_name_length) {
        auto longest = std::max_element(words.begin() + 1, words.end(), [](const std::string& a, const std::string& b) {
            return longest_line(a) < longest_line(b);
        });
        words.erase(longest);
    }
    return joined();
}

// The sheet's name: the heading (or title) cut in whole words; when that is
// taken, the title or heading in fewer words; numbered only when all are taken.
std::string sheet_name_for(const std::string& name, const std::string& title, const SheetNames& taken) {
    for (const std::string& full : {name, title}) {
        if (full.empty()) continue;
        for (const std::string& wanted : {short_name(full), short_name(without_long_words(full))})
            if (!wanted.empty() && legal_sheet_name(wanted, taken) == wanted) return wanted;
    }
    return legal_sheet_name(short_name(name), taken);
}

struct Converted {
    CleanSheet sheet;
};

// What the written cell holds: its number (a formula's computed value) in its
// own format, its formula, or its text.
void fill_value_now(const NewWorkbook& out, const NewCell& cell, FindingRow& row) {
    const CellValue* value = &cell.value;
    if (const Formula* f = std::get_if<Formula>(&cell.value)) {
        row.formula_now = "=" + f->text;
        if (const double* v = std::get_if<double>(&f->cached)) row.number_now = *v;
    } else if (const double* v = std::get_if<double>(value)) {
        row.number_now = *v;
    } else if (const std::string* t = std::get_if<std::string>(value)) {
        row.text_now = *t;
    }
    if (cell.style < out.styles.size()) row.number_format = out.styles[cell.style].num_format;
}

}  // namespace

NewWorkbook convert_workbook(Workbook& wb, const std::vector<check::Finding>& findings,
                             const ConvertOptions& options) {
    Workbook clean;
    clean.path = wb.path;
    clean.format = SourceFormat::Xlsx;  // numbers are numbers now; typed totals count as typed
    clean.date1904 = wb.date1904;
    clean.styles.emplace_back();

    std::vector<Converted> converted;
    SheetNames taken{findings_sheet_name};
    for (std::size_t i = 0; i < wb.sheets.size(); ++i) {
        const Sheet& sheet = wb.sheets[i];
        std::string heading = sheet.heading;
        if (sheet.visibility != Visibility::Visible || sheet.cells.empty()) continue;
        SheetLayout layout(wb, sheet);
        std::string name = sheet.name;
        if (wb.can().numbered_tables) {
            if (!heading.empty() && tables::fold_label(heading) != tables::fold_label(layout.title()))
                layout.keep_heading_row();
            else
                heading.clear();
            name = !heading.empty() ? heading : !layout.title().empty() ? layout.title() : sheet.name;
        }
        name = sheet_name_for(name, wb.can().numbered_tables ? layout.title() : "", taken);
        taken.add(name);
        converted.push_back({build_clean_sheet(wb, i, layout, heading, name, clean)});
    }

    // The findings on the original, each linked to where its cell went.
    std::vector<FindingRow> rows;
    std::vector<std::set<Key>> confirmed(converted.size()), covered(converted.size());
    fix::FixPlan plan = fix::plan_fixes(wb, findings, fix::TotalsAs::Formula, options.lang);
    // The converted sheets of each source sheet, by name: a lookup per finding, not a pass over every sheet.
    std::map<std::string, std::vector<std::size_t>> converted_from;
    for (std::size_t k = 0; k < converted.size(); ++k) converted_from[wb.sheets[converted[k].sheet.source].name].push_back(k);
    for (std::size_t i = 0; i < findings.size() && i < plan.report.size(); ++i) {
        const check::Finding& f = findings[i];
        FindingRow row;
        row.report = std::move(plan.report[i]);
        auto from = converted_from.find(f.sheet);
        for (std::size_t k : from == converted_from.end() ? std::vector<std::size_t>() : from->second) {
            const Layout& l = converted[k].sheet.layout;
            if (f.row < l.first_row || f.col < l.first_col || f.col - l.first_col >= l.parts.size()) continue;
            row.converted_sheet = converted[k].sheet.name;
            row.row = l.row(f.row);
            row.col = l.col(f.col);
            covered[k].insert({row.row, row.col});
            // Corrected as `fix` corrects (proven, in kronor). Counts and statistics
            // stay as stated, marked: shares computed from the stated totals must
            // still agree, and `check` of the output must find what the source has.
            if (f.severity == check::Severity::Error && !f.for_person && f.unit == num::Unit::Kr)
                confirmed[k].insert({row.row, row.col});
        }
        rows.push_back(std::move(row));
    }

    NewWorkbook out;
    for (std::size_t k = 0; k < converted.size(); ++k) {
        const Sheet& grid = clean.sheets[k];
        std::vector<check::Finding> found = check::check_sheet(clean, grid);
        std::vector<tables::Block> blocks = tables::find_blocks(clean, grid);
        std::vector<TotalFormula> totals = total_formulas(grid, blocks, found, confirmed[k]);
        std::set<Key> marked;
        for (const TotalFormula& t : totals)
            if (t.corrected) marked.insert({t.row, t.col});
        // What only the converted grid shows (the numbers of split cells):
        // marked and listed, never changed.
        for (const check::Finding& f : found) {
            if (f.code != check::Code::TotalRounding && f.code != check::Code::TotalMismatch) continue;
            marked.insert({f.row, f.col});
            if (covered[k].count({f.row, f.col})) continue;
            FindingRow row;
            row.report.sheet = converted[k].sheet.name;
            row.report.code = f.code;
            row.report.severity = f.severity;
            row.report.message = tr(options.lang, "I den konverterade tabellen: ", "In the converted table: ") +
                                 finding_message(f, options.lang);
            row.converted_sheet = converted[k].sheet.name;
            row.row = f.row;
            row.col = f.col;
            rows.push_back(std::move(row));
        }
        emit_sheet(clean, grid, converted[k].sheet, blocks, totals, marked, out);
    }
    // Each finding's cell as written, found through one index per sheet that has findings.
    std::map<std::string, std::map<Key, const NewCell*>> written;
    for (const FindingRow& row : rows)
        if (!row.converted_sheet.empty()) written[row.converted_sheet];
    for (const NewSheet& sheet : out.sheets)
        if (auto w = written.find(sheet.name); w != written.end())
            for (const NewCell& c : sheet.cells) w->second[{c.row, c.col}] = &c;
    for (FindingRow& row : rows)
        if (auto w = written.find(row.converted_sheet); w != written.end())
            if (auto c = w->second.find({row.row, row.col}); c != w->second.end()) fill_value_now(out, *c->second, row);
    add_findings_sheet(rows, options.source_link, options.lang, out);
    for (NewSheet& sheet : out.sheets)
        if (sheet.page) sheet.page->footer = page_footer(options.lang);
    return out;
}

}  // namespace sk::convert
