#include "cli/app.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "write/write_error.hpp"

namespace sk::cli {

namespace {

// The top help's last lines: what a file given without a command gets, the exit codes, examples.
const char* top_footer(Lang lang) {
    return tr(lang,
              "Utan kommando: summakoll FIL... kontrollerar varje fil och skriver FIL.kontrollerad.xlsx bredvid den\n"
              "(originalet ändras aldrig); en mapp kontrolleras som med batch, till MAPP.kontrollerad.\n"
              "\n"
              "Slutkoder: 0 inga fel, 1 fel i summorna, 2 en fil kunde inte läsas eller fel i kommandoraden.\n"
              "\n"
              "Exempel:\n"
              "  summakoll beslut.xlsx                      kontrollera och skriv beslut.kontrollerad.xlsx\n"
              "  summakoll check --visa fel underlag.docx   lista bara felen\n"
              "  summakoll batch Ansökningar -o Kontrollerat  hela mappen, med Kontrollerat/index.xlsx",
              "Without a command: summakoll FILE... checks each file and writes FILE.kontrollerad.xlsx beside it\n"
              "(the original is never changed); a folder is checked as by batch, into FOLDER.kontrollerad.\n"
              "\n"
              "Exit codes: 0 no errors, 1 errors in the sums, 2 a file could not be read or a usage error.\n"
              "\n"
              "Examples:\n"
              "  summakoll beslut.xlsx                      check and write beslut.kontrollerad.xlsx\n"
              "  summakoll check --show errors underlag.docx  list only the errors\n"
              "  summakoll batch Ansokningar -o Checked     the whole folder, with Checked/index.xlsx");
}

// The words of CLI11's help frame, in the language of the messages.
void set_help_words(CLI::App& app, Lang lang, bool top) {
    auto formatter = app.get_formatter();
    const std::pair<const char*, const char*> labels[] = {
        {"Usage", tr(lang, "Användning", "Usage")},      {"OPTIONS", tr(lang, "FLAGGOR", "OPTIONS")},
        {"SUBCOMMAND", tr(lang, "KOMMANDO", "SUBCOMMAND")}, {"SUBCOMMANDS", tr(lang, "KOMMANDON", "SUBCOMMANDS")},
        {"Positionals", tr(lang, "Argument", "Positionals")}, {"REQUIRED", tr(lang, "KRÄVS", "REQUIRED")},
        {"TEXT", tr(lang, "TEXT", "TEXT")},              {"UINT", tr(lang, "HELTAL", "UINT")},
        {"INT", tr(lang, "HELTAL", "INT")},              {"Needs", tr(lang, "Kräver", "Needs")},
        {"Excludes", tr(lang, "Utesluter", "Excludes")}};
    for (const auto& [key, word] : labels) formatter->label(key, word);
    for (CLI::Option* opt : app.get_options()) opt->group(tr(lang, "Flaggor", "Options"));
    if (CLI::Option* help = app.get_help_ptr()) help->description(tr(lang, "Visa den här hjälpen", "Show this help"));
    if (CLI::Option* version = app.get_version_ptr())
        version->description(tr(lang, "Visa programmets version", "Show the program's version"));
    if (top) app.footer(top_footer(lang));
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        sub->group(tr(lang, "Kommandon", "Commands"));
        set_help_words(*sub, lang, false);
    }
}

// The language asked for anywhere on the command line (CLI11 has not parsed it yet when the help's words are chosen).
Lang lang_of(int argc, char** argv) {
    Lang lang = Lang::Sv;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (arg == "--lang" && i + 1 < argc) lang = lang_from_name(argv[i + 1]).value_or(lang);
        else if (arg.rfind("--lang=", 0) == 0) lang = lang_from_name(arg.substr(7)).value_or(lang);
    }
    return lang;
}

// What follows the first "prefix" in `text`, or nullopt.
std::optional<std::string> after(const std::string& text, std::string_view prefix) {
    std::size_t at = text.find(prefix);
    if (at == std::string::npos) return std::nullopt;
    return text.substr(at + prefix.size());
}

}  // namespace

std::string parse_error_text(const CLI::ParseError& e, Lang lang) {
    std::string what = e.what();
    const std::string help = tr(lang, " (--help visar hjälpen)", " (--help shows the help)");
    if (lang == Lang::En) return what + help;
    if (dynamic_cast<const CLI::RequiredError*>(&e)) {
        if (what.rfind("A subcommand", 0) == 0)
            return "ange en fil eller ett kommando (check, fix, convert, batch, parse, tables, dump, serve)" + help;
        if (what.size() > 12 && what.ends_with(" is required")) return what.substr(0, what.size() - 12) + " krävs" + help;
    }
    if (dynamic_cast<const CLI::ExtrasError*>(&e)) {
        if (auto rest = after(what, "were not expected: ")) return "oväntade argument: " + *rest + help;
        if (auto rest = after(what, "was not expected: ")) return "oväntat argument: " + *rest + help;
    }
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&e)) {
        std::size_t colon = what.find(':');
        return (colon == std::string::npos ? std::string("ett värde saknas") : what.substr(0, colon) + ": värde saknas") + help;
    }
    if (dynamic_cast<const CLI::ValidationError*>(&e) || dynamic_cast<const CLI::ConversionError*>(&e)) {
        // "--format: xml not in {text,json}" → "--format: xml är inte något av {text,json}"
        std::size_t colon = what.find(": ");
        std::size_t not_in = what.find(" not in ");
        if (colon != std::string::npos && not_in != std::string::npos && not_in > colon)
            return what.substr(0, colon + 2) + what.substr(colon + 2, not_in - colon - 2) + " är inte något av " +
                   what.substr(not_in + 8) + help;
        return "ogiltigt värde: " + what + help;
    }
    return what + help;
}

std::unique_ptr<CLI::App> make_app(Context& ctx) {
    auto app = std::make_unique<CLI::App>("summakoll – kontrollerar summor i tabeller över stimulansmedel", "summakoll");
    app->set_help_flag("-h,--help", "Visa den här hjälpen");
    app->set_version_flag("--version", "summakoll 0.1.0", "Visa programmets version");
    app->add_option("--lang", ctx.lang_name, "Språk för meddelanden: sv eller en")
        ->check(CLI::IsMember({"sv", "en"}));
    app->add_option("--visa,--show", ctx.show_name,
                    "Vilka fynd som listas: fel, varningar (fel och varningar) eller allt (English: errors, warnings, all)")
        ->check(CLI::IsMember({"fel", "varningar", "allt", "errors", "warnings", "all"}));
    app->fallthrough();
    app->require_subcommand(1);
    return app;
}

int run_app(CLI::App& app, int argc, char** argv, const Context& ctx) {
    const Lang lang = lang_of(argc, argv);
    set_help_words(app, lang, true);
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        std::cerr << "summakoll: " << parse_error_text(e, lang) << "\n";
        return 2;
    } catch (const std::exception& e) {
        std::cerr << "summakoll: " << e.what() << "\n";
        return 2;
    }
    return ctx.exit_code;
}

int with_stdout_written(int exit_code, const Context& ctx) {
    errno = 0;
    std::cout.flush();
    if (std::cout && std::fflush(stdout) == 0 && !std::ferror(stdout)) return exit_code;
    int error = errno;
    // The write that failed may have been long ago, its errno gone: one more byte tells.
    if (error == 0 && ::write(STDOUT_FILENO, "\n", 1) < 0) error = errno;
    std::cerr << "summakoll: " << tr(ctx.lang(), "kan inte skriva till standard ut: ", "cannot write to standard output: ")
              << system_reason(error ? error : EIO, ctx.lang()) << "\n";
    return 2;
}

}  // namespace sk::cli
