#include "fix/plan_json.hpp"

#include <cstring>

#include "write/file_beside.hpp"
#include "write/file_copy.hpp"
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
    FileBeside file(path);
    if (const int error = write_all(file.fd(), plan_json(plan, input, output).dump(1) + "\n"))
        throw WriteError(std::strerror(error), error);
    file.commit();
}

}  // namespace sk::fix
