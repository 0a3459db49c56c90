#include "fix/xlsx_patch.hpp"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>

#include "base/ooxml.hpp"
#include "base/run_both.hpp"
#include "base/whole_number.hpp"
#include "fix/fix_error.hpp"
#include "fix/notes_edit.hpp"
#include "fix/package_writer.hpp"
#include "fix/report_sheet.hpp"
#include "fix/styles_edit.hpp"
#include "fix/xml_scan.hpp"
#include "fix/xml_text.hpp"
#include "read/opc.hpp"
#include "read/xml_document.hpp"
#include "write/xml_escape.hpp"
#include "write/styles_xml.hpp"

namespace sk::fix {

namespace {

std::string number_xml(double v) {
    char buf[32];
    auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string cell_xml(const std::string& p, const CellEdit& e, std::uint32_t style) {
    std::string x = "<" + p + "c r=\"" + a1(e.row, e.col) + "\" s=\"" + std::to_string(style) + "\">";
    if (!e.formula.empty()) x += "<" + p + "f>" + xml_text(e.formula) + "</" + p + "f>";
    x += "<" + p + "v>" + number_xml(e.value) + "</" + p + "v></" + p + "c>";
    return x;
}

std::string rels_part_of(const std::string& part) {
    auto slash = part.rfind('/');
    return part.substr(0, slash + 1) + "_rels/" + part.substr(slash + 1) + ".rels";
}

// Names for new parts: "xl/comments3.xml" for stem "xl/comments", ext ".xml",
// the first number not used. Each stem counts on from its last name, so
// naming a part per sheet stays linear in the number of sheets.
class NewParts {
public:
    explicit NewParts(const ZipPackage& pkg) : pkg_(pkg) {}
    std::string name(const std::string& stem, const std::string& ext) {
        for (int& n = next_[stem + '\n' + ext];; ) {
            std::string name = stem + std::to_string(++n) + ext;
            if (!pkg_.has(name)) return name;
        }
    }

private:
    const ZipPackage& pkg_;
    std::map<std::string, int> next_;  // stem and ext → the last number given
};

// The relative target from one part's folder to another part.
std::string relative_target(const std::string& from_part, const std::string& to_part) {
    std::string from_dir = from_part.substr(0, from_part.rfind('/') + 1);
    if (to_part.rfind(from_dir, 0) == 0) return to_part.substr(from_dir.size());
    std::string up;
    std::string dir = from_dir;
    while (!dir.empty() && to_part.rfind(dir, 0) != 0) {
        dir.pop_back();
        dir = dir.substr(0, dir.rfind('/') + 1);
        up += "../";
    }
    return up + to_part.substr(dir.size());
}

// Part texts being edited, read once from the package.
class Parts {
public:
    // `inflated`: texts of parts read already, taken when first asked for.
    Parts(ZipPackage& pkg, std::map<std::string, std::string> inflated) : pkg_(pkg), inflated_(std::move(inflated)) {}
    std::string& get(const std::string& part) {
        PartText& p = edit(part);
        // The replacements' offsets hold only while the text stays as it is.
        if (!p.replacements.empty()) throw std::logic_error(part + ": text changed after its replacements");
        return p.text;
    }
    // The part with room for replacements; its text must not change once it has some.
    PartText& edit(const std::string& part) {
        auto it = text_.find(part);
        if (it == text_.end()) {
            auto known = inflated_.find(part);
            std::string text = known != inflated_.end() ? std::move(known->second)
                               : pkg_.has(part)          ? pkg_.read(part)
                                                         : std::string();
            it = text_.emplace(part, PartText{std::move(text), {}}).first;
        }
        return it->second;
    }
    void put(const std::string& part, std::string text) { text_[part] = PartText{std::move(text), {}}; }
    const std::map<std::string, PartText>& all() const { return text_; }

private:
    ZipPackage& pkg_;
    std::map<std::string, std::string> inflated_;
    std::map<std::string, PartText> text_;
};

void add_relationship(std::string& rels, const std::string& id, const std::string& type, const std::string& target) {
    if (rels.empty())
        rels = std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"") +
               ooxml::package_relationships_ns + "\"></Relationships>";
    std::size_t close = root_closing_tag(rels, "Relationships");
    rels.insert(close, "<Relationship Id=\"" + id + "\" Type=\"" + ooxml::relationship_type + type + "\" Target=\"" +
                           xml_attr(target) + "\"/>");
}

void add_override(std::string& types, const std::string& part, const std::string& content_type) {
    types.insert(root_closing_tag(types, "Types"),
                 "<Override PartName=\"/" + xml_attr(part) + "\" ContentType=\"" + content_type + "\"/>");
}

void ensure_default(std::string& types, const std::string& ext, const std::string& content_type) {
    if (types.find("Extension=\"" + ext + "\"") != std::string::npos) return;
    types.insert(root_closing_tag(types, "Types"),
                 "<Default Extension=\"" + ext + "\" ContentType=\"" + content_type + "\"/>");
}

// Where a new child of <worksheet> goes: before the first child that the
// schema orders after it, else before </worksheet>.
std::size_t worksheet_child_at(const SheetLayout& layout, const std::vector<std::string>& later) {
    for (const auto& [name, offset] : layout.after_sheet_data)
        if (std::find(later.begin(), later.end(), name) != later.end()) return offset;
    return layout.worksheet_close;
}

struct SheetNotes {
    std::string part;
    std::vector<Note> notes;
};

// The part one of a sheet's relationships `rels` of `type` points to (the
// one with Id `id`, when given), or "" when it has none. Throws FixError when
// the part it names is missing: the notes would go nowhere, or twice.
std::string related_part(const ZipPackage& pkg, const std::string& sheet_part, const std::vector<Relationship>& rels,
                         const char* type, const std::string& id) {
    for (const Relationship& r : rels) {
        if (!has_type(r, type) || r.external || (!id.empty() && r.id != id)) continue;
        if (!pkg.has(r.target)) throw FixError(FixErrorKind::MissingTarget, rels_part_of(sheet_part), r.target);
        return pkg.find(r.target);
    }
    return {};
}

// The texts of a new comments part and VML drawing.
struct NotesParts {
    std::string comments, vml;
};

// What a sheet has for notes already: its comments part, and the VML
// drawing its <legacyDrawing> links (notes, but also buttons and other form
// controls). Empty when it has none; `has_drawing` also when the link is broken.
struct ExistingNotes {
    std::string comments, vml;
    bool has_drawing = false;
};

// Adds the notes to the sheet's comments part and drawing, or to new ones
// (`made`: the new comments part and drawing for all notes, made while the
// sheet was edited, when the sheet had no comments part). A new drawing is
// linked by edit_sheet; a sheet has at most one.
void add_notes(ZipPackage& pkg, Parts& parts, NewParts& new_parts, const SheetNotes& sheet, std::uint32_t& next_shape,
               PatchResult& result, const ExistingNotes& existing, NotesParts made, bool& vml_known) {
    const std::string rels_part = rels_part_of(sheet.part);
    auto add_part = [&](const char* stem, const char* ext, std::string text, const char* rel_id, const char* type) {
        std::string part = new_parts.name(stem, ext);
        parts.put(part, std::move(text));
        result.added_parts.push_back(part);
        std::string& rels = parts.get(rels_part);
        if (!pkg.has(rels_part) && rels.empty()) result.added_parts.push_back(rels_part);
        add_relationship(rels, rel_id, type, relative_target(sheet.part, part));
        return part;
    };
    std::vector<Note> added_notes;
    if (existing.comments.empty()) {
        std::string part = add_part("xl/comments", ".xml", std::move(made.comments), "rIdSummakollComments", "comments");
        add_override(parts.get("[Content_Types].xml"), part, ooxml::spreadsheet_content_type_of("comments+xml"));
        added_notes = sheet.notes;
    } else {
        added_notes = append_comments(parts.get(existing.comments), sheet.notes);
    }
    if (!existing.has_drawing) {
        std::string vml = existing.comments.empty() ? std::move(made.vml) : new_vml_drawing(added_notes, next_shape);
        add_part("xl/drawings/vmlDrawingSummakoll", ".vml", std::move(vml), "rIdSummakollVml", "vmlDrawing");
        // Once per workbook: the search through [Content_Types].xml for every sheet was quadratic.
        if (!vml_known)
            ensure_default(parts.get("[Content_Types].xml"), "vml", ooxml::vml_content_type);
        vml_known = true;
        next_shape += std::uint32_t(added_notes.size()) + 1024;
    } else if (!existing.vml.empty()) {
        append_vml_shapes(parts.get(existing.vml), added_notes, next_shape);
        next_shape += std::uint32_t(added_notes.size());
    }
}

// What one sheet gets: its edits and its marks for a person.
struct SheetChanges {
    std::vector<const CellEdit*> edits;
    std::vector<const CellMark*> marks;
};

// The notes a sheet's edits and marks leave, in their order.
std::vector<Note> notes_of(const SheetChanges& changes) {
    std::vector<Note> notes;
    for (const CellEdit* e : changes.edits)
        if (!e->note.empty()) notes.push_back({e->row, e->col, e->note});
    for (const CellMark* m : changes.marks)
        if (!m->note.empty()) notes.push_back({m->row, m->col, m->note});
    return notes;
}

// A cell's XML with only its style changed: the start tag's s attribute
// replaced (or added), everything else kept byte for byte.
std::string restyled(std::string_view cell, std::uint32_t style) {
    std::size_t tag_end = cell.find('>');
    std::string start(cell.substr(0, tag_end));
    bool self_closing = !start.empty() && start.back() == '/';
    if (self_closing) start.pop_back();
    for (std::size_t at = start.find(" s="); at != std::string::npos; at = start.find(" s=", at + 1)) {
        char quote = at + 3 < start.size() ? start[at + 3] : '"';
        std::size_t close = start.find(quote, at + 4);
        if (close == std::string::npos) break;
        start.erase(at, close + 1 - at);
        break;
    }
    return start + " s=\"" + std::to_string(style) + "\"" + (self_closing ? "/" : "") + std::string(cell.substr(tag_end));
}

// Applies the edits of one sheet to its XML, as replacements of its bytes.
// With `notes`, the sheet needs a VML drawing for them: when it has no
// <legacyDrawing>, one is added that links the drawing add_notes makes.
// Returns whether the sheet had one already, and its r:id.
std::optional<std::string> edit_sheet(PartText& part, const Sheet& sheet, const SheetChanges& changes,
                                      StylesEdit& styles, bool notes) {
    const std::vector<const CellEdit*>& edits = changes.edits;
    std::vector<std::uint32_t> edited_rows;
    edited_rows.reserve(edits.size() + changes.marks.size());
    for (const CellEdit* e : edits) edited_rows.push_back(e->row);
    for (const CellMark* m : changes.marks) edited_rows.push_back(m->row);
    std::sort(edited_rows.begin(), edited_rows.end());
    edited_rows.erase(std::unique(edited_rows.begin(), edited_rows.end()), edited_rows.end());
    if (!part.replacements.empty()) {  // a second sheet on the same part (a strange file): edit the edited text
        part.text = joined(part.pieces());
        part.replacements.clear();
    }
    const std::string& xml = part.text;
    std::vector<Replacement>& reps = part.replacements;
    SheetLayout layout;
    bool ok = false;
    try {
        ok = scan_sheet(xml, layout, &edited_rows);
    } catch (const std::exception&) {
        ok = false;
    }
    if (!ok) throw FixError(FixErrorKind::BrokenSheet, sheet.part, sheet.name);

    std::set<std::string> broken_shared;  // si of shared-formula masters being replaced
    // The rows by number, for a binary search per edit. Rows come in order
    // in every producer's files; a row written twice counts as its last copy.
    std::vector<const RowSpan*> rows_by_number;
    rows_by_number.reserve(layout.rows.size());
    for (const RowSpan& r : layout.rows) rows_by_number.push_back(&r);
    auto by_row = [](const RowSpan* a, const RowSpan* b) { return a->row < b->row; };
    if (!std::is_sorted(rows_by_number.begin(), rows_by_number.end(), by_row))
        std::stable_sort(rows_by_number.begin(), rows_by_number.end(), by_row);
    auto rows_after = [&](std::uint32_t r) {  // the first row numbered above r
        return std::upper_bound(rows_by_number.begin(), rows_by_number.end(), r,
                                [](std::uint32_t x, const RowSpan* b) { return x < b->row; });
    };
    auto find_span = [&](std::uint32_t r, std::uint32_t col, const RowSpan*& row) -> const CellSpan* {
        const CellSpan* span = nullptr;
        row = nullptr;
        if (auto it = rows_after(r); it != rows_by_number.begin() && (*std::prev(it))->row == r) {
            row = *std::prev(it);
            for (const CellSpan& c : row->cells)
                if (c.col == col) span = &c;
        }
        return span;
    };
    // A mark restyles the cell it finds; a cell the sheet does not hold has nothing to mark.
    for (const CellMark* m : changes.marks) {
        const RowSpan* row = nullptr;
        if (const CellSpan* span = find_span(m->row, m->col, row))
            reps.push_back({span->begin, span->end,
                            restyled(std::string_view(xml).substr(span->begin, span->end - span->begin),
                                     styles.marked(span->style, "", true))});
    }
    for (const CellEdit* e : edits) {
        const RowSpan* row = nullptr;
        const CellSpan* span = find_span(e->row, e->col, row);
        std::uint32_t style = styles.marked(span ? span->style : 0, e->number_format, e->for_person);
        std::string text = cell_xml(layout.prefix, *e, style);
        if (span) {
            std::string_view old(xml.data() + span->begin, span->end - span->begin);
            if (old.find("t=\"shared\"") != std::string_view::npos && old.find("ref=\"") != std::string_view::npos)
                broken_shared.insert(attribute(old.substr(old.find("<", 1)), "si"));
            reps.push_back({span->begin, span->end, text});
        } else if (row && !row->self_closing) {
            std::size_t at = row->close_begin;
            for (const CellSpan& c : row->cells)
                if (c.col > e->col) {
                    at = c.begin;
                    break;
                }
            reps.push_back({at, at, text});
        } else if (row) {  // <row …/>: open it
            std::string open(xml, row->begin, row->end - row->begin - 2);
            reps.push_back({row->begin, row->end, open + ">" + text + "</" + layout.prefix + "row>"});
        } else {
            auto next_row = rows_after(e->row);
            std::size_t at = next_row == rows_by_number.end() ? layout.sheet_data_close : (*next_row)->begin;
            std::string row_xml = "<" + layout.prefix + "row r=\"" + std::to_string(e->row + 1) + "\">" + text + "</" +
                                  layout.prefix + "row>";
            if (layout.sheet_data_self_closing) {
                std::size_t tag_end = xml.find('>', layout.sheet_data_close) + 1;
                reps.push_back({layout.sheet_data_close, tag_end,
                                "<" + layout.prefix + "sheetData>" + row_xml + "</" + layout.prefix + "sheetData>"});
            } else {
                reps.push_back({at, at, row_xml});
            }
        }
    }
    std::optional<std::string> drawing;  // the sheet's own <legacyDrawing>'s r:id
    for (const auto& [name, offset] : layout.after_sheet_data)
        if (name == "legacyDrawing") drawing = attribute(std::string_view(xml).substr(offset, xml.find('>', offset) - offset), "id");
    if (notes && !drawing) {
        std::size_t at = worksheet_child_at(layout, {"legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
                                                     "webPublishItems", "tableParts", "extLst"});
        reps.push_back({at, at,
                        "<" + layout.prefix + "legacyDrawing xmlns:r=\"" + ooxml::relationships_ns +
                            "\" r:id=\"rIdSummakollVml\"/>"});
    }
    // Cells that shared a replaced master's formula get their own formula
    // text; these cells may be anywhere, so the scan looks at all of them.
    if (!broken_shared.empty()) {
        std::set<std::pair<std::uint32_t, std::uint32_t>> edited_cells;
        for (const CellEdit* e : edits) edited_cells.emplace(e->row, e->col);
        SheetLayout all_cells;
        if (!scan_sheet(xml, all_cells)) throw FixError(FixErrorKind::BrokenSheet, sheet.part, sheet.name);
        for (const RowSpan& r : all_cells.rows)
            for (const CellSpan& c : r.cells) {
                std::string_view old(xml.data() + c.begin, c.end - c.begin);
                std::size_t f = old.find("t=\"shared\"");
                if (f == std::string_view::npos || old.find("ref=\"") != std::string_view::npos) continue;
                std::size_t f_begin = old.rfind('<', f), f_end = old.find("/>", f);
                if (f_begin == std::string_view::npos || f_end == std::string_view::npos) continue;
                if (!broken_shared.count(attribute(old.substr(f_begin, f_end - f_begin + 2), "si"))) continue;
                bool edited = edited_cells.count({c.row, c.col}) > 0;
                const Cell* cell = sheet.find(c.row, c.col);
                if (edited || !cell) continue;
                std::string text(old);
                text.replace(f_begin, f_end + 2 - f_begin,
                             "<" + layout.prefix + "f>" + xml_text(cell->formula) + "</" + layout.prefix + "f>");
                reps.push_back({c.begin, c.end, text});
            }
    }
    // In order (PartText); insertions before a cell come before that cell's own replacement.
    std::stable_sort(reps.begin(), reps.end(), [](const Replacement& a, const Replacement& b) {
        return a.begin < b.begin || (a.begin == b.begin && a.end < b.end);
    });
    return drawing;
}

// Drops xl/calcChain.xml and asks Excel to recalculate everything on open.
void recalculate_on_open(ZipPackage& pkg, Parts& parts, const std::string& wb_part, PatchResult& result,
                         const ReadLimits& limits) {
    for (const Relationship& r : read_relationships(pkg, wb_part, limits)) {
        if (!has_type(r, "calcChain")) continue;
        std::string& rels = parts.get(rels_part_of(wb_part));
        std::size_t id = rels.find("Id=\"" + r.id + "\"");
        if (id != std::string::npos) {
            std::size_t b = rels.rfind('<', id), e = rels.find('>', id) + 1;
            rels.erase(b, e - b);
        }
        if (pkg.has(r.target)) result.removed_parts.push_back(pkg.find(r.target));
        std::string& types = parts.get("[Content_Types].xml");
        std::size_t at = types.find("PartName=\"/" + r.target + "\"");
        if (at != std::string::npos) {
            std::size_t b = types.rfind('<', at), e = types.find('>', at) + 1;
            types.erase(b, e - b);
        }
    }
    std::string& wb = parts.get(wb_part);
    std::size_t calc = start_tag(wb, "calcPr");
    if (calc != std::string::npos) {
        set_attribute(wb, calc, "fullCalcOnLoad", "1");
        return;
    }
    std::size_t at = std::string::npos;
    for (const char* later : {"oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
                              "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"}) {
        std::size_t p = start_tag(wb, later);
        if (p != std::string::npos && (at == std::string::npos || p < at)) at = p;
    }
    if (at == std::string::npos) at = closing_tag(wb, "workbook");
    std::string prefix;
    std::size_t root = start_tag(wb, "workbook");
    std::size_t colon = wb.find_first_of(": \t>", root + 1);
    if (colon != std::string::npos && wb[colon] == ':') prefix = wb.substr(root + 1, colon - root);
    wb.insert(at, "<" + prefix + "calcPr fullCalcOnLoad=\"1\"/>");
}

// The workbook's styles part, to add the marker formats to. A workbook
// without one (Excel never writes such a file, other programs may) gets the
// default styles, in the part its relationship names or in a new part.
std::string styles_part_of(ZipPackage& pkg, Parts& parts, NewParts& new_parts, const std::string& wb_part,
                           PatchResult& result, const ReadLimits& limits) {
    std::string part;
    for (const Relationship& r : read_relationships(pkg, wb_part, limits))
        if (has_type(r, "styles") && !r.external) part = r.target;
    if (!part.empty() && pkg.has(part)) return pkg.find(part);
    if (part.empty()) {
        part = pkg.has("xl/styles.xml") ? new_parts.name("xl/styles", ".xml") : "xl/styles.xml";
        add_relationship(parts.get(rels_part_of(wb_part)), "rIdSummakollStyles", "styles", relative_target(wb_part, part));
    }
    std::string& types = parts.get("[Content_Types].xml");
    if (types.find("PartName=\"/" + part + "\"") == std::string::npos)
        add_override(types, part, ooxml::spreadsheet_content_type_of("styles+xml"));
    parts.put(part, styles_xml({CellStyle{}}));
    result.added_parts.push_back(part);
    return part;
}

// Adds definedName elements (written without a prefix) to the workbook part,
// into its definedNames or a new one in its place after sheets.
void add_defined_names(std::string& wb, const std::string& names) {
    std::string prefix;
    std::size_t root = start_tag(wb, "workbook");
    std::size_t colon = wb.find_first_of(": \t>", root + 1);
    if (colon != std::string::npos && wb[colon] == ':') prefix = wb.substr(root + 1, colon - root);
    if (std::size_t close = closing_tag(wb, "definedNames"); close != std::string::npos) {
        wb.insert(close, with_prefix(names, prefix));
        return;
    }
    if (std::size_t empty = start_tag(wb, "definedNames"); empty != std::string::npos) {  // <definedNames/>
        std::size_t end = wb.find('>', empty) + 1;
        wb.replace(empty, end - empty, with_prefix("<definedNames>" + names + "</definedNames>", prefix));
        return;
    }
    // definedNames follows sheets, functionGroups and externalReferences.
    std::size_t after = std::string::npos;
    for (const char* before : {"externalReferences", "functionGroups", "sheets"}) {
        std::size_t close = closing_tag(wb, before);
        if (close != std::string::npos) {
            after = wb.find('>', close) + 1;
            break;
        }
    }
    if (after == std::string::npos) return;  // no sheets element: nothing to name
    wb.insert(after, with_prefix("<definedNames>" + names + "</definedNames>", prefix));
}

void add_report_sheet(Parts& parts, NewParts& new_parts, const Workbook& wb, const std::string& wb_part,
                      const PatchOptions& options, std::string report_xml, PatchResult& result) {
    std::set<std::string> names;
    for (const Sheet& s : wb.sheets) names.insert(s.name);
    std::string name = options.report_sheet_name;
    for (int n = 2; names.count(name); ++n) name = options.report_sheet_name + " " + std::to_string(n);

    std::string part = new_parts.name("xl/worksheets/sheet", ".xml");
    parts.put(part, std::move(report_xml));
    result.added_parts.push_back(part);

    std::string& rels = parts.get(rels_part_of(wb_part));
    add_relationship(rels, "rIdSummakollReport", "worksheet", relative_target(wb_part, part));
    add_override(parts.get("[Content_Types].xml"), part, ooxml::spreadsheet_content_type_of("worksheet+xml"));

    std::string& xml = parts.get(wb_part);
    std::uint32_t max_id = 0, sheet_count = 0;
    for (std::size_t p = start_tag(xml, "sheet"); p != std::string::npos; p = start_tag(xml, "sheet", p + 1)) {
        std::string id = attribute(std::string_view(xml).substr(p, xml.find('>', p) - p), "sheetId");
        if (id.empty()) continue;
        std::optional<std::uint32_t> n = whole_number<std::uint32_t>(id);
        if (!n) throw FixError(FixErrorKind::BadSheetId, wb_part, id);
        max_id = std::max(max_id, *n);
        ++sheet_count;
    }
    // Printed, the header row repeats on every page; the autofilter's range is named as Excel names it.
    std::string quoted = "'";
    for (char c : name) quoted += c == '\'' ? std::string("''") : std::string(1, c);
    quoted += "'";
    const std::string local = " localSheetId=\"" + std::to_string(sheet_count) + "\"";
    const std::uint32_t rows = std::uint32_t(std::max<std::size_t>(options.report.size(), 1)) + 1;
    add_defined_names(xml, "<definedName name=\"_xlnm._FilterDatabase\"" + local + " hidden=\"1\">" + xml_text(quoted) +
                               "!$A$1:$" + column_name(report_columns - 1) + "$" + std::to_string(rows) +
                               "</definedName><definedName name=\"_xlnm.Print_Titles\"" + local + ">" + xml_text(quoted) +
                               "!$1:$1</definedName>");
    std::size_t close = closing_tag(xml, "sheets");
    std::string prefix;
    std::size_t open = start_tag(xml, "sheets");
    std::size_t colon = xml.find_first_of(": \t>", open + 1);
    if (colon != std::string::npos && xml[colon] == ':') prefix = xml.substr(open + 1, colon - open);
    xml.insert(close, "<" + prefix + "sheet name=\"" + xml_attr(name) + "\" sheetId=\"" + std::to_string(max_id + 1) +
                          "\" xmlns:r=\"" + ooxml::relationships_ns + "\" r:id=\"rIdSummakollReport\"/>");
}

}  // namespace

PatchResult patch_xlsx(const std::string& input, const std::string& output, const std::vector<CellEdit>& edits,
                       PatchOptions options, const Workbook* read) {
    ReadLimits limits;
    std::string bytes = read_file_bytes(input, limits);
    std::optional<Workbook> own;
    const Workbook& wb = read ? *read : own.emplace(read_xlsx_bytes(bytes, input, limits));
    ZipPackage pkg{bytes, limits};
    PatchResult result;
    Parts parts(pkg, std::move(options.inflated));
    NewParts new_parts(pkg);

    if (!edits.empty() || !options.marks.empty() || options.report_sheet) {
        std::string wb_part = workbook_part(pkg, limits);
        std::map<std::string, SheetChanges> by_sheet;
        for (const CellEdit& e : edits) by_sheet[e.sheet].edits.push_back(&e);
        for (const CellMark& m : options.marks) by_sheet[m.sheet].marks.push_back(&m);

        // Marks and the report's formats go into the styles part (one is made
        // when the workbook has none).
        const std::string styles_part = styles_part_of(pkg, parts, new_parts, wb_part, result, limits);
        std::optional<StylesEdit> styles;
        styles.emplace(parts.get(styles_part), styles_part, options.fill_rgb, options.person_fill_rgb);
        // The report's formats are made here, before the sheets' edits use the styles on this core.
        ReportStyles report_formats;
        if (options.report_sheet) report_formats = report_styles(options.report, *styles);
        std::optional<std::string> report_xml;
        auto make_report_xml = [&] {
            if (options.report_sheet && !report_xml) report_xml = report_sheet_xml(options.report, report_formats, options.lang);
        };

        if (!by_sheet.empty()) {
            std::uint32_t next_shape = 60000;
            bool formulas = false, vml_known = false;
            // Named members, not a structured binding: clang 14 (clang-tidy) cannot capture one in a lambda.
            for (const auto& named : by_sheet) {
                const std::string& name = named.first;
                const SheetChanges& sheet_changes = named.second;
                const Sheet* sheet = wb.sheet(name);
                if (!sheet) throw std::logic_error("fix plan: no sheet " + name);
                std::vector<Note> notes = notes_of(sheet_changes);
                ExistingNotes existing;
                std::vector<Relationship> sheet_rels;
                if (!notes.empty()) {
                    sheet_rels = read_relationships(pkg, sheet->part, limits);
                    existing.comments = related_part(pkg, sheet->part, sheet_rels, "comments", "");
                }
                // The report sheet, and the new comments part and drawing
                // when the sheet has no comments (the drawing is dropped if
                // the sheet turns out to have one): they need only the notes
                // and the report, so on a big sheet the second core makes
                // them while this one edits the sheet.
                NotesParts made;
                std::optional<std::string> drawing_id;
                process::run_both(
                    sheet->cells.size() >= process::two_threads_from_cells,
                    [&] { drawing_id = edit_sheet(parts.edit(sheet->part), *sheet, sheet_changes, *styles, !notes.empty()); },
                    [&] {
                        if (!notes.empty() && existing.comments.empty())
                            made = {new_comments_part(notes), new_vml_drawing(notes, next_shape)};
                        make_report_xml();
                    });
                for (const CellEdit* e : sheet_changes.edits) formulas |= !e->formula.empty();
                if (notes.empty()) continue;
                existing.has_drawing = drawing_id.has_value();
                if (drawing_id) existing.vml = related_part(pkg, sheet->part, sheet_rels, "vmlDrawing", *drawing_id);
                add_notes(pkg, parts, new_parts, {sheet->part, notes}, next_shape, result, existing, std::move(made),
                          vml_known);
            }
            if (formulas) recalculate_on_open(pkg, parts, wb_part, result, limits);
        }
        if (styles->changed()) parts.put(styles_part, styles->result());
        if (options.report_sheet) {
            make_report_xml();
            add_report_sheet(parts, new_parts, wb, wb_part, options, std::move(*report_xml), result);
        }
    }

    const std::set<std::string> removed(result.removed_parts.begin(), result.removed_parts.end());
    std::set<std::string> added(result.added_parts.begin(), result.added_parts.end());
    for (const auto& [part, text] : parts.all())
        if (pkg.has(part) && !removed.count(pkg.find(part)))
            result.changed_parts.push_back(pkg.find(part));
        else if (!pkg.has(part) && added.insert(part).second)
            result.added_parts.push_back(part);

    write_patched_package(input, output, parts.all(), result.removed_parts);
    return result;
}

}  // namespace sk::fix
