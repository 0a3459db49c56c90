#!/usr/bin/python3
"""Writes tests/data/xls/regioner_med_diagram.xls: samples/2024-regioner.xlsx
with a bar chart drawn on its sheet, saved as Excel 97 by LibreOffice. An .xls
keeps such a chart as a BIFF substream inside the sheet's, which FreeXL 1.0.6
cannot follow on its own (it lost every sheet). And tests/data/xls/formelvarden.xls:
formelvarden.fods (a SUM, a true/false, two errors and a text, all formulas)
saved as Excel 97; FreeXL gives no formula's value. Needs openpyxl and soffice."""
import shutil
import subprocess
import tempfile
from pathlib import Path

import openpyxl
from openpyxl.chart import BarChart, Reference

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent / "xls"

with tempfile.TemporaryDirectory(prefix="summakoll-xls-") as tmp:
    wb = openpyxl.load_workbook(ROOT / "samples" / "2024-regioner.xlsx")
    ws = wb.worksheets[0]
    chart = BarChart()
    chart.add_data(Reference(ws, min_col=6, min_row=3, max_row=23))
    chart.set_categories(Reference(ws, min_col=2, min_row=3, max_row=23))
    ws.add_chart(chart, "H3")
    src = Path(tmp) / "regioner_med_diagram.xlsx"
    wb.save(src)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                    "xls:MS Excel 97", "--outdir", tmp, str(src)], check=True, capture_output=True, timeout=300)
    OUT.mkdir(exist_ok=True)
    shutil.copy(Path(tmp) / "regioner_med_diagram.xls", OUT / "regioner_med_diagram.xls")

with tempfile.TemporaryDirectory(prefix="summakoll-xls-") as tmp:
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                    "xls:MS Excel 97", "--outdir", tmp, str(OUT / "formelvarden.fods")], check=True, capture_output=True, timeout=300)
    shutil.copy(Path(tmp) / "formelvarden.xls", OUT / "formelvarden.xls")
