#!/usr/bin/python3
"""summakoll check and summakoll tables on the struktur-* samples: the same
seed data in layouts that are not the original ones (group rows above their
items at any depth, a column of totals beside a column of items, section
summaries, tables over pages, comparison lines, ambiguous items, a SUM that
skips text, difference columns), each clean and with one injected error.

Asserted for every file: the exact findings (code, cell, expected value and
the reading used), and the structure `tables --format json` reads (what
each total adds, its parent, whether it adds up). Clean files: no error and
no warning beyond the published ±1 roundings and the amounts typed as text.

usage: structure_samples.py SUMMAKOLL SAMPLES_DIR"""
import json
import subprocess
import sys
from pathlib import Path

AKTORER = "Fördelning per aktör"

# file -> findings other than number-as-text: (code, sheet or table, cell, expected, basis)
FINDINGS = {
    "struktur-aktorer-2026-ren.xlsx": [
        ("hardcoded-total", AKTORER, "B21", 481600, "items"),
        ("hardcoded-total", AKTORER, "B30", 12689898, "group-headers"),
    ],
    "struktur-aktorer-2026-fel.xlsx": [
        ("total-mismatch", AKTORER, "B21", 481600, "items"),
        ("hardcoded-total", AKTORER, "B30", 12689898, "group-headers"),
    ],
    "struktur-aktorer-2026-kolumner-ren.xlsx": [
        ("hardcoded-total", AKTORER, "C22", 481600, "items"),
        ("hardcoded-total", AKTORER, "C31", 12689898, "group-headers"),
    ],
    "struktur-aktorer-2026-kolumner-fel.xlsx": [
        ("total-mismatch", AKTORER, "C22", 481600, "items"),
        ("hardcoded-total", AKTORER, "C31", 12689898, "group-headers"),
    ],
    "struktur-organisation-2024-ren.xlsx": [
        ("hardcoded-total", "Sammanfattande fördelning", "B18", 13302905, "group-headers"),
    ],
    "struktur-organisation-2024-fel.xlsx": [
        ("total-mismatch", "Sammanfattande fördelning", "B10", 3073000, "heading"),
        ("hardcoded-total", "Sammanfattande fördelning", "B18", 13302905, "leaves"),
    ],
    "struktur-overenskommelse-2024-ren.xlsx": [
        ("hardcoded-total", "Överenskommelsen 2024", "B18", 703000000, "section"),
        ("hardcoded-total", "Överenskommelsen 2024", "B19", 100000000, "section"),
        ("hardcoded-total", "Överenskommelsen 2024", "B20", 724000000, "section"),
        ("hardcoded-total", "Överenskommelsen 2024", "B21", 33000000, "section"),
        ("hardcoded-total", "Överenskommelsen 2024", "B22", 1560000000, "group-headers"),
    ],
    "struktur-overenskommelse-2024-fel.xlsx": [
        ("hardcoded-total", "Överenskommelsen 2024", "B18", 703000000, "section"),
        ("hardcoded-total", "Överenskommelsen 2024", "B19", 100000000, "section"),
        ("total-mismatch", "Överenskommelsen 2024", "B20", 724000000, "section"),
        ("hardcoded-total", "Överenskommelsen 2024", "B21", 33000000, "section"),
        ("hardcoded-total", "Överenskommelsen 2024", "B22", 1560000000, "leaves"),
    ],
    # The published ±1 of Bilaga 1, over all 290 kommuner on nine pages.
    "struktur-kommuner-pdf-ren.xlsx": [
        ("total-rounding", "Blad1", "C325", 99999999, "items"),
        ("total-rounding", "Blad1", "D325", 99999999, "items"),
    ],
    "struktur-kommuner-pdf-fel.xlsx": [
        ("total-rounding", "Blad1", "C325", 99999999, "items"),
        ("total-mismatch", "Blad1", "D325", 99999999, "items"),
    ],
    "struktur-jamforelse-ren.xlsx": [("hardcoded-total", "Region", "C24", 703000001, "items")],
    "struktur-jamforelse-fel.xlsx": [("total-mismatch", "Region", "C24", 703000001, "items")],
    "struktur-tvetydig-ren.xlsx": [
        ("ambiguous-number", "Suicidpreventiva medel 2021", "C3", None, None),
        ("total-unproven", "Suicidpreventiva medel 2021", "C6", 2500000, "items"),
    ],
    "struktur-textsumma-fel.xlsx": [
        ("total-mismatch", "Länsgemensamma medel", "G6", 32942568, "formula"),
        ("total-rounding", "Länsgemensamma medel", "G10", 9288746, "items"),
        ("total-rounding", "Länsgemensamma medel", "G12", 87997295, "items"),
        ("total-rounding", "Länsgemensamma medel", "G14", 106679944, "items"),
        ("total-rounding", "Länsgemensamma medel", "G15", 21579947, "items"),
        ("total-rounding", "Länsgemensamma medel", "G17", 21770738, "items"),
        ("total-rounding", "Länsgemensamma medel", "G18", 21724100, "items"),
        ("total-rounding", "Länsgemensamma medel", "C24", 250000001, "items"),
        ("hardcoded-total", "Länsgemensamma medel", "D24", 24000000, "items"),
        ("total-rounding", "Länsgemensamma medel", "E24", 199999999, "items"),
        ("total-rounding", "Länsgemensamma medel", "F24", 250000001, "items"),
        ("total-unproven", "Länsgemensamma medel", "G24", 722999999, "items"),
    ],
    "struktur-forandring-ren.xlsx": [
        ("hardcoded-total", "Förändring", "B24", 703000001, "items"),
        ("hardcoded-total", "Förändring", "C24", 721207978, "items"),
        ("hardcoded-total", "Förändring", "D24", 18207977, "items"),
    ],
    "struktur-forandring-fel.xlsx": [
        ("difference-mismatch", "Förändring", "D21", 321519, "difference"),
        ("hardcoded-total", "Förändring", "B24", 703000001, "items"),
        ("hardcoded-total", "Förändring", "C24", 721207978, "items"),
        ("total-unproven", "Förändring", "D24", 18217977, "items"),
    ],
    "docx/struktur-aktorer-2026-ren.docx": [],
    "docx/struktur-aktorer-2026-fel.docx": [("total-mismatch", 1, "B21", 481600, "items")],
    "docx/struktur-overenskommelse-2024-ren.docx": [],
    "docx/struktur-overenskommelse-2024-fel.docx": [("total-mismatch", 1, "B20", 724000000, "section")],
}

# Text amounts the files hold (number-as-text warnings in a workbook).
TEXT_AMOUNTS = {"struktur-kommuner-pdf-ren.xlsx": 580, "struktur-kommuner-pdf-fel.xlsx": 580,
                "struktur-textsumma-fel.xlsx": 1}

# The structure read: file -> {cell: (place, parent, adds, adds up)}; adds
# None for an item. Only the rows listed are asserted.
AKTORER_TREE = {
    "B2": ("group", "B30", "B7, B9", True),
    "B3": ("item", "B7", None, None),  # under a subtotal with no total word
    "B7": ("item", "B2", None, None),
    "B9": ("total", "B2", None, None),  # its items are on another sheet
    "B10": ("group", "B30", "B11, B19:B20", True),
    "B11": ("group", "B10", "B12:B18", True),
    "B12": ("item", "B11", None, None),
    "B19": ("item", "B10", None, None),
    "B22": ("group", "B30", "B23:B29", True),
    "B30": ("total", None, "B2, B10, B22", True),
}
STRUCTURE = {
    "struktur-aktorer-2026-ren.xlsx": {**AKTORER_TREE, "B21": ("total", "B10", "B19:B20", True)},
    "struktur-aktorer-2026-fel.xlsx": {**AKTORER_TREE, "B21": ("total", "B10", "B19:B20", False)},
    "struktur-aktorer-2026-kolumner-fel.xlsx": {
        "C3": ("group", "C31", "C8, C10", True),
        "C11": ("group", "C31", "B20:B21, C12", True),
        "C12": ("group", "C11", "B13:B19", True),
        "C22": ("total", "C11", "B20:B21", False),
        "C31": ("total", None, "C3, C11, C23", True),
    },
    "struktur-organisation-2024-fel.xlsx": {
        "B2": ("group", None, "B3:B9", True),
        "B10": ("group", None, "B11:B15", False),
        "B16": ("item", "B18", None, None),
        "B18": ("total", None, "B3:B9, B11:B17", True),
    },
    "struktur-overenskommelse-2024-fel.xlsx": {
        "B18": ("total", None, "B5:B7", True),
        "B19": ("total", None, "B9", True),
        "B20": ("total", None, "B11:B14", False),
        "B21": ("total", None, "B16", True),
        "B22": ("total", None, "B5:B7, B9, B11:B14, B16", True),
    },
    "struktur-kommuner-pdf-ren.xlsx": {
        "C325": ("total", None, "C3:C35, C40:C72, C77:C109, C114:C146, C152:C184, C188:C220, C225:C257, "
                 "C262:C294, C299:C324", False),
    },
    "struktur-jamforelse-fel.xlsx": {
        "C24": ("total", None, "C3:C23", False),
        "C25": ("outside", None, None, None),
        "C26": ("outside", None, None, None),
        "C27": ("outside", None, None, None),
    },
    "docx/struktur-aktorer-2026-fel.docx": {
        "B2": ("group", "B30", "B7, B9", True),
        "B10": ("group", "B30", "B11, B19:B20", True),
        "B21": ("total", "B10", "B19:B20", False),
        "B30": ("total", None, "B2, B10, B22", True),
    },
}


def run(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True, text=True, timeout=120)
    if r.returncode not in (0, 1):
        raise SystemExit(f"FAIL {' '.join(args)}: exit {r.returncode} {r.stderr.strip()}")
    return json.loads(r.stdout)


def main():
    binary, samples = sys.argv[1], Path(sys.argv[2])
    failures = 0
    for name, expected in FINDINGS.items():
        path = samples / name
        report = run(binary, "check", "--format", "json", str(path))["files"][0]
        found, text = [], 0
        for f in report["findings"]:
            if f["code"] == "number-as-text":
                text += 1
                continue
            where = f.get("sheet", f.get("table"))
            found.append((f["code"], where, f["cell"], f["expected"], f.get("basis")))
        if found != expected or text != TEXT_AMOUNTS.get(name, 0):
            failures += 1
            print(f"FAIL {name}\n  expected {expected} and {TEXT_AMOUNTS.get(name, 0)} text amounts"
                  f"\n  found    {found} and {text}")
        if "-ren" in name:
            # Warnings a clean file may have: the published roundings, amounts
            # typed as text, and an amount that reads two ways (its total: a note).
            allowed = ("total-rounding", "number-as-text", "ambiguous-number")
            bad = [f for f in report["findings"] if f["severity"] == "error" or
                   (f["severity"] == "warning" and f["code"] not in allowed)]
            if bad:
                failures += 1
                print(f"FAIL {name}: a clean file with {bad}")
    for name, tree in STRUCTURE.items():
        read = run(binary, "tables", "--format", "json", str(samples / name))
        rows = {r["cell"]: r for s in read["sheets"] for c in s["columns"] for r in c["rows"]}
        for cell, (place, parent, adds, explained) in tree.items():
            r = rows.get(cell)
            got = r and (r["place"], r["parent"], r.get("adds"), r.get("explained"))
            if got != (place, parent, adds, explained):
                failures += 1
                print(f"FAIL {name} {cell}: expected {(place, parent, adds, explained)}, read {got}")
    print(f"{len(FINDINGS)} files checked, {len(STRUCTURE)} structures read; {failures} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
