// What `summakoll batch DIR -o OUTDIR` takes and gives: the files below a
// folder it reads, the outputs they get, the files it leaves. The runner is
// app/run_batch.hpp.
#pragma once

#include <string>
#include <vector>

#include "report/check_report.hpp"

namespace sk::batch {

struct BatchItem {
    std::string input;      // path below DIR, with '/' ("2020/uppfoljning.csv")
    std::string output;     // path below OUTDIR of the converted workbook; "" when none
    FileCheck check;        // the findings on the input (an unreadable file: its error)
    bool skipped = false;   // the output was newer than the input and was kept
    std::string problem;    // one line: why the output could not be written; "" when it was
};

// The files a batch takes, below `dir` and in path order: .xlsx, .xlsm, .docx,
// .csv, .ods, .xls and .pdf (any case), not under `outdir`, not hidden or Office lock files
// ("~$…"), not our own outputs ("….kontrollerad.xlsx").
std::vector<std::string> find_inputs(const std::string& dir, const std::string& outdir);

// The output below OUTDIR for each input: "a/b.docx" → "a/b.xlsx", an
// Excel input "a/b.xlsx" → "a/b.kontrollerad.xlsx"; when two inputs would
// share a name the later gets its extension in it ("a/b-csv.xlsx").
std::vector<std::string> output_names(const std::vector<std::string>& inputs);

// A file below DIR that the batch did not read, and why (one line).
struct NotRead {
    std::string input;   // path below DIR, with '/'
    std::string reason;  // the read error, or that its type is not read
};

// Every file the batch did not read: the items whose input could not be read,
// and the files below `dir` of other types (not hidden, lock files or our
// outputs), in path order.
std::vector<NotRead> not_read(const std::string& dir, const std::string& outdir, const std::vector<BatchItem>& items,
                              Lang lang);

}  // namespace sk::batch
