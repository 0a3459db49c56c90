#include <doctest/doctest.h>

#include <map>
#include <string>
#include <utility>
#include <variant>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <unistd.h>

#include "app/run_batch.hpp"
#include "batch/index_workbook.hpp"
#include "check/finding.hpp"
#include "read/read_workbook.hpp"
#include "write/write_xlsx.hpp"

using namespace sk;
namespace fs = std::filesystem;

namespace {

struct Folder {
    fs::path path;
    explicit Folder(const std::string& tag)
        : path(fs::temp_directory_path() / ("sk-batch-" + tag + "-" + std::to_string(::getpid()))) {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~Folder() {
        std::error_code ignored;
        fs::remove_all(path, ignored);
    }
};

fs::path sample(const std::string& name) { return fs::path(SUMMAKOLL_SOURCE_DIR) / "samples" / name; }

void write(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("a batch takes table files below the folder, not its own outputs, lock files or the output folder") {
    Folder dir("find");
    write(dir.path / "a.docx", "x");
    write(dir.path / "sub" / "b.CSV", "x");
    write(dir.path / "sub" / "c.xlsm", "x");
    write(dir.path / "notes.txt", "x");
    write(dir.path / "~$a.xlsx", "x");
    write(dir.path / "a.kontrollerad.xlsx", "x");
    write(dir.path / ".hidden" / "d.xlsx", "x");
    write(dir.path / "ut" / "a.xlsx", "x");
    std::vector<std::string> found = batch::find_inputs(dir.path.string(), (dir.path / "ut").string());
    CHECK(found == std::vector<std::string>{"a.docx", "sub/b.CSV", "sub/c.xlsm"});

    // The files of other types are listed as not read, with the items that could not be read.
    batch::BatchItem unreadable;
    unreadable.input = "sub/b.CSV";
    unreadable.check.error = "sub/b.CSV: inte en textfil (CSV)";
    std::vector<batch::NotRead> skipped = batch::not_read(dir.path.string(), (dir.path / "ut").string(), {unreadable}, Lang::Sv);
    REQUIRE(skipped.size() == 2);
    CHECK(skipped[0].input == "notes.txt");
    CHECK(skipped[0].reason == "filtypen läses inte");
    CHECK(skipped[1].input == "sub/b.CSV");
    CHECK(skipped[1].reason == *unreadable.check.error);
    NewWorkbook index = batch::index_workbook({unreadable}, skipped, Lang::Sv);
    REQUIRE(index.sheets.size() == 2);
    CHECK(index.sheets[1].name == "Ej lästa");
}

TEST_CASE("outputs mirror the inputs; Excel inputs are marked; clashing names keep their extension") {
    std::vector<std::string> out = batch::output_names({"a/b.docx", "a/b.csv", "a/c.xlsx", "d.csv"});
    CHECK(out == std::vector<std::string>{"a/b.xlsx", "a/b-csv.xlsx", "a/c.kontrollerad.xlsx", "d.xlsx"});
}

TEST_CASE("a batch converts every file, lists a corrupt one as unreadable, and skips what is up to date") {
    Folder dir("run");
    fs::create_directories(dir.path / "in" / "2020");
    fs::copy_file(sample("docx/2026-jamtland-beslutsunderlag.docx"), dir.path / "in" / "beslut.docx");
    fs::copy_file(sample("csv/2020-uppfoljning.csv"), dir.path / "in" / "2020" / "uppfoljning.csv");
    fs::copy_file(sample("2024-regioner.xlsx"), dir.path / "in" / "regioner.xlsx");
    write(dir.path / "in" / "trasig.xlsx", "PK\x03\x04 not really a zip");
    const std::string in = (dir.path / "in").string(), out = (dir.path / "out").string();

    std::size_t reported = 0;
    batch::BatchOptions options;
    options.jobs = 2;
    std::vector<batch::BatchItem> items =
        batch::run_batch(in, out, options, [&](std::size_t done, std::size_t total, const batch::BatchItem&) {
            ++reported;
            CHECK(done == reported);
            CHECK(total == 4);
        });
    REQUIRE(items.size() == 4);
    CHECK(reported == 4);
    CHECK(items[0].input == "2020/uppfoljning.csv");
    CHECK(items[0].output == "2020/uppfoljning.xlsx");
    CHECK(fs::exists(dir.path / "out" / "2020" / "uppfoljning.xlsx"));
    CHECK(items[1].input == "beslut.docx");
    CHECK(batch::status_text(items[1], Lang::Sv) == "fel");  // "Totalt: 481 000" is wrong
    CHECK(items[2].output == "regioner.kontrollerad.xlsx");
    CHECK(items[3].input == "trasig.xlsx");
    CHECK(items[3].output.empty());
    CHECK(batch::status_text(items[3], Lang::Sv) == "kunde inte läsas");
    CHECK(items[3].check.findings.front().code == check::Code::UnreadableFile);

    // The index: one row per file and a totals row; errors, warnings and notes
    // per file; the files not read on a second sheet.
    NewWorkbook index = batch::index_workbook(items, {}, Lang::Sv);
    REQUIRE(index.sheets.size() == 2);
    std::uint32_t last_row = 0;
    std::map<std::pair<std::uint32_t, std::uint32_t>, const NewCell*> at;
    for (const NewCell& c : index.sheets[0].cells) {
        last_row = std::max(last_row, c.row);
        at[{c.row, c.col}] = &c;
    }
    CHECK(last_row == items.size() + 1);
    auto text = [&](std::uint32_t r, std::uint32_t c) { return std::get<std::string>(at.at({r, c})->value); };
    auto number = [&](std::uint32_t r, std::uint32_t c) { return std::get<double>(at.at({r, c})->value); };
    CHECK(text(0, 2) == "Status");
    CHECK(text(0, 3) == "Fel");
    CHECK(text(0, 4) == "Varningar");
    CHECK(text(0, 5) == "Noteringar");
    CHECK(text(0, 6) == "Konverterad arbetsbok");
    CHECK(text(2, 0) == "beslut.docx");
    CHECK(text(2, 2) == "fel");
    std::size_t counted[3] = {0, 0, 0};
    for (const check::Finding& f : items[1].check.findings) ++counted[f.severity == check::Severity::Error ? 0 : f.severity == check::Severity::Warning ? 1 : 2];
    CHECK(counted[0] >= 1);
    CHECK(number(2, 3) == double(counted[0]));
    CHECK(number(2, 4) == double(counted[1]));
    CHECK(number(2, 5) == double(counted[2]));
    CHECK(text(4, 2) == "kunde inte läsas");
    CHECK(number(4, 3) == 1);  // the unreadable file is its one error
    CHECK(index.sheets[0].print_title_rows == 1);
    REQUIRE(index.sheets[0].page);
    CHECK(index.sheets[0].page->landscape);
    CHECK(index.sheets[0].page->fit_to_width);
    CHECK(index.sheets[0].page->footer == "&L&F&RSida &P av &N");

    // A second run keeps every output; --force writes them again.
    auto written = fs::last_write_time(dir.path / "out" / "beslut.xlsx");
    std::vector<batch::BatchItem> again = batch::run_batch(in, out, options, nullptr);
    CHECK(again[1].skipped);
    CHECK(again[1].check.findings.size() == items[1].check.findings.size());
    CHECK(!again[3].skipped);
    CHECK(fs::last_write_time(dir.path / "out" / "beslut.xlsx") == written);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    options.force = true;
    std::vector<batch::BatchItem> forced = batch::run_batch(in, out, options, nullptr);
    CHECK(!forced[1].skipped);
    CHECK(fs::last_write_time(dir.path / "out" / "beslut.xlsx") != written);
}

TEST_CASE("a file whose output cannot be written is not reported as a sum error") {
    Folder dir("unwritable");
    fs::create_directories(dir.path / "in");
    fs::copy_file(sample("docx/2026-jamtland-beslutsunderlag.docx"), dir.path / "in" / "beslut.docx");
    fs::copy_file(sample("docx/2026-jamtland-beslutsunderlag.docx"), dir.path / "in" / "kopia.docx");
    // A folder where the workbook should go: the rename onto it fails.
    fs::create_directories(dir.path / "out" / "kopia.xlsx" / "inuti");
    batch::BatchOptions options;
    options.jobs = 1;
    options.force = true;
    auto items = batch::run_batch((dir.path / "in").string(), (dir.path / "out").string(), options, nullptr);
    REQUIRE(items.size() == 2);
    CHECK(batch::status_text(items[0], Lang::Sv) == "fel");  // written; "Totalt: 481 000" is wrong
    CHECK(items[1].output.empty());
    CHECK(!items[1].problem.empty());
    CHECK(batch::status_text(items[1], Lang::Sv) == "kunde inte skrivas");
    CHECK(batch::status_text(items[1], Lang::En) == "could not be written");
}

TEST_CASE("a batch on two workers gives the same items and index as on one") {
    Folder dir("workers");
    const std::vector<std::string> names = {"2024-kommuner.xlsx", "2024-regioner.xlsx", "csv/2020-uppfoljning.csv",
                                            "docx/2026-jamtland-beslutsunderlag.docx"};
    fs::create_directories(dir.path / "in");
    // Several copies each, so that the two workers finish out of order.
    for (int copy = 0; copy < 3; ++copy)
        for (const std::string& name : names)
            fs::copy_file(sample(name), dir.path / "in" / (std::to_string(copy) + "-" + fs::path(name).filename().string()));
    const std::string in = (dir.path / "in").string();
    auto index_of = [&](unsigned jobs, const std::string& out) {
        batch::BatchOptions options;
        options.jobs = jobs;
        std::vector<std::size_t> order;
        std::vector<batch::BatchItem> items =
            batch::run_batch(in, out, options, [&](std::size_t done, std::size_t, const batch::BatchItem&) { order.push_back(done); });
        CHECK(order.size() == names.size() * 3);
        for (std::size_t k = 0; k < order.size(); ++k) CHECK(order[k] == k + 1);  // progress counts up one by one
        return std::pair{items, write_xlsx_bytes(batch::index_workbook(items, batch::not_read(in, out, items, Lang::Sv), Lang::Sv))};
    };
    // The same output folder name below different parents: the index links are relative to it.
    fs::create_directories(dir.path / "one");
    fs::create_directories(dir.path / "two");
    auto [one_items, one] = index_of(1, (dir.path / "one" / "ut").string());
    auto [two_items, two] = index_of(2, (dir.path / "two" / "ut").string());
    REQUIRE(one_items.size() == two_items.size());
    for (std::size_t i = 0; i < one_items.size(); ++i) {
        CHECK(one_items[i].input == two_items[i].input);
        CHECK(one_items[i].output == two_items[i].output);
        CHECK(one_items[i].check.findings.size() == two_items[i].check.findings.size());
    }
    CHECK(one_items.front().input == "0-2020-uppfoljning.csv");
    // The index's cells, read back (the bytes differ in the creation time of docProps/core.xml).
    auto cells_of = [](const std::string& bytes) {
        std::vector<std::string> out;
        for (const sk::Sheet& sheet : sk::read_xlsx_bytes(bytes, "index.xlsx").sheets)
            for (const sk::Cell& c : sheet.cells)
                out.push_back(sheet.name + "!" + sk::a1(c.row, c.col) + "=" + std::string(c.text.view()) + "|" +
                              std::to_string(c.number) + "|" + std::string(c.formula.view()));
        return out;
    };
    CHECK(cells_of(one) == cells_of(two));
    CHECK(!cells_of(one).empty());
}
