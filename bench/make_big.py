#!/usr/bin/env python3
"""Write three synthetic workbooks shaped like Swedish allocation tables.

    alloc_10k.xlsx     10 000 rows x 8 columns
    alloc_100k.xlsx   100 000 rows x 8 columns
    alloc_1Mcells.xlsx 126 000 rows x 8 columns, about 1 000 000 cells
    alloc_1Mrows.xlsx  1 000 000 rows x 8 columns (only with --only alloc_1Mrows.xlsx)

Every table looks like a follow-up of "länsgemensamma medel": municipality,
measure, year, population, share, allocated amount, paid amount, note. About
30% of the cells are text: names, notes, and amounts typed as text in Swedish
formats ("1 234 567 kr" with space, no-break space or narrow no-break space,
"2,48 mkr", "1 150 tkr", "3 038 550:-"). After every 50 data rows comes a
"Summa" row whose totals are SUM formulas over those rows, with the value Excel
would cache (amounts stored as text are ignored by SUM, as in Excel).

The XML is written directly (shared strings, a styles part with a kr format,
<dimension>, cached formula values), the way Excel lays a file out, so readers
meet what they would meet in a real file. Output is deterministic.

Usage: bench/make_big.py [--out DIR] [--only NAME]   (default DIR: ./bench-workbooks)

(From ../shared/bench, where issue 21 was measured; bench/peers runs it.)
"""
import argparse
import os
import random
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

SHAPES = {
    "alloc_10k.xlsx": 10_000,
    "alloc_100k.xlsx": 100_000,
    "alloc_1Mcells.xlsx": 126_000,  # Summa rows have 5 cells: 1 000 590 cells in all
    "alloc_1Mrows.xlsx": 1_000_000,  # about 7.9 M cells, 49 MB; written only with --only
}
BLOCK = 50  # data rows between two "Summa" rows
COLS = "ABCDEFGH"
HEAD = ["Kommun", "Insats", "År", "Befolkning", "Andel", "Tilldelat (kr)", "Utbetalt", "Kommentar"]

KOMMUNER = [
    "Ale", "Alingsås", "Bengtsfors", "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping",
    "Färgelanda", "Grästorp", "Gullspång", "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda",
    "Karlsborg", "Kungälv", "Lerum", "Lidköping", "Lilla Edet", "Lysekil", "Mariestad", "Mark",
    "Mellerud", "Munkedal", "Mölndal", "Orust", "Partille", "Skara", "Skövde", "Sotenäs",
    "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro", "Tidaholm", "Tjörn", "Tranemo",
    "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda", "Vänersborg", "Åmål",
    "Öckerö",
]
INSATSER = [
    "Suicidprevention – utbildning", "Psykisk hälsa barn och unga", "Första hjälpen till psykisk hälsa",
    "Samverkan region–kommun", "Brukarinflytande", "Stöd till anhöriga", "Kompetensutveckling",
    "Uppföljning och analys", "Länsgemensam samordnare", "YAM i skolan", "Äldres psykiska hälsa",
    "Digitalt stöd", "Ungdomsmottagning", "Våld i nära relationer",
]
KOMMENTARER = [
    "Enligt beslut i SVOM", "Rekvirerat", "Ej rekvirerat", "Delvis utbetalt", "Återbetalas",
    "Ombudgeterat från föregående år", "Avser två år", "Se bilaga 2", "Beslut saknas", "Preliminärt",
]
SPACES = [" ", "\u00a0", "\u202f"]  # space, no-break space, narrow no-break space


def group3(n, sep):
    s = f"{n:,}".replace(",", sep)
    return s


def amount_as_text(rng, kr):
    """A Swedish amount as a person would type it into a text cell."""
    sep = rng.choice(SPACES)
    style = rng.random()
    if style < 0.55:
        return f"{group3(kr, sep)}{sep}kr"
    if style < 0.70:
        return f"{group3(kr, sep)}:-"
    if style < 0.85:
        return f"{group3(round(kr / 1000), sep)}{sep}tkr"
    mkr = f"{kr / 1e6:.2f}".replace(".", ",")
    return f"{mkr}{sep}mkr"


class SharedStrings:
    def __init__(self):
        self.index, self.items, self.count = {}, [], 0

    def __call__(self, s):
        self.count += 1
        i = self.index.get(s)
        if i is None:
            i = self.index[s] = len(self.items)
            self.items.append(s)
        return i

    def xml(self):
        parts = [
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{self.count}" uniqueCount="{len(self.items)}">'
        ]
        for s in self.items:
            space = ' xml:space="preserve"' if s != s.strip() else ""
            parts.append(f"<si><t{space}>{escape(s)}</t></si>")
        parts.append("</sst>")
        return "".join(parts)


# Style indexes into cellXfs below.
S_DEFAULT, S_HEAD, S_KR, S_PCT, S_TOTAL_TEXT, S_TOTAL_KR = 0, 1, 2, 3, 4, 5

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;kr&quot;"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="6">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

APP = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>summakoll bench/make_big.py</Application></Properties>"""

WORKBOOK = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Fördelning" sheetId="1" r:id="rId1"/></sheets>
<calcPr calcId="191029"/>
</workbook>"""

WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""


def num(v):
    return repr(v) if isinstance(v, float) else str(v)


def sheet_rows(total_rows, rng, sst, stats):
    """Yield <row> elements; total_rows includes the header and the Summa rows."""
    def s(col, r, text, style=S_DEFAULT):
        stats["text"] += 1
        st = f' s="{style}"' if style else ""
        return f'<c r="{col}{r}"{st} t="s"><v>{sst(text)}</v></c>'

    def n(col, r, value, style=S_DEFAULT):
        stats["number"] += 1
        st = f' s="{style}"' if style else ""
        return f'<c r="{col}{r}"{st}><v>{num(value)}</v></c>'

    def f(col, r, formula, value, style):
        stats["formula"] += 1
        return f'<c r="{col}{r}" s="{style}"><f>{formula}</f><v>{num(value)}</v></c>'

    yield '<row r="1">' + "".join(s(c, 1, h, S_HEAD) for c, h in zip(COLS, HEAD)) + "</row>"
    r = 1
    block_start, sums = 2, [0, 0, 0]
    while r < total_rows:
        r += 1
        if r - block_start == BLOCK:  # a totals row after 50 data rows
            a, b = block_start, r - 1
            cells = [
                s("A", r, "Summa", S_TOTAL_TEXT),
                s("B", r, f"Delsumma rad {a}–{b}", S_TOTAL_TEXT),
                f("D", r, f"SUM(D{a}:D{b})", sums[0], S_TOTAL_TEXT),
                f("F", r, f"SUM(F{a}:F{b})", sums[1], S_TOTAL_KR),
                f("G", r, f"SUM(G{a}:G{b})", sums[2], S_TOTAL_KR),
            ]
            stats["empty"] += 3
            yield f'<row r="{r}">' + "".join(cells) + "</row>"
            block_start, sums = r + 1, [0, 0, 0]
            continue
        pop = rng.randrange(1_000, 600_000)
        share = round(rng.random() * 0.2, 4)
        allocated = rng.randrange(5_000, 15_000_000)
        paid = allocated if rng.random() < 0.6 else rng.randrange(0, allocated + 1)
        cells = [
            s("A", r, f"{rng.choice(KOMMUNER)} kommun"),
            s("B", r, rng.choice(INSATSER)),
            n("C", r, rng.randrange(2019, 2026)),
            n("D", r, pop),
            n("E", r, share, S_PCT),
            n("F", r, allocated, S_KR),
        ]
        sums[0] += pop
        sums[1] += allocated
        if rng.random() < 0.25:  # typed by hand: an amount stored as text
            cells.append(s("G", r, amount_as_text(rng, paid)))
        else:
            cells.append(n("G", r, paid, S_KR))
            sums[2] += paid
        if rng.random() < 0.2:
            cells.append(s("H", r, rng.choice(KOMMENTARER)))
        else:
            cells.append(n("H", r, allocated - paid, S_KR))
        yield f'<row r="{r}">' + "".join(cells) + "</row>"


def entry(name):
    """A zip entry with a fixed date, so that equal content gives equal bytes."""
    zi = zipfile.ZipInfo(name, date_time=(2024, 5, 1, 0, 0, 0))
    zi.compress_type = zipfile.ZIP_DEFLATED
    return zi


def write_book(path, total_rows, seed=20240501):
    rng = random.Random(seed)
    sst = SharedStrings()
    stats = {"text": 0, "number": 0, "formula": 0, "empty": 0}
    tmp = path.with_name(path.name + ".part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        z.writestr(entry("[Content_Types].xml"), CONTENT_TYPES)
        z.writestr(entry("_rels/.rels"), ROOT_RELS)
        z.writestr(entry("docProps/app.xml"), APP)
        z.writestr(entry("xl/workbook.xml"), WORKBOOK)
        z.writestr(entry("xl/_rels/workbook.xml.rels"), WORKBOOK_RELS)
        z.writestr(entry("xl/styles.xml"), STYLES)
        with z.open(entry("xl/worksheets/sheet1.xml"), "w") as w:
            w.write(
                '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                f'<dimension ref="A1:H{total_rows}"/>'
                '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" '
                'activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
                '<sheetFormatPr defaultRowHeight="15"/>'
                '<cols><col min="1" max="2" width="30" customWidth="1"/>'
                '<col min="6" max="8" width="16" customWidth="1"/></cols><sheetData>'.encode()
            )
            buf = []
            for row in sheet_rows(total_rows, rng, sst, stats):
                buf.append(row)
                if len(buf) >= 2000:
                    w.write("".join(buf).encode())
                    buf.clear()
            w.write(("".join(buf) + "</sheetData></worksheet>").encode())
        z.writestr(entry("xl/sharedStrings.xml"), sst.xml())
    os.replace(tmp, path)
    return stats


def main():
    ap = argparse.ArgumentParser(description="Write synthetic Swedish allocation workbooks.")
    ap.add_argument("--out", type=Path, default=Path("bench-workbooks"))
    ap.add_argument("--only", choices=sorted(SHAPES), help="write just this one")
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in SHAPES.items():
        if name == "alloc_1Mrows.xlsx" and args.only != name:
            continue
        if args.only and name != args.only:
            continue
        st = write_book(args.out / name, rows)
        cells = st["text"] + st["number"] + st["formula"]
        print(f"{args.out / name}: {rows} rows, {cells} cells "
              f"({100 * st['text'] / cells:.1f}% text, {st['formula']} SUM formulas), "
              f"{(args.out / name).stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
