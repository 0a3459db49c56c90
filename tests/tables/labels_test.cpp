#include <doctest/doctest.h>

#include "tables/fold_label.hpp"
#include "tables/label_kind.hpp"

using sk::tables::fold_label;
using sk::tables::label_kind;
using sk::tables::LabelKind;

TEST_CASE("labels fold: case, spaces, no-break spaces and trailing colons") {
    CHECK(fold_label("  TOTALT:  ") == "totalt");
    CHECK(fold_label("Totalt\xC2\xA0" "beviljat:") == "totalt beviljat");
    CHECK(fold_label("ÖVERSKOTT") == "överskott");
    CHECK(fold_label("S:a") == "s:a");
}

TEST_CASE("what a row label says") {
    for (const char* t : {"Totalt", "TOTALT:", "Summa", "S:a", "Total", "Totalt beviljat:", "Riket", "Totalt Jämtland",
                          "Totalt belopp", "Summa Folkhälsoenheten (FHE) samordning inkl aktiviteter länshandlingsplan"})
        CHECK_MESSAGE(label_kind(fold_label(t)) == LabelKind::Total, t);
    CHECK(label_kind(fold_label("Delsumma kommunerna")) == LabelKind::Subtotal);
    CHECK(label_kind(fold_label("varav länsgemensamt")) == LabelKind::Part);
    CHECK(label_kind(fold_label("Erhållna medel:")) == LabelKind::Received);
    CHECK(label_kind(fold_label("Slås ihop med 2021 års medel:")) == LabelKind::Remainder);
    for (const char* t : {"Totalbelopp enligt beslut i juni", "Summering av året", "Stockholm", "Summakoll", "Grand Total",
                          "Totalt antal startade kontakter under 2025 var 710 stycken och det var fler än förra året"})
        CHECK_MESSAGE(label_kind(fold_label(t)) == LabelKind::Plain, t);
    // A long line ending a sentence is prose, a long name a label.
    CHECK(sk::tables::label_kind_of_text("Totalt sett har insatserna under året nått fler personer än vad som planerades.") ==
          LabelKind::Plain);
    CHECK(sk::tables::label_kind_of_text("Summa Folkhälsoenheten (FHE) samordning inkl aktiviteter länshandlingsplan") ==
          LabelKind::Total);
}
