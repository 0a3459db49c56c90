#include "fix/unlisted_amounts.hpp"

#include <set>
#include <tuple>

#include "tables/blocks.hpp"

namespace sk::fix {

std::vector<check::Finding> unlisted_text_amounts(const Workbook& wb, const std::vector<check::Finding>& findings) {
    std::vector<check::Finding> out;
    if (!wb.can().typed_cells) return out;
    std::set<std::tuple<std::string, std::uint32_t, std::uint32_t>> listed;
    for (const check::Finding& f : findings) listed.emplace(f.sheet, f.row, f.col);
    auto add = [&](const Sheet& s, const Cell& c, double value) {
        check::Finding f;
        f.code = check::Code::NumberAsText;
        f.severity = check::severity_of(f.code);
        f.sheet = s.name;
        f.row = c.row;
        f.col = c.col;
        f.expected = value;
        f.text = std::string(c.text);
        out.push_back(std::move(f));
    };
    for (const Sheet& s : wb.sheets) {
        std::set<std::pair<std::uint32_t, std::uint32_t>> bare;  // bare numbers: kronor only in a kronor column
        for (const Cell& c : s.cells) {
            if (c.type != CellType::Text || !c.formula.empty() || listed.count({s.name, c.row, c.col})) continue;
            num::Parsed p = num::parse(c.text.view());
            if (!p.ok() || p.reading.approx || p.reading.unit == num::Unit::Percent) continue;
            if (p.reading.unit == num::Unit::Kr) add(s, c, p.reading.value);
            else bare.emplace(c.row, c.col);
        }
        if (bare.empty()) continue;
        for (const tables::Block& b : tables::find_blocks(wb, s)) {
            if (b.measure != tables::Measure::Money || b.part) continue;
            for (const tables::BlockRow& r : b.rows)
                if (r.value.kind == tables::ValueKind::TextNumber && r.role != tables::LabelKind::Part &&
                    bare.count({r.row, b.col}))
                    if (const Cell* c = s.find(r.row, b.col)) add(s, *c, r.value.value);
        }
    }
    return out;
}

}  // namespace sk::fix
