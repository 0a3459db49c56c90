// bytes_to_parse judges a file by what its readers would parse: the sheets
// and shared strings of a workbook (not its pictures or drawings), Word's
// document, any other file whole.
#include <doctest/doctest.h>
#include <zip.h>

#include <filesystem>
#include <string>
#include <vector>

#include "base/huge_pages.hpp"
#include "read/bytes_to_parse.hpp"

using namespace sk;

namespace {

std::string sample(const char* name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/samples/" + name; }
std::string corpus(const char* name) { return std::string(SUMMAKOLL_SOURCE_DIR) + "/../shared/corpus/xlsx/" + name; }

// The stated sizes of the entries `keep` accepts, read with libzip.
template <class Keep>
std::uintmax_t stated_sizes(const std::string& file, Keep keep) {
    int error = 0;
    zip_t* z = zip_open(file.c_str(), ZIP_RDONLY, &error);
    REQUIRE(z);
    std::uintmax_t sum = 0;
    for (zip_int64_t i = 0; i < zip_get_num_entries(z, 0); ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(z, zip_uint64_t(i), 0, &st) == 0);
        if (keep(std::string(st.name))) sum += st.size;
    }
    zip_discard(z);
    return sum;
}

}  // namespace

TEST_CASE("a workbook's bytes to parse are its sheets and shared strings") {
    const std::string file = sample("2024-kommuner.xlsx");
    const std::uintmax_t sheets = stated_sizes(file, [](const std::string& n) {
        return n.rfind("xl/worksheets/", 0) == 0 || n == "xl/sharedStrings.xml";
    });
    CHECK(sheets > 0);
    CHECK(bytes_to_parse(file) == sheets);
    CHECK(bytes_to_parse(file) < stated_sizes(file, [](const std::string&) { return true; }));
}

TEST_CASE("a workbook of pictures is small to parse, however large the file") {
    // 495 KB on disk, of which 49 KB is XML and nearly all the rest pictures.
    const std::string file = corpus("xlnt/samples_data_sample1.xlsx");
    CHECK(std::filesystem::file_size(file) > 400000);
    CHECK(bytes_to_parse(file) < 60000);
}

TEST_CASE("a Word document's bytes to parse are word/document.xml; a CSV is parsed whole") {
    const std::string docx = sample("docx/2024-jamtland-beslutsunderlag.docx");
    CHECK(bytes_to_parse(docx) == stated_sizes(docx, [](const std::string& n) { return n == "word/document.xml"; }));
    const std::string csv = sample("csv/2020-uppfoljning.csv");
    CHECK(bytes_to_parse(csv) == std::filesystem::file_size(csv));
    CHECK(bytes_to_parse(sample("no-such-file.xlsx")) == 0);
}

TEST_CASE("big input: a folder, or files that together reach the threshold") {
    std::string folder = std::string(SUMMAKOLL_SOURCE_DIR) + "/samples";
    std::string small = sample("2024-regioner.xlsx");
    std::string program = "summakoll";
    std::vector<char*> a_folder{program.data(), folder.data()};
    CHECK(big_input(2, a_folder.data()));
    std::vector<char*> a_small_file{program.data(), small.data()};
    CHECK_FALSE(big_input(2, a_small_file.data()));
    CHECK(bytes_to_parse(small) < process::huge_pages_from_bytes);
}
