#include "read/row_scanner.hpp"

#include <charconv>

namespace sk {

namespace {

bool name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == ':' ||
           c == '-' || c == '.';
}

std::string_view local(std::string_view name) {
    auto colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// The tokens of one run, read left to right; every method returns false
// when the text is not of the plain shape.
class Scanner {
public:
    explicit Scanner(std::string_view text) : s_(text) {}

    bool rows(std::vector<RowXml>& out) {
        while (true) {
            skip_ws();
            if (at_ == s_.size()) return true;
            if (!row_element(out.emplace_back())) return false;
        }
    }

private:
    struct Tag {
        std::string_view name;
        bool empty = false;  // <x …/>
    };
    using Attrs = std::vector<std::pair<std::string_view, std::string_view>>;  // local name, raw value

    bool row_element(RowXml& row) {
        Tag tag;
        if (!start_tag(tag) || local(tag.name) != "row") return false;
        for (auto& [name, value] : attrs_)
            if (name == "r") {
                if (!row.r) {
                    row.r_text = value;
                    std::int64_t n = 0;
                    if (!digits(value, 7, n)) return false;
                    row.r = n;
                }
            }
        if (tag.empty) return true;
        row.cells.reserve(16);
        while (true) {
            skip_ws();
            if (end_tag_next()) return end_tag(tag.name);
            if (!cell_element(row.cells.emplace_back(), row)) return false;
        }
    }

    bool cell_element(CellXml& cell, RowXml& row) {
        Tag tag;
        if (!start_tag(tag) || local(tag.name) != "c") return false;
        bool t = false, s = false;
        for (auto& [name, value] : attrs_) {
            if (name == "r" && !cell.r) cell.r = value;
            else if (name == "t" && !t) cell.t = value, t = true;
            else if (name == "s" && !s) {
                std::int64_t n = 0;
                if (!digits(value, 9, n)) return false;
                cell.style = std::uint32_t(n);
                s = true;
            }
        }
        if (tag.empty) return true;
        while (true) {
            skip_ws();
            if (end_tag_next()) return end_tag(tag.name);
            Tag child;
            if (!start_tag(child)) return false;
            std::string_view what = local(child.name);
            std::optional<std::string_view>* text = what == "v" ? &cell.v : what == "f" ? &cell.f : nullptr;
            if (!text) return false;  // <is>, <extLst> …: the DOM reads those
            bool first = !text->has_value();  // a second <v> or <f> is read and ignored
            if (what == "f" && first)
                for (auto& [name, value] : attrs_) {
                    if (name == "t" && cell.f_type.empty()) cell.f_type = value;
                    if (name == "si" && cell.f_si.empty()) cell.f_si = value;
                }
            if (first) text->emplace();
            std::string_view value;
            if (!child.empty && (!pcdata(value, row) || !end_tag(child.name))) return false;
            if (first) *text = value;
        }
    }

    // '<' name attributes ('>' | '/>'); the attributes land in attrs_.
    bool start_tag(Tag& tag) {
        if (at_ >= s_.size() || s_[at_] != '<') return false;
        ++at_;
        if (!name(tag.name)) return false;
        attrs_.clear();
        while (true) {
            bool space = skip_ws();
            if (at_ >= s_.size()) return false;
            if (s_[at_] == '>') {
                ++at_;
                return true;
            }
            if (s_.compare(at_, 2, "/>") == 0) {
                at_ += 2;
                tag.empty = true;
                return true;
            }
            std::string_view attr;
            if (!space || !name(attr)) return false;
            skip_ws();
            if (at_ >= s_.size() || s_[at_] != '=') return false;
            ++at_;
            skip_ws();
            if (at_ >= s_.size() || (s_[at_] != '"' && s_[at_] != '\'')) return false;
            char quote = s_[at_++];
            std::size_t end = s_.find(quote, at_);
            if (end == std::string_view::npos) return false;
            std::string_view value = s_.substr(at_, end - at_);
            // Escaped or line-broken values are rare: the DOM decodes them.
            if (value.find_first_of("<&\r\n\t") != std::string_view::npos) return false;
            attrs_.emplace_back(local(attr), value);
            at_ = end + 1;
        }
    }

    bool end_tag_next() const { return s_.compare(at_, 2, "</") == 0; }

    bool end_tag(std::string_view expected) {
        if (!end_tag_next()) return false;
        at_ += 2;
        std::string_view got;
        if (!name(got) || got != expected) return false;
        skip_ws();
        if (at_ >= s_.size() || s_[at_] != '>') return false;
        ++at_;
        return true;
    }

    bool name(std::string_view& out) {
        std::size_t begin = at_;
        if (at_ >= s_.size() || !name_char(s_[at_]) || (s_[at_] >= '0' && s_[at_] <= '9') || s_[at_] == '-' ||
            s_[at_] == '.')
            return false;
        while (at_ < s_.size() && name_char(s_[at_])) ++at_;
        out = s_.substr(begin, at_ - begin);
        return true;
    }

    // Text up to the next '<', with the five XML entities and character
    // references decoded (into `row`'s storage; a text without any is a view
    // into the XML).
    bool pcdata(std::string_view& text, RowXml& row) {
        std::size_t end = s_.find('<', at_);
        if (end == std::string_view::npos) return false;
        std::string_view raw = s_.substr(at_, end - at_);
        at_ = end;
        if (raw.find('\r') != std::string_view::npos) return false;  // the DOM normalises line ends
        text = raw;
        if (raw.find('&') == std::string_view::npos) return true;
        std::string& out = row.decoded.emplace_front();
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '&') {
                out += raw[i];
                continue;
            }
            std::size_t semi = raw.find(';', i);
            if (semi == std::string_view::npos) return false;
            std::string_view ref = raw.substr(i + 1, semi - i - 1);
            if (ref == "lt") out += '<';
            else if (ref == "gt") out += '>';
            else if (ref == "amp") out += '&';
            else if (ref == "quot") out += '"';
            else if (ref == "apos") out += '\'';
            else if (!char_ref(ref, out)) return false;
            i = semi;
        }
        text = out;
        return true;
    }

    static bool char_ref(std::string_view ref, std::string& out) {
        if (ref.size() < 2 || ref[0] != '#') return false;
        bool hex = ref[1] == 'x';
        std::string_view num = ref.substr(hex ? 2 : 1);
        std::uint32_t cp = 0;
        auto res = std::from_chars(num.data(), num.data() + num.size(), cp, hex ? 16 : 10);
        if (num.empty() || res.ec != std::errc() || res.ptr != num.data() + num.size()) return false;
        if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        append_utf8(out, cp);
        return true;
    }

    static bool digits(std::string_view text, std::size_t most, std::int64_t& out) {
        if (text.empty() || text.size() > most) return false;
        auto res = std::from_chars(text.data(), text.data() + text.size(), out);
        return res.ec == std::errc() && res.ptr == text.data() + text.size() && text[0] != '-' && text[0] != '+';
    }

    // True when it skipped anything. Blank text between elements, '\r' too: only in
    // values does the DOM change line ends (pcdata refuses those).
    bool skip_ws() {
        std::size_t begin = at_;
        while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\n' || s_[at_] == '\t' || s_[at_] == '\r')) ++at_;
        return at_ > begin;
    }

    std::string_view s_;
    std::size_t at_ = 0;
    Attrs attrs_;
};

}  // namespace

bool scan_rows(std::string_view run, std::vector<RowXml>& rows) {
    rows.clear();
    return Scanner(run).rows(rows);
}

}  // namespace sk
