// summakoll compare A B [--nyckel KOLUMN] [-o DIFF.xlsx] [--format text|json]:
// the tables of two files matched row by row and column by column; exit 0
// when they agree, 1 when they differ, 2 when a file cannot be read.
#include <filesystem>
#include <iostream>
#include <memory>

#include "cli/command.hpp"
#include "compare/compare.hpp"
#include "compare/compare_report.hpp"
#include "compare/compare_workbook.hpp"
#include "write/write_xlsx.hpp"

namespace sk::cli {

namespace fs = std::filesystem;

void register_compare(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand("compare", "Jämför tabellerna i två filer rad för rad (kommun, region, län, aktör)");
    auto a = std::make_shared<std::string>();
    auto b = std::make_shared<std::string>();
    auto key = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("text");
    cmd->add_option("A", *a, "Den första filen (.xlsx, .docx, .csv, .ods, .xls, .pdf)")->required();
    cmd->add_option("B", *b, "Den andra filen (utan B: texten i Word- eller PDF-dokumentet A mot dess egna tabeller)");
    cmd->add_option("--nyckel,--key", *key, "Kolumnen som säger vilken rad det är: rubriken eller bokstaven");
    cmd->add_option("-o,--output", *out, "Skriv jämförelsen som en arbetsbok (.xlsx)");
    cmd->add_option("--format", *format, "text eller json")->check(CLI::IsMember({"text", "json"}));
    cmd->callback([&ctx, a, b, key, out, format] {
        const Lang lang = ctx.lang();
        if (!out->empty()) {
            std::error_code ec;
            for (const std::string* in : {a.get(), b.get()})
                if (fs::weakly_canonical(*in, ec) == fs::weakly_canonical(*out, ec) ||
                    (fs::exists(*out, ec) && fs::equivalent(*in, *out, ec))) {
                    std::cerr << *out << ": " << tr(lang, "-o är en av filerna som jämförs", "-o is one of the files compared") << "\n";
                    ctx.exit_code = 2;
                    return;
                }
        }
        std::optional<Workbook> wa = read_or_say(*a, ctx);
        std::optional<Workbook> wb = b->empty() ? std::nullopt : read_or_say(*b, ctx);
        if (!wa || (!b->empty() && !wb)) return;
        if (b->empty() && !wa->can().prose) {
            std::cerr << *a << ": " << tr(lang, "ange en andra fil att jämföra med (bara ett Word- eller PDF-dokuments text jämförs med dess egna tabeller)",
                                          "give a second file to compare with (only the text of a Word or PDF document is compared with its own tables)")
                      << "\n";
            ctx.exit_code = 2;
            return;
        }
        compare::CompareOptions options;
        if (!key->empty()) options.key_column = *key;
        const compare::Comparison c = wb ? compare::compare_workbooks(*wa, *wb, options) : compare::compare_text(*wa);
        if (!out->empty()) {
            try {
                write_xlsx(compare::comparison_workbook(c), *out);
            } catch (const WriteError& e) {
                std::cerr << describe(e, *out, lang) << "\n";
                ctx.exit_code = 2;
                return;
            }
        }
        if (*format == "json") {
            std::cout << compare::comparison_json(c, lang).dump(1) << "\n";
        } else {
            compare::write_comparison_text(c, lang, std::cout);
            if (!out->empty()) std::cout << tr(lang, "Jämförelsen: ", "The comparison: ") << *out << "\n";
        }
        const bool nothing_paired = wb && c.pairs.empty() && c.ambiguous_tables.empty();
        ctx.exit_code = c.difference_count() > 0 || nothing_paired ? 1 : 0;
    });
}

}  // namespace sk::cli
