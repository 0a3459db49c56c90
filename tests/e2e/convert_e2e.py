#!/usr/bin/env python3
"""End-to-end tests of `summakoll convert` and `summakoll batch`.

  convert_e2e.py SUMMAKOLL SAMPLES_DIR CORPUS_DIR

convert: every sample (.xlsx, .docx, .csv) converts with exit 0 or 1, and
every .docx of the corpus with exit 0, 1 or 2 (never a crash). LibreOffice,
recalculating every formula on load, opens every converted sample; each SUM
formula shows the value summakoll cached. Where the original total was wrong
(a "Summan stämmer inte" on the Summakoll sheet, linked to its converted cell) the
recalculated value is the original check's expected sum; every other formula
gives an amount the original states somewhere (the source total).

batch: on a copy of samples/ with a corrupt file added, index.xlsx has one
row per file with the status and the counts of errors, warnings and notes
that `check --format json` gives for that file, the corrupt file as "kunde inte läsas"; a second
run rewrites nothing; --force rewrites everything.
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fix_e2e import column_index, libreoffice_rows, soffice_convert  # noqa: E402


def run(args, timeout=600):
    return subprocess.run(args, capture_output=True, text=True, timeout=timeout)


def dump(binary, path):
    return json.loads(run([binary, "dump", "--format", "json", str(path)]).stdout)


def position(a1):
    m = re.fullmatch(r"([A-Z]+)(\d+)", a1)
    return int(m.group(2)) - 1, column_index(m.group(1))


def shown_number(text):
    text = text.strip()
    if text.endswith("%"):
        return float(text[:-1]) / 100
    return float(text)


def source_amounts(binary, path):
    """Every number the original states: number cells, and text cells read by `summakoll parse`."""
    values, texts = set(), []
    for sheet in dump(binary, path)["sheets"]:
        for cell in sheet["cells"]:
            if cell["type"] == "number":
                values.add(round(cell["value"], 6))
            elif cell["type"] == "text":
                texts.extend(part for part in re.split(r"[/\n]", cell["value"]) if part.strip())
    parsed = subprocess.run([binary, "parse", "--format", "json", "-"], input="\n".join(texts), capture_output=True,
                            text=True, timeout=300)
    for line in parsed.stdout.splitlines():
        reading = json.loads(line)
        if reading.get("value") is not None:
            values.add(round(reading["value"], 6))
            scale = reading.get("scale") or 1
            values.add(round(reading["value"] / scale, 6))
    return values


def convert_all(binary, samples_dir, corpus_dir, work, failures):
    outputs = []
    inputs = sorted(Path(samples_dir).glob("*.xlsx")) + sorted(Path(samples_dir).glob("docx/*.docx")) + \
        sorted(Path(samples_dir).glob("csv/*.csv"))
    for sample in inputs:
        out = work / f"{sample.stem}-{sample.suffix[1:]}.xlsx"
        r = run([binary, "convert", str(sample), "-o", str(out)])
        if r.returncode not in (0, 1) or not out.exists():
            failures.append(f"{sample.name}: convert exit {r.returncode}: {r.stderr.strip()}")
            continue
        outputs.append((sample, out))
    print(f"{len(outputs)} of {len(inputs)} samples converted")
    corpus = sorted(Path(corpus_dir).glob("docx/**/*.docx"))
    codes = Counter()
    for doc in corpus:
        out = work / "corpus" / (doc.stem + ".xlsx")
        out.parent.mkdir(exist_ok=True)
        r = run([binary, "convert", str(doc), "-o", str(out)])
        codes[r.returncode] += 1
        if r.returncode not in (0, 1, 2):
            failures.append(f"corpus {doc.name}: exit {r.returncode}: {r.stderr.strip()[:200]}")
    print(f"{len(corpus)} corpus Word files converted, exit codes {dict(codes)}")
    if not corpus:
        failures.append(f"no .docx found below {corpus_dir}/docx")
    return outputs


def recalculated(binary, outputs, work, failures):
    csv_dir = work / "csv"
    soffice_convert([out for _, out in outputs], csv_dir, work / "profile")
    compared = corrected = 0
    for sample, out in outputs:
        check = json.loads(run([binary, "check", "--format", "json", str(sample)]).stdout)["files"][0]
        expected = {}
        for f in check["findings"]:
            place = f.get("sheet") if "sheet" in f else f"Tabell {f.get('table')}"
            if f["code"] == "total-mismatch":
                # In the cell's own unit: a "Belopp (tkr)" column keeps thousands.
                expected[(place, f["cell"])] = f["expected"] / f.get("scale", 1)
        amounts = source_amounts(binary, sample)
        converted = dump(binary, out)
        links = {}  # converted (sheet, cell) -> original (place, cell) of a total-mismatch
        for sheet in converted["sheets"]:
            if sheet["name"] != "Summakoll":
                continue
            rows = {}
            for cell in sheet["cells"]:
                r, c = position(cell["cell"])
                rows.setdefault(r, {})[c] = cell
            for r, row in rows.items():
                if r == 0 or 5 not in row or row.get(1, {}).get("value") != "Summan stämmer inte":
                    continue
                target = re.search(r"#'?(.*?)'?!([A-Z]+\d+)\"", row[5].get("formula", ""))
                if target:
                    links[(target.group(1).replace("''", "'"), target.group(2))] = (row[2]["value"], row.get(3, {}).get("value"))
        for sheet in converted["sheets"]:
            if sheet["name"] == "Summakoll":
                continue
            table = libreoffice_rows(out, sheet["name"], csv_dir, failures)
            if table is None:
                continue
            for cell in sheet["cells"]:
                if "formula" not in cell:
                    continue
                r, c = position(cell["cell"])
                shown = table[r][c] if r < len(table) and c < len(table[r]) else ""
                where = f"{out.name}!{sheet['name']}!{cell['cell']}"
                try:
                    value = shown_number(shown)
                except ValueError:
                    failures.append(f"{where}: LibreOffice shows {shown!r}")
                    continue
                compared += 1
                if abs(value - cell["value"]) > 0.005:
                    failures.append(f"{where}: LibreOffice recalculates {value}, summakoll cached {cell['value']}")
                original = links.get((sheet["name"], cell["cell"]))
                if original and original in expected:
                    corrected += 1
                    if abs(value - expected[original]) > 0.005:
                        failures.append(f"{where}: {value}, but the original's items give {expected[original]}")
                elif not any(abs(value - a) < 0.005 for a in amounts):
                    failures.append(f"{where}: {value} is no total the original states")
    print(f"{compared} formula cells recalculated by LibreOffice, {corrected} of them corrected totals")
    if compared < 50 or corrected == 0:
        failures.append(f"too few formulas compared ({compared}) or corrected ({corrected})")


def index_rows(binary, index):
    sheet = dump(binary, index)["sheets"][0]
    rows = {}
    for cell in sheet["cells"]:
        r, c = position(cell["cell"])
        rows.setdefault(r, {})[c] = cell["value"]
    header = rows.pop(0)
    by_file = {}
    for r, row in rows.items():
        record = {header[c]: v for c, v in row.items() if c in header}
        by_file[record.get("Fil")] = record
    return by_file


def batch(binary, samples_dir, work, failures):
    data = work / "batch-in"
    shutil.copytree(samples_dir, data, ignore=shutil.ignore_patterns("src", "make-*", "*.md", "*.py"))
    (data / "trasig.docx").write_bytes(b"PK\x03\x04 this is not a Word document")
    out = work / "batch-out"
    r = run([binary, "batch", str(data), "-o", str(out), "--jobs", "2"], timeout=1800)
    if r.returncode not in (0, 1) or not (out / "index.xlsx").exists():
        failures.append(f"batch exit {r.returncode}: {r.stderr.strip()[-300:]}")
        return
    files = sorted(str(p.relative_to(data)) for p in data.rglob("*") if p.suffix in (".xlsx", ".docx", ".csv"))
    rows = index_rows(binary, out / "index.xlsx")
    for name in files:
        row = rows.get(name)
        if row is None:
            failures.append(f"index.xlsx has no row for {name}")
            continue
        report = json.loads(run([binary, "check", "--format", "json", str(data / name)]).stdout)["files"][0]
        counts = Counter(f["severity"] for f in report["findings"])
        for severity, column in (("error", "Fel"), ("warning", "Varningar"), ("info", "Noteringar")):
            if int(row.get(column, -1)) != counts.get(severity, 0):
                failures.append(f"index.xlsx {name} {column}: {row.get(column)}, check says {counts.get(severity, 0)}")
        status = "kunde inte läsas" if report["error"] else "fel" if any(
            f["severity"] == "error" for f in report["findings"]) else "OK"
        if row.get("Status") != status:
            failures.append(f"index.xlsx {name}: status {row.get('Status')!r}, expected {status!r}")
        if not report["error"] and not (out / row.get("Konverterad arbetsbok", "?")).exists():
            failures.append(f"index.xlsx {name}: no output {row.get('Konverterad arbetsbok')!r}")
    print(f"batch: {len(rows) - 1} rows in index.xlsx for {len(files)} files")
    if rows.get("trasig.docx", {}).get("Status") != "kunde inte läsas":
        failures.append("the corrupt file is not listed as 'kunde inte läsas'")

    outputs = {p: p.stat().st_mtime_ns for p in out.rglob("*.xlsx") if p.name != "index.xlsx"}
    again = run([binary, "batch", str(data), "-o", str(out)], timeout=1800)
    changed = [p.name for p, t in outputs.items() if p.stat().st_mtime_ns != t]
    if again.returncode not in (0, 1) or changed:
        failures.append(f"second batch run: exit {again.returncode}, rewrote {changed}")
    forced = run([binary, "batch", str(data), "-o", str(out), "--force"], timeout=1800)
    kept = [p.name for p, t in outputs.items() if p.stat().st_mtime_ns == t]
    if forced.returncode not in (0, 1) or kept:
        failures.append(f"batch --force: exit {forced.returncode}, did not rewrite {kept}")
    same = run([binary, "batch", str(data), "-o", str(data)])
    if same.returncode != 2:
        failures.append(f"batch with -o DIR: exit {same.returncode}, expected 2")


def main():
    if len(sys.argv) != 4:
        print(__doc__)
        return 2
    binary, samples_dir, corpus_dir = sys.argv[1:]
    failures = []
    work = Path(tempfile.mkdtemp(prefix="summakoll-convert-"))
    outputs = convert_all(binary, samples_dir, corpus_dir, work, failures)
    same = run([binary, "convert", str(outputs[0][0]), "-o", str(outputs[0][0])]) if outputs else None
    if same and same.returncode != 2:
        failures.append(f"convert with -o FILE: exit {same.returncode}, expected 2")
    recalculated(binary, outputs, work, failures)
    batch(binary, samples_dir, work, failures)
    for f in failures[:50]:
        print("FAIL:", f)
    if not failures:
        shutil.rmtree(work, ignore_errors=True)
        print("OK")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
