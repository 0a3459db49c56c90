#include "fix/plan_json.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "write/file_beside.hpp"
#include "write/write_error.hpp"

namespace sk::fix {

nlohmann::json plan_json(const FixPlan& plan, const std::string& input, const std::string& output) {
    using nlohmann::json;
    json changes = json::array(), person = json::array();
    for (const CellEdit& e : plan.edits)
        changes.push_back({{"sheet", e.sheet},
                           {"cell", a1(e.row, e.col)},
                           {"kind", change_kind_name(e.kind)},
                           {"before", e.before},
                           {"formula", e.formula.empty() ? json(nullptr) : json("=" + e.formula)},
                           {"value", e.value},
                           {"number_format", e.number_format.empty() ? json(nullptr) : json(e.number_format)},
                           {"for_person", e.for_person}});
    for (const CellMark& m : plan.marks)
        person.push_back({{"sheet", m.sheet}, {"cell", a1(m.row, m.col)}, {"code", m.code}, {"reason", m.reason}});
    return {{"input", input}, {"output", output}, {"changes", std::move(changes)}, {"for_person", std::move(person)}};
}

void write_plan_json(const FixPlan& plan, const std::string& input, const std::string& output, const std::string& path) {
    namespace fs = std::filesystem;
    const std::string temp = temporary_name_beside(path);
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << plan_json(plan, input, output).dump(1) << "\n";
        if (!out) throw WriteError(std::strerror(errno), errno);
    }
    std::error_code ec;
    fs::rename(temp, path, ec);
    if (ec) {
        fs::remove(temp, ec);
        throw WriteError(ec.message(), ec.value());
    }
}

}  // namespace sk::fix
