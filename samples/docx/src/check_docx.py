#!/usr/bin/env python3
"""Reads the Word and CSV samples back with `summakoll dump --format json` and
compares every table cell with the sample's source (samples/src/*.tsv), laid
out as make_html.py and make_csv.py lay it out: the Word tables with a merged
cell's text at its top-left position and nothing in the positions it covers.
Exit 1 on any difference. Usage: check_docx.py SUMMAKOLL
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1]
sys.path.insert(0, str(SAMPLES / "src"))
sys.path.insert(0, str(SAMPLES / "csv" / "src"))
from make_csv import file_name  # noqa: E402
from make_fods import parse_description  # noqa: E402
from make_html import blocks, cell_text, merged_runs  # noqa: E402


def a1(row, col):
    name = ""
    col += 1
    while col:
        col, rest = divmod(col - 1, 26)
        name = chr(65 + rest) + name
    return f"{name}{row + 1}"


def dump(binary, path):
    run = subprocess.run([binary, "dump", "--format", "json", str(path)], capture_output=True, check=True)
    return {s["name"]: {c["cell"]: c["value"] for c in s["cells"]} for s in json.loads(run.stdout)["sheets"]}


def expected_docx(source):
    """{"Tabell N": {A1: text}} for the Word sample of `source`."""
    tables = {}
    for sheet in parse_description(source):
        for rows in blocks(sheet):
            cells = {}
            runs = merged_runs(sheet, rows)
            for r, (kind, _, row) in enumerate(rows):
                for c, cell in enumerate(row):
                    if (c == 0 and runs[r] == 0) or (kind == "title" and c > 0):
                        continue
                    # HTML, the Word samples' source, collapses runs of spaces.
                    text = re.sub(" +", " ", cell_text(sheet, cell).replace("\\n", "\n"))
                    if text:
                        cells[a1(r, c)] = text
            tables[f"Tabell {len(tables) + 1}"] = cells
    return tables


def expected_csv(source):
    out = {}
    for sheet in parse_description(source):
        cells = {}
        for r, (_, _, row) in enumerate(sheet.rows):
            for c, cell in enumerate(row):
                text = cell_text(sheet, cell).replace("\\n", "\n")
                if text:
                    cells[a1(r, c)] = text
        out[file_name(sheet.name)] = {Path(file_name(sheet.name)).stem: cells}
    return out


def compare(label, ours, expected, problems):
    if set(ours) != set(expected):
        problems.append(f"{label}: tables {sorted(ours)} != {sorted(expected)}")
    cells = 0
    for name, want in expected.items():
        got = ours.get(name, {})
        for cell in sorted(set(want) | set(got)):
            cells += 1
            if got.get(cell) != want.get(cell):
                problems.append(f"{label} {name}!{cell}: {got.get(cell)!r} != {want.get(cell)!r}")
    return cells


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] else None
    if not binary:
        print("check_docx: no summakoll binary given; samples not read back")
        return 0
    problems, cells = [], 0
    for name in sorted(p.stem for p in (SAMPLES / "docx").glob("*.docx")):  # each built from src/NAME.tsv
        cells += compare(f"docx/{name}.docx", dump(binary, SAMPLES / "docx" / f"{name}.docx"),
                         expected_docx(SAMPLES / "src" / f"{name}.tsv"), problems)
    for csv_name, expected in expected_csv(SAMPLES / "src" / "2020-2021-uppfoljning.tsv").items():
        cells += compare(f"csv/{csv_name}", dump(binary, SAMPLES / "csv" / csv_name), expected, problems)
    for p in problems:
        print("DIFF " + p)
    print(f"check_docx: {cells} cells compared, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
