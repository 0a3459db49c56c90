// Appends cell formats to xl/styles.xml without renumbering anything: new
// number formats, one marker fill and cloned cellXfs entries go at the end,
// so every existing style index keeps its meaning.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

namespace sk::fix {

class StylesEdit {
public:
    // `fill_rgb` marks changed cells, `person_fill_rgb` cells left for a person.
    // `part` names the styles part in errors. Throws FixError when the XML does not parse.
    StylesEdit(std::string xml, std::string part, std::string fill_rgb, std::string person_fill_rgb = "FFF8CBAD");

    // The index of a format like `base` but with the marker fill (the
    // person's when `person`) and, when `number_format` is not empty, that
    // number format. Memoised.
    std::uint32_t marked(std::uint32_t base, const std::string& number_format, bool person = false);

    // A format of the report sheet: the workbook's default (xf 0) with this
    // number format ("" keeps it), this fill ("" none), at the top of its
    // row, its text wrapped when `wrap`.
    std::uint32_t plain(const std::string& number_format, const std::string& fill_rgb, bool wrap);

    bool changed() const { return !added_xfs_.empty(); }
    // The new styles.xml. Throws FixError if the part has no cellXfs or fills to add to.
    std::string result() const;

private:
    std::uint32_t number_format_id(const std::string& code);
    std::uint32_t fill_id(const std::string& rgb);  // the fill's index, appended in result() when first used
    // `wrap`: none keeps the alignment; else at the top, wrapped or not.
    std::uint32_t cloned(std::uint32_t base, const std::string& number_format, const std::string& fill_rgb,
                         std::optional<bool> wrap);

    std::string xml_, part_;
    std::string fill_rgb_, person_fill_rgb_;
    std::vector<std::string> added_fills_;  // rgb of each appended fill, in order
    std::uint32_t xf_count_ = 0, fill_count_ = 0, format_count_ = 0, next_fmt_id_ = 164;
    std::map<std::string, std::uint32_t> custom_formats_;  // code → id, existing and added
    std::string added_formats_, added_xfs_;
    std::uint32_t added_format_count_ = 0, added_xf_count_ = 0;
    std::map<std::tuple<std::uint32_t, std::string, std::string, std::optional<bool>>, std::uint32_t> memo_;
};

}  // namespace sk::fix
