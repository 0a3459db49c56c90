// summakoll convert FILE -o OUT.xlsx: the tables of a Word, CSV or Excel file
// as a clean workbook with SUM formulas and a Summakoll sheet; never
// overwrites FILE.
#include <filesystem>
#include <iostream>
#include <memory>

#include "app/convert_file.hpp"
#include "cli/command.hpp"

namespace sk::cli {

namespace fs = std::filesystem;

void register_convert(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("convert", "Gör om tabellerna i en Word-, CSV- eller Excelfil till en ren arbetsbok");
    auto file = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    cmd->add_option("FILE", *file, "Word-dokument, CSV-fil eller arbetsbok")->required();
    cmd->add_option("-o,--output", *out, "Den nya arbetsboken (.xlsx)")->required();
    cmd->callback([&ctx, file, out] {
        Lang lang = ctx.lang();
        std::error_code ec;
        if (fs::weakly_canonical(*file, ec) == fs::weakly_canonical(*out, ec) ||
            (fs::exists(*out, ec) && fs::equivalent(*file, *out, ec))) {
            std::cerr << *file << ": " << tr(lang, "-o är samma fil som indata", "-o is the input file") << "\n";
            ctx.exit_code = 2;
            return;
        }
        try {
            convert::ConvertOutcome outcome = convert::convert_file(*file, *out, lang);
            write_check_text({outcome.check}, lang, std::cout, ctx.show());
            if (!outcome.written) {
                ctx.exit_code = 2;
                return;
            }
            std::cout << tr(lang, "Ny arbetsbok: ", "New workbook: ") << *out << " (" << outcome.tables
                      << tr(lang, " tabeller)\n", " tables)\n");
            ctx.exit_code = has_errors({outcome.check}) ? 1 : 0;
        } catch (const std::exception& e) {
            std::cerr << e.what() << "\n";
            ctx.exit_code = 2;
        }
    });
}

}  // namespace sk::cli
