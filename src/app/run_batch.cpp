#include "app/run_batch.hpp"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <mutex>
#include <set>
#include <thread>

#include "app/check_file.hpp"
#include "app/convert_file.hpp"

namespace sk::batch {

namespace fs = std::filesystem;

namespace {

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
