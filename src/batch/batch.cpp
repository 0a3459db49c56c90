#include "batch/batch.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "convert/convert_file.hpp"
#include "report/check_file.hpp"

namespace sk::batch {

namespace fs = std::filesystem;

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

bool taken_extension(const fs::path& p) {
    std::string ext = lower(p.extension().string());
    return ext == ".xlsx" || ext == ".xlsm" || ext == ".docx" || ext == ".csv" || ext == ".ods" || ext == ".xls" ||
           ext == ".pdf";
}

bool is_excel(const std::string& input) {
    std::string ext = lower(fs::path(input).extension().string());
    return ext == ".xlsx" || ext == ".xlsm";
}

bool newer(const fs::path& output, const fs::path& input) {
    std::error_code ec1, ec2;
    auto out = fs::last_write_time(output, ec1);
    auto in = fs::last_write_time(input, ec2);
    return !ec1 && !ec2 && out > in;
}

BatchItem run_one(const fs::path& dir, const fs::path& outdir, const std::string& input, const std::string& output,
                  const std::set<fs::path>& inputs, const BatchOptions& options) {
    BatchItem item;
    item.input = input;
    const fs::path in = dir / input, out = outdir / output;
    std::error_code ec;
    if (inputs.count(fs::weakly_canonical(out, ec))) {
        item.check = check_file(in.string(), options.lang);
        item.problem = tr(options.lang, "utdata skulle skriva över en indatafil: ", "the output would overwrite an input: ") +
                       out.string();
        return item;
    }
    if (!options.force && newer(out, in)) {
        item.check = check_file(in.string(), options.lang);
        item.skipped = !item.check.error;
        if (item.skipped) item.output = output;
        return item;
    }
    try {
        fs::create_directories(out.parent_path());
        convert::ConvertOutcome outcome = convert::convert_file(in.string(), out.string(), options.lang);
        item.check = std::move(outcome.check);
        if (outcome.written) item.output = output;
    } catch (const std::exception& e) {
        if (item.check.path.empty()) item.check = check_file(in.string(), options.lang);
        item.problem = e.what();
    }
    return item;
}

}  // namespace

namespace {

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
            lower(name).find(".kontrollerad") != std::string::npos || !it->is_regular_file(ec))
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
        if (used.count(lower(name)))
            name = base.generic_string() + "-" + lower(p.extension().string().substr(1)) +
                   (is_excel(input) ? ".kontrollerad.xlsx" : ".xlsx");
        used.insert(lower(name));
        out.push_back(name);
    }
    return out;
}

std::vector<BatchItem> run_batch(const std::string& dir, const std::string& outdir, const BatchOptions& options,
                                 const OnFileDone& on_done) {
    const std::vector<std::string> inputs = find_inputs(dir, outdir);
    const std::vector<std::string> outputs = output_names(inputs);
    std::set<fs::path> canonical_inputs;
    for (const std::string& input : inputs) {
        std::error_code ec;
        canonical_inputs.insert(fs::weakly_canonical(fs::path(dir) / input, ec));
    }
    std::vector<BatchItem> items(inputs.size());
    std::atomic<std::size_t> next{0};
    std::size_t done = 0;
    std::mutex report;
    auto worker = [&] {
        for (std::size_t i; (i = next++) < inputs.size();) {
            try {
                items[i] = run_one(dir, outdir, inputs[i], outputs[i], canonical_inputs, options);
            } catch (const std::exception& e) {  // one bad file never stops the batch
                items[i].input = inputs[i];
                items[i].problem = e.what();
            }
            std::lock_guard lock(report);
            ++done;
            if (on_done) on_done(done, inputs.size(), items[i]);
        }
    };
    unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    jobs = unsigned(std::min<std::size_t>(jobs, std::max<std::size_t>(1, inputs.size())));
    std::vector<std::thread> threads;
    for (unsigned j = 1; j < jobs; ++j) threads.emplace_back(worker);
    worker();
    for (std::thread& t : threads) t.join();
    return items;
}

}  // namespace sk::batch
