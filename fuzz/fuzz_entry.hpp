// What each fuzz target does with one input. Shared by the libFuzzer programs
// in this folder and by tests/fuzz/fuzz_regressions_test.cpp, which replays
// every input a fuzzer ever crashed on through the very same function.
// A ReadError is the expected answer to a bad file; anything else that
// escapes (another exception, a crash, a sanitizer report) is a bug.
#pragma once

#include <string>
#include <string_view>

#include "check/check.hpp"
#include "check/formula.hpp"
#include "normalise/amount.hpp"
#include "read/read_workbook.hpp"

namespace sk::fuzz {

// Small caps so one input cannot spend seconds or gigabytes: libFuzzer would
// report that as a timeout or out-of-memory, not as the ReadError it is.
inline ReadLimits limits() {
    ReadLimits l;
    l.max_file_bytes = 8u << 20;
    l.max_entry_bytes = 8u << 20;
    l.max_total_bytes = 32u << 20;
    l.max_cells = 200'000;
    l.max_text_bytes = 16u << 20;
    return l;
}

// A workbook that was read goes on through the checker: its table finder and
// formula evaluation then see the same odd grids the reader let through.
template <class Reader>
void read_and_check(Reader reader, std::string_view data, const std::string& name) {
    try {
        Workbook wb = reader(data, name, limits());
        check::check_workbook(wb);
    } catch (const ReadError&) {
    }
}

inline void xlsx(std::string_view data) {
    read_and_check([](auto d, auto& n, auto l) { return read_xlsx_bytes(d, n, l); }, data, "fuzz.xlsx");
}
inline void docx(std::string_view data) {
    read_and_check([](auto d, auto& n, auto l) { return read_docx_bytes(d, n, l); }, data, "fuzz.docx");
}
// An .ods goes through the dispatch by content, as a user's file does.
inline void ods(std::string_view data) {
    read_and_check([](auto d, auto& n, auto l) { return read_workbook_bytes(std::string(d), n, l); }, data, "fuzz.ods");
}
inline void csv(std::string_view data) {
    read_and_check([](auto d, auto& n, auto l) { return read_csv_bytes(d, n, l); }, data, "fuzz.csv");
}

// The first byte picks the column hint, the rest is the cell's text.
inline void number(std::string_view data) {
    num::ColumnHint hint;
    if (!data.empty()) {
        auto b = static_cast<unsigned char>(data.front());
        hint.kind = static_cast<num::ColumnKind>(b % 8);
        hint.separator = static_cast<num::ColumnHint::Separator>((b / 8) % 3);
        data.remove_prefix(1);
    }
    num::Parsed p = num::parse(data, hint);
    if (p.ok()) {
        num::format(p.reading);
        num::format_in_scale(p.reading);
    }
    for (const auto& c : p.candidates) num::format(c);
}

// A formula evaluated against a small sheet with numbers, text, an error and
// a second sheet, so references of every kind find something (or nothing).
inline const Workbook& formula_workbook() {
    static const Workbook wb = [] {
        auto cell = [](std::uint32_t r, std::uint32_t c, CellType type, double number, std::string text) {
            Cell cell;
            cell.row = r, cell.col = c, cell.type = type, cell.number = number, cell.text = std::move(text);
            return cell;
        };
        Workbook w;
        w.styles.emplace_back();
        w.sheets.resize(2);
        w.sheets[0].name = "Blad1";
        for (std::uint32_t r = 0; r < 6; ++r)
            for (std::uint32_t c = 0; c < 3; ++c)
                w.sheets[0].cells.push_back(r == 2 && c == 1   ? cell(r, c, CellType::Text, 0, "12 tkr")
                                            : r == 4 && c == 2 ? cell(r, c, CellType::Error, 0, "#REF!")
                                                               : cell(r, c, CellType::Number, r * 10 + c, ""));
        w.sheets[1].name = "Data 2";
        w.sheets[1].cells.push_back(cell(0, 0, CellType::Number, 7, ""));
        return w;
    }();
    return wb;
}

inline void formula(std::string_view data) {
    if (auto f = check::parse_sum_formula(data)) check::evaluate(*f, formula_workbook(), formula_workbook().sheets[0]);
}

}  // namespace sk::fuzz
