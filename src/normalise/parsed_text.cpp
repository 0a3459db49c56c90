#include "normalise/parsed_text.hpp"

#include <cmath>

namespace sk::num {

namespace {

std::string quoted(std::string_view s) { return "\u201D" + std::string(s) + "\u201D"; }

std::string join(const std::vector<std::string>& items, const char* sep) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
    return out;
}

// Whole numbers as JSON integers (1150000, not 1150000.0).
nlohmann::ordered_json json_number(double v) {
    if (std::nearbyint(v) == v && std::fabs(v) < 9007199254740992.0) return static_cast<long long>(v);
    return v;
}

nlohmann::ordered_json json_unit(Unit u) {
    if (u == Unit::Kr) return "kr";
    if (u == Unit::Percent) return "percent";
    return nullptr;
}

}  // namespace

const char* status_code(Status s) {
    switch (s) {
        case Status::Number: return "number";
        case Status::Ambiguous: return "ambiguous";
        case Status::Composite: return "composite";
        case Status::Rejected: return "rejected";
        case Status::Empty: return "empty";
    }
    return "";
}

std::string describe_reading(const Reading& r) {
    std::string out = r.approx ? "ca " : "";
    out += format(r);
    if (std::string scaled = format_in_scale(r); !scaled.empty()) out += " (" + scaled + ")";
    return out;
}

std::string explain_refusal(std::string_view input, const Parsed& p, Lang lang) {
    const bool sv = lang == Lang::Sv;
    const std::string q = quoted(input);
    switch (p.status) {
        case Status::Number: return {};
        case Status::Empty: return q + (sv ? " är tomt" : " is empty");
        case Status::Ambiguous: {
            std::vector<std::string> readings;
            for (const Reading& r : p.candidates) readings.push_back(describe_reading(r));
            return q + (sv ? " kan läsas på flera sätt: " : " can be read more than one way: ") +
                   join(readings, sv ? " eller " : " or ");
        }
        case Status::Composite:
            return q + (sv ? " är flera tal i en cell: " : " is several numbers in one cell: ") + join(p.parts, " | ");
        case Status::Rejected:
            return q + (sv ? " är inte ett belopp utan " : " is not an amount but ") + rejection_name(p.reason, sv);
    }
    return {};
}

nlohmann::ordered_json parsed_json(std::string_view input, const Parsed& p, Lang lang) {
    nlohmann::ordered_json j;
    j["input"] = std::string(input);
    j["value"] = p.ok() ? json_number(p.reading.value) : nullptr;
    j["unit"] = p.ok() ? json_unit(p.reading.unit) : nullptr;
    j["approx"] = p.ok() && p.reading.approx;
    j["ambiguous"] = p.status == Status::Ambiguous;
    const char* error = p.status == Status::Rejected    ? rejection_code(p.reason)
                        : p.status == Status::Composite ? "composite"
                        : p.status == Status::Empty     ? "empty"
                                                        : nullptr;
    j["error"] = error ? nlohmann::ordered_json(error) : nullptr;
    j["status"] = status_code(p.status);
    if (p.ok()) {
        j["scale"] = json_number(p.reading.scale);
        j["decimals"] = p.reading.decimals;
        j["text"] = describe_reading(p.reading);
    }
    if (!p.candidates.empty()) {
        auto list = nlohmann::ordered_json::array();
        for (const Reading& r : p.candidates)
            list.push_back({{"value", json_number(r.value)}, {"unit", json_unit(r.unit)}, {"approx", r.approx},
                            {"scale", json_number(r.scale)}, {"text", describe_reading(r)}});
        j["candidates"] = std::move(list);
    }
    if (!p.parts.empty()) j["parts"] = p.parts;
    if (!p.ok()) j["message"] = explain_refusal(input, p, lang);
    return j;
}

}  // namespace sk::num
