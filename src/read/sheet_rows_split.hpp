// A worksheet's XML cut for parsing in pieces, as it inflates: the rows in
// runs of whole <row> elements, and the frame (the document with sheetData
// emptied). Parsing 30 MB of rows as one DOM costs hundreds of megabytes of
// nodes; parsing them a megabyte at a time keeps pugixml's checks and a small
// footprint, and lets the first runs be read while the rest still inflates.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sk {

class SheetRowsCutter {
public:
    explicit SheetRowsCutter(std::size_t run_bytes) : run_bytes_(run_bytes) {}

    enum class Step {
        Run,       // `run` is the next run of whole rows, a view into the text
        NeedMore,  // more of the part is needed to say
        Done,      // every run is out; frame() once the part is complete
        Whole,     // it cannot be cut with certainty (no sheetData with
                   // content, CDATA or comments among the rows, no end tag):
                   // parse the part whole
    };

    // `xml` is the part so far (the same text each time, grown at the end,
    // less what dropped() said went from its front); `complete` when it is all there.
    Step next(std::string_view xml, bool complete, std::string_view& run);
    // The first `n` bytes of the text are gone (n ≤ unread()): the reader
    // keeps a window of the part, not all of it.
    void dropped(std::size_t n);
    // Where the rows not yet given out start: what comes before is not needed again.
    std::size_t unread() const { return next_; }

    std::string frame(std::string_view xml) const;            // after Done, of the rest of the part
    const std::string& sheet_data_open() const { return open_; }    // "<sheetData>" or "<x:sheetData>"
    const std::string& sheet_data_close() const { return close_; }  // the matching end tag

private:
    Step start(std::string_view xml, bool complete);

    std::size_t run_bytes_;
    bool started_ = false, done_ = false;
    std::string head_;                          // the part up to the rows (for the frame)
    std::size_t next_ = 0;                      // where the next run starts
    std::size_t close_at_ = std::string::npos;  // the end tag, once seen
    std::size_t close_searched_ = 0;            // the end tag is not before this
    std::size_t open_searched_ = 0;             // nor sheetData's start tag
    std::size_t row_end_searched_ = 0;          // nor the next run's last row end
    std::string open_, close_, row_end_;
};

}  // namespace sk
