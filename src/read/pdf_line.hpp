// A printed line of a PDF page, cut into segments where the gap between two
// words is wider than a space: what the table finder (pdf_layout.cpp) and
// the paragraph builder (pdf_paragraphs.cpp) both read.
#pragma once

#include <string>
#include <vector>

namespace sk::pdf {

struct Segment {
    std::string text;
    double left = 0, right = 0;
    bool number = false;  // an amount or another figure (right-aligned in tables)
    // Printed over other text (Calc's cell run over rows of fixed height):
    // words of it and of another text cover each other, so it cannot be read.
    bool overprinted = false;
};

struct Line {
    int page = 0;            // 1-based
    int number = 0;          // 1-based among the page's lines
    int printed = 1;         // printed lines joined into this one (a wrapped table row)
    double top = 0, bottom = 0;
    double page_height = 842;
    std::vector<Segment> segments;

    double left() const { return segments.front().left; }
    double right() const { return segments.back().right; }
    double height() const { return bottom - top; }
    // Whether any of its segments is printed over other text.
    bool overprinted() const {
        for (const Segment& s : segments)
            if (s.overprinted) return true;
        return false;
    }
    std::string text() const {
        std::string out;
        for (const Segment& s : segments) out += (out.empty() ? "" : " ") + s.text;
        return out;
    }
};

}  // namespace sk::pdf
