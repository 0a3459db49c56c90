#!/usr/bin/env python3
"""Recompute every total of the sample workbooks from their sources
(samples/src/*.tsv) and print each relation with its outcome, so the list of
known mistakes in samples/README.md can be reproduced and checked.

Each relation names the stated cell and the cells it should equal (sums,
balances, percentages). Text amounts are read the way the user means them
("1 800 000 kr", "1 150 tkr", "3 038 550:-"); a composite cell "5975/453" is
split and its parts addressed as F11#1 and F11#2 (a second line in the cell, "5844/238\\n4,1%", is #3).

Outcomes: OK; ROUNDING (kronor, off by at most 1 kr per summed component);
MISMATCH (anything else); PERCENT (a percentage outside the rounding of its
shown decimals). Usage: expected_findings.py [--all]  (--all prints OK lines too)
"""
import re
import sys
from fractions import Fraction
from pathlib import Path

import make_fods

SRC = Path(__file__).resolve().parent
REF = re.compile(r"(?:'(?P<sheet>[^']+)'!)?(?P<a>[A-Z]+[0-9]+)(?:#(?P<first>[123]))?"
                 r"(?::(?P<b>[A-Z]+[0-9]+))?(?:#(?P<part>[123]))?")


def parse_text(text):
    """A Swedish amount, count or percentage typed as text -> Fraction, or None."""
    t = text.strip().replace("\u00a0", " ")
    if re.fullmatch(r"20\d\d \d{3} \d{3}", t):  # "2022 725 000": year + amount
        return Fraction(int(t[5:].replace(" ", "")))
    scale = Fraction(1)
    for suffix, factor in ((":-", 1), ("tkr", 1000), ("kr", 1), ("%", Fraction(1, 100))):
        if t.endswith(suffix):
            t, scale = t[: -len(suffix)].strip(), Fraction(factor)
            break
    if not re.fullmatch(r"-?\d{1,3}( \d{3})*(,\d+)?|-?\d+(,\d+)?", t):
        return None
    return Fraction(t.replace(" ", "").replace(",", ".")) * scale


class Book:
    def __init__(self, name):
        self.name = name
        self.sheets = {s.name: s for s in make_fods.parse_description(SRC / f"{name}.tsv")}

    def cell(self, sheet, ref):
        r, c = make_fods.parse_ref(ref)
        return self.sheets[sheet].cell(r, c)

    def value(self, sheet, ref, part=None):
        cell = self.cell(sheet, ref)
        if cell is None:
            return Fraction(0)
        if cell.text is None:
            return Fraction(make_fods.evaluate(self.sheets[sheet], cell))
        text = cell.text
        if part:
            text = re.split(r"/|\\n", text)[int(part) - 1]
        value = parse_text(text)
        if value is None:
            raise ValueError(f"{self.name}!{sheet}!{ref}: not a number: {cell.text!r}")
        return value

    def terms(self, sheet, expr):
        """Values of 'A1:B2' / 'A1' / "'Other'!A1" / 'F11#1', each once."""
        out = []
        for m in REF.finditer(expr):
            where = m["sheet"] or sheet
            (r1, c1), (r2, c2) = make_fods.parse_ref(m["a"]), make_fods.parse_ref(m["b"] or m["a"])
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    ref = f"{col_name(c)}{r + 1}"
                    cell = self.cell(where, ref)
                    if cell is not None and (cell.text is None or parse_text(cell.text) is not None
                                              or m["part"] or m["first"]):
                        out.append(self.value(where, ref, m["part"] or m["first"]))
        return out


def col_name(c):
    name = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        name = chr(65 + rem) + name
    return name


def fmt(v):
    if v.denominator == 1:
        return f"{int(v):,}".replace(",", " ")
    return f"{float(v) * 100:.2f} %"


def check_sum(book, sheet, total, plus, minus="", unit="kr", note=""):
    stated = book.value(sheet, *split_part(total))
    items = book.terms(sheet, plus)
    computed = sum(items, Fraction(0)) - sum(book.terms(sheet, minus), Fraction(0))
    diff = stated - computed
    if diff == 0:
        outcome = "OK"
    elif unit == "kr" and abs(diff) <= len(items):
        outcome = "ROUNDING"
    else:
        outcome = "MISMATCH"
    what = plus + (f" − ({minus})" if minus else "")
    return (outcome, f"{book.name}.xlsx!{sheet}!{total}", f"stated {fmt(stated)}, computed {fmt(computed)} "
            f"from {what}, difference {fmt(diff)} {unit}".rstrip() + (f"  [{note}]" if note else ""))


def check_percent(book, sheet, percent, numerator, denominator, decimals=1, note=""):
    stated = book.value(sheet, *split_part(percent))
    if stated > 1:  # "20,1" in a percent column: a percentage without its sign
        stated /= 100
    num = sum(book.terms(sheet, numerator), Fraction(0))
    den = sum(book.terms(sheet, denominator), Fraction(0))
    exact = num / den
    half = Fraction(1, 2 * 10 ** (decimals + 2))
    outcome = "OK" if abs(exact - stated) <= half else "PERCENT"
    return (outcome, f"{book.name}.xlsx!{sheet}!{percent}",
            f"stated {float(stated) * 100:.{decimals}f} %, computed {float(exact) * 100:.2f} % "
            f"= {fmt(num)} / {fmt(den)} ({numerator} / {denominator})" + (f"  [{note}]" if note else ""))


def split_part(ref):
    m = REF.fullmatch(ref)
    return (m["a"], m["part"] or m["first"])


def relations():
    b = Book("2024-regioner")
    for r in range(3, 25):
        yield check_sum(b, "Region", f"F{r}", f"C{r}:E{r}")
    for c in "CDEF":
        yield check_sum(b, "Region", f"{c}24", f"{c}3:{c}23")

    b = Book("2024-kommuner")
    for r in range(3, 294):
        yield check_sum(b, "Kommun", f"D{r}", f"C{r}")
    for c in "CD":
        yield check_sum(b, "Kommun", f"{c}293", f"{c}3:{c}292")

    b, s = Book("2024-lansgemensamma"), "Länsgemensamma medel"
    for r in range(3, 25):
        yield check_sum(b, s, f"G{r}", f"C{r}:F{r}")
    for c in "CDEFG":
        yield check_sum(b, s, f"{c}24", f"{c}3:{c}23")

    b, s = Book("2024-tusental-kronor"), "Medelstilldelning"
    for total, items in (("B18", "B5:B7"), ("B19", "B9"), ("B20", "B11:B14"), ("B21", "B16"),
                         ("B22", "B18:B21")):
        yield check_sum(b, s, total, items, unit="tkr")
    yield check_sum(b, s, "B22", "B5:B7 B9 B11:B14 B16", unit="tkr", note="grand total = all items")

    b = Book("2024-jamtland-beslutsunderlag")
    s = "Fördelning område 1-4"
    yield check_sum(b, s, "C13", "C10:C12", note="C10 is text '1 800 000 kr'")
    yield check_sum(b, s, "C23", "C17:C22")
    yield check_sum(b, s, "C29", "C27:C28")
    yield check_sum(b, s, "C36", "C33:C35", note="total row without label")
    for overview, area_total in (("C3", "C13"), ("C4", "C23"), ("C5", "C29"), ("C6", "C36")):
        yield check_sum(b, s, overview, area_total, note="overview = area total")
    s = "Sammanfattande fördelning"
    yield check_sum(b, s, "C2", "C3:C9", note="group header")
    yield check_sum(b, s, "C10", "C11:C15", note="group header typed as text")
    yield check_sum(b, s, "C19", "C2 C10 C16 C17", note="typed as text")
    yield check_sum(b, s, "C19", "C3:C9 C11:C17", note="grand total = all items")

    b = Book("2020-2021-uppfoljning")
    s = "Uppföljning 2020"
    yield check_sum(b, s, "C7", "C2", "C4:C6", note="balance: Erhållna medel − items = TOTALT")
    yield check_sum(b, s, "C17", "C11:C16")
    yield check_sum(b, s, "C19", "C18", "C17", note="balance: Erhållna − TOTALT = carry-over")
    yield check_sum(b, s, "D31", "D23:D30")
    yield check_sum(b, s, "C15", "D31", note="Projektutlysning = Totalt beviljat")
    yield check_sum(b, s, "C16", "", "C7", note="debt repaid = −(Brukarmiljon balance)")
    yield check_sum(b, s, "C39", "C35:C38")
    yield check_sum(b, s, "C41", "C40", "C39", note="balance: Erhållna − TOTALT = carry-over")
    s = "Länsmedel 2021"
    yield check_sum(b, s, "C6", "C4:C5", note="C4 is the ambiguous text '2022 725 000', read as 725 000")
    yield check_sum(b, s, "C2", "C6", note="received = spent")
    yield check_sum(b, s, "C17", "C11:C16", note="all text amounts")
    yield check_sum(b, s, "C9", "C17", note="received = spent")
    yield check_sum(b, s, "D27", "D21:D26", note="D27 is text '3 038 550:-'")
    yield check_sum(b, s, "C16", "D27", note="Projektutlysning = Totalt beviljat")
    yield check_sum(b, s, "C36", "C33:C35")

    b = Book("2026-jamtland-beslutsunderlag")
    s = "Fördelning 2026"
    yield check_sum(b, s, "E5", "E2:E4")
    yield check_sum(b, s, "E15", "E10:E14")
    yield check_sum(b, s, "E27", "E19:E26")
    yield check_sum(b, s, "E41", "E31:E40", note="E41 is text '6 188 272'")
    for overview, area_total in (("E2", "E15"), ("E3", "E27"), ("E4", "E41")):
        yield check_sum(b, s, overview, area_total, note="overview = area total")
    s = "Sammanfattande fördelning"
    yield check_sum(b, s, "C7", "C3:C6", note="KFJH samordning, subtotal below its items")
    yield check_sum(b, s, "C9", "'Per kommun'!B6:I8", note="formula ='Per kommun'!J10")
    yield check_sum(b, s, "C2", "C7 C9", note="group header = its two subtotals")
    yield check_sum(b, s, "C18", "C11:C17", note="FHE subtotal below its items")
    yield check_sum(b, s, "C21", "C19:C20", note="the known 481 000")
    yield check_sum(b, s, "C10", "C18 C21", note="group header = its stated subtotals")
    yield check_sum(b, s, "C10", "C11:C17 C19:C20", note="group header = all its items")
    yield check_sum(b, s, "C22", "C23:C29", note="group header")
    yield check_sum(b, "Fördelning 2026", "E5", "'Sammanfattande fördelning'!C2 'Sammanfattande fördelning'!C10 "
                    "'Sammanfattande fördelning'!C22", note="the three actors = available funds")
    s = "Per kommun"
    for c in "BCDEFGHI":
        yield check_sum(b, s, f"{c}9", f"{c}6:{c}8", note="SUM formula")
    yield check_sum(b, s, "J10", "B6:I8")
    yield check_sum(b, s, "J10", "B9:I9", note="= the column sums")

    s = "Ungdomsmottagningen"
    for c in "BCE":
        yield check_sum(b, s, f"{c}11", f"{c}3:{c}10", unit="", note="counts")
    for c in "FGHI":
        for part in "12":
            yield check_sum(b, s, f"{c}11#{part}", f"{c}3#{part}:{c}10#{part}", unit="", note="counts in composite cells")
    for r in range(3, 12):
        yield check_percent(b, s, f"D{r}#1", f"C{r}", f"B{r}", note="% of the age group")
    for part in "12":
        yield check_sum(b, s, f"E13#{part}", f"E11 E12#{part}" if part == "1" else f"C11 E12#{part}",
                        unit="", note="Totalt alla län = Totalt Jämtland + övriga län")
    # the clinic-wide ÅR table (row 16) and each receiving clinic's ÅR table
    yield check_sum(b, s, "B16#1", "E16#1:H16#1", unit="", note="visits by profession")
    yield check_percent(b, s, "C16", "E16#2:H16#2", "B16#1", note="% boys of contacts")
    yield check_percent(b, s, "E16#3", "E16#2", "E16#1", note="Barnmorska % boys, second line of the cell")
    yield check_percent(b, s, "F16#3", "F16#2", "F16#1", note="PST % boys, second line of the cell")
    sheet = b.sheets[s]
    for r, (kind, _, cells) in enumerate(sheet.rows, 1):
        label = cells[0].text if cells and cells[0] and cells[0].text else ""
        if kind == "head" and label == "ÅR" and r != 15:
            last = col_name(len(cells) - 1)
            for yr in (r + 1, r + 2):
                yield check_sum(b, s, f"B{yr}#1", f"E{yr}#1:{last}{yr}#1", unit="", note="visits by profession")
                yield check_percent(b, s, f"C{yr}", f"E{yr}#2:{last}{yr}#2", f"B{yr}#1", note="% boys of visits")
        if kind == "total" and label == "Summa":
            start = max(i for i, (k, _, _) in enumerate(sheet.rows[: r - 1], 1) if k == "head") + 1
            for c in range(1, len(cells)):
                col = col_name(c)
                yield check_sum(b, s, f"{col}{r}", f"{col}{start}:{col}{r - 1}", unit="", note="age distribution")
    total = next(r for r, (k, _, cells) in enumerate(sheet.rows, 1)
                 if k == "total" and cells[0].text == "Totalt" and cells[1].text.endswith("tkr"))
    yield check_sum(b, s, f"B{total}", f"B{total - 2}:B{total - 1}", note="text amounts in tkr")


def main():
    show_all = "--all" in sys.argv
    counts = {}
    for outcome, where, detail in relations():
        counts[outcome] = counts.get(outcome, 0) + 1
        if show_all or outcome != "OK":
            print(f"{outcome:9} {where}: {detail}")
    print("relations:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
