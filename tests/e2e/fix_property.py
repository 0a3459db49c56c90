#!/usr/bin/env python3
"""The property of `summakoll fix` (issue 16): a fix never turns a right number wrong.

  fix_property.py SUMMAKOLL SAMPLES_DIR CORPUS_DIR

Every sample workbook (samples/*.xlsx, whatever samples exist) and every
readable public corpus workbook is fixed with --plan-json; for each one whose
plan changes or marks a cell, LibreOffice headless recomputes the original and
the corrected workbook and every cell's computed value is compared.

  - only cells in the fix plan may differ;
  - each changed total (and each recalculated formula) computes the value the
    plan recorded, and each converted text is its reading;
  - `check` on the output reports none of the errors fixed, no error that
    the input did not have, no warning at a cell where the input had no
    finding, and still every finding the plan left for a person.

Prints the figures: files fixed, changes by kind, cells marked for a person,
cells whose computed value changed outside the plan (must be 0).
"""
import collections
import csv
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fix_e2e import column_index, soffice_convert  # noqa: E402

SUMMARY_SHEET = "Summakoll"


def run(args):
    return subprocess.run(args, capture_output=True, text=True, timeout=600)


def findings(binary, path):
    r = run([binary, "check", "--format", "json", str(path)])
    if r.returncode == 2:
        return None
    return json.loads(r.stdout)["files"][0]["findings"]


def position(cell):
    """(row, column), 0-based, of an A1 address."""
    m = re.fullmatch(r"([A-Z]+)(\d+)", cell)
    return int(m.group(2)) - 1, column_index(m.group(1))


def sheet_names(binary, path):
    dump = json.loads(run([binary, "dump", "--format", "json", str(path)]).stdout)
    return [s["name"] for s in dump["sheets"]]


def values(csv_dir, stem, sheet):
    f = csv_dir / f"{stem}-{sheet}.csv"
    if not f.exists():
        return None
    out = {}
    for r, row in enumerate(csv.reader(f.open(encoding="utf-8", newline=""))):
        for c, v in enumerate(row):
            if v != "":
                out[(r, c)] = v
    return out


def number(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def close(a, b):
    return a is not None and b is not None and abs(a - b) <= max(0.005, 1e-9 * abs(b))


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    binary, samples_dir, corpus_dir = sys.argv[1:]
    inputs = sorted(Path(samples_dir).glob("*.xlsx"))
    inputs += sorted(p for p in (Path(corpus_dir) / "xlsx").rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm"))
    work = Path(tempfile.mkdtemp(prefix="summakoll-fixprop-"))
    (work / "in").mkdir()
    (work / "out").mkdir()
    failures = []
    cases = []
    for n, path in enumerate(inputs):
        before = findings(binary, path)
        if before is None:
            continue
        stem = f"f{n:04d}"
        original = work / "in" / f"{stem}{path.suffix.lower()}"
        shutil.copyfile(path, original)
        fixed = work / "out" / f"{stem}.xlsx"
        plan_file = work / f"{stem}.plan.json"
        r = run([binary, "fix", str(original), "-o", str(fixed), "--plan-json", str(plan_file)])
        if r.returncode not in (0, 1) or not fixed.exists():
            failures.append(f"{path}: fix exit {r.returncode}: {r.stderr.strip()[:200]}")
            continue
        plan = json.loads(plan_file.read_text())
        if plan["changes"] or plan["for_person"]:
            cases.append((path, stem, original, fixed, before, plan))

    soffice_convert([c[2] for c in cases], work / "csv-in", work / "profile")
    soffice_convert([c[3] for c in cases], work / "csv-out", work / "profile")

    kinds = collections.Counter()
    marked = outside = files_changed = compared = 0
    for path, stem, original, fixed, before, plan in cases:
        changes = {(c["sheet"], c["cell"]): c for c in plan["changes"]}
        at = {(c["sheet"], position(c["cell"])): c for c in plan["changes"]}
        kinds.update(c["kind"] for c in plan["changes"])
        marked += len(plan["for_person"])
        files_changed += bool(plan["changes"])
        for sheet in sheet_names(binary, original):
            a = values(work / "csv-in", stem, sheet)
            b = values(work / "csv-out", stem, sheet)
            if a is None or b is None:
                if a is not None or b is not None:
                    failures.append(f"{path}!{sheet}: LibreOffice converted only one of the two workbooks")
                continue
            for rc in sorted(set(a) | set(b)):
                cell = f"R{rc[0] + 1}C{rc[1] + 1}"
                compared += 1
                change = at.get((sheet, rc))
                va, vb = a.get(rc, ""), b.get(rc, "")
                if change is None:
                    if va != vb and not close(number(va), number(vb)):
                        outside += 1
                        failures.append(f"{path}!{sheet}!{cell}: {va!r} became {vb!r}, not in the plan")
                    continue
                if not close(number(vb), change["value"]):
                    failures.append(f"{path}!{sheet}!{cell}: LibreOffice computes {vb!r}, the plan recorded "
                                    f"{change['value']} ({change['kind']})")
                if change["kind"] == "text-number" and va != change["before"].strip() and va != change["before"]:
                    failures.append(f"{path}!{sheet}!{cell}: the original shows {va!r}, the plan read {change['before']!r}")
                if change["kind"] == "typed-total" and not close(number(va), number(vb)):
                    failures.append(f"{path}!{sheet}!{cell}: a typed total became {vb!r} (was {va!r})")
        # check on the output.
        after = findings(binary, fixed)
        if after is None:
            failures.append(f"{path}: check cannot read the corrected workbook")
            continue
        after = [f for f in after if f.get("sheet") != SUMMARY_SHEET]
        was = {(f.get("sheet"), f.get("cell"), f["code"]) for f in before if f["severity"] in ("error", "warning")}
        had_finding = {(f.get("sheet"), f.get("cell")) for f in before}
        fixed_errors = {(f.get("sheet"), f.get("cell")) for f in before if f["severity"] == "error"
                        and (f.get("sheet"), f.get("cell")) in changes
                        and changes[(f.get("sheet"), f.get("cell"))]["kind"] == "wrong-total"}
        for f in after:
            key = (f.get("sheet"), f.get("cell"), f["code"])
            if (key[0], key[1]) in fixed_errors and f["severity"] == "error":
                failures.append(f"{path}: the fixed error at {key[0]}!{key[1]} is still reported: {f['message']}")
            elif f["severity"] == "error" and key not in was:
                failures.append(f"{path}: new {f['severity']} {key}: {f['message']}")
            elif f["severity"] == "warning" and key not in was and (key[0], key[1]) not in had_finding:
                # A warning where the input had a finding of another code (a total that "follows
                # from" an error shows its ±1 rounding once the error is put right) is not new.
                failures.append(f"{path}: new {f['severity']} {key}: {f['message']}")
        now = {(f.get("sheet"), f.get("cell")) for f in after}
        for m in plan["for_person"]:
            if (m["sheet"], m["cell"]) not in now:
                failures.append(f"{path}: {m['sheet']}!{m['cell']} ({m['code']}) was for a person, "
                                "check on the output no longer reports it")

    print(f"{len(cases)} workbooks fixed ({files_changed} with changes), {compared} cells compared")
    print("changes by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"cells marked for a person: {marked}")
    print(f"cells whose computed value changed outside the plan: {outside}")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
