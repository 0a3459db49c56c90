#!/usr/bin/env python3
"""End-to-end tests of `summakoll fix` with a real office suite.

  fix_e2e.py samples SUMMAKOLL SAMPLES_DIR
      For every sample: fix it; the input is untouched; `check` on the output
      finds no error (the Summakoll report sheet included) but those the input
      had, which fix leaves to a person; LibreOffice,
      recalculating every formula on load, converts every sheet and its
      values equal the values summakoll cached for every formula.
      Every cell that fix did not change keeps its value, formula and style.
  fix_e2e.py corpus SUMMAKOLL CORPUS_DIR PATCH_PROBE
      Fix every corpus workbook on which check finds something to fix, and
      patch every Excel-saved workbook (xlsx/rust_xlsxwriter: charts, tables,
      comments, validation, names, images) with one probe edit and the report
      sheet; every output opens in LibreOffice (converts), and every part the
      patch may not touch is byte-identical to the input's.
"""
import csv
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

# LibreOffice keeps the cached values of .xlsx formulas unless told to
# recalculate on load (Tools > Options > Calc > Formula: "Always recalculate").
RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""
# Every sheet to its own CSV file (LibreOffice 7.2+), UTF-8, values not as shown.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def soffice_convert(files, outdir, profile):
    if not shutil.which("soffice"):
        raise SystemExit("FAIL: soffice (LibreOffice) is not installed; ./test.sh installs it")
    (profile / "user").mkdir(parents=True, exist_ok=True)
    (profile / "user" / "registrymodifications.xcu").write_text(RECALC_ALWAYS)
    cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", CSV_FILTER,
           "--outdir", str(outdir)] + [str(f) for f in files]
    subprocess.run(cmd, capture_output=True, timeout=1800)


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run(args):
    return subprocess.run(args, capture_output=True, text=True, timeout=300)


def libreoffice_rows(out, sheet_name, csv_dir, failures):
    """The rows LibreOffice shows for one sheet of `out` (converted by
    soffice_convert), or None with a failure noted when it wrote none."""
    csv_file = csv_dir / f"{out.stem}-{sheet_name}.csv"
    if not csv_file.exists():
        failures.append(f"{out.name}: LibreOffice did not convert sheet {sheet_name!r}")
        return None
    return list(csv.reader(csv_file.open(encoding="utf-8")))


def column_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def samples(binary, samples_dir):
    failures = []
    work = Path(tempfile.mkdtemp(prefix="summakoll-fix-"))
    outputs = []
    for sample in sorted(Path(samples_dir).glob("*.xlsx")):
        before = sha(sample)
        out = work / sample.name
        r = run([binary, "fix", str(sample), "-o", str(out)])
        if r.returncode not in (0, 1) or not out.exists():
            failures.append(f"{sample.name}: fix exit {r.returncode}: {r.stderr.strip()}")
            continue
        if sha(sample) != before:
            failures.append(f"{sample.name}: the input changed")
        c = run([binary, "check", "--format", "json", str(out)])
        report = json.loads(c.stdout)
        # Errors fix leaves to a person (counts, statistics, a composite cell
        # "5975/453", what it cannot prove) stay as they were in the input.
        was = {(f.get("sheet"), f.get("cell"), f["code"])
               for f in json.loads(run([binary, "check", "--format", "json", str(sample)]).stdout)["files"][0]["findings"]}
        errors = [f for f in report["files"][0]["findings"]
                  if f["severity"] == "error" and (f.get("sheet"), f.get("cell"), f["code"]) not in was]
        if c.returncode not in (0, 1) or errors:
            failures.append(f"{sample.name}: check on the output: exit {c.returncode}, errors {errors[:3]}")
        outputs.append(out)
        changed = compare_cells(binary, sample, out, failures)
        print(f"{sample.name}: fixed, {changed} cells changed; check on the output: exit {c.returncode}")

    csv_dir = work / "csv"
    soffice_convert(outputs, csv_dir, work / "profile")
    compared = 0
    for out in outputs:
        dump = json.loads(run([binary, "dump", "--format", "json", str(out)]).stdout)
        for sheet in dump["sheets"]:
            rows = libreoffice_rows(out, sheet["name"], csv_dir, failures)
            if rows is None:
                continue
            for cell in sheet["cells"]:
                if "formula" not in cell or cell["type"] != "number" or cell["formula"].startswith("HYPERLINK"):
                    continue
                m = re.fullmatch(r"([A-Z]+)(\d+)", cell["cell"])
                r, c = int(m.group(2)) - 1, column_index(m.group(1))
                shown = rows[r][c] if r < len(rows) and c < len(rows[r]) else ""
                try:
                    lo_value = float(shown)
                except ValueError:
                    failures.append(f"{out.name}!{sheet['name']}!{cell['cell']}: LibreOffice shows {shown!r}")
                    continue
                compared += 1
                if abs(lo_value - cell["value"]) > 0.005:
                    failures.append(f"{out.name}!{sheet['name']}!{cell['cell']}: LibreOffice recalculates "
                                    f"{lo_value}, summakoll cached {cell['value']}")
    print(f"{compared} formula cells recalculated by LibreOffice and compared")
    if compared == 0:
        failures.append("no formula cell was compared")
    return failures


def dump(binary, path):
    return json.loads(run([binary, "dump", "--format", "json", str(path)]).stdout)


def compare_cells(binary, before_path, after_path, failures):
    """Every cell keeps value, formula and style unless the report sheet lists
    a new value for it; a cell left for a person keeps its value and formula
    (only its style, the person fill, changes)."""
    before, after = dump(binary, before_path), dump(binary, after_path)
    changed, marked = set(), set()
    for sheet in after["sheets"]:
        if sheet["name"] != "Summakoll":
            continue
        rows = {}
        for cell in sheet["cells"]:
            m = re.fullmatch(r"([A-Z]+)(\d+)", cell["cell"])
            rows.setdefault(int(m.group(2)), {})[m.group(1)] = cell["value"]
        # Columns: severity, what, sheet (C), cell (D), old value, new value (F),
        # new formula (G), action (H), message.
        for number, row in rows.items():
            if number > 1 and (row.get("F") is not None or row.get("G")):
                changed.add((row["C"], row["D"]))
            elif number > 1 and row.get("H"):
                marked.add((row["C"], row["D"]))
    after_cells = {(s["name"], c["cell"]): c for s in after["sheets"] for c in s["cells"]}
    for sheet in before["sheets"]:
        for cell in sheet["cells"]:
            key = (sheet["name"], cell["cell"])
            if key in changed:
                continue
            now = after_cells.get(key)
            if key in marked and now is not None:
                now = {k: v for k, v in now.items() if k != "style"}
                if "style" in cell:
                    now["style"] = cell["style"]
            if now != cell:
                failures.append(f"{before_path.name}!{key[0]}!{key[1]}: {cell} became {after_cells.get(key)}")
    return len(changed)


# Parts a patch may change or add; everything else must keep its bytes.
MAY_CHANGE = re.compile(r"^(\[Content_Types\]\.xml|xl/workbook\.xml|xl/_rels/workbook\.xml\.rels|xl/styles\.xml|"
                        r"xl/worksheets/[^/]+\.xml|xl/worksheets/_rels/[^/]+\.rels|xl/comments\d*\.xml|"
                        r"xl/drawings/vmlDrawing[^/]*\.vml|xl/calcChain\.xml)$", re.I)


def corpus(binary, corpus_dir, probe):
    failures = []
    work = Path(tempfile.mkdtemp(prefix="summakoll-fixcorpus-"))
    outputs = []
    files = sorted(p for p in (Path(corpus_dir) / "xlsx").rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm"))
    fixed = probed = 0
    for path in files:
        c = run([binary, "check", "--format", "json", str(path)])
        if c.returncode == 2:
            continue
        if json.loads(c.stdout)["files"][0]["findings"]:
            out = work / f"fix__{path.parent.name}__{path.name}"
            before = sha(path)
            r = run([binary, "fix", str(path), "-o", str(out)])
            if sha(path) != before:
                failures.append(f"{path}: the input changed")
            if r.returncode not in (0, 1) or not out.exists():
                failures.append(f"{path}: fix exit {r.returncode}: {r.stderr.strip()[:200]}")
            else:
                fixed += 1
                check_parts(path, out, outputs, failures)
        if path.parent.name == "rust_xlsxwriter":
            out = work / f"probe__{path.parent.name}__{path.name}"
            r = run([probe, str(path), str(out)])
            if r.returncode == 3:
                continue
            if r.returncode != 0 or not out.exists():
                failures.append(f"{path}: patch probe exit {r.returncode}: {r.stderr.strip()[:200]}")
            else:
                probed += 1
                check_parts(path, out, outputs, failures)
    print(f"{fixed} corpus workbooks fixed by check's findings, {probed} Excel-saved workbooks patched with a probe edit")
    return reopen(outputs, work, failures)


def check_parts(path, out, outputs, failures):
    outputs.append(out)
    with zipfile.ZipFile(path) as a, zipfile.ZipFile(out) as b:
        names_b = set(b.namelist())
        for name in a.namelist():
            if MAY_CHANGE.match(name):
                continue
            if name not in names_b:
                failures.append(f"{path}: part {name} lost")
            elif a.read(name) != b.read(name):
                failures.append(f"{path}: part {name} changed")


def reopen(outputs, work, failures):
    soffice_convert(outputs, work / "csv", work / "profile")
    opened = 0
    for out in outputs:
        if any((work / "csv").glob(f"{glob_escape(out.stem)}*.csv")):
            opened += 1
        else:
            failures.append(f"{out.name}: LibreOffice could not convert the fixed workbook")
    print(f"{len(outputs)} patched workbooks, {opened} reopened by LibreOffice")
    return failures


def glob_escape(s):
    return re.sub(r"([\[\]*?])", r"[\1]", s)


def main():
    if sys.argv[1:2] == ["samples"] and len(sys.argv) == 4:
        failures = samples(sys.argv[2], sys.argv[3])
    elif sys.argv[1:2] == ["corpus"] and len(sys.argv) == 5:
        failures = corpus(sys.argv[2], sys.argv[3], sys.argv[4])
    else:
        print(__doc__)
        return 2
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
