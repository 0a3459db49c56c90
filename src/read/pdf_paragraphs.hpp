// The text of a PDF outside its tables, as paragraphs: the printed lines of
// a run (between two tables) joined into one paragraph until a wider gap, a
// change of type size (a heading), a new page where the sentence does not
// go on, or a sentence that ends on a line short of the text's right edge.
//
// A line that reads as a table row rather than a sentence is no text: one
// of figures alone ("475 568 kr", a column printed on a page of its own), or
// one that ends in a figure ("Totalt 1 560 000 000", "Summa: 481 000 kr")
// where no sentence goes on after it on the next line. Such a line is a row the
// table finder did not take; read as a sentence, its figure would be an
// amount that no table holds (a false `text-mismatch`).
#pragma once

#include <string>
#include <vector>

#include "read/pdf_line.hpp"

namespace sk::pdf {

struct Text {
    std::vector<std::string> paragraphs;
    // The figure each row line ends in, as printed ("1 560 000 000", "481 000 kr"):
    // a figure of the document that no table holds.
    std::vector<std::string> row_figures;
    // Per run, the paragraph its last line ends: what stands right above the
    // table after the run. Empty when that line is a table row or the run is empty.
    std::vector<std::string> closings;
};

// `runs`: the lines outside the tables, top to bottom, page by page; a table
// between two runs always ends a paragraph.
Text text(const std::vector<std::vector<const Line*>>& runs);

}  // namespace sk::pdf
