// Words with their positions on PDF pages → the tables printed there: lines
// by baseline, cells by the gaps between words, columns by the alignment of
// the cells (right-aligned amounts, left-aligned labels), a table that goes
// on over pages joined into one without its repeated header, and the page
// header and footer lines ("Sida 3 av 9") left out; the lines between the
// tables kept as paragraphs of text. No poppler here: the
// reader gives the words, so that this is tested on words made by hand.
#pragma once

#include <string>
#include <vector>

#include "grid/grid.hpp"
#include "read/cell_budget.hpp"
#include "read/pdf_words.hpp"

namespace sk {

struct PdfContent {
    // One Sheet per table ("Tabell 1", …) with every cell as text and, for
    // each row, where it was printed: "s. 3, rad 12" (page 3, its 12th line).
    std::vector<Sheet> tables;
    // The text outside the tables as paragraphs (pdf_paragraphs.hpp says which lines count).
    std::vector<std::string> paragraphs;
    // The figures of the lines outside the tables that read as table rows.
    std::vector<std::string> row_figures;
};

// `budget` counts the cells. Throws ReadError from the budget.
PdfContent pdf_content(const std::vector<PdfPage>& pages, CellBudget& budget);

}  // namespace sk
