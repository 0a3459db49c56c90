#!/usr/bin/python3
"""summakoll check on every sample workbook, Word file and CSV file: the exact
errors and warnings (cell, code, expected, actual) that samples/README.md
lists, exit codes 0/1, and one injected error (a changed item) found at its
totals and nowhere else.

usage: check_samples.py SUMMAKOLL SAMPLES_DIR"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

EXPECTED = {
    "2020-2021-uppfoljning.xlsx": [
        ("Uppföljning 2020", "C19", "number-as-text", 72151, None),
        ("Uppföljning 2020", "C41", "number-as-text", 108928, None),
        ("Länsmedel 2021", "C4", "ambiguous-number", None, None),
        ("Länsmedel 2021", "C9", "number-as-text", 6199701, None),
        ("Länsmedel 2021", "C11", "number-as-text", 1650000, None),
        ("Länsmedel 2021", "C12", "number-as-text", 240000, None),
        ("Länsmedel 2021", "C13", "number-as-text", 650000, None),
        ("Länsmedel 2021", "C14", "number-as-text", 281151, None),
        ("Länsmedel 2021", "C15", "number-as-text", 340000, None),
        ("Länsmedel 2021", "C16", "number-as-text", 3038550, None),
        ("Länsmedel 2021", "C17", "number-as-text", 6199701, None),
        ("Länsmedel 2021", "D27", "number-as-text", 3038550, None),
    ],
    "2024-jamtland-beslutsunderlag.xlsx": [
        ("Fördelning område 1-4", "C10", "number-as-text", 1800000, None),
        ("Sammanfattande fördelning", "C10", "number-as-text", 3073000, None),
        ("Sammanfattande fördelning", "C19", "number-as-text", 13302905, None),
    ],
    "2024-kommuner.xlsx": [
        ("Kommun", "C293", "total-rounding", 99999999, 100000000),
        ("Kommun", "D293", "total-rounding", 99999999, 100000000),
    ],
    "2024-lansgemensamma.xlsx": [
        ("Länsgemensamma medel", "G6", "total-rounding", 32942568, 32942569),
        ("Länsgemensamma medel", "G10", "total-rounding", 9288746, 9288747),
        ("Länsgemensamma medel", "G12", "total-rounding", 87997295, 87997294),
        ("Länsgemensamma medel", "G14", "total-rounding", 106679944, 106679943),
        ("Länsgemensamma medel", "G15", "total-rounding", 21579947, 21579946),
        ("Länsgemensamma medel", "G17", "total-rounding", 21770738, 21770739),
        ("Länsgemensamma medel", "G18", "total-rounding", 21724100, 21724099),
        ("Länsgemensamma medel", "C24", "total-rounding", 250000001, 250000000),
        ("Länsgemensamma medel", "E24", "total-rounding", 199999999, 200000000),
        ("Länsgemensamma medel", "F24", "total-rounding", 250000001, 250000000),
    ],
    "2024-regioner.xlsx": [
        ("Region", "F3", "total-rounding", 164423177, 164423176),
        ("Region", "F4", "total-rounding", 28693889, 28693890),
        ("Region", "F14", "total-rounding", 117835846, 117835845),
        ("Region", "F19", "total-rounding", 18082360, 18082359),
        ("Region", "F22", "total-rounding", 18786328, 18786329),
        ("Region", "C24", "total-rounding", 552999999, 553000000),
        ("Region", "D24", "total-rounding", 50000002, 50000000),
        ("Region", "E24", "total-rounding", 100000001, 100000000),
        ("Region", "F24", "total-rounding", 703000001, 703000000),
    ],
    "2024-tusental-kronor.xlsx": [],
    # Word and CSV: every value is text there, so no number-as-text; the same mistakes.
    "docx/2024-jamtland-beslutsunderlag.docx": [],
    "docx/2026-jamtland-beslutsunderlag.docx": [
        (5, "C21", "total-mismatch", 481600, 481000),
        (7, "D4", "percent-mismatch", 117 / 571, 0.201),
        (7, "B11", "total-mismatch", 15031, 15001),
        (7, "C11", "total-mismatch", 2730, 2689),
        (7, "E11", "total-mismatch", 8151, 8155),
        (7, "F11", "total-mismatch", 5972, 5975),
        (7, "G11", "total-mismatch", 214, 215),
        (8, "C22", "total-mismatch", 7606, 7609),
    ],
    "csv/2020-uppfoljning.csv": [],
    "csv/2021-lansmedel.csv": [
        ("2021-lansmedel", "C4", "ambiguous-number", None, None),
    ],
    "2026-jamtland-beslutsunderlag.xlsx": [
        ("Fördelning 2026", "E41", "number-as-text", 6188272, None),
        ("Sammanfattande fördelning", "C21", "total-mismatch", 481600, 481000),
        ("Ungdomsmottagningen", "D4", "percent-mismatch", 117 / 571, 0.201),
        ("Ungdomsmottagningen", "B11", "total-mismatch", 15031, 15001),
        ("Ungdomsmottagningen", "C11", "total-mismatch", 2730, 2689),
        ("Ungdomsmottagningen", "E11", "total-mismatch", 8151, 8155),
        ("Ungdomsmottagningen", "F11", "total-mismatch", 5972, 5975),
        ("Ungdomsmottagningen", "G11", "total-mismatch", 214, 215),
        ("Ungdomsmottagningen", "C40", "total-mismatch", 7606, 7609),
        ("Ungdomsmottagningen", "B155", "number-as-text", 750000, None),
        ("Ungdomsmottagningen", "B156", "number-as-text", 400000, None),
        ("Ungdomsmottagningen", "B157", "number-as-text", 1150000, None),
    ],
}


def rounded(v):
    """Percentages are fractions: compared to 9 decimals."""
    return round(v, 9) if isinstance(v, float) else v


def check(binary, path):
    run = subprocess.run([binary, "check", "--format", "json", str(path)], capture_output=True, text=True, timeout=120)
    report = json.loads(run.stdout)
    findings = report["files"][0]["findings"]
    got = [(f["sheet"] if "sheet" in f else f["table"], f["cell"], f["code"], rounded(f["expected"]), rounded(f["actual"]))
           for f in findings if f["severity"] != "info"]
    return run.returncode, got, findings


def main():
    binary, samples = sys.argv[1], Path(sys.argv[2])
    failures = 0
    for name, expected in EXPECTED.items():
        rc, got, _ = check(binary, samples / name)
        expected = [(a, b, c, rounded(d), rounded(e)) for a, b, c, d, e in expected]
        want_rc = 1 if any(code in ("total-mismatch", "formula-range-gap", "formula-stale-value", "balance-mismatch")
                           for _, _, code, _, _ in expected) else 0
        if got != expected or rc != want_rc:
            failures += 1
            print(f"FAIL {name}: exit {rc} (want {want_rc})")
            for g in got:
                if g not in expected:
                    print("  unexpected", g)
            for e in expected:
                if e not in got:
                    print("  missing   ", e)
        else:
            print(f"ok   {name}: {len(got)} findings")

    # A typed total under a title that mentions "5 mkr/län": its note shows
    # the amount as typed, not scaled by the prose (4 000 000, not 4e12).
    _, _, findings = check(binary, samples / "2026-jamtland-beslutsunderlag.xlsx")
    note = [f for f in findings if f["sheet"] == "Fördelning 2026" and f["cell"] == "E15"]
    if [(f["code"], f["expected"], f["actual"]) for f in note] != [("hardcoded-total", 4000000, 4000000)]:
        failures += 1
        print(f"FAIL Fördelning 2026!E15: {note}")
    else:
        print("ok   Fördelning 2026!E15: hardcoded-total 4 000 000")

    # A changed item: Region!D5 raised by 600 kr. Its row total F5 and its
    # column total D24 now disagree beyond rounding; nothing else changes.
    import openpyxl
    with tempfile.TemporaryDirectory() as tmp:
        changed = Path(tmp) / "regioner-changed.xlsx"
        shutil.copy(samples / "2024-regioner.xlsx", changed)
        wb = openpyxl.load_workbook(changed)
        wb["Region"]["D5"].value += 600
        wb.save(changed)
        rc, got, _ = check(binary, changed)
        want = [g for g in EXPECTED["2024-regioner.xlsx"] if g[1] != "D24"]
        want.insert(2, ("Region", "F5", "total-mismatch", 20050764, 20050164))
        want.insert(7, ("Region", "D24", "total-mismatch", 50000602, 50000000))
        if rc != 1 or got != want:
            failures += 1
            print(f"FAIL changed item: exit {rc}, got {got}")
        else:
            print("ok   changed item in 2024-regioner.xlsx found at F5 and D24")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
