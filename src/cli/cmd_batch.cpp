// summakoll batch DIR -o OUTDIR [--force] [--jobs N]: every table file below
// DIR checked and converted into OUTDIR, with OUTDIR/index.xlsx listing them.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "app/run_batch.hpp"
#include "batch/index_workbook.hpp"
#include "batch/progress.hpp"
#include "cli/command.hpp"
#include "write/write_xlsx.hpp"

namespace sk::cli {

namespace fs = std::filesystem;

void register_batch(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("batch", "Kontrollera och gör om alla filer i en mapp, med en indexarbetsbok");
    auto dir = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto force = std::make_shared<bool>(false);
    auto jobs = std::make_shared<unsigned>(0);
    cmd->add_option("DIR", *dir, "Mappen med .xlsx-, .xlsm-, .docx- och .csv-filer")->required();
    cmd->add_option("-o,--output", *out, "Mappen för de nya arbetsböckerna och index.xlsx")->required();
    cmd->add_flag("--force", *force, "Gör om även filer vars utdata är nyare än indata");
    cmd->add_option("--jobs", *jobs, "Antal filer som görs samtidigt (standard: en per kärna)")
        ->check(CLI::Range(1u, 256u));
    cmd->callback([&ctx, dir, out, force, jobs] { ctx.exit_code = batch_folder(*dir, *out, *force, *jobs, ctx.lang()); });
}

int batch_folder(const std::string& dir, const std::string& out, bool force, unsigned jobs, Lang lang) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        std::cerr << dir << ": " << tr(lang, "mappen finns inte", "no such folder") << "\n";
        return 2;
    }
    if (fs::weakly_canonical(dir, ec) == fs::weakly_canonical(out, ec)) {
        std::cerr << out << ": " << tr(lang, "-o måste vara en annan mapp än DIR", "-o must be another folder than DIR") << "\n";
        return 2;
    }
    const bool made = !fs::exists(out, ec);
    fs::create_directories(out, ec);
    if (ec || !fs::is_directory(out, ec)) {
        std::cerr << out << ": " << tr(lang, "mappen kan inte skapas", "the folder cannot be created") << "\n";
        return 2;
    }
    batch::Progress progress(std::cerr, ::isatty(2) == 1, lang);
    batch::BatchOptions options{force, jobs, lang};
    std::vector<batch::BatchItem> items = batch::run_batch(
        dir, out, options,
        [&](std::size_t done, std::size_t total, const batch::BatchItem& item) { progress.file_done(done, total, item); });
    progress.finish();
    const std::vector<batch::NotRead> not_read = batch::not_read(dir, out, items, lang);
    if (items.empty() && not_read.empty()) {
        // Nothing to list: no index, and the output folder only if it was there before.
        if (made) fs::remove(out, ec);
        std::cerr << dir << ": "
                  << tr(lang, "mappen har inga filer att kontrollera (.xlsx, .xlsm, .docx, .csv, .ods, .xls, .pdf)",
                        "the folder has no files to check (.xlsx, .xlsm, .docx, .csv, .ods, .xls, .pdf)")
                  << "\n";
        return 2;
    }
    std::string index = (fs::path(out) / "index.xlsx").string();
    try {
        write_xlsx(batch::index_workbook(items, not_read, lang), index);
    } catch (const WriteError& e) {
        std::cerr << describe(e, index, lang) << "\n";
        return 2;
    }
    std::size_t converted = 0, skipped = 0, failed = 0, unreadable = 0;
    std::vector<FileCheck> checks;
    for (const batch::BatchItem& item : items) {
        converted += !item.output.empty() && !item.skipped;
        skipped += item.skipped;
        failed += item.output.empty();
        unreadable += item.check.error.has_value();
        checks.push_back(item.check);
    }
    std::cout << items.size() << tr(lang, " filer: ", " files: ") << converted << tr(lang, " konverterade, ", " converted, ")
              << skipped << tr(lang, " oförändrade, ", " unchanged, ") << failed
              << tr(lang, " utan utdata, ", " without output, ") << not_read.size()
              << tr(lang, " inte lästa. Index: ", " not read. Index: ") << index << "\n";
    for (const batch::NotRead& n : not_read)
        std::cout << "  " << tr(lang, "inte läst: ", "not read: ") << n.input << ": " << n.reason << "\n";
    if (unreadable == items.size()) {
        std::cerr << dir << ": "
                  << tr(lang, "ingen fil i mappen kunde läsas; index.xlsx säger varför",
                        "no file in the folder could be read; index.xlsx says why")
                  << "\n";
        return 2;
    }
    return failed > 0 || has_errors(checks) ? 1 : 0;
}

}  // namespace sk::cli
