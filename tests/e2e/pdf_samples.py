#!/usr/bin/python3
"""The PDF reader on PDFs LibreOffice prints from our samples (never from our
code): the 290-row kommun table over several pages (its header repeated on
every page, "Sida N av M" at the foot), the 2024 and 2026 Jämtland decision
bases as workbooks and as Word documents.

For each PDF: `check` reads it (format "pdf", exit 0 or 1), names the page
and line of each finding ("s. 3, rad 12"), and finds the source's findings
by code and figures (expected, actual); the codes only a workbook's types or
formulas give (number-as-text, formula-*, hardcoded-total) are left out, and
those that differ are printed. The cells' values agree with the source's:
the figures of the PDF (read with `summakoll parse`) and its texts, counted
as a multiset against the source's cells; the share is printed. The kommun
table must give the source's findings and agree on at least 99 % of the
values; the decision bases, whose narrow columns wrap their cells onto two
lines when printed (a row of two printed lines is read as two rows), are
measured and printed, not yet held to a figure.

usage: pdf_samples.py SUMMAKOLL SAMPLES_DIR CACHE_DIR"""
import collections
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from other_formats import findings as check, finish

TYPE_CODES = {"number-as-text", "formula-range-gap", "formula-stale-value", "hardcoded-total"}
# name → (source below samples/, rows repeated at the top of each page, findings must match, value agreement floor or None)
SOURCES = {
    "2024-kommuner": ("2024-kommuner.xlsx", "2:2", True, 0.99),
    "2026-jamtland-beslutsunderlag": ("2026-jamtland-beslutsunderlag.xlsx", None, False, None),
    "2024-jamtland-beslutsunderlag": ("2024-jamtland-beslutsunderlag.xlsx", None, False, None),
    "2024-jamtland-beslutsunderlag-word": ("docx/2024-jamtland-beslutsunderlag.docx", None, False, None),
    "2026-jamtland-beslutsunderlag-word": ("docx/2026-jamtland-beslutsunderlag.docx", None, False, None),
}


def make_pdfs(samples_dir, cache):
    """Prints each source to PDF once: workbooks fitted to the page width, with
    the sheet name at the top and "Sida N av M" at the foot of each page."""
    cache.mkdir(parents=True, exist_ok=True)
    import openpyxl
    with tempfile.TemporaryDirectory(prefix="summakoll-pdf-") as tmp:
        todo = []
        for name, (source, titles, _, _) in SOURCES.items():
            if (cache / f"{name}.pdf").exists():
                continue
            src = Path(samples_dir) / source
            staged = Path(tmp) / f"{name}{src.suffix}"
            if src.suffix == ".xlsx":
                wb = openpyxl.load_workbook(src)
                for ws in wb.worksheets:
                    ws.sheet_properties.pageSetUpPr.fitToPage = True
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


def figures(f):
    return collections.Counter((x["code"], x["expected"], x["actual"]) for x in f["findings"] if x["code"] not in TYPE_CODES)


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


def main():
    binary, samples_dir, cache = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    make_pdfs(samples_dir, cache)
    failures = []
    for name, (source, _, exact, floor) in SOURCES.items():
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
        missing_origin = [x for x in got["findings"] if not x.get("origin", "").startswith("s. ")]
        if missing_origin:
            failures.append(f"{pdf.name}: findings without a page and line: {missing_origin[:2]}")
        a, b = values(binary, Path(samples_dir) / source), values(binary, pdf)
        agreed = sum((a & b).values())
        share = agreed / max(sum(a.values()), 1)
        print(f"{pdf.name}: {len(got['findings'])} findings ({sum(have.values())} by figures as the source: "
              f"{sum((want & have).values())}/{sum(want.values())}); values {agreed}/{sum(a.values())} ({share:.1%})")
        if floor is not None and share < floor:
            failures.append(f"{pdf.name}: values agree {share:.1%}, below {floor:.0%}")
    text = run(binary, "check", str(cache / "2024-kommuner.pdf")).stdout
    if "(s. " not in text:
        failures.append("2024-kommuner.pdf: the text report names no page and line")
    return finish(failures)


if __name__ == "__main__":
    sys.exit(main())
