// What a row label says about its row: a total, a part ("varav"), money
// received or a remainder. Decided on the folded label only.
#pragma once

#include <cstddef>
#include <string_view>

namespace sk::tables {

enum class LabelKind {
    Plain,      // an item, a name, anything else
    Total,      // Totalt, Summa, S:a, Total, Riket, Totalt beviljat, Totalt <name>
    Subtotal,   // Delsumma, Delsummа <name>, Subtotal
    Part,       // Varav …, Därav …: a part of the row above, never summed again
    Received,   // Erhållna medel, Tilldelade medel: what a balance starts from
    Remainder,  // Slås ihop med …, Kvar, Återstår, Överskott: what a balance ends with
    Comparison, // Riket (jämförelse), Totalt alla län, Genomsnitt, Median: a figure to compare with, not a sum
    PageLine,   // Sida 3 av 9, Page 2 of 4: a page's header or footer inside a table that spans pages
};

// `folded` is the output of fold_label().
LabelKind label_kind(std::string_view folded);

// Folding never shortens a text by more than its white space, so 256 bytes
// leave room around the 60 a label may have after folding.
constexpr std::size_t longest_label_text = 256;

// The kind of a cell's raw text: folds it first. Texts longer than
// longest_label_text are prose and stay Plain without the cost of folding
// megabytes.
LabelKind label_kind_of_text(std::string_view text);

inline bool is_total(LabelKind k) { return k == LabelKind::Total || k == LabelKind::Subtotal; }

}  // namespace sk::tables
