#!/usr/bin/python3
"""Read every samples/NAME.xlsx back with openpyxl (Debian's python3-openpyxl)
and compare it cell by cell with its source samples/src/NAME.tsv: sheet names
and order, text and number values, formulas with LibreOffice's cached values,
number formats, bold header/total rows and merged title rows.
Usage: check_xlsx.py [NAME...]; prints one line per workbook, exit 1 on any
difference."""
import sys
from pathlib import Path

import openpyxl

import make_fods

SRC = Path(__file__).resolve().parent
FORMAT_MARK = {"kr": '" kr"', "int": "#,##0", "pct1": "0.0%", "num": "General"}


def check(name):
    sheets = make_fods.parse_description(SRC / f"{name}.tsv")
    for sheet in sheets:  # cached values as a spreadsheet computes them
        for _, _, cells in sheet.rows:
            for cell in cells:
                if cell is not None and cell.formula:
                    make_fods.evaluate(sheet, cell)
    path = SRC.parent / f"{name}.xlsx"
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    problems = []
    if formulas.sheetnames != [s.name for s in sheets]:
        problems.append(f"sheets {formulas.sheetnames}")
    counts = {"cells": 0, "formulas": 0}
    for sheet in sheets:
        ws, wv = formulas[sheet.name], cached[sheet.name]
        merged = {str(m) for m in ws.merged_cells.ranges}
        for r, (kind, span, cells) in enumerate(sheet.rows, 1):
            for c, cell in enumerate(cells, 1):
                if cell is None:
                    continue
                xc = ws.cell(row=r, column=c)
                where = f"{sheet.name}!{xc.coordinate}"
                counts["cells"] += 1
                if cell.text is not None:
                    want = cell.text.replace("\\n", "\n")
                    if xc.value != want or xc.data_type != "s":
                        problems.append(f"{where}: text {xc.value!r}, want {want!r}")
                else:
                    value = wv.cell(row=r, column=c).value
                    if cell.formula:
                        counts["formulas"] += 1
                        if xc.value != cell.formula:
                            problems.append(f"{where}: formula {xc.value!r}, want {cell.formula!r}")
                    if value is None or abs(value - cell.value) > 1e-9:
                        problems.append(f"{where}: value {value!r}, want {cell.value!r}")
                    if FORMAT_MARK[cell.fmt] not in xc.number_format:
                        problems.append(f"{where}: format {xc.number_format!r} for {cell.fmt}")
                bold = make_fods.is_bold(kind)
                if bool(xc.font.b) != bold:
                    problems.append(f"{where}: bold {xc.font.b}, want {bold}")
            if kind == "title" and span > 1:
                want = f"A{r}:{openpyxl.utils.get_column_letter(span)}{r}"
                if want not in merged:
                    problems.append(f"{sheet.name}: {want} not merged")
    status = "ok" if not problems else "DIFFERS"
    print(f"{status:7} samples/{name}.xlsx: {len(sheets)} sheets, {counts['cells']} cells, "
          f"{counts['formulas']} formulas with cached values")
    for p in problems[:20]:
        print("   ", p)
    return not problems


def main(names):
    names = names or sorted(p.stem for p in SRC.glob("*.tsv"))
    results = [check(n) for n in names]
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main(sys.argv[1:])
