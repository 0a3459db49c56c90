#!/usr/bin/python3
"""The PDF reader on PDFs LibreOffice prints from our samples (never from our
code): the 290-row kommun table over several pages (its header repeated on
every page, "Sida N av M" at the foot), the 2024 and 2026 Jämtland decision
bases as workbooks and as Word documents.

For each PDF: `check` reads it (format "pdf", exit 0 or 1), names the page
and line of each finding ("s. 3, rad 12"), and finds the source's findings
by code and figures (expected, actual); the codes only a workbook's types or
formulas give (number-as-text, formula-*, hardcoded-total) are left out, and
those that differ are printed. No PDF may give an error or warning the
source does not (precision first: a false total-mismatch on a correct
decision is the worst outcome). The cells' values agree with the source's:
the figures of the PDF (read with `summakoll parse`) and its texts, counted
as a multiset against the source's cells; the share is printed. The kommun
table, the 2024 and 2026 decision bases as workbooks, the 2024 one as Word,
the 2026 per-actor summary and the Word text samples
(samples/compare/text-*.docx) must give the source's
findings; each PDF is held to a floor of value agreement just under what the
reader reaches, and to 95 % of the source's figures (the numbers the checks
add up; 77 % and 93 % for the 2026 decision base printed from Word and from
Calc; all of them for the 2024 one, from both). What keeps the
decision bases from full agreement: Calc's
print clips long labels at the next filled cell and runs multi-line cells
over the rows above them (text over text: those texts are lost, the clear
ones kept, and a region whose amounts are printed over is read as text, not
as a table);
Writer breaks words and figures in narrow columns (a year "20" / "25",
digits one a line in the 2026 statistics tables; "Tota" / "lt:" and the
other words that give a row its role are joined whole) and centres
vertically merged labels across the rows they span.

wrapped: the 2024 decision base printed with its label columns narrow and
wrapped (row heights set to fit, as a person would), so that a label runs
over two to seven lines beside its amount at the row's foot. The labels of
the source that stand beside an amount must be read as one cell each,
joined from its lines, in a row with that amount (not cut into rows without
one): at least 90 % of them; the share and the misses are printed.

text: `compare X.pdf` holds the PDF's text against its own tables as for
Word. The text-* PDFs (printed from samples/compare/text-*.docx) give what
their Word file gives: the same amounts matched, with the same sentences, and
the -fel ones exactly the one injected `text-mismatch` (amount and sentence),
exit 1; the -ren ones none, exit 0. Every other PDF here gives no
`text-mismatch`: table rows that the layout left outside a table must not
be read as sentences. The kommun table printed unfitted (its amount column
on pages of its own, a figure a line) states no amount at all.

usage: pdf_samples.py SUMMAKOLL SAMPLES_DIR CACHE_DIR"""
import collections
import json
import math
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from other_formats import findings as check, finish

TYPE_CODES = {"number-as-text", "formula-range-gap", "formula-stale-value", "hardcoded-total"}
# name → (source below samples/, rows repeated at the top of each page, findings must match,
#         value agreement floor, the least of the source's findings found)
SOURCES = {
    "2024-kommuner": ("2024-kommuner.xlsx", "2:2", True, 0.99, None),
    "2026-jamtland-beslutsunderlag": ("2026-jamtland-beslutsunderlag.xlsx", None, True, 0.69, None),
    "2024-jamtland-beslutsunderlag": ("2024-jamtland-beslutsunderlag.xlsx", None, True, 0.74, None),
    "2024-jamtland-beslutsunderlag-word": ("docx/2024-jamtland-beslutsunderlag.docx", None, True, 0.94, None),
    "2026-jamtland-beslutsunderlag-word": ("docx/2026-jamtland-beslutsunderlag.docx", None, False, 0.53, 1),
    # The 2026 per-actor summary (seed 003) with its group rows above their items, clean and with the decision's
    # 481 000 where its items give 481 600. Its labels of two lines ("Föräldra barn hälsan" / "Barnsäkert …",
    # "Vuxenpsykiatrin" / "Informera om …") are cells of one row's height: Calc prints their lines over the rows
    # around them (text over text). The amounts beside them stand clear and stay in the table, the labels are
    # lost; "Respektive kommun i enlighet med aktivitet i fokusområde:" introduces rows and keeps the table
    # whole. So the source's one error is found as the source's (it was missed: values 19 %, now 72 %).
    **{f"struktur-aktorer-2026-{suffix}": (f"struktur-aktorer-2026-{suffix}.xlsx", None, True, 0.70, None)
       for suffix in ("ren", "fel")},
    # Word documents whose sentences state the totals of their tables (seeds 000 and 001), clean and with one wrong
    # sentence: their tables as printed give the Word file's findings (none; the överenskommelse table's amounts
    # at the foot of page 1 and the head of page 2 were once dropped as page lines, and its totals then wrong).
    **{f"text-{name}-{suffix}": (f"compare/text-{name}-{suffix}.docx", None, True, None, None)
       for name in ("overenskommelse-2024", "jamtland-2024") for suffix in ("ren", "fel")},
}
# The share of the source's figures (numbers, the cells the checks add up) the PDF gives, by name; 0.95 for the
# rest. Writer prints the 2026 statistics tables a character or two a line; in Calc's print of the 2026
# workbook, regions where a label that names a total is printed over, or a header's "Summa" runs into the
# first row's line, are read as text (a header row printed over otherwise keeps its clear headers).
# Every figure of the 2024 decision base, from Calc and from Writer: the lone sum under its last table too.
FIGURE_FLOORS = {"2026-jamtland-beslutsunderlag-word": 0.77, "2026-jamtland-beslutsunderlag": 0.93,
                 "2024-jamtland-beslutsunderlag": 1.0, "2024-jamtland-beslutsunderlag-word": 1.0}
WRAPPED = ("2024-jamtland-beslutsunderlag-radbrutet", "2024-jamtland-beslutsunderlag.xlsx", {"A": 26, "B": 22})
WRAPPED_FLOOR = 0.9
# The kommun table as Calc prints it unfitted: the amount column that does not fit follows on pages of its own,
# a figure a line with no table around it. None of those lines is text: no amount stated.
UNFITTED = ("2024-kommuner-ej-anpassad", "2024-kommuner.xlsx")
EXTRA = [(WRAPPED[0], (WRAPPED[1], None, False, None, None)), (UNFITTED[0], (UNFITTED[1], None, False, None, None))]


def wrap_labels(ws, widths):
    """The label columns narrowed and wrapped, each row as high as its longest label needs (LibreOffice
    fits no row heights of an .xlsx it opens); merged cells stay on one line."""
    merged = {c.coordinate for r in ws.merged_cells.ranges for row in ws.iter_rows(
        min_row=r.min_row, max_row=r.max_row, min_col=r.min_col, max_col=r.max_col) for c in row}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    for row in ws.iter_rows():
        lines = 1
        for c in row:
            if c.coordinate in merged or c.column_letter not in widths or not isinstance(c.value, str):
                continue
            c.alignment = c.alignment.copy(wrap_text=True)
            lines = max(lines, sum(math.ceil(max(len(part), 1) / (0.8 * widths[c.column_letter]))
                                   for part in c.value.split("\n")))
        ws.row_dimensions[row[0].row].height = max(ws.row_dimensions[row[0].row].height or 12.8, 12.8 * lines)


def make_pdfs(samples_dir, cache):
    """Prints each source to PDF once: workbooks fitted to the page width, with
    the sheet name at the top and "Sida N av M" at the foot of each page."""
    cache.mkdir(parents=True, exist_ok=True)
    import openpyxl
    with tempfile.TemporaryDirectory(prefix="summakoll-pdf-") as tmp:
        todo = []
        for name, (source, titles, *_) in [*SOURCES.items(), *EXTRA]:
            if (cache / f"{name}.pdf").exists():
                continue
            src = Path(samples_dir) / source
            staged = Path(tmp) / f"{name}{src.suffix}"
            if src.suffix == ".xlsx":
                wb = openpyxl.load_workbook(src)
                for ws in wb.worksheets:
                    if name == WRAPPED[0]:
                        wrap_labels(ws, WRAPPED[2])
                    ws.sheet_properties.pageSetUpPr.fitToPage = name != UNFITTED[0]
                    ws.page_setup.fitToWidth = 1
                    ws.page_setup.fitToHeight = 0
                    if titles:
                        ws.print_title_rows = titles
                    ws.oddHeader.center.text = "&A"
                    ws.oddFooter.center.text = "Sida &P av &N"
                wb.save(staged)
            else:
                shutil.copy(src, staged)
            todo.append(str(staged))
        if todo:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "pdf", "--outdir", str(cache), *todo], capture_output=True, timeout=900)


def run(binary, *args, stdin=None):
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=300, input=stdin)


def figures(f, severities=("error", "warning", "info")):
    return collections.Counter((x["code"], x["expected"], x["actual"]) for x in f["findings"]
                               if x["code"] not in TYPE_CODES and x["severity"] in severities)


def values(binary, path):
    """The multiset of the file's cell values: numbers as read by `summakoll parse`, other texts as they are."""
    d = json.loads(run(binary, "dump", "--format", "json", str(path)).stdout)
    texts = [c["value"] for s in d["sheets"] for c in s["cells"] if c["type"] == "text"]
    numbers = [c["value"] for s in d["sheets"] for c in s["cells"] if c["type"] in ("number", "date")]
    parsed = run(binary, "parse", "-", stdin="\n".join(t.replace("\n", " ") for t in texts) + "\n").stdout.splitlines()
    out = collections.Counter(round(v, 6) for v in numbers)
    for text, line in zip(texts, parsed):
        p = json.loads(line)
        out[round(p["value"], 6) if p.get("error") is None and p.get("value") is not None else " ".join(text.split())] += 1
    return out


def wrapped(binary, samples_dir, cache, failures):
    """The share of the source's labels beside an amount read whole, in a row with that amount."""
    pdf = cache / f"{WRAPPED[0]}.pdf"
    if not pdf.exists():
        failures.append(f"{pdf.name}: LibreOffice did not write it")
        return

    def amount(cell):
        if cell["type"] in ("number", "date"):
            return round(cell["value"], 6)
        p = json.loads(run(binary, "parse", "-", stdin=cell["value"].replace("\n", " ") + "\n").stdout)
        return round(p["value"], 6) if p.get("error") is None and p.get("value") is not None else None

    def labelled(path):
        """(label, amount) of each row whose first cell is a text and that has an amount after it."""
        d = json.loads(run(binary, "dump", "--format", "json", str(path)).stdout)
        rows = collections.defaultdict(dict)
        for sheet in d["sheets"]:
            for c in sheet["cells"]:
                col, row = c["cell"].rstrip("0123456789"), c["cell"].lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                rows[(sheet["name"], row)][col] = c
        out = []
        for cells in rows.values():
            label = cells.get("A")
            amounts = [a for col, c in sorted(cells.items()) if col != "A" for a in [amount(c)] if a is not None]
            if label and label["type"] == "text" and amounts:
                out.append((" ".join(label["value"].split()), amounts[-1]))
        return out

    want, have = labelled(Path(samples_dir) / WRAPPED[1]), set(labelled(pdf))
    whole = [w for w in want if w in have]
    share = len(whole) / max(len(want), 1)
    print(f"{pdf.name}: {len(whole)}/{len(want)} labels beside an amount read whole with it ({share:.0%})")
    for label, value in [w for w in want if w not in have][:5]:
        print(f"  not whole: {label[:60]!r} {value}")
    if share < WRAPPED_FLOOR:
        failures.append(f"{pdf.name}: {share:.0%} of the labels read whole, below {WRAPPED_FLOOR:.0%}")


def stated(binary, path):
    """`compare PATH` alone: its exit code, the (amount, sentence) matched and the (code, amount, sentence) found."""
    r = run(binary, "compare", str(path), "--format", "json")
    if r.returncode not in (0, 1):
        return r.returncode, None, r.stderr.strip()
    texts = json.loads(r.stdout.replace("\u00a0", " ").replace("\u202f", " "))["comparison"]["text"]
    matched = [(a["amount"], a["sentence"]) for t in texts for a in t["matched"]]
    found = [(f["code"], f["amount"], f["sentence"]) for t in texts for f in t["findings"]]
    return r.returncode, matched, found


def text_against_tables(binary, samples_dir, cache, failures):
    for name, (source, *_) in [*SOURCES.items(), *EXTRA]:
        pdf = cache / f"{name}.pdf"
        if not pdf.exists():
            continue
        code, matched, found = stated(binary, pdf)
        if matched is None:
            failures.append(f"{pdf.name}: compare exit {code}: {found}")
            continue
        print(f"{pdf.name}: text {len(matched)} amounts matched, {len(found)} text-mismatch")
        if not name.startswith("text-"):
            if found or code != 0 or (name == UNFITTED[0] and matched):
                failures.append(f"{pdf.name}: text against tables, exit {code}: {found} {matched[:3]}")
            continue
        word_code, word_matched, word_found = stated(binary, Path(samples_dir) / source)
        injected = 1 if name.endswith("-fel") else 0
        if (code, matched, found) != (word_code, word_matched, word_found) or len(found) != injected or code != injected:
            failures.append(f"{pdf.name}: exit {code}, matched {matched}, found {found}; "
                            f"the Word file: exit {word_code}, matched {word_matched}, found {word_found}")


# The sheets `convert` names after the text printed right above each table, as for a Word document.
HEADINGS = {
    "2024-jamtland-beslutsunderlag": ["2024 avsätter staten totalt 13", "1. Stärka det gemensamma", "2. En mer sammanhållen",
                                      "3. En systematisk", "Sammanfattande fördelning", "Summakoll"],
    "struktur-aktorer-2026-ren": ["Sammanfattande fördelning", "Summakoll"],
}


def headings(binary, cache, failures):
    """The converted PDF's sheets are named after the headings above its tables."""
    with tempfile.TemporaryDirectory() as tmp:
        for name, want in HEADINGS.items():
            out = Path(tmp) / f"{name}.xlsx"
            r = run(binary, "convert", str(cache / f"{name}.pdf"), "-o", str(out))
            if r.returncode != 0:
                failures.append(f"{name}.pdf: convert exit {r.returncode}: {r.stderr.strip()}")
                continue
            with zipfile.ZipFile(out) as z:
                got = re.findall(r'<sheet name="([^"]*)"', z.read("xl/workbook.xml").decode())
            print(f"{name}.pdf converted: sheets {got}")
            if got != want:
                failures.append(f"{name}.pdf: converted sheets {got}, want {want}")


def main():
    binary, samples_dir, cache = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    make_pdfs(samples_dir, cache)
    failures = []
    for name, (source, _, exact, floor, found) in SOURCES.items():
        pdf = cache / f"{name}.pdf"
        if not pdf.exists():
            failures.append(f"{pdf.name}: LibreOffice did not write it")
            continue
        got, r = check(binary, pdf)
        if got is None:
            failures.append(f"{pdf.name}: check exit {r.returncode}: {r.stderr.strip()}")
            continue
        if got["format"] != "pdf":
            failures.append(f"{pdf.name}: format {got['format']!r}")
        ref, _ = check(binary, Path(samples_dir) / source)
        want, have = figures(ref), figures(got)
        if want != have:
            line = f"{pdf.name}: findings that differ from {source}: missing {sorted(want - have)}, extra {sorted(have - want)}"
            (failures.append if exact else print)(("" if exact else "  ") + line)
        # Precision first: never an error or warning the source does not give.
        accusations = figures(got, ("error", "warning")) - figures(ref, ("error", "warning"))
        if accusations:
            failures.append(f"{pdf.name}: errors or warnings the source does not give: {sorted(accusations)}")
        if found is not None and sum((want & have).values()) < found:
            failures.append(f"{pdf.name}: {sum((want & have).values())} of the source's findings found, below {found}")
        missing_origin = [x for x in got["findings"] if not x.get("origin", "").startswith("s. ")]
        if missing_origin:
            failures.append(f"{pdf.name}: findings without a page and line: {missing_origin[:2]}")
        a, b = values(binary, Path(samples_dir) / source), values(binary, pdf)
        agreed = sum((a & b).values())
        share = agreed / max(sum(a.values()), 1)
        # The figures alone: what the checks add up (a clipped or broken label costs a text, not a figure).
        na, nb = (collections.Counter({k: n for k, n in c.items() if not isinstance(k, str)}) for c in (a, b))
        figures_agreed = sum((na & nb).values())
        print(f"{pdf.name}: {len(got['findings'])} findings ({sum(have.values())} by figures as the source: "
              f"{sum((want & have).values())}/{sum(want.values())}); values {agreed}/{sum(a.values())} ({share:.1%}), "
              f"figures {figures_agreed}/{sum(na.values())} ({figures_agreed / max(sum(na.values()), 1):.1%})")
        figure_share = figures_agreed / max(sum(na.values()), 1)
        if figure_share < FIGURE_FLOORS.get(name, 0.95):
            failures.append(f"{pdf.name}: figures agree {figure_share:.1%}, below {FIGURE_FLOORS.get(name, 0.95):.0%}")
        if floor is not None and share < floor:
            failures.append(f"{pdf.name}: values agree {share:.1%}, below {floor:.0%}")
    wrapped(binary, samples_dir, cache, failures)
    text_against_tables(binary, samples_dir, cache, failures)
    headings(binary, cache, failures)
    text = run(binary, "check", str(cache / "2024-kommuner.pdf")).stdout
    if "(s. " not in text:
        failures.append("2024-kommuner.pdf: the text report names no page and line")
    return finish(failures)


if __name__ == "__main__":
    sys.exit(main())
