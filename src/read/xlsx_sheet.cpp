#include "read/xlsx_sheet.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <unordered_map>

#include "base/run_both.hpp"
#include "read/cell_order.hpp"
#include "read/formula_shift.hpp"
#include "read/iso_date.hpp"
#include "read/row_scanner.hpp"
#include "read/sheet_rows_split.hpp"
#include "read/xlsx_strings.hpp"
#include "read/xml_document.hpp"

namespace sk {

namespace {

struct SharedFormula {
    std::uint32_t row, col;
    std::string text;
};

bool parse_double(std::string_view s, double& out) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '+')) s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    if (s.empty()) return false;
    auto res = std::from_chars(s.data(), s.data() + s.size(), out);
    return res.ec == std::errc() && res.ptr == s.data() + s.size();
}

// A value no spreadsheet program writes: a shared-string index past the
// table, NaN or infinity. The file is refused rather than read as something else.
[[noreturn]] void impossible_value(const std::string& part, const Cell& cell, std::string_view raw) {
    throw ReadError(ReadErrorKind::ImpossibleValue, part + " " + a1(cell.row, cell.col) + ": " +
                                                        std::string(raw.substr(0, 40)));
}

// Fills the value fields of `cell` from its type attribute and <v>/<is>.
void read_value(const CellXml& c, Cell& cell, const SheetContext& ctx, const std::string& part) {
    std::string_view t = c.t;
    const std::string_view raw = c.v ? std::string_view(*c.v) : std::string_view();
    if (t == "s") {
        if (raw.empty()) return;
        std::size_t index = 0;
        auto res = std::from_chars(raw.data(), raw.data() + raw.size(), index);
        if (res.ec != std::errc() || res.ptr != raw.data() + raw.size() || index >= ctx.shared_strings.size())
            impossible_value(part, cell, raw);
        cell.type = CellType::Text;
        cell.text = ctx.shared_strings[index];
    } else if (t == "inlineStr") {
        cell.type = CellType::Text;
        cell.text = c.inline_text ? *c.inline_text : decode_ooxml_escapes(raw);
    } else if (t == "str") {
        if (!c.v) return;
        cell.type = CellType::Text;
        cell.text = decode_ooxml_escapes(raw);
    } else if (t == "b") {
        if (!c.v) return;
        cell.type = CellType::Bool;
        cell.text = raw;
        cell.boolean = cell.text == "1" || cell.text == "true" || cell.text == "TRUE";
    } else if (t == "e") {
        if (!c.v) return;
        cell.type = CellType::Error;
        cell.text = raw;
    } else if (t == "d") {  // ISO 8601 date: the serial Excel would store
        if (!c.v) return;
        cell.text = raw;
        auto serial = iso_date_serial(cell.text, ctx.date1904);
        cell.type = serial ? CellType::Number : CellType::Text;
        cell.number = serial.value_or(0);
        cell.is_date = true;
    } else {
        if (raw.empty()) return;
        cell.text = raw;
        if (parse_double(cell.text, cell.number)) {
            if (!std::isfinite(cell.number)) impossible_value(part, cell, raw);
            cell.type = CellType::Number;
            cell.is_date = ctx.styles[cell.style < ctx.styles.size() ? cell.style : 0].is_date;
        } else {
            cell.type = CellType::Text;
        }
    }
}

void read_formula(const CellXml& c, Cell& cell, std::unordered_map<std::string, SharedFormula>& shared) {
    std::string text(*c.f);
    if (c.f_type == "shared") {
        std::string si(c.f_si);
        if (!text.empty()) {
            shared[si] = {cell.row, cell.col, text};
        } else {
            auto it = shared.find(si);
            if (it != shared.end())
                text = shift_formula(it->second.text, std::int64_t(cell.row) - it->second.row,
                                     std::int64_t(cell.col) - it->second.col);
        }
    }
    cell.formula = std::move(text);
}

// A <row> of the DOM in the form the scanner gives.
RowXml row_of(const pugi::xml_node& row) {
    RowXml out;
    if (pugi::xml_attribute r = attr(row, "r")) {
        out.r = r.as_llong();
        out.r_text = r.value();
    }
    for (pugi::xml_node c : children(row, "c")) {
        CellXml& cell = out.cells.emplace_back();
        if (pugi::xml_attribute r = attr(c, "r")) cell.r = r.value();
        cell.t = attr(c, "t").value();
        cell.style = attr(c, "s").as_uint();
        if (pugi::xml_node v = child(c, "v")) cell.v = v.text().get();
        if (pugi::xml_node f = child(c, "f")) {
            cell.f = f.text().get();
            cell.f_type = attr(f, "t").value();
            cell.f_si = attr(f, "si").value();
        }
        if (pugi::xml_node is = child(c, "is")) cell.inline_text = string_item_text(is);
    }
    return out;
}

// Reads <row> elements into cells, one sheetData (or a run of its rows) at a time.
class RowReader {
public:
    RowReader(Sheet& sheet, const SheetContext& ctx) : sheet_(sheet), ctx_(ctx) {}

    void read(const pugi::xml_node& sheet_data) {
        for (pugi::xml_node row : children(sheet_data, "row")) read_row(row_of(row));
    }

    void read_row(const RowXml& row) {
        if (row.r) {
            std::int64_t n = *row.r;
            if (n < 1 || n > max_rows)
                throw ReadError(ReadErrorKind::AbsurdDimension, sheet_.part + " rad " + std::string(row.r_text));
            row_index_ = n - 1;
        } else {
            ++row_index_;
        }
        std::int64_t col_index = -1;
        for (const CellXml& c : row.cells) {
            Cell cell;
            if (c.r) {
                std::uint32_t rr, cc;
                if (!parse_a1(*c.r, rr, cc))
                    throw ReadError(ReadErrorKind::AbsurdDimension, sheet_.part + " " + std::string(*c.r));
                cell.row = rr;
                cell.col = cc;
            } else {
                if (col_index + 1 >= max_cols || row_index_ >= max_rows)
                    throw ReadError(ReadErrorKind::AbsurdDimension, sheet_.part);
                cell.row = std::uint32_t(row_index_ < 0 ? 0 : row_index_);
                cell.col = std::uint32_t(col_index + 1);
            }
            col_index = cell.col;
            row_index_ = cell.row;
            cell.style = c.style < ctx_.styles.size() ? c.style : 0;
            read_value(c, cell, ctx_, sheet_.part);
            if (c.f) read_formula(c, cell, shared_);
            if (cell.type == CellType::Empty && cell.formula.empty()) continue;
            ctx_.budget.admit(cell, sheet_.part);
            sheet_.cells.push_back(std::move(cell));
        }
    }

private:
    Sheet& sheet_;
    const SheetContext& ctx_;
    std::unordered_map<std::string, SharedFormula> shared_;
    std::int64_t row_index_ = -1;
};

// Room for the cells the whole part will hold at the first run's density,
// so that the cells are not moved again and again as the vector grows.
void reserve_like_first_run(Sheet& sheet, std::size_t run_bytes, std::size_t all_bytes, const SheetContext& ctx) {
    if (run_bytes >= all_bytes || run_bytes == 0) return;
    double estimate = double(sheet.cells.size()) * double(all_bytes) / double(run_bytes) * 1.05;
    sheet.cells.reserve(std::size_t(std::min(estimate, double(ctx.limits.max_cells))));
}

constexpr std::size_t run_bytes = 1 << 20;
// Parts of at least this many runs (megabytes) are inflated on a second thread.
constexpr std::size_t second_thread_from_runs = 4;
// The part held at a time: the run being read, the next one being cut, and
// room to inflate into. A 1 M-row sheet is 300 MB of XML; this stays 8 MB.
constexpr std::size_t window_bytes = 8 * run_bytes;

// The part's text, inflated a piece at a time into room that does not move
// while runs are read from it (views into it stay valid), its front dropped
// once read. Kept whole instead when the caller asked for the sheet's XML.
class SheetText {
public:
    // A part of unknown size is inflated whole at once.
    SheetText(PartInflater& part, bool keep_whole) : part_(part), keep_whole_(keep_whole) {
        const auto stated = std::size_t(part.stated_size());
        text_.reserve((keep_whole ? stated : std::min(stated, window_bytes)) + 1);
        if (stated == 0) rest();
    }

    // The window: the part from some point on, as far as it is inflated.
    const std::string& text() const { return text_; }
    bool complete() const { return complete_; }
    // The part's size as far as known, for estimates.
    std::size_t part_bytes() const { return part_.stated_size() ? std::size_t(part_.stated_size()) : text_.size(); }

    // Inflates some more into the room there is; false when there is none.
    bool more() {
        const std::size_t room = text_.capacity() - text_.size();
        if (room == 0) return false;
        if (part_.inflate_into(text_, std::min<std::size_t>(room, 256 << 10)) == 0) complete_ = true;
        return true;
    }
    // Called where no view into the window is held: when room runs short,
    // drops the first `read` bytes (read already) and, if that is not enough,
    // grows the room (runs longer than the window: blank text between rows).
    // Returns how many bytes were dropped.
    std::size_t make_room(std::size_t read) {
        const std::size_t room = text_.capacity() - text_.size();
        if (complete_ || room >= 2 * run_bytes) return 0;
        // Kept whole, the room for the stated size was made at the start:
        // doubling it besides took 6 KB for each sheet of a few hundred bytes.
        if (keep_whole_ && room > 0 && text_.capacity() > part_bytes()) return 0;
        if (keep_whole_) read = 0;
        text_.erase(0, read);
        dropped_ += read;
        if (text_.capacity() - text_.size() < run_bytes) text_.reserve(2 * text_.capacity());
        return read;
    }
    // The window with the rest of the part, once no view into it is held.
    std::string& rest() {
        while (part_.inflate_into(text_, run_bytes) > 0) {
        }
        complete_ = true;
        return text_;
    }
    // The whole part, inflated again from the start if its front was dropped.
    std::string& whole() {
        if (dropped_ > 0) {
            part_.restart();
            text_.clear();
            text_.reserve(part_bytes() + 1);
            dropped_ = 0;
        }
        return rest();
    }

private:
    PartInflater& part_;
    bool keep_whole_;
    std::string text_;
    std::size_t dropped_ = 0;  // bytes of the part before the window
    bool complete_ = false;
};

// The next run of rows, inflating as needed. NeedMore when the room ran out.
SheetRowsCutter::Step next_run(SheetRowsCutter& cutter, SheetText& xml, std::string_view& run) {
    for (;;) {
        SheetRowsCutter::Step step = cutter.next(xml.text(), xml.complete(), run);
        if (step != SheetRowsCutter::Step::NeedMore || !xml.more()) return step;
    }
}

// The next run of rows, making room in the window where it ran out. Only where
// no view into the window is held but `run`, the one the last step gave.
SheetRowsCutter::Step next_run_with_room(SheetRowsCutter& cutter, SheetText& xml, SheetRowsCutter::Step step,
                                         std::string_view& run) {
    using Step = SheetRowsCutter::Step;
    for (;;) {
        const bool holds_run = step == Step::Run;
        const std::size_t at = holds_run ? std::size_t(run.data() - xml.text().data()) : cutter.unread();
        const std::size_t dropped = xml.make_room(at);
        cutter.dropped(dropped);
        if (holds_run) run = std::string_view(xml.text()).substr(at - dropped, run.size());
        if (step != Step::NeedMore) return step;
        step = next_run(cutter, xml, run);
    }
}

// The rows a megabyte at a time (see sheet_rows_split.hpp), run k + 1
// inflated and cut on a second thread while run k is scanned and becomes
// cells on this one (cells must be made in order: shared formulas refer
// back). Measured a megabyte run on the 100k-row file: inflating and cutting
// 2.4 ms, scanning 4 ms, making cells 1.3 ms. False, with
// nothing read, when the part must be parsed whole instead: it could not be
// cut, or a piece did not parse (the whole parse then names the error).
// `frame_doc` is parsed in place in `frame`, which must outlive it.
bool read_in_runs(SheetText& xml, Sheet& sheet, const SheetContext& ctx, std::string& frame,
                  pugi::xml_document& frame_doc) {
    using Step = SheetRowsCutter::Step;
    SheetRowsCutter cutter(run_bytes);
    // The runs sit two levels down (worksheet, sheetData): their depth counts from there.
    ReadLimits run_limits = ctx.limits;
    run_limits.max_xml_depth = run_limits.max_xml_depth > 2 ? run_limits.max_xml_depth - 2 : 1;
    const std::size_t part_bytes = xml.part_bytes();
    const bool parallel = part_bytes >= second_thread_from_runs * run_bytes;
    try {
        RowReader rows(sheet, ctx);
        std::string piece;
        std::string_view next;
        std::vector<RowXml> scanned;
        Step step = next_run_with_room(cutter, xml, Step::NeedMore, next);
        for (std::size_t k = 0; step == Step::Run; ++k) {
            const std::string_view mine = next;
            process::run_both(
                parallel,
                [&] {
                    if (scan_rows(mine, scanned)) {
                        for (const RowXml& row : scanned) rows.read_row(row);
                        if (k == 0) reserve_like_first_run(sheet, mine.size(), part_bytes, ctx);
                        return;
                    }
                    piece.assign(cutter.sheet_data_open()).append(mine).append(cutter.sheet_data_close());
                    pugi::xml_document doc;
                    parse_xml(doc, piece, sheet.part, run_limits);
                    rows.read(doc.document_element());
                },
                [&] { step = next_run(cutter, xml, next); });
            step = next_run_with_room(cutter, xml, step, next);
        }
        if (step != Step::Done) {
            sheet.cells.clear();
            return false;
        }
        frame = cutter.frame(xml.rest());
        parse_xml(frame_doc, frame, sheet.part, ctx.limits);
    } catch (const ReadError& e) {
        if (e.kind != ReadErrorKind::MalformedXml) throw;
        sheet.cells.clear();
        frame_doc.reset();
        return false;
    }
    return true;
}

}  // namespace

void read_xlsx_sheet(PartInflater part, Sheet& sheet, const SheetContext& ctx) {
    SheetText xml(part, ctx.limits.keep_sheet_xml);
    std::string frame;
    pugi::xml_document doc;
    if (!read_in_runs(xml, sheet, ctx, frame, doc)) {
        parse_xml(doc, xml.whole(), sheet.part, ctx.limits);  // in place: the text is not kept then
        RowReader(sheet, ctx).read(child(doc.document_element(), "sheetData"));
    } else if (ctx.limits.keep_sheet_xml) {
        sheet.source = std::move(xml.whole());
    }
    pugi::xml_node root = doc.document_element();

    put_cells_in_order(sheet.cells);

    for (pugi::xml_node m : children(child(root, "mergeCells"), "mergeCell"))
        if (auto range = parse_range(attr(m, "ref").value())) sheet.merged.push_back(*range);
}

}  // namespace sk
