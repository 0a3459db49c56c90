#!/usr/bin/env python3
"""Write the table descriptions of the struktur-* samples that re-lay out
tables already in samples/src (values read from those sources, never typed
twice): seed 003's summary per actor in two layouts, seed 001's kommun table
as pasted from the PDF, the region table with comparison lines and with a
2025 comparison, and the länsgemensamma table with a SUM that skips a text
amount. Each pattern comes clean (ren) and with one injected error (fel),
described in the file's leading comment. The other struktur-* sources are
written by hand. Usage: derive_struktur.py  (rewrites samples/src/struktur-*.tsv
listed below; the output is deterministic)
"""
from pathlib import Path

import make_fods

SRC = Path(__file__).resolve().parent


def rows_of(name, sheet):
    book = {s.name: s for s in make_fods.parse_description(SRC / f"{name}.tsv")}
    return book[sheet].rows


def text(cell):
    return "" if cell is None else cell.text


def spaced(n):
    """An amount as the PDF prints it and Excel keeps it when pasted: "475 568"."""
    return f"{n:,}".replace(",", " ")


def write(name, comment, lines):
    body = "".join(f"# {c}\n" if c else "#\n" for c in comment.strip("\n").split("\n"))
    (SRC / f"{name}.tsv").write_text(body + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"samples/src/{name}.tsv")


# --- seed 003: Sammanfattande fördelning och uppdrag per ansvarig aktör ---

def actor_summary():
    """(level, role, label, amount) for the summary per actor, from the
    2026 sample; role is item, group (total above its items), subtotal (below
    its items), note (no amount) or grand."""
    rows = [r for r in rows_of("2026-jamtland-beslutsunderlag", "Sammanfattande fördelning") if r[2]]
    label = {}
    amount = {}
    for i, (_, _, cells) in enumerate(rows):
        label[i] = text(cells[0])
        amount[i] = cells[2].value if len(cells) > 2 and cells[2] is not None else None
    amount[8] = 1865000  # a formula over the 'Per kommun' sheet in the 2026 sample
    label[7] = "Respektive kommun i enlighet med aktivitet i fokusområde:"
    out = [(0, "group", label[1], amount[1])]
    out += [(1, "item", label[i], amount[i]) for i in range(2, 6)]
    out += [(1, "subtotal", label[6], amount[6]), (1, "note", label[7], None),
            (1, "subtotal", label[8], amount[8]),
            (0, "group", label[9], amount[9]), (1, "group", label[17], amount[17])]
    out += [(2, "item", label[i], amount[i]) for i in range(10, 17)]
    out += [(1, "item", label[i], amount[i]) for i in (18, 19)]
    out += [(1, "subtotal", label[20] + " Totalt:", 481600), (0, "group", label[21], amount[21])]
    out += [(1, "item", label[i], amount[i]) for i in range(22, 29)]
    out.append((0, "grand", "Totalt", 12689898))
    return out


ACTOR_KIND = {"item": "row", "note": "row", "group": "group", "subtotal": "total", "grand": "total"}
ACTOR_TITLE = "Sammanfattande fördelning och uppdrag per ansvarig aktör som hanterar medlen:"
ACTOR_COMMON = """Seed 003 (länsgemensamma medel 2026, Jämtland Härjedalen): "Sammanfattande
fördelning och uppdrag per ansvarig aktör", values as printed (labels and
amounts as in 2026-jamtland-beslutsunderlag.tsv, sheet Sammanfattande
fördelning, written by derive_struktur.py). The last row "Totalt" 12 689 898 is
the decision's grand total (Fördelning 2026!E5); the seed's summary has none."""


def actor_lines(layout, direct):
    fmt = "int" if layout == "one" else "kr"
    lines = ["@sheet Fördelning per aktör"]
    if layout == "one":
        lines += ["@widths 14 3.2", f"title:2\t{ACTOR_TITLE}"]
    else:
        lines += ["@widths 14 3.2 3.2", f"title:3\t{ACTOR_TITLE}",
                  "head\tAnsvarig aktör och insats\tBelopp\tSumma"]
    for level, role, label, amount in actor_summary():
        if role == "subtotal" and label.startswith("Direkt"):
            amount = direct
        kind = ACTOR_KIND[role] + (f"+{level}" if level else "")
        cells = [label]
        if amount is not None:
            column = 1 if layout == "one" or role == "item" else 2
            cells += [""] * (column - 1) + [f"{fmt}:{amount}"]
        lines.append("\t".join([kind] + cells))
    return lines


def actors():
    one = """Layout: labels in column A, every amount in column B (no header row). The
three actors are bold group rows without "Totalt:" carrying their total ABOVE
their items (B2, B10, B22); items are indented; KFJH's subtotal B7 stands
below its four items (B3:B6), then a text row and "Totalt direkt fördelat
länets kommuner:" B9 (1 865 000, its items are not on this sheet); inside
Region, the nested group "Folkhälsoenheten (FHE) ..." B11 stands above its 7
items (B12:B18, second indentation level), then two items (B19:B20) and their
subtotal "Direkt till regionens vårdverksamheter Totalt:" B21 below them. The
grand total B30 adds B2 + B10 + B22."""
    two = """Layout: items' amounts in column B, every group, subtotal and grand total
amount in column C (two-column layout), header row 2, no "Totalt" word on the
group rows; bold and indentation as in struktur-aktorer-2026. Group totals
above their items: C3 (items B4:B7 with subtotal C8 below them, and C10),
C11 (nested group C12 over B13:B19, then B20:B21 with subtotal C22 below),
C23 (B24:B30). Grand total C31 = C3 + C11 + C23."""
    for name, layout, comment in (("struktur-aktorer-2026", "one", one),
                                  ("struktur-aktorer-2026-kolumner", "two", two)):
        cell = "B21" if layout == "one" else "C22"
        write(name + "-ren", ACTOR_COMMON + "\n" + comment + "\nClean: " + cell + " = 481 600 (381 600 + 100 000).",
              actor_lines(layout, 481600))
        write(name + "-fel", ACTOR_COMMON + "\n" + comment + f"""
Injected error (the seed's own): {cell} "Direkt till regionens vårdverksamheter
Totalt:" says 481 000; right is 481 600 (381 600 + 100 000). The Region group
total above it (3 992 436) is right against its leaves.""", actor_lines(layout, 481000))


# --- seed 001: bilaga 1, the kommun table pasted from the PDF ---

KOMMUN_HEAD = "row\tKod\tKommun\tKunskapsbaserad och säker vård och omsorg\tTotalt belopp"
PAGE_SIZE = 33
BLANKS_BEFORE = (1, 2, 1, 2, 1, 1, 2, 1, 2)  # empty rows before page N's "Sida N av 9"
BLANKS_AFTER = (1, 0, 1, 1, 0, 1, 0, 1)      # and between it and the repeated header


def kommun_lines(riket_total):
    rows = rows_of("2024-kommuner", "Kommun")
    kommuner = [(text(c[0]), text(c[1]), c[2].value, c[3].value) for k, _, c in rows if k == "row" and c]
    assert len(kommuner) == 290
    title = text(rows[0][2][0])
    pages = [kommuner[i:i + PAGE_SIZE] for i in range(0, len(kommuner), PAGE_SIZE)]
    lines = ["@sheet Blad1", "@widths 1.6 4.5 5.5 4.2", f"row\t{title}", KOMMUN_HEAD]
    for n, page in enumerate(pages, 1):
        lines += [f"row\t{kod}\t{kommun}\t{spaced(a)}\t{spaced(b)}" for kod, kommun, a, b in page]
        if n == len(pages):
            lines.append(f"row\t\tRiket\t{spaced(100000000)}\t{riket_total}")
        lines += [""] * BLANKS_BEFORE[n - 1] + [f"row\tSida {n} av {len(pages)}"]
        if n < len(pages):
            lines += [""] * BLANKS_AFTER[n - 1] + [KOMMUN_HEAD]
    return lines


def kommuner():
    common = """Seed 001, bilaga 1 (kommun table 2024, values as in 2024-kommuner.tsv) as
pasted from the PDF into Excel: everything is text in plain rows (no bold),
amounts with spaces ("475 568"), Kod with its leading zero; the title on row
1, the header row "Kod | Kommun | Kunskapsbaserad och säker vård och omsorg |
Totalt belopp" on row 2 and again at the top of pages 2-9, each page ending
with one or two empty rows and "Sida N av 9" in column A (then none or one
empty row before the next header). 33 kommuner a page, 26 on page 9, then
Riket as printed. Written by derive_struktur.py."""
    write("struktur-kommuner-pdf-ren", common + """
Clean as printed: Riket C and D are 100 000 000 (the kommuner add to
99 999 999, the published +1 rounding: a warning at most, never an error).""",
          kommun_lines(spaced(100000000)))
    write("struktur-kommuner-pdf-fel", common + """
Injected error: Riket's Totalt belopp (column D) says "101 000 000"; right is
100 000 000 as printed (the kommuner add to 99 999 999).""",
          kommun_lines(spaced(101000000)))


# --- seed 001: the region table's totals with comparison lines ---

def region_totals():
    rows = rows_of("2024-regioner", "Region")
    return [(text(c[0]), text(c[1]), c[5].value) for k, _, c in rows if k == "row" and c]


def comparison_lines(total):
    regions = region_totals()
    values = sorted(v for _, _, v in regions)
    lines = ["@sheet Region", "@widths 1.8 5 4.2",
             "title:3\tInsatser inom området psykisk hälsa och suicidprevention 2024: Totalt belopp per region",
             "head\tLänskod\tRegion\tTotalt belopp"]
    lines += [f"row\t{code}\t{name}\tkr:{v}" for code, name, v in regions]
    lines += [f"total\t\tTotalt\tkr:{total}",
              "row\t\tRiket (jämförelse)\tkr:703000000",
              f"row\t\tGenomsnitt per region\tkr:{round(703000000 / len(regions))}",
              f"row\t\tMedian\tkr:{values[len(values) // 2]}"]
    return lines


def comparison():
    regions = region_totals()
    right = sum(v for _, _, v in regions)
    values = sorted(v for _, _, v in regions)
    common = f"""Seed 001, bilaga 1: the 2024 region table cut to its "Totalt belopp" column
(values as in 2024-regioner.tsv, column F, written by derive_struktur.py), 21
regions on rows 3-23, then "Totalt" C24 = the sum of the 21 regions
({spaced(right)}: the printed row totals carry the decision's own ±1 roundings,
so they add to 1 more than the printed Riket) and comparison lines that are not
sums: "Riket (jämförelse)" C25 703 000 000 as printed, "Genomsnitt per region"
C26 (703 000 000 / 21 rounded) and "Median" C27 (the 11th of the 21 values,
{spaced(values[10])})."""
    write("struktur-jamforelse-ren", common + "\nClean: C24 is the sum of C3:C23.", comparison_lines(right))
    write("struktur-jamforelse-fel", common + f"""
Injected error: "Totalt" C24 says 704 000 000; right is {spaced(right)} (C3:C23).""",
          comparison_lines(704000000))


# --- seed 001: länsgemensamma medel, a row SUM that skips a text amount ---

def text_sum():
    source = (SRC / "2024-lansgemensamma.tsv").read_text(encoding="utf-8").splitlines()
    lines = [line for line in source if not line.startswith("#")]
    row6 = lines.index(next(l for l in lines if "\tÖstergötland\t" in l))
    cells = lines[row6].split("\t")
    assert cells[4] == "kr:1000000" and cells[7] == "kr:32942569"
    cells[4] = "1 000 000"
    cells[7] = "kr:=SUM(C6:F6)"
    lines[row6] = "\t".join(cells)
    write("struktur-textsumma-fel", """Seed 001, bilaga 1 sida 13: länsgemensamma medel per län, values as in
2024-lansgemensamma.tsv (written by derive_struktur.py), except Östergötland's
row: D6 (Brukarmedverkan) holds the TEXT "1 000 000" and its row total G6 is
the formula =SUM(C6:F6), whose value (Excel's SUM skips the text) is
31 942 568. Every other total is typed as printed, the Riket row too.
Injected error: G6 shows 31 942 568; the person meant 32 942 568 (C6:F6 with
the text amount D6 read as 1 000 000; the decision prints 32 942 569, its +1
rounding). Riket G24 724 000 000 is right as printed; against the column as
Excel computes it, it is 1 000 001 too much only because of G6 (1 000 000
skipped, and G6 has lost the printed +1 rounding). Riket D24
24 000 000 is right when D6 is read as 1 000 000. The other rows' and Riket's
±1 roundings are the decision's own (see samples/README.md).""", lines)


# --- a region table 2024 against a constructed 2025 ---

GROWTH = (0.023, 0.031, 0.017, 0.029, 0.038, 0.016, 0.024)  # cycled over the regions


def change_lines(injected):
    regions = region_totals()
    new = [round(v * (1 + GROWTH[i % len(GROWTH)])) for i, (_, _, v) in enumerate(regions)]
    total_old, total_new = sum(v for _, _, v in regions), sum(new)
    shares = [round(n / total_new, 3) for n in new]
    assert 0.999 <= sum(shares) <= 1.001, sum(shares)
    lines = ["@sheet Förändring", "@widths 5 4.2 4.2 4 3.2",
             "title:5\tFördelning av medel per region 2024 och 2025",
             "head\tRegion\t2024\t2025\tFörändring\tAndel 2025"]
    for (_, name, old), n, share in zip(regions, new, shares):
        change = n - old + (10000 if name == injected else 0)
        lines.append(f"row\t{name}\tint:{old}\tint:{n}\tint:{change}\tpct1:{share}")
    lines.append(f"total\tTotalt\tint:{total_old}\tint:{total_new}\tint:{total_new - total_old}\tpct1:1")
    return lines, sum(shares)


def change():
    _, share_sum = change_lines(None)
    common = f"""Constructed on seed 001: the 2024 column is the region table's "Totalt belopp"
(values as in 2024-regioner.tsv, column F); the 2025 column is CONSTRUCTED
(2024 + 1,6-3,8 %, rounded to whole kronor), not from any seed. Written by
derive_struktur.py. Rows 3-23 the regions, row 24 "Totalt" (B24, C24, D24
sums of their columns, E24 100,0 %). Förändring (D) = 2025 - 2024; Andel 2025
(E) = C / C24, percent with one decimal; the shares add to
{f'{share_sum * 100:.1f}'.replace('.', ',')} % through rounding (E24 says 100,0 %), which is right."""
    write("struktur-forandring-ren", common + "\nClean: every Förändring and Andel is right.",
          change_lines(None)[0])
    lines, _ = change_lines("Jämtland")
    right = next(l for l in change_lines(None)[0] if l.startswith("row\tJämtland\t")).split("\t")[4]
    wrong = next(l for l in lines if l.startswith("row\tJämtland\t")).split("\t")[4]
    write("struktur-forandring-fel", common + f"""
Injected error: D21 (Jämtland's Förändring) says {spaced(int(wrong[4:]))}; right is
{spaced(int(right[4:]))} (C21 - B21). D24 (Totalt) is right: C24 - B24, and
the sum of the right Förändring cells.""", lines)


if __name__ == "__main__":
    actors()
    kommuner()
    comparison()
    text_sum()
    change()
