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
#include "fix/package_edit.hpp"
#include "fix/package_writer.hpp"
#include "fix/report_sheet.hpp"
#include "fix/sheet_edit.hpp"
#include "fix/styles_edit.hpp"
#include "fix/xml_scan.hpp"
#include "fix/xml_text.hpp"
#include "read/opc.hpp"
#include "read/xml_document.hpp"
#include "write/xml_escape.hpp"
#include "write/styles_xml.hpp"

namespace sk::fix {

namespace {

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

// The notes a sheet's edits and marks leave, in their order.
std::vector<Note> notes_of(const SheetChanges& changes) {
    std::vector<Note> notes;
    for (const CellEdit* e : changes.edits)
        if (!e->note.empty()) notes.push_back({e->row, e->col, e->note});
    for (const CellMark* m : changes.marks)
        if (!m->note.empty()) notes.push_back({m->row, m->col, m->note});
    return notes;
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
    std::optional<Workbook> own;
    const Workbook& wb = read ? *read : own.emplace(read_xlsx(input, limits));
    ZipPackage pkg{FileBytes::map(input, limits), limits};
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

    write_patched_package(pkg, output, parts.all(), result.removed_parts);
    return result;
}

}  // namespace sk::fix
