#!/usr/bin/env python3
"""What comes out of the printer: the Summakoll sheet of a corrected
workbook, a batch index and two converted workbooks, printed by LibreOffice
to PDF and to PNG pictures (in OUT_DIR, to look at).

  print_pages.py SUMMAKOLL SAMPLES_DIR OUT_DIR

Each print is landscape A4; the report sheet's header row ("Allvarlighet …
Meddelande") is on each of its pages, its pages hold every finding, and it
takes at most as many pages as asserted below; the index and the converted
workbooks fit their page budgets too. The page counts are printed.
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BIN, SAMPLES, OUT = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
failures = []


def run(args, timeout=600):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout)


def to_pdf(xlsx, outdir, profile):
    run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir",
         str(outdir), str(xlsx)], timeout=900)
    pdf = outdir / (xlsx.stem + ".pdf")
    if not pdf.exists():
        failures.append(f"{xlsx.name}: LibreOffice wrote no PDF")
        return None
    return pdf


def pages_of(pdf):
    """The text of each page."""
    info = run(["pdfinfo", str(pdf)]).stdout
    n = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    return [run(["pdftotext", "-layout", "-f", str(k), "-l", str(k), str(pdf), "-"]).stdout for k in range(1, n + 1)]


def landscape(pdf, page=1):
    info = run(["pdfinfo", "-f", str(page), "-l", str(page), str(pdf)]).stdout
    size = re.search(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)
    return bool(size) and float(size.group(1)) > float(size.group(2))


def pictures(pdf, pages, name):
    """PNGs of some pages in OUT_DIR, to look at."""
    for k in pages:
        run(["pdftoppm", "-png", "-r", "60", "-f", str(k), "-l", str(k), str(pdf), str(OUT / f"{name}-{k}")])


if not shutil.which("soffice") or not shutil.which("pdftoppm"):
    print("FAIL: soffice and pdftoppm are needed (./test.sh installs them)")
    sys.exit(1)
OUT.mkdir(parents=True, exist_ok=True)
with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    profile = tmp / "profile"

    # 1. The Summakoll sheet of the corrected 2026 workbook.
    source = SAMPLES / "2026-jamtland-beslutsunderlag.xlsx"
    fixed = tmp / "2026-rattad.xlsx"
    r = run([BIN, "fix", str(source), "-o", str(fixed)])
    findings = json.loads(run([BIN, "check", "--format", "json", str(source)]).stdout)["files"][0]["findings"]
    pdf = to_pdf(fixed, tmp, profile) if r.returncode in (0, 1) else None
    if pdf:
        pages = pages_of(pdf)
        report = [k for k, text in enumerate(pages, 1) if "Allvarlighet" in text and "Meddelande" in text]
        first = report[0] if report else len(pages) + 1
        # The report sheet is the last one: from its first page to the end, each page has its header.
        expected = list(range(first, len(pages) + 1))
        if report != expected:
            failures.append(f"report sheet: header on pages {report}, its pages are {expected}")
        text = "".join(pages[first - 1:])
        for f in findings:
            if f["cell"] and not re.search(rf"\b{f['cell']}\b", text):
                failures.append(f"report sheet: no row for {f['sheet']}!{f['cell']}")
        if "Summan stämmer inte" not in text or "481 600 kr" not in text.replace("\u00a0", " "):
            failures.append("report sheet: the error's name or its new value 481 600 kr is not printed")
        if not all(landscape(pdf, k) for k in expected):
            failures.append("report sheet: not landscape")
        print(f"report sheet of {fixed.name}: {len(expected)} pages for {len(findings)} findings "
              f"(the workbook {len(pages)} pages)")
        if len(expected) > 3:
            failures.append(f"report sheet: {len(expected)} pages, at most 3 expected")
        pictures(pdf, expected, "rapportblad")

    # 2. A batch index.
    data = tmp / "underlag"
    data.mkdir()
    for name in ("docx/2026-jamtland-beslutsunderlag.docx", "csv/2020-uppfoljning.csv", "2024-regioner.xlsx"):
        shutil.copy(SAMPLES / name, data / Path(name).name)
    (data / "trasig.xlsx").write_bytes(b"PK\x03\x04 inte en zip")
    r = run([BIN, "batch", str(data), "-o", str(tmp / "kontrollerat")], timeout=1800)
    index = tmp / "kontrollerat" / "index.xlsx"
    pdf = to_pdf(index, tmp, profile) if index.exists() else None
    if pdf:
        pages = pages_of(pdf)
        print(f"index.xlsx: {len(pages)} pages")
        if len(pages) > 2 or not landscape(pdf):
            failures.append(f"index.xlsx: {len(pages)} pages (at most 2: the files and the files not read), landscape {landscape(pdf)}")
        if not all(w in pages[0] for w in ("Fel", "Varningar", "Noteringar", "2026-jamtland-beslutsunderlag.docx")):
            failures.append("index.xlsx: the first page lacks its columns or a file")
        pictures(pdf, range(1, len(pages) + 1), "index")
    else:
        failures.append(f"batch: exit {r.returncode}, no index")

    # 3. Two converted workbooks: a Word decision basis and a CSV follow-up.
    budgets = {"docx/2026-jamtland-beslutsunderlag.docx": 16, "csv/2020-uppfoljning.csv": 4}
    for name, budget in budgets.items():
        out = tmp / (Path(name).stem + "-konverterad.xlsx")
        r = run([BIN, "convert", str(SAMPLES / name), "-o", str(out)])
        pdf = to_pdf(out, tmp, profile) if out.exists() else None
        if not pdf:
            failures.append(f"convert {name}: exit {r.returncode}")
            continue
        pages = pages_of(pdf)
        print(f"{out.name}: {len(pages)} pages")
        if len(pages) > budget or not landscape(pdf):
            failures.append(f"{out.name}: {len(pages)} pages (budget {budget}), landscape {landscape(pdf)}")
        pictures(pdf, range(1, min(len(pages), 4) + 1), Path(name).stem)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"print: all checks passed; pictures in {OUT}")
