// Test-only program: writes a few workbooks with summakoll's writer into a
// folder, with expected.tsv listing cells and the values they must show once
// LibreOffice has opened (and, when asked, recalculated) them:
//   file <TAB> sheet <TAB> cell <TAB> n|s <TAB> value
// The expected sums are added up here from the numbers written, independently
// of the formulas. stale.xlsx carries deliberately wrong cached values (0), so
// only a real recalculation gives the expected sums there.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "write/write_xlsx.hpp"

namespace {

struct Expectations {
    std::ofstream out;
    void number(const std::string& file, const std::string& sheet, const std::string& cell, double v) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.17g", v);
        out << file << '\t' << sheet << '\t' << cell << "\tn\t" << buf << '\n';
    }
    void text(const std::string& file, const std::string& sheet, const std::string& cell, const std::string& v) {
        out << file << '\t' << sheet << '\t' << cell << "\ts\t" << v << '\n';
    }
};

struct Styles {
    sk::StyleId head, kr, total, pct, link;
    explicit Styles(sk::NewWorkbook& wb)
        : head(wb.style({.bold = true, .fill_rgb = 0xDDEBF7, .wrap = true})),
          kr(wb.style({.num_format = "#,##0 \"kr\""})),
          total(wb.style({.num_format = "#,##0 \"kr\"", .bold = true})),
          pct(wb.style({.num_format = "0.0%"})),
          link(wb.style({.underline = true, .font_rgb = 0x0563C1})) {}
};

// One block per area: items, a SUM row; a grand total summing the SUM rows;
// a percentage of the total per item. `stale` writes 0 as every cached value.
void allocation_sheet(sk::NewWorkbook& wb, const Styles& st, const std::string& sheet_name, const std::string& file,
                      int areas, int items, bool stale, Expectations& expect) {
    sk::NewSheet& s = wb.add_sheet(sheet_name);
    const std::string name = s.name;
    s.set_text(0, 0, "Kommun", st.head);
    s.set_text(0, 1, "Belopp", st.head);
    s.set_text(0, 2, "Andel", st.head);
    s.freeze_rows = 1;
    s.print_title_rows = 1;
    s.column_widths = {{0, 28}, {1, 16}, {2, 10}};
    std::uint32_t row = 1;
    std::string grand_formula = "SUM(";
    double grand = 0;
    std::vector<std::pair<std::uint32_t, double>> item_rows;
    for (int a = 0; a < areas; ++a) {
        s.set_text(row, 0, "Område " + std::to_string(a + 1), st.head);
        s.merged.push_back({row, 0, row, 2});
        ++row;
        std::uint32_t first = row;
        double sum = 0;
        for (int i = 0; i < items; ++i) {
            double amount = 100000 + 7919.5 * ((a * items + i) % 97) + (a + 1) * 1000;
            s.set_text(row, 0, "Kommun " + std::to_string(a + 1) + "." + std::to_string(i + 1));
            s.set_number(row, 1, amount, st.kr);
            item_rows.push_back({row, amount});
            sum += amount;
            ++row;
        }
        std::string range = "B" + std::to_string(first + 1) + ":B" + std::to_string(row);
        s.set_text(row, 0, "Summa område " + std::to_string(a + 1), st.head);
        s.set_formula(row, 1, "SUM(" + range + ")", stale ? 0.0 : sum, st.total);
        expect.number(file, name, sk::a1(row, 1), sum);
        grand_formula += (a ? "," : "") + sk::a1(row, 1);
        grand += sum;
        row += 2;
    }
    grand_formula += ")";
    s.set_text(row, 0, "Totalt", st.head);
    s.set_formula(row, 1, grand_formula, stale ? 0.0 : grand, st.total);
    expect.number(file, name, sk::a1(row, 1), grand);
    expect.text(file, name, "A" + std::to_string(row + 1), "Totalt");
    std::string total_cell = "$B$" + std::to_string(row + 1);
    for (auto [r, amount] : item_rows) {
        s.set_formula(r, 2, "B" + std::to_string(r + 1) + "/" + total_cell, stale ? 0.0 : amount / grand, st.pct);
        expect.number(file, name, sk::a1(r, 2), amount / grand);
    }
    s.autofilter = sk::Range{0, 0, row - 1, 2};
}

void write(const sk::NewWorkbook& wb, const std::string& dir, const std::string& file) {
    sk::write_xlsx(wb, dir + "/" + file);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: write_sample_workbooks OUTDIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    Expectations expect{std::ofstream(dir + "/expected.tsv")};
    try {
        {  // Two sheets, names needing quotes, a cross-sheet total and a link.
            sk::NewWorkbook wb;
            Styles st(wb);
            allocation_sheet(wb, st, "Fördelning 2026", "sums.xlsx", 3, 6, false, expect);
            allocation_sheet(wb, st, "Område: Barn/unga", "sums.xlsx", 2, 4, false, expect);
            sk::NewSheet& s = wb.add_sheet("Summakoll");
            const sk::NewSheet& first = wb.sheets[0];
            std::string total_cell = sk::a1(first.cells.back().row, 1);
            // The grand total of the first sheet, found as the cell right of "Totalt".
            for (const sk::NewCell& c : first.cells)
                if (auto* t = std::get_if<std::string>(&c.value); t && *t == "Totalt") total_cell = sk::a1(c.row, 1);
            double grand = 0;
            for (const sk::NewCell& c : first.cells)
                if (c.col == 1 && std::holds_alternative<double>(c.value)) grand += std::get<double>(c.value);
            s.set_text(0, 0, " Kontroll med blanksteg ");
            s.set_formula(1, 0, sk::quote_sheet_name(first.name) + "!" + total_cell + "*2", grand * 2, st.kr);
            s.set_formula(2, 0, sk::internal_link_formula(first.name, total_cell, "Gå till totalen"),
                          std::string("Gå till totalen"), st.link);
            s.set_bool(3, 0, true);
            expect.number("sums.xlsx", s.name, "A2", grand * 2);
            expect.text("sums.xlsx", s.name, "A1", " Kontroll med blanksteg ");
            expect.text("sums.xlsx", s.name, "A3", "Gå till totalen");
            write(wb, dir, "sums.xlsx");
        }
        {  // Wrong caches on purpose: only a recalculation shows the sums.
            sk::NewWorkbook wb;
            Styles st(wb);
            allocation_sheet(wb, st, "Inaktuella summor", "stale.xlsx", 2, 5, true, expect);
            write(wb, dir, "stale.xlsx");
        }
        {  // Many blocks: 60 areas × 49 items, a SUM row every 50 rows.
            sk::NewWorkbook wb;
            Styles st(wb);
            allocation_sheet(wb, st, "Stor tabell", "large.xlsx", 60, 49, false, expect);
            write(wb, dir, "large.xlsx");
        }
    } catch (const sk::WriteError& e) {
        std::cerr << sk::describe(e, dir, sk::Lang::En) << '\n';
        return 2;
    }
    return 0;
}
