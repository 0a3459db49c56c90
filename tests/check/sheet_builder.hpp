// Hand-built workbooks for the checker's tests: cells set by A1 address.
#pragma once

#include <algorithm>
#include <string>

#include "grid/grid.hpp"

namespace sk::test {

class SheetBuilder {
public:
    explicit SheetBuilder(std::string name = "Blad1") {
        wb.path = "test.xlsx";
        wb.styles.push_back({});
        StyleHint kr;
        kr.num_fmt_id = 164;
        kr.num_format = "#,##0 \"kr\"";
        wb.styles.push_back(kr);
        StyleHint pct;
        pct.num_fmt_id = 165;
        pct.num_format = "0.0%";
        wb.styles.push_back(pct);
        wb.sheets.push_back(Sheet{});
        wb.sheets.back().name = std::move(name);
    }

    // A number with the kr format (style 1); `style` 0 is General, 2 is "0.0%".
    SheetBuilder& num(const char* at, double v, std::uint32_t style = 1) {
        Cell& c = put(at);
        c.type = CellType::Number;
        c.number = v;
        c.style = style;
        c.text = std::to_string(v);
        return *this;
    }
    SheetBuilder& text(const char* at, std::string t) {
        Cell& c = put(at);
        c.type = CellType::Text;
        c.text = std::move(t);
        return *this;
    }
    // A formula with its cached value.
    SheetBuilder& formula(const char* at, std::string f, double cached) {
        num(at, cached);
        put(at).formula = std::move(f);
        return *this;
    }
    // Starts another sheet; later cells go there.
    SheetBuilder& sheet(std::string name) {
        wb.sheets.push_back(Sheet{});
        wb.sheets.back().name = std::move(name);
        return *this;
    }

    Workbook& done() {
        for (Sheet& s : wb.sheets)
            std::sort(s.cells.begin(), s.cells.end(),
                      [](const Cell& a, const Cell& b) { return a.row != b.row ? a.row < b.row : a.col < b.col; });
        return wb;
    }

    Workbook wb;

private:
    Cell& put(const char* at) {
        std::uint32_t r = 0, c = 0;
        parse_a1(at, r, c);
        Sheet& s = wb.sheets.back();
        for (Cell& x : s.cells)
            if (x.row == r && x.col == c) return x;
        s.cells.push_back(Cell{});
        s.cells.back().row = r;
        s.cells.back().col = c;
        return s.cells.back();
    }
};

}  // namespace sk::test
