#include "compare/compare_workbook.hpp"

#include <map>

#include "compare/compare_report.hpp"
#include "convert/emit_sheet.hpp"

namespace sk::compare {

namespace {

constexpr std::uint32_t differs_fill = 0xFFC7CE;  // Excel's "bad" red, unlike fix's yellow and orange

struct Looks {
    StyleId title, head, kr, kr_bold, kr_differs, text_differs, bold;
};

Looks looks(NewWorkbook& wb) {
    const std::string kr = "#,##0 \"kr\"";
    return Looks{wb.style({.bold = true}),
                 wb.style({.bold = true, .fill_rgb = convert::header_fill, .wrap = true}),
                 wb.style({.num_format = kr}),
                 wb.style({.num_format = kr, .bold = true}),
                 wb.style({.num_format = kr, .fill_rgb = differs_fill}),
                 wb.style({.fill_rgb = differs_fill}),
                 wb.style({.bold = true})};
}

const char* status_word(DiffKind k) {
    switch (k) {
        case DiffKind::AmountDiffers: return "Skiljer sig";
        case DiffKind::OnlyInA: return "Bara i A";
        case DiffKind::OnlyInB: return "Bara i B";
        case DiffKind::Ambiguous: return "Tvetydig – inte jämförd";
    }
    return "";
}

// One pair of tables: name, the two cells, then for each compared column A,
// B and B − A (a formula), and what differs.
void add_pair_sheet(const Comparison& c, const TablePair& p, const Looks& look, NewWorkbook& wb) {
    const KeyedTable& ta = c.a_tables[p.a];
    const KeyedTable& tb = c.b_tables[p.b];
    NewSheet& s = wb.add_sheet(ta.sheet_name == tb.sheet_name ? ta.sheet_name : ta.sheet_name + " – " + tb.sheet_name);
    s.set_text(0, 0, "A: " + table_place(ta) + "   B: " + table_place(tb), look.title);
    const std::uint32_t head = 1;
    s.set_text(head, 0, "Rad", look.head);
    s.set_text(head, 1, "Cell i A", look.head);
    s.set_text(head, 2, "Cell i B", look.head);
    std::uint32_t col = 3;
    for (const ColumnPair& cp : p.columns) {
        const std::string& ha = ta.columns[cp.a].header;
        const std::string& hb = tb.columns[cp.b].header;
        s.set_text(head, col, (ha.empty() ? column_name(ta.columns[cp.a].col) : ha) + " (A)", look.head);
        s.set_text(head, col + 1, (hb.empty() ? column_name(tb.columns[cp.b].col) : hb) + " (B)", look.head);
        s.set_text(head, col + 2, "Skillnad (B − A)", look.head);
        s.column_widths[col] = s.column_widths[col + 1] = s.column_widths[col + 2] = 16;
        col += 3;
    }
    const std::uint32_t status_col = col;
    s.set_text(head, status_col, "Skillnad", look.head);

    // The differences by row, to mark the cells and say what differs.
    std::map<std::size_t, std::vector<const Difference*>> by_a_row;
    for (const Difference& d : p.differences)
        if (d.kind == DiffKind::AmountDiffers && d.a_cell) {
            std::uint32_t row = 0, dummy = 0;
            parse_a1(*d.a_cell, row, dummy);
            by_a_row[row].push_back(&d);
        }
    std::uint32_t r = head + 1;
    auto values = [&](const KeyedRow* ra, const KeyedRow* rb, bool differs_row) {
        std::uint32_t k = 3;
        for (const ColumnPair& cp : p.columns) {
            static const std::optional<double> none;
            const std::optional<double>& va = ra ? ra->values[cp.a] : none;
            const std::optional<double>& vb = rb ? rb->values[cp.b] : none;
            bool differs = false;
            if (ra && differs_row)
                for (const Difference* d : by_a_row[ra->row])
                    differs = differs || *d->a_cell == a1(ra->row, ta.columns[cp.a].col);
            if (va) s.set_number(r, k, *va, differs ? look.kr_differs : look.kr);
            if (vb) s.set_number(r, k + 1, *vb, differs ? look.kr_differs : look.kr);
            if (va && vb)
                s.set_formula(r, k + 2, a1(r, k + 1) + "-" + a1(r, k), *vb - *va, differs ? look.kr_differs : look.kr);
            k += 3;
        }
    };
    for (const RowPair& rp : p.rows) {
        const KeyedRow& ra = ta.rows[rp.a];
        const KeyedRow& rb = tb.rows[rp.b];
        const bool differs = by_a_row.count(ra.row) > 0;
        s.set_text(r, 0, ra.label.empty() ? rb.label : ra.label, differs ? look.text_differs : 0);
        s.set_text(r, 1, a1(ra.row, ta.first_col));
        s.set_text(r, 2, a1(rb.row, tb.first_col));
        values(&ra, &rb, differs);
        if (differs) s.set_text(r, status_col, status_word(DiffKind::AmountDiffers), look.text_differs);
        ++r;
    }
    for (const Difference& d : p.differences) {
        if (d.kind == DiffKind::AmountDiffers) continue;
        s.set_text(r, 0, d.label, look.text_differs);
        if (d.a_cell) s.set_text(r, 1, *d.a_cell);
        if (d.b_cell) s.set_text(r, 2, *d.b_cell);
        const KeyedRow* ra = nullptr;
        const KeyedRow* rb = nullptr;
        std::uint32_t row = 0, dummy = 0;
        if (d.a_cell && parse_a1(*d.a_cell, row, dummy))
            for (const KeyedRow& x : ta.rows) ra = x.row == row ? &x : ra;
        if (d.b_cell && parse_a1(*d.b_cell, row, dummy))
            for (const KeyedRow& x : tb.rows) rb = x.row == row ? &x : rb;
        values(ra, rb, false);
        s.set_text(r, status_col, d.kind == DiffKind::Ambiguous ? difference_message(d, Lang::Sv) : status_word(d.kind),
                   look.text_differs);
        ++r;
    }
    s.set_text(r, 0, "Summa av jämförda poster", look.bold);
    std::uint32_t k = 3;
    for (const ColumnPair& cp : p.columns) {
        s.set_number(r, k, cp.a_total, look.kr_bold);
        s.set_number(r, k + 1, cp.b_total, look.kr_bold);
        s.set_formula(r, k + 2, a1(r, k + 1) + "-" + a1(r, k), cp.b_total - cp.a_total, look.kr_bold);
        k += 3;
    }
    s.column_widths[0] = 60;
    s.column_widths[1] = s.column_widths[2] = 9;
    s.column_widths[status_col] = 40;
    s.freeze_rows = head + 1;
    s.print_title_rows = head + 1;
}

void add_summary_sheet(const Comparison& c, const Looks& look, NewWorkbook& wb) {
    NewSheet& s = wb.add_sheet("Sammanfattning");
    s.set_text(0, 0, c.b_path.empty() ? "Texten mot tabellerna" : "Jämförelse av två filer", look.title);
    s.set_text(1, 0, "A: " + c.a_path);
    if (!c.b_path.empty()) s.set_text(2, 0, "B: " + c.b_path);
    const std::uint32_t head = 4;
    const char* headers[] = {"Tabell i A", "Tabell i B", "Kolumn i A", "Kolumn i B", "Summa i A", "Summa i B",
                             "Skillnad (B − A)", "Rader jämförda", "Skillnader"};
    for (std::uint32_t k = 0; k < 9; ++k) s.set_text(head, k, headers[k], look.head);
    std::uint32_t r = head + 1;
    for (const TablePair& p : c.pairs) {
        const KeyedTable& ta = c.a_tables[p.a];
        const KeyedTable& tb = c.b_tables[p.b];
        s.set_text(r, 0, table_place(ta));
        s.set_text(r, 1, table_place(tb));
        s.set_number(r, 7, static_cast<double>(p.rows.size()));
        s.set_number(r, 8, static_cast<double>(p.differences.size()), p.differences.empty() ? 0 : look.text_differs);
        for (const ColumnPair& cp : p.columns) {
            s.set_text(r, 2, column_name(ta.columns[cp.a].col) + ": " + ta.columns[cp.a].header);
            s.set_text(r, 3, column_name(tb.columns[cp.b].col) + ": " + tb.columns[cp.b].header);
            s.set_number(r, 4, cp.a_total, look.kr);
            s.set_number(r, 5, cp.b_total, look.kr);
            s.set_formula(r, 6, a1(r, 5) + "-" + a1(r, 4), cp.b_total - cp.a_total,
                          cp.a_total != cp.b_total ? look.kr_differs : look.kr);
            ++r;
        }
        if (p.columns.empty()) ++r;
    }
    for (std::size_t i : c.a_alone) s.set_text(r++, 0, "Bara i A: " + table_place(c.a_tables[i]));
    for (std::size_t j : c.b_alone) s.set_text(r++, 1, "Bara i B: " + table_place(c.b_tables[j]));
    for (const auto& [i, cands] : c.ambiguous_tables)
        s.set_text(r++, 0, table_place(c.a_tables[i]) + ": flera tabeller i B passar – inte jämförd", look.text_differs);
    for (const TextReport& t : c.texts) {
        ++r;
        s.set_text(r++, 0, "Texten mot tabellerna i " + t.path + ": " + std::to_string(t.check.matched.size()) +
                               " belopp stämmer", look.bold);
        for (const StatedAmount& a : t.check.mismatched) {
            s.set_text(r, 0, "text-mismatch", look.text_differs);
            s.set_number(r, 1, a.value, look.kr_differs);
            s.set_text(r++, 2, a.sentence);
        }
    }
    ++r;
    s.set_text(r, 0, c.difference_count() == 0 ? "Inga skillnader." : "Skillnader: " + std::to_string(c.difference_count()),
               look.bold);
    s.column_widths = {{0, 30}, {1, 30}, {2, 30}, {3, 30}, {4, 16}, {5, 16}, {6, 16}, {7, 10}, {8, 10}};
    s.freeze_rows = head + 1;
    s.print_title_rows = head + 1;
}

}  // namespace

NewWorkbook comparison_workbook(const Comparison& c) {
    NewWorkbook wb;
    const Looks look = looks(wb);
    add_summary_sheet(c, look, wb);
    for (const TablePair& p : c.pairs) add_pair_sheet(c, p, look, wb);
    return wb;
}

}  // namespace sk::compare
