#include "serve/finding_json.hpp"

#include "report/check_messages.hpp"

namespace sk::serve {

void add_amount_texts(nlohmann::json& finding, const check::Finding& f) {
    auto text = [&](const std::optional<double>& v) { return v ? nlohmann::json(finding_amount(f, *v)) : nlohmann::json(nullptr); };
    finding["expected_text"] = text(f.expected);
    finding["actual_text"] = text(f.actual);
}

}  // namespace sk::serve
