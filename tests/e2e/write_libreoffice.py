#!/usr/bin/env python3
"""End-to-end test of the xlsx writer with a real office suite.

  write_libreoffice.py WRITE_SAMPLE_WORKBOOKS

Runs the test program, which writes a few workbooks and expected.tsv; then
LibreOffice, recalculating every formula on load, converts every sheet of
every workbook to CSV. Every workbook must convert (one CSV per sheet), and
every listed cell must show the expected value: the sums LibreOffice computes
from our SUM formulas equal the sums of the numbers written. stale.xlsx holds
cached values of 0, so it only passes when LibreOffice really recalculates.
"""
import csv
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fix_e2e import column_index, glob_escape, soffice_convert  # noqa: E402


def cell_position(a1):
    letters = "".join(ch for ch in a1 if ch.isalpha())
    return int(a1[len(letters):]) - 1, column_index(letters)


def shown_number(text):
    """LibreOffice's CSV keeps a percentage format's "%" even with values not as shown."""
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    work = Path(tempfile.mkdtemp(prefix="summakoll-write-"))
    made = subprocess.run([sys.argv[1], str(work)], capture_output=True, text=True, timeout=300)
    if made.returncode != 0:
        print(f"FAIL: write_sample_workbooks exit {made.returncode}: {made.stderr.strip()}")
        return 1
    expected = defaultdict(list)  # (file, sheet) -> [(cell, kind, value)]
    for line in (work / "expected.tsv").read_text(encoding="utf-8").splitlines():
        file, sheet, cell, kind, value = line.split("\t")
        expected[(file, sheet)].append((cell, kind, value))
    files = sorted(work.glob("*.xlsx"))
    if len(files) < 3:
        print(f"FAIL: expected three workbooks, found {[f.name for f in files]}")
        return 1

    soffice_convert(files, work / "csv", work / "profile")
    failures, compared = [], 0
    for (file, sheet), cells in sorted(expected.items()):
        stem = Path(file).stem
        path = work / "csv" / f"{stem}-{sheet}.csv"
        if not path.exists():
            found = [p.name for p in (work / "csv").glob(f"{glob_escape(stem)}*.csv")]
            failures.append(f"{file}: LibreOffice gave no CSV for sheet {sheet!r} (found {found})")
            continue
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        for cell, kind, value in cells:
            r, c = cell_position(cell)
            shown = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
            if kind == "n":
                try:
                    ok = abs(shown_number(shown) - float(value)) <= 1e-9 * max(1.0, abs(float(value)))
                except ValueError:
                    ok = False
            else:
                ok = shown == value
            compared += 1
            if not ok:
                failures.append(f"{file}!{sheet}!{cell}: LibreOffice shows {shown!r}, expected {value!r}")
    print(f"{len(files)} workbooks converted by LibreOffice, {compared} cells compared")
    for f in failures:
        print("FAIL:", f)
    if failures or compared == 0:
        print(f"(files kept in {work})")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
