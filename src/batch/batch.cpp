#include "batch/batch.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "base/ascii.hpp"

namespace sk::batch {

namespace fs = std::filesystem;

namespace {

bool taken_extension(const fs::path& p) {
    std::string ext = ascii_lower(p.extension().string());
    return ext == ".xlsx" || ext == ".xlsm" || ext == ".docx" || ext == ".csv" || ext == ".ods" || ext == ".xls" ||
           ext == ".pdf";
}

bool is_excel(const std::string& input) {
    std::string ext = ascii_lower(fs::path(input).extension().string());
    return ext == ".xlsx" || ext == ".xlsm";
}

// The files below `dir` in path order, relative with '/', `taken` or not:
// never under `outdir`, hidden or Office lock files ("~$…"), or our own outputs.
std::vector<std::string> files_below(const std::string& dir, const std::string& outdir, bool taken) {
    std::error_code ec;
    const fs::path skip = fs::weakly_canonical(outdir, ec);
    std::vector<std::string> out;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const fs::path& p = it->path();
        std::string name = p.filename().string();
        if (it->is_directory(ec)) {
            if (name.starts_with(".") || fs::weakly_canonical(p, ec) == skip) it.disable_recursion_pending();
            continue;
        }
        if (name.starts_with(".") || name.starts_with("~$") || taken_extension(p) != taken ||
            ascii_lower(name).find(".kontrollerad") != std::string::npos || !it->is_regular_file(ec))
            continue;
        out.push_back(fs::relative(p, dir, ec).generic_string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

std::vector<std::string> find_inputs(const std::string& dir, const std::string& outdir) {
    return files_below(dir, outdir, true);
}

std::vector<NotRead> not_read(const std::string& dir, const std::string& outdir, const std::vector<BatchItem>& items,
                              Lang lang) {
    std::vector<NotRead> out;
    for (const BatchItem& item : items)
        if (item.check.error) out.push_back({item.input, *item.check.error});
    for (std::string& other : files_below(dir, outdir, false))
        out.push_back({std::move(other), tr(lang, "filtypen läses inte", "a file type that is not read")});
    std::sort(out.begin(), out.end(), [](const NotRead& a, const NotRead& b) { return a.input < b.input; });
    return out;
}

std::vector<std::string> output_names(const std::vector<std::string>& inputs) {
    std::vector<std::string> out;
    std::set<std::string> used;
    for (const std::string& input : inputs) {
        fs::path p(input);
        fs::path base = p.parent_path() / p.stem();
        std::string name = base.generic_string() + (is_excel(input) ? ".kontrollerad.xlsx" : ".xlsx");
        if (used.count(ascii_lower(name)))
            name = base.generic_string() + "-" + ascii_lower(p.extension().string().substr(1)) +
                   (is_excel(input) ? ".kontrollerad.xlsx" : ".xlsx");
        used.insert(ascii_lower(name));
        out.push_back(name);
    }
    return out;
}

}  // namespace sk::batch
