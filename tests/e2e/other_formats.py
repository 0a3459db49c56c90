#!/usr/bin/python3
"""The .ods and .xls readers against the xlsx reader, on files LibreOffice
writes from our own xlsx (never by our code):

samples: every samples/*.xlsx saved as .ods and .xls. `check` gives the same
findings (sheet, cell, code, expected, actual) as on the .xlsx, and `dump`
the same value in every cell. For .xls, FreeXL gives neither formulas nor
their saved values: the findings only formulas give (FORMULA_CODES, and
number-as-text, which is reported where a SUM skips the text) and those at
cells that hold a formula in the .xlsx are left out and printed, and the
values are compared on the cells without a formula (how many formula cells
have no value is printed). Nor does FreeXL give number formats: an amount
formatted "kr" is a plain number in an .xls, so a total off by a rounding
krona can be total-mismatch there, or no finding, where it is total-rounding
in the .xlsx; total-rounding in the .xlsx counts as either, and is printed.
Without formats a percent or code column can also be read as amounts: the
other .xls findings that differ are printed (not failed), so that the gap
stays in sight; the .xls must agree on the values. The .xls report says once that formulas are not read.

corpus: every corpus .xlsx saved as .ods and .xls (a cached set, made once by
this script under CACHE_DIR); the agreement of our reading of each with our
reading of the .xlsx, counted over cells, must be at least 99 % for both.
A cell whose value is an empty text is no value and is not counted: the
xlsx reader keeps `<c t="inlineStr"/>` as an empty text, which LibreOffice
saves as a blank cell, so no reader of the .ods or .xls could find it (3 000
such cells in the corpus). For .xls the comparison keeps to what the format
and FreeXL can hold: cells inside BIFF8's grid (256 columns, 65 536 rows)
that hold no formula in the .xlsx, sheets matched by position (LibreOffice
renames sheets whose names .xls forbids); the raw figure over every cell is
printed too. (The .xls figure was 78.6 % before the reader mended charts on
worksheets for FreeXL, which lost every sheet of such a workbook.)

usage: other_formats.py SUMMAKOLL SAMPLES_DIR CORPUS_DIR CACHE_DIR"""
import json
import math
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

FORMATS = {"ods": "ods", "xls": 'xls:MS Excel 97'}
# FreeXL reads no formulas: what only formulas give cannot agree.
FORMULA_CODES = {"formula-range-gap", "formula-stale-value", "hardcoded-total"}
THRESHOLD = 0.99


def soffice_convert(files, fmt, outdir):
    """LibreOffice headless, 40 files a run, each run bounded; the files it did not write are left out."""
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="summakoll-soffice-") as profile:
        for i in range(0, len(files), 40):
            chunk = [str(f) for f in files[i:i + 40] if not (outdir / (f.stem + "." + fmt)).exists()]
            if not chunk:
                continue
            # A session of its own: on a timeout soffice.bin goes too, or the next run would hand it its files.
            p = subprocess.Popen(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                                  "--convert-to", FORMATS[fmt], "--outdir", str(outdir), *chunk],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            try:
                p.wait(timeout=900)
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
                print(f"soffice timed out on {chunk[0]}…", file=sys.stderr)


def run(binary, *args):
    return subprocess.run([binary, *args], capture_output=True, text=True, timeout=300)


def dump(binary, path):
    r = run(binary, "dump", "--format", "json", str(path))
    if r.returncode != 0:
        return None, r
    return json.loads(r.stdout), r


def cells(d, without=()):
    """The cells with a value (an empty text is none), leaving out the cells `without`."""
    out = {}
    for sheet in d["sheets"]:
        for c in sheet["cells"]:
            if (sheet["name"], c["cell"]) not in without and c["value"] != "":
                out[(sheet["name"], c["cell"])] = c["value"]
    return out


def formula_cells(d):
    return {(sheet["name"], c["cell"]) for sheet in d["sheets"] for c in sheet["cells"] if "formula" in c}


def same_value(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        return a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return a == b


def agreement(a, b, without=()):
    """(cells that agree, cells in either), leaving out the cells `without`."""
    ca, cb = cells(a, without), cells(b, without)
    keys = set(ca) | set(cb)
    agreed = sum(1 for k in keys if k in ca and k in cb and same_value(ca[k], cb[k]))
    return agreed, len(keys)


def findings(binary, path):
    r = run(binary, "check", "--format", "json", str(path))
    if r.returncode not in (0, 1):
        return None, r
    f = json.loads(r.stdout)["files"][0]
    return f, r


def finding_set(f):
    return {(x.get("sheet"), x["cell"], x["code"], x["expected"], x["actual"]) for x in f["findings"]}


def samples(binary, samples_dir, work, failures):
    sources = sorted(Path(samples_dir).glob("*.xlsx"))
    for fmt in FORMATS:
        soffice_convert(sources, fmt, work / fmt)
    for src in sources:
        ref, r = findings(binary, src)
        ref_dump, _ = dump(binary, src)
        for fmt in FORMATS:
            other = work / fmt / (src.stem + "." + fmt)
            if not other.exists():
                failures.append(f"{other.name}: LibreOffice did not write it")
                continue
            got, r = findings(binary, other)
            if got is None:
                failures.append(f"{other.name}: check exit {r.returncode}: {r.stderr.strip()}")
                continue
            if got["format"] != fmt:
                failures.append(f"{other.name}: format {got['format']!r}")
            want, have = finding_set(ref), finding_set(got)
            formulas = formula_cells(ref_dump) if fmt == "xls" else set()
            if fmt == "xls":
                def by_formula(x):
                    return x[2] in FORMULA_CODES or x[2] == "number-as-text" or (x[0], x[1]) in formulas
                differ = sorted({f"{x[2]} {x[0]}!{x[1]}" for x in want ^ have if by_formula(x)})
                want = {x for x in want if not by_formula(x)}
                have = {x for x in have if not by_formula(x)}

                rounding = {(x[0], x[1], x[3], x[4]) for x in want if x[2] == "total-rounding"}
                changed = sorted(f"{x[0]}!{x[1]}" for x in want ^ have if (x[0], x[1], x[3], x[4]) in rounding)
                if changed:
                    print(f"  {other.name}: total-rounding without the kr format (mismatch or none): {', '.join(changed)}")
                want = {x for x in want if (x[0], x[1], x[3], x[4]) not in rounding}
                have = {x for x in have if (x[0], x[1], x[3], x[4]) not in rounding}
                text = run(binary, "check", str(other)).stdout
                if text.count("Formler går inte att läsa") != 1:
                    failures.append(f"{other.name}: the report does not say once that formulas are not read")
                if differ:
                    print(f"  {other.name}: formula findings that differ from the .xlsx: {', '.join(differ)}")
            if want != have:
                line = f"{other.name}: findings differ: missing {sorted(want - have)[:5]}, extra {sorted(have - want)[:5]}"
                if fmt == "xls":
                    print(f"  {line} (no number formats in .xls)")
                else:
                    failures.append(line)
            d, r = dump(binary, other)
            if d is None:
                failures.append(f"{other.name}: dump exit {r.returncode}")
                continue
            agreed, total = agreement(ref_dump, d, formulas)
            unread = f" ({len(formulas)} formula cells not compared)" if formulas else ""
            print(f"{other.name}: {len(have)} findings as the .xlsx; {agreed}/{total} cells agree{unread}")
            if agreed != total:
                ca, cb = cells(ref_dump, formulas), cells(d, formulas)
                bad = [k for k in sorted(set(ca) | set(cb)) if not (k in ca and k in cb and same_value(ca[k], cb[k]))]
                failures.append(f"{other.name}: {total - agreed} cells differ, first {[(k, ca.get(k), cb.get(k)) for k in bad[:3]]}")


def column_number(address):
    n = 0
    for ch in address:
        if not ch.isalpha():
            break
        n = n * 26 + ord(ch.upper()) - 64
    return n


def as_biff8(ref, other):
    """The .xlsx dump cut to what an .xls holds, and the .xls dump with the .xlsx's sheet names;
    the formula cells of the .xlsx, which FreeXL gives no value for."""
    names = [s["name"] for s in ref["sheets"]]
    other = {"sheets": [dict(s, name=names[i] if i < len(names) else s["name"]) for i, s in enumerate(other["sheets"])]}
    def inside(c):
        return column_number(c["cell"]) <= 256 and int("".join(ch for ch in c["cell"] if ch.isdigit())) <= 65536
    ref = {"sheets": [dict(s, cells=[c for c in s["cells"] if inside(c)]) for s in ref["sheets"]]}
    return ref, other, formula_cells(ref)


def corpus(binary, corpus_dir, cache, failures):
    sources = sorted(Path(corpus_dir).glob("xlsx/**/*.xlsx"))
    # Flat names in the cache: the corpus's names are unique within a source folder.
    flat = cache / "src"
    flat.mkdir(parents=True, exist_ok=True)
    named = []
    for s in sources:
        link = flat / f"{s.parent.name}--{s.name}"
        if not link.exists():
            link.symlink_to(s.resolve())
        named.append(link)
    for fmt in FORMATS:
        soffice_convert(named, fmt, cache / fmt)
    for fmt in FORMATS:
        agreed = total = files = refused = raw_agreed = raw_total = 0
        for link in named:
            other = cache / fmt / (link.stem + "." + fmt)
            if not other.exists():
                continue
            ref, _ = dump(binary, link)
            if ref is None:
                continue  # our xlsx reader refuses the source: nothing to compare with
            d, r = dump(binary, other)
            if r.returncode not in (0, 2):
                failures.append(f"{other.name}: exit {r.returncode}: {r.stderr.strip()[:200]}")
                continue
            if d is None:
                refused += 1
                print(f"  refused {other.name}: {r.stderr.strip()}")
                continue
            a, t = agreement(ref, d)
            raw_agreed, raw_total = raw_agreed + a, raw_total + t
            if fmt == "xls":
                a, t = agreement(*as_biff8(ref, d))
            if a != t:
                print(f"  {other.name}: {a}/{t} cells agree")
            agreed += a
            total += t
            files += 1
        share = agreed / total if total else 0
        print(f"corpus .{fmt}: {files} files read, {refused} refused, {agreed}/{total} cells agree ({share:.2%}); "
              f"over every cell {raw_agreed}/{raw_total} ({raw_agreed / max(raw_total, 1):.2%})")
        if share < THRESHOLD:
            failures.append(f"corpus .{fmt}: agreement {share:.2%} below {THRESHOLD:.0%}")


def main():
    binary, samples_dir, corpus_dir, cache = sys.argv[1], sys.argv[2], sys.argv[3], Path(sys.argv[4])
    failures = []
    samples(binary, samples_dir, cache / "samples", failures)
    if "--samples-only" not in sys.argv:
        corpus(binary, corpus_dir, cache / "corpus", failures)
    return finish(failures)


def finish(failures):
    """Prints each failure and the closing line; the exit code."""
    for f in failures:
        print("FAIL", f)
    print(f"{0 if failures else 1} passed, {1 if failures else 0} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
