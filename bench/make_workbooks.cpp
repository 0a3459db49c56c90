// bench_make_workbooks OUTDIR [10k|100k|1m|all]: deterministic allocation-
// shaped workbooks for the benchmarks (issue 9), written with summakoll's own
// writer, and the time each write took.
//
// Shape: a header row (bold, frozen), then rows of
//   A Kommun (text)  B Insats (text)  C År  D Beviljat (kr)
//   E Utbetalt (kr; a quarter typed as Swedish text, "1 234 567 kr")
//   F Återbetalt (kr)  G Andel (%)  H Antal (number; about a fifth "uppgift saknas" or "se bilaga")
// and every 50th row a "Summa" row of SUM formulas (D, E, F, H) over the 49 rows above it,
// with the values Excel would cache (text amounts are not summed, as in Excel).
// 100 000 rows give ≈ 794 000 cells, ≈ 31 % of them text, ≈ 29 MB of sheet XML.
#include <chrono>
#include <ctime>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "write/write_xlsx.hpp"

namespace {

struct Random {
    std::uint64_t state;
    std::uint32_t next() {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return std::uint32_t(state >> 33);
    }
    std::uint32_t below(std::uint32_t n) { return next() % n; }
};

// "1 234 567 kr" with the space Swedish typists use most (U+0020), sometimes
// the no-break space Excel puts in.
std::string swedish_kr(std::uint64_t v, bool nbsp) {
    std::string digits = std::to_string(v), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += nbsp ? "\u00A0" : " ";
        out += digits[i];
    }
    return out + " kr";
}

const char* const kommuner[] = {"Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund",
                                "Sundsvall", "Timrå", "Ånge", "Kramfors", "Sollefteå", "Härnösand", "Örnsköldsvik"};
const char* const insatser[] = {"Suicidprevention", "Barn och unga", "Psykisk hälsa äldre", "Samverkan region",
                                "Utbildning MHFA", "Brukarinflytande", "Tidiga insatser", "Kompetensutveckling"};

sk::NewWorkbook allocation(std::uint32_t rows) {
    sk::NewWorkbook wb;
    wb.created_utc = "2026-01-01T00:00:00Z";  // the same bytes on every run
    sk::StyleId head = wb.style({.bold = true, .fill_rgb = 0xDDEBF7});
    sk::StyleId kr = wb.style({.num_format = "#,##0 \"kr\""});
    sk::StyleId pct = wb.style({.num_format = "0.0%"});
    sk::StyleId sum = wb.style({.num_format = "#,##0 \"kr\"", .bold = true});
    sk::NewSheet& s = wb.add_sheet("Fördelning");
    s.cells.reserve(std::size_t(rows) * 8);
    const char* heads[] = {"Kommun", "Insats", "År", "Beviljat", "Utbetalt", "Återbetalt", "Andel", "Antal"};
    for (std::uint32_t c = 0; c < 8; ++c) s.set_text(0, c, heads[c], head);
    s.freeze_rows = 1;
    s.print_title_rows = 1;
    s.column_widths = {{0, 16}, {1, 22}, {3, 14}, {4, 14}, {5, 14}};

    Random rnd{20260101};
    const std::uint32_t summed[] = {3, 4, 5, 7};
    double block[4] = {0, 0, 0, 0};  // D, E, F, H of the rows since the last Summa row
    std::uint32_t block_start = 1;
    for (std::uint32_t r = 1; r < rows; ++r) {
        if (r % 50 == 0) {
            s.set_text(r, 0, "Summa", head);
            for (std::uint32_t k = 0; k < 4; ++k) {
                std::string col = sk::column_name(summed[k]);
                s.set_formula(r, summed[k], "SUM(" + col + std::to_string(block_start + 1) + ":" + col + std::to_string(r) + ")",
                              block[k], k < 3 ? sum : head);
                block[k] = 0;
            }
            block_start = r + 1;
            continue;
        }
        s.set_text(r, 0, kommuner[rnd.below(15)]);
        s.set_text(r, 1, insatser[rnd.below(8)]);
        s.set_number(r, 2, 2020 + rnd.below(7));
        double granted = 10000.0 * (10 + rnd.below(2000));
        double paid = granted - 1000.0 * rnd.below(100);
        double repaid = 100.0 * rnd.below(50);
        s.set_number(r, 3, granted, kr);
        if (rnd.below(4) == 0) {
            s.set_text(r, 4, swedish_kr(std::uint64_t(paid), rnd.below(3) == 0));
        } else {
            s.set_number(r, 4, paid, kr);
            block[1] += paid;
        }
        block[0] += granted;
        s.set_number(r, 5, repaid, kr);
        block[2] += repaid;
        s.set_number(r, 6, (1 + rnd.below(999)) / 1000.0, pct);
        std::uint32_t kind = rnd.below(100);
        if (kind < 22) {
            s.set_text(r, 7, kind < 11 ? "uppgift saknas" : "se bilaga");
        } else {
            double count = 1 + rnd.below(40);
            s.set_number(r, 7, count);
            block[3] += count;
        }
    }
    return wb;
}

struct Size {
    const char* name;
    std::uint32_t rows;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2 || argc > 3) {
        std::cerr << "usage: bench_make_workbooks OUTDIR [10k|100k|1m|all]\n";
        return 2;
    }
    std::string which = argc == 3 ? argv[2] : "all";
    // 1 M cells at ≈ 7.94 cells per row.
    const Size sizes[] = {{"10k", 10000}, {"100k", 100000}, {"1m", 126000}};
    std::filesystem::create_directories(argv[1]);
    bool any = false;
    for (const Size& z : sizes) {
        if (which != "all" && which != z.name) continue;
        any = true;
        std::string name = std::string("allocation-") + (z.rows == 126000 ? "1m-cells" : z.name + std::string("-rows")) + ".xlsx";
        std::string path = (std::filesystem::path(argv[1]) / name).string();
        // Wall and CPU time: on a shared machine the CPU time is the steadier figure.
        auto t0 = std::chrono::steady_clock::now();
        std::clock_t c0 = std::clock();
        sk::NewWorkbook wb = allocation(z.rows);
        auto t1 = std::chrono::steady_clock::now();
        std::clock_t c1 = std::clock();
        try {
            sk::write_xlsx(wb, path);
        } catch (const sk::WriteError& e) {
            std::cerr << sk::describe(e, path, sk::Lang::En) << '\n';
            return 2;
        }
        auto t2 = std::chrono::steady_clock::now();
        std::clock_t c2 = std::clock();
        auto cpu = [](std::clock_t a, std::clock_t b) { return double(b - a) / CLOCKS_PER_SEC; };
        std::size_t cells = wb.sheets[0].cells.size(), texts = 0;
        for (const sk::NewCell& c : wb.sheets[0].cells) texts += std::holds_alternative<std::string>(c.value);
        std::printf("%s: %u rows, %zu cells, %.1f %% text, %.1f MB; build %.3f s (cpu %.3f s), write %.3f s (cpu %.3f s)\n",
                    path.c_str(), z.rows, cells, 100.0 * double(texts) / double(cells),
                    double(std::filesystem::file_size(path)) / 1e6, std::chrono::duration<double>(t1 - t0).count(),
                    cpu(c0, c1), std::chrono::duration<double>(t2 - t1).count(), cpu(c1, c2));
    }
    if (!any) {
        std::cerr << "bench_make_workbooks: unknown size " << which << " (10k, 100k, 1m or all)\n";
        return 2;
    }
    return 0;
}
