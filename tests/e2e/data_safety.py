#!/usr/bin/env python3
"""summakoll runs beside the user's only copy of a budget: it must never lose it.

usage: data_safety.py SUMMAKOLL SAMPLES_DIR

1. Inputs are never modified: every sample (samples/*.xlsx, samples/docx,
   samples/csv) keeps its sha256 through check, check --format json, dump,
   fix -o, parse - (the file on stdin) and the drop mode (run on a copy, as it
   writes FILE.kontrollerad.xlsx beside its input); no stray file appears
   beside the samples.
2. --in-place keeps FILE.bak byte-identical to the original.
3. Output is atomic: a large fix (and the drop mode, and fix --in-place) is
   killed with SIGKILL at several moments; the target name then holds nothing
   or a complete workbook (never a partial one), an --in-place input holds the
   original bytes or a complete workbook, and the only other files the kill may
   leave in the folder are the patcher's temporaries (.summakoll-*), which are
   never renamed to the target afterwards. Once `batch` exists, a killed
   batch leaves only whole workbooks in its output folder.
"""
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL " + msg)


def sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run(args, stdin=None, cwd=None):
    r = subprocess.run(args, stdin=stdin, capture_output=True, timeout=600, cwd=cwd)
    if r.returncode not in (0, 1, 2):
        fail(f"{' '.join(map(str, args))}: exit {r.returncode}: {r.stderr.decode('utf-8', 'replace')[:300]}")
    return r


def samples_of(root):
    files = sorted(root.glob("*.xlsx")) + sorted((root / "docx").glob("*.docx")) + sorted((root / "csv").glob("*.csv"))
    return [f for f in files if f.is_file()]


def inputs_untouched(binary, samples_dir, work):
    samples = samples_of(samples_dir)
    if not samples:
        fail(f"no samples in {samples_dir}")
    listing = {d: sorted(os.listdir(d)) for d in {s.parent for s in samples}}
    for sample in samples:
        before = sha(sample)
        out = work / "out.xlsx"
        commands = [
            ["check", sample],
            ["check", "--format", "json", sample],
            ["dump", sample],
            ["fix", sample, "-o", out],
            ["compare", sample, sample, "-o", out],
        ]
        for cmd in commands:
            run([binary, *cmd])
            if sha(sample) != before:
                fail(f"{sample.name}: changed by {cmd[0]}")
        with open(sample, "rb") as stdin:
            run([binary, "parse", "-"], stdin=stdin)
        if sha(sample) != before:
            fail(f"{sample.name}: changed by parse -")
        # The drop mode and --in-place write beside their input: run them on copies.
        copy_dir = work / "copies"
        shutil.rmtree(copy_dir, ignore_errors=True)
        copy_dir.mkdir()
        copy = copy_dir / sample.name
        shutil.copyfile(sample, copy)
        dropped = run([binary, copy])
        if sha(copy) != before:
            fail(f"{sample.name}: changed by the drop mode")
        checked = copy_dir / (copy.stem + ".kontrollerad.xlsx")
        if sample.suffix == ".xlsx" and (dropped.returncode == 2 or not checked.is_file()):
            fail(f"{sample.name}: the drop mode wrote no {checked.name}")
        if sample.suffix == ".xlsx":
            in_place = run([binary, "fix", copy, "--in-place"])
            bak = Path(str(copy) + ".bak")
            if in_place.returncode == 2 or not bak.is_file() or sha(bak) != before:
                fail(f"{sample.name}: --in-place kept no .bak identical to the original")
            elif not zipfile.is_zipfile(copy):
                fail(f"{sample.name}: --in-place left no workbook at the input's name")
        print(f"ok   {sample.relative_to(samples_dir)} untouched")
    for d, names in listing.items():
        if sorted(os.listdir(d)) != names:
            fail(f"{d}: files appeared or vanished: {sorted(set(os.listdir(d)) ^ set(names))}")


def big_workbook(path, rows):
    """One sheet of `rows` amounts stored as text (each one a fix) and a wrong total."""
    cells = []
    for r in range(2, rows + 2):
        amount = f"{(r * 7919) % 1000000:,} kr".replace(",", " ")
        cells.append(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Kommun {r}</t></is></c>'
                     f'<c r="B{r}" t="inlineStr"><is><t>{amount}</t></is></c></row>')
    total = rows + 2
    cells.append(f'<row r="{total}"><c r="A{total}" t="inlineStr"><is><t>Totalt</t></is></c>'
                 f'<c r="B{total}"><v>1</v></c></row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>Kommun</t></is></c>'
             '<c r="B1" t="inlineStr"><is><t>Belopp</t></is></c></row>' + "".join(cells) + "</sheetData></worksheet>")
    ns = "http://schemas.openxmlformats.org"
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="' + ns + '/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        "</Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="' + ns + '/package/2006/relationships">'
        '<Relationship Id="rId1" Type="' + ns + '/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="' + ns + '/spreadsheetml/2006/main" '
        'xmlns:r="' + ns + '/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/>'
        "</sheets></workbook>",
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="' + ns + '/package/2006/relationships">'
        '<Relationship Id="rId1" Type="' + ns + '/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="' + ns + '/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        "</Relationships>",
        "xl/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="' + ns + '/spreadsheetml/2006/main">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
        '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            z.writestr(name, text)


def complete_workbook(path, names):
    """The file is a whole zip whose parts all inflate (and are `names`, those of a finished run)."""
    try:
        with zipfile.ZipFile(path) as z:
            return z.testzip() is None and (names is None or sorted(z.namelist()) == names)
    except (zipfile.BadZipFile, OSError):
        return False


def killed_runs(binary, work, rows):
    big = work / "big" / "stort.xlsx"
    big.parent.mkdir()
    big_workbook(big, rows)
    original = sha(big)
    # One whole run: how long it takes (to spread the kills over) and what it writes.
    full_out = work / "big" / "full.xlsx"
    start = time.monotonic()
    r = run([binary, "fix", big, "-o", full_out])
    duration = time.monotonic() - start
    if r.returncode != 1 or not zipfile.is_zipfile(full_out):
        fail(f"the large fix did not write its workbook (exit {r.returncode}): {r.stderr.decode()[:200]}")
        return
    with zipfile.ZipFile(full_out) as z:
        names = sorted(z.namelist())
    print(f"ok   large fix of {rows} rows took {duration:.1f} s; killing at fractions of it")

    def folder(name):
        d = work / name
        d.mkdir()
        shutil.copyfile(big, d / big.name)
        return d

    kinds = {
        "fix -o": lambda d: ([binary, "fix", d / big.name, "-o", d / "rättad.xlsx"], d / "rättad.xlsx"),
        "drop mode": lambda d: ([binary, d / big.name], d / "stort.kontrollerad.xlsx"),
        "fix --in-place": lambda d: ([binary, "fix", d / big.name, "--in-place"], d / big.name),
    }
    leftovers = 0
    for kind, make in kinds.items():
        for i, fraction in enumerate((0.1, 0.3, 0.5, 0.7, 0.9)):
            d = folder(f"kill-{kind.split()[-1].strip('-')}-{i}")
            before = set(os.listdir(d))
            cmd, target = make(d)
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(duration * fraction)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            what = f"{kind} killed at {fraction:.0%}"
            if kind == "fix --in-place":
                bak = Path(str(target) + ".bak")
                if sha(target) != original and not complete_workbook(target, names):
                    fail(f"{what}: the input is neither the original nor a complete workbook")
                if bak.exists() and sha(bak) != original and sha(target) != original:
                    fail(f"{what}: the .bak is partial and the original is gone")
            elif target.exists() and not complete_workbook(target, names):
                fail(f"{what}: a partial file at {target.name}")
            new = set(os.listdir(d)) - before - {target.name, target.name + ".bak"}
            strays = [n for n in new if not n.startswith(".summakoll-")]
            if strays:
                fail(f"{what}: left {strays}")
            leftovers += len(new) - len(strays)
            # Temporaries of a killed run are never renamed to the target later.
            time.sleep(0.2)
            if kind != "fix --in-place" and target.exists() and not complete_workbook(target, names):
                fail(f"{what}: a partial file appeared at {target.name} after the kill")
            state = "absent" if not target.exists() else "original" if sha(target) == original else "complete"
            print(f"ok   {what}: target {state}, {len(new) - len(strays)} temporary file(s) left")
    print(f"note {leftovers} .summakoll-* temporary file(s) left by SIGKILL in all (nothing can remove them)")
    if sha(big) != original:
        fail("the large input changed")


def killed_batches(binary, work, samples_dir):
    """batch DIR -o OUTDIR killed at several moments: every workbook in OUTDIR is whole."""
    if subprocess.run([binary, "batch", "--help"], capture_output=True, timeout=60).returncode != 0:
        print("note `summakoll batch` does not exist yet: not killed")
        return
    inputs = work / "batch-in"
    inputs.mkdir()
    for i in range(3):
        shutil.copyfile(work / "big" / "stort.xlsx", inputs / f"stort-{i}.xlsx")
    for sample in samples_of(samples_dir):
        shutil.copyfile(sample, inputs / sample.name)
    before = {p.name: sha(p) for p in inputs.iterdir()}
    start = time.monotonic()
    run([binary, "batch", inputs, "-o", work / "batch-full"])
    duration = time.monotonic() - start
    for i, fraction in enumerate((0.1, 0.3, 0.5, 0.7, 0.9)):
        out = work / f"batch-kill-{i}"
        proc = subprocess.Popen([binary, "batch", inputs, "-o", out], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        time.sleep(duration * fraction)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        books = sorted(out.rglob("*.xlsx")) if out.exists() else []
        partial = [b.name for b in books if not complete_workbook(b, None)]
        if partial:
            fail(f"batch killed at {fraction:.0%}: partial workbooks {partial}")
        print(f"ok   batch killed at {fraction:.0%}: {len(books)} whole workbook(s) written")
    if {p.name: sha(p) for p in inputs.iterdir()} != before:
        fail("batch changed its inputs")


def main():
    binary, samples_dir = sys.argv[1], Path(sys.argv[2]).resolve()
    rows = int(os.environ.get("DATA_SAFETY_ROWS", "4000"))
    with tempfile.TemporaryDirectory(prefix="summakoll-safety-") as tmp:
        work = Path(tmp)
        inputs_untouched(binary, samples_dir, work)
        killed_runs(binary, work, rows)
        killed_batches(binary, work, samples_dir)
    print("FAILED" if failures else "all data-safety checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
