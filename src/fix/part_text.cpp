#include "fix/part_text.hpp"

namespace sk::fix {

TextPieces PartText::pieces() const {
    TextPieces out;
    out.reserve(2 * replacements.size() + 1);
    const std::string_view old = text;
    std::size_t pos = 0;
    for (const Replacement& r : replacements) {
        if (r.begin > pos) out.push_back(old.substr(pos, r.begin - pos));
        if (!r.text.empty()) out.push_back(r.text);
        pos = r.end;
    }
    if (pos < old.size()) out.push_back(old.substr(pos));
    return out;
}

std::size_t PartText::size() const {
    std::size_t n = text.size();
    for (const Replacement& r : replacements) n = n - (r.end - r.begin) + r.text.size();
    return n;
}

}  // namespace sk::fix
