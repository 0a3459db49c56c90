#include "check/formula.hpp"

#include <algorithm>
#include <cstdlib>

namespace sk::check {

namespace {

constexpr int max_depth = 64;

bool ident_char(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '$' || (static_cast<unsigned char>(c) >= 0x80);
}

bool equals_upper(std::string_view s, std::string_view upper) {
    if (s.size() != upper.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
        if (c != upper[i]) return false;
    }
    return true;
}

class Parser {
public:
    explicit Parser(std::string_view s) : s_(s) {}

    std::optional<SumFormula> run() {
        skip_space();
        if (eat('=')) skip_space();
        bool starts_with_sum = peek_sum_call();
        if (!expr(1, false, 0)) return std::nullopt;
        skip_space();
        if (pos_ != s_.size()) return std::nullopt;
        out_.single_sum = starts_with_sum && sum_calls_ == 1 && top_terms_ == 1;
        return std::move(out_);
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
    SumFormula out_;
    int sum_calls_ = 0;
    int top_terms_ = 0;

    void skip_space() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t'))
            ++pos_;
    }
    bool eat(char c) {
        if (pos_ < s_.size() && s_[pos_] == c) {
            ++pos_;
            return true;
        }
        return false;
    }
    bool peek_sum_call() const {
        std::size_t p = pos_;
        while (p < s_.size() && ident_char(s_[p])) ++p;
        return equals_upper(s_.substr(pos_, p - pos_), "SUM") && p < s_.size() && s_[p] == '(';
    }

    // expr := [+|-] term ((+|-) term)*
    bool expr(int sign, bool in_sum, int depth) {
        if (depth > max_depth) return false;
        bool first = true;
        for (;;) {
            skip_space();
            int term_sign = sign;
            bool had_op = false;
            while (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) {
                if (s_[pos_] == '-') term_sign = -term_sign;
                ++pos_;
                had_op = true;
                skip_space();
            }
            if (!first && !had_op) return true;
            if (!term(term_sign, in_sum, depth + 1)) return false;
            if (depth == 0) ++top_terms_;
            first = false;
            skip_space();
            if (pos_ >= s_.size() || (s_[pos_] != '+' && s_[pos_] != '-')) return true;
        }
    }

    bool term(int sign, bool in_sum, int depth) {
        if (depth > max_depth || pos_ >= s_.size()) return false;
        char c = s_[pos_];
        if (c == '(') {
            ++pos_;
            if (!expr(sign, in_sum, depth + 1)) return false;
            skip_space();
            return eat(')');
        }
        if ((c >= '0' && c <= '9') || c == '.') return number(sign);
        if (c == '\'') return quoted_ref(sign, in_sum);
        std::size_t start = pos_;
        while (pos_ < s_.size() && ident_char(s_[pos_])) ++pos_;
        std::string_view word = s_.substr(start, pos_ - start);
        if (word.empty()) return false;
        if (pos_ < s_.size() && s_[pos_] == '(') {
            if (!equals_upper(word, "SUM")) return false;  // an unknown function: not ours to judge
            ++pos_;
            ++sum_calls_;
            return sum_args(sign, depth + 1);
        }
        if (pos_ < s_.size() && s_[pos_] == '!') {
            ++pos_;
            return cells(std::string(word), sign, in_sum);
        }
        pos_ = start;
        return cells("", sign, in_sum);
    }

    bool sum_args(int sign, int depth) {
        skip_space();
        if (eat(')')) return true;
        for (;;) {
            if (!expr(sign, true, depth + 1)) return false;
            skip_space();
            if (eat(')')) return true;
            if (!eat(',') && !eat(';')) return false;
        }
    }

    bool number(int sign) {
        std::size_t start = pos_;
        while (pos_ < s_.size() && ((s_[pos_] >= '0' && s_[pos_] <= '9') || s_[pos_] == '.')) ++pos_;
        if (pos_ < s_.size() && (s_[pos_] == 'E' || s_[pos_] == 'e')) {
            ++pos_;
            if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
            while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
        }
        std::string text(s_.substr(start, pos_ - start));
        char* end = nullptr;
        double v = std::strtod(text.c_str(), &end);
        if (end != text.c_str() + text.size()) return false;
        out_.constant += sign * v;
        return true;
    }

    bool quoted_ref(int sign, bool in_sum) {
        ++pos_;  // opening quote
        std::string name;
        for (;;) {
            if (pos_ >= s_.size()) return false;
            if (s_[pos_] == '\'') {
                if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '\'') {
                    name += '\'';
                    pos_ += 2;
                    continue;
                }
                ++pos_;
                break;
            }
            name += s_[pos_++];
        }
        if (!eat('!') || name.empty() || name.front() == '[') return false;  // other workbooks: not ours
        return cells(std::move(name), sign, in_sum);
    }

    // A1 or A1:B2 after an optional sheet prefix.
    bool cells(std::string sheet, int sign, bool in_sum) {
        if (!sheet.empty() && sheet.front() == '[') return false;
        std::uint32_t r1 = 0, c1 = 0, r2 = 0, c2 = 0;
        if (!cell(r1, c1)) return false;
        r2 = r1;
        c2 = c1;
        if (eat(':') && !cell(r2, c2)) return false;
        Range r{std::min(r1, r2), std::min(c1, c2), std::max(r1, r2), std::max(c1, c2)};
        // A range outside SUM is an array or an implicit intersection, not a sum.
        if (!in_sum && (r.first_row != r.last_row || r.first_col != r.last_col)) return false;
        out_.refs.push_back(FormulaRef{std::move(sheet), r, sign, in_sum});
        return true;
    }

    bool cell(std::uint32_t& row, std::uint32_t& col) {
        std::size_t start = pos_;
        while (pos_ < s_.size() && (ident_char(s_[pos_])) && s_[pos_] != '.' && s_[pos_] != '_') ++pos_;
        return parse_a1(s_.substr(start, pos_ - start), row, col);
    }
};

// Not Workbook::sheet(): check runs on two threads, and a name it misses
// (another workbook's sheet) makes it index the names again, a write.
const Sheet* sheet_named(const Workbook& wb, const std::string& name) {
    for (const Sheet& s : wb.sheets)
        if (s.name == name) return &s;
    return nullptr;
}

}  // namespace

std::optional<SumFormula> parse_sum_formula(std::string_view formula) { return Parser(formula).run(); }

std::optional<double> evaluate(const SumFormula& f, const Workbook& wb, const Sheet& home) {
    double total = f.constant;
    for (const FormulaRef& ref : f.refs) {
        const Sheet* sheet = ref.sheet.empty() ? &home : sheet_named(wb, ref.sheet);
        if (!sheet) return std::nullopt;
        const Range& r = ref.range;
        bool single = r.first_row == r.last_row && r.first_col == r.last_col;
        if (single && !ref.in_sum) {
            const Cell* c = sheet->find(r.first_row, r.first_col);
            if (!c || c->type == CellType::Empty) continue;
            if (c->type == CellType::Number) total += ref.sign * c->number;
            else if (c->type == CellType::Bool) total += ref.sign * (c->boolean ? 1 : 0);
            else return std::nullopt;  // text or an error: Excel gives #VALUE! or the error
            continue;
        }
        std::uint32_t last = std::min(r.last_row, sheet->max_row());
        for (std::uint32_t row = r.first_row; row <= last; ++row) {
            auto [b, e] = sheet->row_cells(row);
            for (const Cell* c = b; c != e; ++c) {
                if (c->col < r.first_col || c->col > r.last_col) continue;
                if (c->type == CellType::Error) return std::nullopt;
                if (c->type == CellType::Number) total += ref.sign * c->number;
            }
            if (b == e && row < last) {
                // Skip a run of empty rows quickly: jump to the next row that has cells.
                auto it = std::lower_bound(sheet->cells.begin(), sheet->cells.end(), row + 1,
                                           [](const Cell& c, std::uint32_t rr) { return c.row < rr; });
                if (it == sheet->cells.end()) break;
                if (it->row > row + 1) row = it->row - 1;
            }
        }
    }
    return total;
}

}  // namespace sk::check
