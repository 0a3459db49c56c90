#!/usr/bin/env python3
"""Runs `summakoll dump --format json` on every .xlsx/.xlsm of the public corpus
and compares it, cell by cell, with the reference dumps openpyxl made
(../shared/corpus/reference/, format in ../shared/corpus/README.md).

Values are compared, not spellings:
- numbers: 1 and 1.0 are equal; floats within a relative 1e-9.
- dates: openpyxl turns a date-formatted number into datetime/date/time/
  timedelta; summakoll keeps Excel's serial and flags it "date". The serial is
  converted with the workbook's date system (1900 or 1904) before comparing.
- booleans, errors and text compare as they are.
Principled differences that are not counted as disagreement are listed in
PRINCIPLED below, each with its reason.

Fails (exit 1) when the agreement is below 99.5 % of the cells the reference
could read, on any crash or exit code other than 0/2, or when a file listed in
reference/ERRORS.tsv is neither refused with a clear one-line message (exit 2)
nor read (said so in the output).
Usage: corpus_agreement.py SUMMAKOLL CORPUS_DIR
"""
import ast
import datetime
import math
import sys
from collections import defaultdict
from pathlib import Path

from dump_run import run_dump

THRESHOLD = 0.995
EPOCH_1900 = datetime.datetime(1899, 12, 30)
EPOCH_1904 = datetime.datetime(1904, 1, 1)


def reference_value(kind, text):
    if kind in ("datetime", "date", "time", "timedelta"):
        return eval(text, {"datetime": datetime})  # the reference's own repr of a datetime object
    return ast.literal_eval(text)


def serial_of(value, date1904):
    """The Excel serial of an openpyxl date/time value, as a float."""
    epoch = EPOCH_1904 if date1904 else EPOCH_1900
    if isinstance(value, datetime.datetime):
        delta = value - epoch
    elif isinstance(value, datetime.date):
        delta = datetime.datetime(value.year, value.month, value.day) - epoch
    elif isinstance(value, datetime.time):
        return (value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6) / 86400
    elif isinstance(value, datetime.timedelta):
        return value.total_seconds() / 86400
    else:
        return None
    serial = delta.total_seconds() / 86400
    # Excel's serials count the phantom 1900-02-29: openpyxl shifts serials
    # 1–59 one day later, so dates before March 1900 are one lower.
    if not date1904 and 1 < serial < 61:
        serial -= 1
    return serial


def numbers_equal(a, b):
    return a == b or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)


def agrees(ref_kind, ref_value, ours, date1904):
    kind, value = ours["type"], ours["value"]
    if ref_kind == "error":
        return kind == "error" and value == ref_value
    if ref_kind == "bool":
        return kind == "bool" and value == ref_value
    if ref_kind in ("int", "float"):
        return kind in ("number", "date") and numbers_equal(float(value), float(ref_value))
    if ref_kind in ("datetime", "date", "time", "timedelta"):
        if kind not in ("number", "date"):
            return False
        serial = serial_of(ref_value, date1904)
        # openpyxl rounds datetimes to the millisecond (and times to the microsecond).
        return serial is not None and abs(float(value) - serial) < 2e-8 * max(1.0, abs(serial)) + 1e-6
    if ref_kind == "str":
        return kind in ("text", "date") and value == ref_value
    return False


# Differences we keep on purpose; a reference cell matching one is counted as a
# principled difference, not a disagreement.
def principled(ref_kind, ref_value, ours):
    # openpyxl copies a hyperlink's target into an empty cell; the file holds no text there.
    if ours is None and ref_kind == "str" and ref_value.startswith(("mailto:", "http://", "https://", "file:")):
        return "hyperlink-target"
    if ours is None:
        return None
    kind, value = ours["type"], ours["value"]
    # openpyxl keeps _xHHHH_ escapes as written; summakoll decodes them as
    # the OOXML spec says (Excel shows "_x000D_" as a carriage return).
    if ref_kind == "str" and kind == "text" and "_x" in ref_value:
        return "ooxml-escape"
    return None


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, corpus = sys.argv[1], Path(sys.argv[2])
    ref_dir = corpus / "reference"
    errors = {}
    for line in (ref_dir / "ERRORS.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        path, _, message = line.partition("\t")
        errors[path] = message

    per_source = defaultdict(lambda: [0, 0, 0])  # reference cells, agreed, principled
    failures = []
    refused = []
    read_though_listed = []
    examples = defaultdict(list)
    files = sorted(p for p in (corpus / "xlsx").rglob("*") if p.suffix.lower() in (".xlsx", ".xlsm"))
    for path in files:
        rel = str(path.relative_to(corpus))
        source = path.parent.name
        outcome, result = run_dump(binary, path, rel, failures)
        if outcome == "failed":
            continue
        if outcome == "refused":
            refused.append((rel, result, rel in errors))
            ours_by_cell = {}  # every cell the reference read counts as missed
            date1904 = False
        else:
            dump = result
            date1904 = dump.get("date1904", False)
            ours_by_cell = {(s["name"], c["cell"]): c for s in dump["sheets"] for c in s["cells"]}
            if rel in errors:
                read_though_listed.append(rel)
        ref_file = ref_dir / (rel + ".tsv")
        if not ref_file.exists():
            continue
        counts = per_source[source]
        for line in ref_file.read_text(encoding="utf-8").splitlines()[1:]:
            sheet, cell, kind, text = line.split("\t", 3)
            sheet = sheet.replace("\\t", "\t").replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\")
            value = reference_value(kind, text)
            counts[0] += 1
            ours = ours_by_cell.get((sheet, cell))
            if ours is not None and agrees(kind, value, ours, date1904):
                counts[1] += 1
            elif principled(kind, value, ours):
                counts[2] += 1
            elif len(examples[rel]) < 3:
                examples[rel].append(f"{sheet}!{cell}: reference {kind} {text[:60]} / summakoll {ours}")

    total = sum(c[0] for c in per_source.values())
    agreed = sum(c[1] for c in per_source.values())
    kept = sum(c[2] for c in per_source.values())
    print("source                      cells   agreed  principled  agreement")
    for source, (n, a, p) in sorted(per_source.items()):
        print(f"{source:26} {n:7} {a:8} {p:11}  {100.0 * (a + p) / max(n, 1):8.3f} %")
    ratio = (agreed + kept) / max(total, 1)
    print(f"{'all':26} {total:7} {agreed:8} {kept:11}  {100.0 * ratio:8.3f} %")
    print(f"\n{len(files)} files; {len(refused)} refused with exit 2:")
    for rel, message, listed in refused:
        print(f"  {'(reference refused too) ' if listed else '(REFERENCE READ IT)     '}{message}")
    if read_though_listed:
        print("\nListed in ERRORS.tsv but read by summakoll (they are readable):")
        for rel in read_though_listed:
            print(f"  {rel}: {errors[rel]}")
    if examples:
        print("\nDisagreements (up to 3 per file):")
        for rel, lines in sorted(examples.items()):
            for line in lines:
                print(f"  {rel}: {line}")
    for f in failures:
        print("FAIL:", f)
    if failures or ratio < THRESHOLD:
        print(f"\nFAILED: agreement {100.0 * ratio:.3f} % (need {100 * THRESHOLD} %), {len(failures)} failures")
        return 1
    print(f"\nOK: agreement {100.0 * ratio:.3f} % of {total} reference cells")
    return 0


if __name__ == "__main__":
    sys.exit(main())
