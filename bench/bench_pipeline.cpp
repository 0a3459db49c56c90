// bench_pipeline FILE... [--repeat N] [--batch DIR] [--startup FILE] [--summakoll PATH]
//
// Times summakoll's stages on each FILE through the library, as the CLI calls them:
//   read   read_workbook(FILE)                       file → Workbook
//   check  check::check_workbook(wb)                 Workbook → findings (read not timed)
//   fix    fix::fix_file(FILE, TMP/out.xlsx, {})     the whole `summakoll fix` (read + check + write)
// and prints the median wall time of N repeats (default 3), cells/s for read
// and check, and each task's peak RSS (the largest of the repeats). Beside each
// wall time, in brackets, the CPU time (user + system, all threads): on a shared
// machine the wall time grows with the load, the CPU time much less.
//
// Every repeat of every task runs in its own forked child that reports its
// time and getrusage(RUSAGE_SELF).ru_maxrss back through a pipe: a process's
// peak never goes down, so tasks run in one process would inherit each
// other's peak. The parent itself never reads a workbook, which keeps the
// high-water mark a child starts with (copied at fork) small.
//
// --batch DIR     times the CLI `summakoll batch DIR -o TMP` (fresh TMP each run, so
//                 nothing is skipped as up to date); wall time and peak RSS of the process.
// --startup FILE  times `summakoll check FILE` as a subprocess, 20 runs unless --repeat
//                 is given; median wall time in ms: what a user who drops a small file waits.
// --summakoll     the CLI binary; default ../summakoll beside this program's folder.
//
// No thresholds here: this is a measuring tool (targets in bench/README.md).
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <functional>
#include <iostream>
#include <stdexcept>
#include <string>
#include <vector>

#include "app/fix_file.hpp"
#include "base/huge_pages.hpp"
#include "check/check.hpp"
#include "normalise/amount.hpp"
#include "read/bytes_to_parse.hpp"
#include "read/read_workbook.hpp"

namespace fs = std::filesystem;

namespace {

using Clock = std::chrono::steady_clock;

// What one child sends back. Plain data: written and read with one write()/read().
struct Sample {
    double seconds = 0;      // wall
    double cpu = 0;          // user + system
    long peak_kb = 0;        // ru_maxrss, in KiB on Linux
    unsigned long cells = 0; // read: cells in the workbook; check: findings
    int ok = 0;              // 0 when the task threw
    char error[200] = {};
};

std::size_t cell_count(const sk::Workbook& wb) {
    std::size_t n = 0;
    for (const sk::Sheet& s : wb.sheets) n += s.cells.size();
    return n;
}

double process_cpu() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

double tv_seconds(const timeval& tv) { return static_cast<double>(tv.tv_sec) + static_cast<double>(tv.tv_usec) * 1e-6; }

// Wall and CPU clocks started together; stop() writes both into a Sample.
struct Stopwatch {
    Clock::time_point wall = Clock::now();
    double cpu = process_cpu();
    void stop(Sample& s) const {
        s.seconds = std::chrono::duration<double>(Clock::now() - wall).count();
        s.cpu = process_cpu() - cpu;
    }
};

// Runs `task` in a forked child; the child fills seconds/cells, this adds the peak.
Sample in_child(const std::function<void(Sample&)>& task) {
    int fds[2];
    if (pipe(fds) != 0) std::exit((std::perror("pipe"), 2));
    std::fflush(nullptr);  // nothing buffered twice
    const pid_t pid = fork();
    if (pid < 0) std::exit((std::perror("fork"), 2));
    if (pid == 0) {
        close(fds[0]);
        Sample s;
        try {
            task(s);
            s.ok = 1;
        } catch (const sk::ReadError& e) {  // its what() may be empty; describe() is the CLI's line
            const std::string line = sk::describe(e, "", sk::Lang::En);  // ": the file …": no path here
            std::snprintf(s.error, sizeof s.error, "%s", line.c_str() + (line.starts_with(": ") ? 2 : 0));
        } catch (const std::exception& e) {
            std::snprintf(s.error, sizeof s.error, "%s", e.what());
        }
        rusage ru{};
        getrusage(RUSAGE_SELF, &ru);
        s.peak_kb = ru.ru_maxrss;
        [[maybe_unused]] ssize_t w = write(fds[1], &s, sizeof s);
        _exit(0);  // no destructors: the workbook's memory goes with the process
    }
    close(fds[1]);
    Sample s;
    const ssize_t got = read(fds[0], &s, sizeof s);
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (got != static_cast<ssize_t>(sizeof s)) {
        s = Sample{};
        std::snprintf(s.error, sizeof s.error, "child died (status %d)", status);
    }
    return s;
}

// Runs `argv` with output to /dev/null; wall seconds and the process's peak RSS.
Sample subprocess(const std::vector<std::string>& argv) {
    std::vector<char*> args;
    for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::fflush(nullptr);
    const Stopwatch watch;
    const pid_t pid = fork();
    if (pid < 0) std::exit((std::perror("fork"), 2));
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execv(args[0], args.data());
        _exit(127);
    }
    int status = 0;
    rusage ru{};
    wait4(pid, &status, 0, &ru);  // ru: this child alone, not all children so far
    Sample s;
    watch.stop(s);
    s.cpu = tv_seconds(ru.ru_utime) + tv_seconds(ru.ru_stime);  // the child's, not ours
    s.peak_kb = ru.ru_maxrss;
    // check and batch exit 1 when the file has error findings: that is a result, not a failure.
    s.ok = WIFEXITED(status) && WEXITSTATUS(status) <= 1;
    if (!s.ok) std::snprintf(s.error, sizeof s.error, "%s exited with status %d", argv[0].c_str(), status);
    return s;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t m = v.size() / 2;
    return v.size() % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
}

// Median times and largest peak of `repeat` runs; throws on the first failure.
Sample summarise(const std::string& what, int repeat, const std::function<Sample()>& run) {
    std::vector<Sample> runs;
    for (int i = 0; i < repeat; ++i) {
        runs.push_back(run());
        if (!runs.back().ok) throw std::runtime_error(what + ": " + runs.back().error);
    }
    Sample out = runs.front();
    std::vector<double> wall, cpu;
    for (const Sample& s : runs) {
        wall.push_back(s.seconds);
        cpu.push_back(s.cpu);
        out.peak_kb = std::max(out.peak_kb, s.peak_kb);
    }
    out.seconds = median(wall);
    out.cpu = median(cpu);
    return out;
}

// ICU loads its data on first use (tens of ms); load it before the clock starts,
// so read/check/fix measure the stage. --startup measures the cold process.
void warm_up() { sk::num::parse("1 234 kr"); }

void bench_files(const std::vector<std::string>& files, int repeat, const fs::path& tmp) {
    std::printf("| file | cells | findings | read s (cpu) | check s (cpu) | fix s (cpu) | read cells/s | check cells/s | peak MB read / check / fix |\n");
    std::printf("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (const std::string& file : files) {
        const Sample rd = summarise(file + " read", repeat, [&] {
            return in_child([&](Sample& s) {
                warm_up();
                const Stopwatch watch;
                sk::Workbook wb = sk::read_workbook(file);
                watch.stop(s);
                s.cells = cell_count(wb);
            });
        });
        const Sample ck = summarise(file + " check", repeat, [&] {
            return in_child([&](Sample& s) {
                warm_up();
                const sk::Workbook wb = sk::read_workbook(file);
                const Stopwatch watch;
                const auto findings = sk::check::check_workbook(wb);
                watch.stop(s);
                s.cells = findings.size();
            });
        });
        const fs::path out = tmp / "fixed.xlsx";
        const Sample fx = summarise(file + " fix", repeat, [&] {
            Sample s = in_child([&](Sample& s) {
                warm_up();
                const Stopwatch watch;
                sk::fix::FixOutcome outcome = sk::fix::fix_file(file, out.string(), {});
                watch.stop(s);
                if (!outcome.written) throw std::runtime_error("not written (unreadable input)");
            });
            fs::remove(out);
            return s;
        });
        const double cells = static_cast<double>(rd.cells);
        std::printf("| %s | %lu | %lu | %.3f (%.3f) | %.3f (%.3f) | %.3f (%.3f) | %.0f | %.0f | %.0f / %.0f / %.0f |\n",
                    fs::path(file).filename().c_str(), rd.cells, ck.cells, rd.seconds, rd.cpu, ck.seconds, ck.cpu,
                    fx.seconds, fx.cpu,
                    cells / rd.seconds, cells / ck.seconds, rd.peak_kb / 1024.0, ck.peak_kb / 1024.0,
                    fx.peak_kb / 1024.0);
    }
    std::printf("\n(median of %d runs each; peak = largest ru_maxrss of the runs; check's peak includes the workbook it checks)\n",
                repeat);
}

void bench_batch(const std::string& dir, const std::string& cli, int repeat, const fs::path& tmp) {
    std::size_t files = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file()) ++files;
    int run = 0;
    const Sample s = summarise("batch " + dir, repeat, [&] {
        const fs::path out = tmp / ("batch-" + std::to_string(run++));
        Sample r = subprocess({cli, "batch", dir, "-o", out.string()});
        fs::remove_all(out);
        return r;
    });
    std::printf("\nbatch %s (%zu files below it): %.3f s wall (%.3f s cpu), peak %.0f MB (median of %d runs)\n",
                dir.c_str(), files, s.seconds, s.cpu, s.peak_kb / 1024.0, repeat);
}

void bench_startup(const std::string& file, const std::string& cli, int repeat) {
    const Sample s = summarise("check " + file, repeat, [&] { return subprocess({cli, "check", file}); });
    std::printf("\nstartup: summakoll check %s: %.1f ms wall (%.1f ms cpu), peak %.0f MB (median of %d runs)\n",
                file.c_str(), s.seconds * 1000, s.cpu * 1000, s.peak_kb / 1024.0, repeat);
}

int usage() {
    std::cerr << "usage: bench_pipeline FILE... [--repeat N] [--batch DIR] [--startup FILE] [--summakoll PATH]\n";
    return 2;
}

}  // namespace

int main(int argc, char** argv) {
    sk::process::prefer_huge_pages(argc, argv, sk::big_input);  // as the summakoll program does
    std::vector<std::string> files;
    std::string batch_dir, startup_file;
    std::string cli = (fs::read_symlink("/proc/self/exe").parent_path().parent_path() / "summakoll").string();
    int repeat = 0;  // 0: not given
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--repeat" && has_value) {
            repeat = std::atoi(argv[++i]);
            if (repeat < 1) return usage();
        } else if (a == "--batch" && has_value) {
            batch_dir = argv[++i];
        } else if (a == "--startup" && has_value) {
            startup_file = argv[++i];
        } else if (a == "--summakoll" && has_value) {
            cli = argv[++i];
        } else if (a.starts_with("-")) {
            return usage();
        } else {
            files.push_back(a);
        }
    }
    if (files.empty() && batch_dir.empty() && startup_file.empty()) return usage();
    if ((!batch_dir.empty() || !startup_file.empty()) && access(cli.c_str(), X_OK) != 0) {
        std::cerr << cli << ": not an executable summakoll (give --summakoll PATH)\n";
        return 2;
    }

    // One private folder for every output; removed at the end.
    std::string tmpl = (fs::temp_directory_path() / "bench_pipeline-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) return (std::perror("mkdtemp"), 2);
    const fs::path tmp = tmpl;

    int status = 0;
    try {
        if (!files.empty()) bench_files(files, repeat ? repeat : 3, tmp);
        if (!batch_dir.empty()) bench_batch(batch_dir, cli, repeat ? repeat : 3, tmp);
        if (!startup_file.empty()) bench_startup(startup_file, cli, repeat ? repeat : 20);
    } catch (const std::exception& e) {
        std::fflush(stdout);
        std::cerr << "bench_pipeline: " << e.what() << "\n";
        status = 2;
    }
    fs::remove_all(tmp);
    return status;
}
