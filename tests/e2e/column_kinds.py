#!/usr/bin/python3
"""Columns that are not summed, beside columns that are: the seed tables
(the 2024 regional allocation, seed 003's Jämtland kommuner) with a column
a person adds that holds no amounts to add up, each clean and with one
injected error (a total 10 000 kr off), and `summakoll check` held to exact
findings (amounts typed as text and typed totals are notes, counted too):

  - "Förändring %" beside a header row of years ("2023", "2024",
    "Förändring"): the change in percent of each row is not summed;
  - "Kr per invånare" (plain numbers, and shown in kronor): kronor per head
    are not summed;
  - "Andel" of the total beside a wrong total: the shares of what the
    amounts add up to are right; only the total is wrong;
  - "Belopp per kommun": an allocation per kommun is summed as before;
  - a "Medelvärde per kommun" row under the total is no item and no total;
  - amounts typed in a coarser unit than the column's ("196 tkr" among
    kronor, a total of "1,87 mkr") may be off by their own unit: within it,
    a rounding warning; beyond it, the error.

usage: column_kinds.py SUMMAKOLL"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

BIN = sys.argv[1]
SHEET = "Fördelning"
# 2024 Barn och unga per region (kronor), from the sample.
_REGIONER = load_workbook(Path(__file__).resolve().parents[2] / "samples" / "2024-regioner.xlsx").active
REGIONS = [(r[1], r[2]) for r in _REGIONER.iter_rows(min_row=3, max_row=23, values_only=True)]
# Seed 003: direkt fördelat länets kommuner.
KOMMUNER = [("Berg", 196200), ("Bräcke", 193000), ("Härjedalen", 205400), ("Krokom", 222600), ("Ragunda", 190600),
            ("Strömsund", 207800), ("Åre", 213400), ("Östersund", 436000)]
POPULATION = [7000, 6300, 10000, 15000, 5300, 11500, 11800, 64000]
ERROR = 10000


def change_percent(ws, err):
    ws.append(["Region", "2023", "2024", "Förändring", "Förändring %"])
    before = [round(v * 0.97) for _, v in REGIONS]
    for (name, v), old in zip(REGIONS, before):
        ws.append([name, old, v, v - old, round((v - old) / old * 100, 1)])
    b, a = sum(before), sum(v for _, v in REGIONS)
    ws.append(["Totalt", b, a + err, a - b, round((a - b) / b * 100, 1)])


def per_head(kronor_format):
    def build(ws, err):
        ws.append(["Kommun", "Invånare", "Kr per invånare", "Belopp"])
        for (name, v), p in zip(KOMMUNER, POPULATION):
            ws.append([name, p, round(v / p, 2), v])
        total = sum(v for _, v in KOMMUNER)
        ws.append(["Summa", sum(POPULATION), round(total / sum(POPULATION), 2), total + err])
        if kronor_format:
            for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
                for c in row:
                    c.number_format = '#,##0.00 "kr"'
    return build


def shares(ws, err):
    total = sum(v for _, v in KOMMUNER)
    ws.append(["Kommun", "Belopp", "Andel"])
    for name, v in KOMMUNER:
        ws.append([name, v, round(v / total, 3)])
    ws.append(["Summa", total + err, 1])
    for row in ws.iter_rows(min_row=2, min_col=3, max_col=3):
        for c in row:
            c.number_format = "0.0%"


def per_kommun(ws, err):
    ws.append(["Kommun", "Belopp per kommun"])
    for name, v in KOMMUNER:
        ws.append([name, v])
    total = sum(v for _, v in KOMMUNER)
    ws.append(["Summa", total + err])
    ws.append(["Medelvärde per kommun", round(total / len(KOMMUNER))])


def tkr_among_kronor(ws, err):
    ws.append(["Kommun", "Belopp"])
    for i, (name, v) in enumerate(KOMMUNER):
        ws.append([name, f"{round(v / 1000)} tkr" if i % 3 == 0 else v])  # 196 200 typed as "196 tkr"
    ws.append(["Summa", sum(v for _, v in KOMMUNER) + err])


def total_in_mkr(ws, err):
    ws.append(["Kommun", "Belopp"])
    for name, v in KOMMUNER:
        ws.append([name, v])
    ws.append(["Summa", "1,89 mkr" if err else "1,87 mkr"])  # 1 865 000 rounded to 1,87 mkr


R, K = len(REGIONS) + 2, len(KOMMUNER) + 2  # the total's row
REGIONS_TOTAL, KOMMUNER_TOTAL = sum(v for _, v in REGIONS), sum(v for _, v in KOMMUNER)
# name -> (build, findings when clean, findings with the error): (code, cell, expected)
CASES = {
    "forandring-procent": (change_percent,
                           [("hardcoded-total", f"B{R}"), ("hardcoded-total", f"C{R}"), ("hardcoded-total", f"D{R}")],
                           [("hardcoded-total", f"B{R}"), ("total-mismatch", f"C{R}", REGIONS_TOTAL),
                            ("total-unproven", f"D{R}")]),
    "kr-per-invanare": (per_head(False), [("hardcoded-total", f"B{K}"), ("hardcoded-total", f"D{K}")],
                        [("hardcoded-total", f"B{K}"), ("total-mismatch", f"D{K}", KOMMUNER_TOTAL)]),
    "kr-per-invanare-i-kronor": (per_head(True), [("hardcoded-total", f"B{K}"), ("hardcoded-total", f"D{K}")],
                                 [("hardcoded-total", f"B{K}"), ("total-mismatch", f"D{K}", KOMMUNER_TOTAL)]),
    "andel-av-summan": (shares, [("hardcoded-total", f"B{K}")], [("total-mismatch", f"B{K}", KOMMUNER_TOTAL)]),
    "belopp-per-kommun": (per_kommun, [("hardcoded-total", f"B{K}")], [("total-mismatch", f"B{K}", KOMMUNER_TOTAL)]),
    # Typed as text: each "tkr" amount is a number-as-text warning; 200 kr within 3 × 1 000 + 5 × 1 kr is rounding.
    "tkr-bland-kronor": (tkr_among_kronor,
                         [("number-as-text", "B2"), ("number-as-text", "B5"), ("number-as-text", "B8"),
                          ("total-rounding", f"B{K}")],
                         [("number-as-text", "B2"), ("number-as-text", "B5"), ("number-as-text", "B8"),
                          ("total-mismatch", f"B{K}", KOMMUNER_TOTAL - 200)]),
    # One finding a cell: the total's own says more than that it is typed as text.
    "summa-i-mkr": (total_in_mkr, [("total-rounding", f"B{K}")], [("total-mismatch", f"B{K}", KOMMUNER_TOTAL)]),
}

failures = []
with tempfile.TemporaryDirectory() as tmp:
    for name, (build, clean, wrong) in CASES.items():
        for tag, err, want in (("ren", 0, clean), ("fel", ERROR, wrong)):
            wb = Workbook()
            ws = wb.active
            ws.title = SHEET
            build(ws, err)
            path = Path(tmp) / f"{name}-{tag}.xlsx"
            wb.save(path)
            p = subprocess.run([BIN, "check", str(path), "--format", "json"], capture_output=True, text=True)
            findings = json.loads(p.stdout)["files"][0]["findings"] if p.stdout else []
            got = sorted((f["code"], f["cell"], f["expected"]) if f["code"] == "total-mismatch" else (f["code"], f["cell"])
                         for f in findings if f["sheet"] == SHEET)
            exit_wanted = 1 if any(w[0] == "total-mismatch" for w in want) else 0
            ok = got == sorted(want) and p.returncode == exit_wanted
            print(("ok  " if ok else "FAIL"), f"{name}-{tag}: exit {p.returncode}, {got}")
            if not ok:
                failures.append(f"{name}-{tag}: want exit {exit_wanted} {sorted(want)}")

for f in failures:
    print("FAIL", f)
sys.exit(1 if failures else 0)
