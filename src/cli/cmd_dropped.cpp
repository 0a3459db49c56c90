// `summakoll FILE...`: check each dropped file, write FILE.kontrollerad.xlsx
// beside it (never over an existing file) and print the short report; a
// dropped folder is checked as a batch into FOLDER.kontrollerad.
#include <algorithm>
#include <filesystem>
#include <iostream>

#include "app/convert_file.hpp"
#include "app/fix_any_file.hpp"
#include "base/ascii.hpp"
#include "cli/command.hpp"

namespace sk::cli {

namespace fs = std::filesystem;

namespace {

// "budget.xlsx" → "budget.kontrollerad.xlsx", or "budget.kontrollerad-2.xlsx" when taken.
std::string checked_name(const std::string& input) {
    fs::path p(input);
    fs::path base = p.parent_path() / (p.stem().string() + ".kontrollerad");
    std::string candidate = base.string() + ".xlsx";
    for (int n = 2; fs::exists(candidate); ++n) candidate = base.string() + "-" + std::to_string(n) + ".xlsx";
    return candidate;
}

// Word and CSV files cannot be corrected in place: they are converted instead.
bool converted_not_fixed(const std::string& file) {
    const std::string ext = ascii_lower(fs::path(file).extension().string());
    return ext == ".docx" || ext == ".csv" || ext == ".txt" || ext == ".tsv";
}

}  // namespace

int run_dropped_files(const std::vector<std::string>& files, const Context& ctx) {
    Lang lang = ctx.lang();
    std::vector<FileCheck> checks;
    bool failed = false;
    int folders = 0;  // the worst exit code of the dropped folders
    for (const std::string& file : files) {
        std::error_code ec;
        if (fs::is_directory(file, ec)) {
            // A folder is checked as a batch: "Ansökningar/" → "Ansökningar.kontrollerad/" beside it.
            fs::path dir = fs::path(file).lexically_normal();
            if (dir.filename().empty()) dir = dir.parent_path();
            folders = std::max(folders, batch_folder(file, dir.string() + ".kontrollerad", false, 0, lang));
            continue;
        }
        std::string output = checked_name(file);
        try {
            if (converted_not_fixed(file)) {
                convert::ConvertOutcome outcome = convert::convert_file(file, output, lang);
                write_check_text({outcome.check}, lang, std::cout, ctx.show());
                if (outcome.written) std::cout << "  " << tr(lang, "Ny arbetsbok: ", "New workbook: ") << output << "\n";
                failed |= !outcome.written;
                checks.push_back(std::move(outcome.check));
                continue;
            }
            fix::FixOutcome outcome = convert::fix_any_file(file, output, {fix::TotalsAs::Formula, true, lang, ""});
            write_check_text(outcome.check, outcome.messages, lang, std::cout, ctx.show());
            if (outcome.written)
                std::cout << "  " << tr(lang, "Rättad kopia: ", "Corrected copy: ") << output
                          << convert::converted_note(outcome, lang) << "\n";
            failed |= !outcome.written;
            checks.push_back(std::move(outcome.check));
        } catch (const std::exception& e) {
            std::cerr << e.what() << "\n";
            failed = true;
        }
    }
    if (failed || folders == 2) return 2;
    return has_errors(checks) || folders == 1 ? 1 : 0;
}

}  // namespace sk::cli
