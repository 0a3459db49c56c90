// summakoll fix FILE -o OUT.xlsx [--totals formula|value] [--no-report-sheet] [--in-place] [--plan-json PLAN.json]:
// the user's own workbook, corrected; never overwrites FILE.
#include <filesystem>
#include <iostream>
#include <memory>

#include "app/fix_any_file.hpp"
#include "cli/command.hpp"
#include "write/backup_file.hpp"

namespace sk::cli {

namespace fs = std::filesystem;

namespace {

bool same_file(const std::string& a, const std::string& b) {
    std::error_code ec;
    if (fs::exists(b, ec) && fs::equivalent(a, b, ec)) return true;
    return fs::weakly_canonical(a, ec) == fs::weakly_canonical(b, ec);
}

}  // namespace

void register_fix(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("fix", "Skriv en rättad kopia av arbetsboken");
    auto file = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto totals = std::make_shared<std::string>("formula");
    auto no_report = std::make_shared<bool>(false);
    auto in_place = std::make_shared<bool>(false);
    auto plan_json = std::make_shared<std::string>();
    cmd->add_option("FILE", *file, "Arbetsbok (.xlsx, .xlsm; .ods, .xls och .pdf konverteras till .xlsx)")->required();
    cmd->add_option("-o,--output", *out, "Den rättade arbetsboken");
    cmd->add_option("--totals", *totals, "formula: SUMMA-formler (standard); value: fasta värden")
        ->check(CLI::IsMember({"formula", "value"}));
    cmd->add_flag("--no-report-sheet", *no_report, "Lägg inte till bladet Summakoll");
    cmd->add_flag("--in-place", *in_place, "Skriv över FILE och behåll originalet som FILE.bak (FILE.bak-2 … om den finns)");
    cmd->add_option("--plan-json", *plan_json, "Skriv ändringarna och cellerna för en person som JSON hit");
    cmd->callback([&ctx, file, out, totals, no_report, in_place, plan_json] {
        Lang lang = ctx.lang();
        if (out->empty() && !*in_place) {
            std::cerr << "summakoll: " << tr(lang, "ange -o UT.xlsx (eller --in-place)", "give -o OUT.xlsx (or --in-place)") << "\n";
            ctx.exit_code = 2;
            return;
        }
        std::string target = *in_place ? *file : *out;
        if (!*in_place && same_file(*file, *out)) {
            std::cerr << *file << ": "
                      << tr(lang, "-o är samma fil som indata; använd --in-place för att skriva över (en .bak sparas)",
                            "-o is the input file; use --in-place to overwrite it (a .bak is kept)")
                      << "\n";
            ctx.exit_code = 2;
            return;
        }
        fix::FixOptions options{*totals == "value" ? fix::TotalsAs::Value : fix::TotalsAs::Formula, !*no_report, lang,
                                *plan_json};
        // The report is printed before the workbook is written: findings show even when writing fails.
        bool reported = false;
        auto report = [&](const FileCheck& check, const std::vector<std::string>& messages) {
            write_check_text(check, messages, lang, std::cout, ctx.show());
            std::cout.flush();
            reported = true;
        };
        std::string backup;  // removed again when nothing was written over the file
        try {
            if (*in_place) backup = write_backup(*file, lang);
            fix::FixOutcome outcome = convert::fix_any_file(*file, target, options, report);
            if (!reported) write_check_text(outcome.check, outcome.messages, lang, std::cout, ctx.show());
            if (!outcome.written) {
                std::error_code ignored;
                if (!backup.empty()) fs::remove(backup, ignored);
                ctx.exit_code = 2;
                return;
            }
            std::cout << (lang == Lang::Sv ? "Rättad arbetsbok: " : "Corrected workbook: ") << target << " ("
                      << outcome.changed << (lang == Lang::Sv ? " celler ändrade, " : " cells changed, ")
                      << outcome.for_person << (lang == Lang::Sv ? " markerade för en person" : " marked for a person")
                      << convert::converted_note(outcome, lang) << ")\n";
            ctx.exit_code = has_errors({outcome.check}) ? 1 : 0;
        } catch (const std::exception& e) {
            std::error_code ignored;
            if (!backup.empty()) fs::remove(backup, ignored);
            std::cerr << e.what() << "\n";
            ctx.exit_code = 2;
        }
    });
}

}  // namespace sk::cli
