// Words placed by hand on PDF pages, and the tables read from them, for the
// PDF layout tests: text 10 pt high, 5 pt a character.
#pragma once

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "read/pdf_layout.hpp"
#include "read/read_workbook.hpp"

namespace pdf_words {

// A word on the line whose top is `top`.
inline sk::PdfWord word(std::string text, double left, double top) {
    double right = left + 5.0 * double(text.size());
    return {std::move(text), left, top, right, top + 10, {}};
}

// A right-aligned amount ending at x = `right`; its digit groups are words of their own, a space apart.
inline void amount(sk::PdfPage& page, const std::string& text, double top, double right = 300) {
    double left = right - 5.0 * double(text.size());
    std::size_t start = 0;
    for (std::size_t sp; (sp = text.find(' ', start)) != std::string::npos; start = sp + 1) {
        page.words.push_back(word(text.substr(start, sp - start), left + 5.0 * double(start), top));
    }
    page.words.push_back(word(text.substr(start), left + 5.0 * double(start), top));
}

// A line of text from x = 60, its words a space (5 pt) apart.
inline void text_line(sk::PdfPage& page, const std::string& text, double top) {
    double left = 60;
    std::size_t start = 0;
    for (std::size_t sp; start <= text.size(); start = sp + 1) {
        sp = text.find(' ', start);
        if (sp == std::string::npos) sp = text.size();
        page.words.push_back(word(text.substr(start, sp - start), left, top));
        left += 5.0 * double(sp - start + 1);
    }
}

// A left-aligned label at x = 60 and a right-aligned amount ending at x = 300.
inline void row(sk::PdfPage& page, const std::string& label, const std::string& text, double top) {
    page.words.push_back(word(label, 60, top));
    amount(page, text, top);
}

// The tables of `pages` under the default limits.
inline std::vector<sk::Sheet> tables_of(const std::vector<sk::PdfPage>& pages) {
    sk::ReadLimits limits;
    sk::CellBudget budget{limits};
    return sk::pdf_content(pages, budget).tables;
}

// The tables and the text of `pages` under the default limits.
inline sk::PdfContent content_of(const std::vector<sk::PdfPage>& pages) {
    sk::ReadLimits limits;
    sk::CellBudget budget{limits};
    return sk::pdf_content(pages, budget);
}

inline std::string text_at(const sk::Sheet& s, std::uint32_t r, std::uint32_t c) {
    const sk::Cell* cell = s.find(r, c);
    return cell ? std::string(cell->text) : "";
}

// The texts of row `r`'s first `columns` cells, "" where there is none.
inline std::vector<std::string> row_texts(const sk::Sheet& s, std::uint32_t r, std::uint32_t columns = 3) {
    std::vector<std::string> out;
    for (std::uint32_t c = 0; c < columns; ++c) out.push_back(text_at(s, r, c));
    return out;
}

// The only table of `pages`; fails the test when there is not exactly one.
inline sk::Sheet only_table(const std::vector<sk::PdfPage>& pages) {
    std::vector<sk::Sheet> tables = tables_of(pages);
    REQUIRE(tables.size() == 1);
    return tables[0];
}

}  // namespace pdf_words
