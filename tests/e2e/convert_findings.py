#!/usr/bin/env python3
"""`check` of a converted workbook finds what `check` of its source finds.

  convert_findings.py SUMMAKOLL SAMPLES_DIR

For every Word and CSV sample: each finding of check(convert(x)) is one of
check(x)'s (same code, expected and actual value: addresses differ once
composite cells are split), and each finding of check(x) is found again,
unless convert corrected it: then the Summakoll sheet links it to a SUM
formula that gives the expected sum. Nothing new, nothing lost.

The converted cells themselves (the cell XML, of these samples, of the
kommun and län tables and of a CSV with dates): a year, a kommun or län code
or a date kept as text is a string with no number format (never "2 025 kr"); each sheet prints landscape, one page
wide (fitToPage, fitToHeight 0), its header rows repeated on every page;
so does each sheet of a batch index.
"""
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
YEAR_OR_CODE = re.compile(r"(19|20)\d\d|0\d{1,3}|\d{4}-\d\d-\d\d")


def run(args):
    return subprocess.run(args, capture_output=True, text=True, timeout=600)


def findings(binary, path):
    return json.loads(run([binary, "check", "--format", "json", str(path)]).stdout)["files"][0]["findings"]


def key(f):
    value = lambda v: None if v is None else round(v, 6)  # noqa: E731
    return f["code"], value(f.get("expected")), value(f.get("actual"))


def place(f):
    return f["sheet"] if "sheet" in f else f"Tabell {f['table']}"


def corrected_totals(binary, out):
    """{(original place, cell): value of the SUM formula it was linked to} from the Summakoll sheet."""
    sheets = {s["name"]: {c["cell"]: c for c in s["cells"]}
              for s in json.loads(run([binary, "dump", "--format", "json", str(out)]).stdout)["sheets"]}
    report = sheets.get("Summakoll", {})
    done = {}
    for address, cell in report.items():
        m = re.fullmatch(r"F(\d+)", address)
        target = m and re.search(r"#'?(.*?)'?!([A-Z]+\d+)\"", cell.get("formula", ""))
        if not target or m.group(1) == "1":
            continue
        row = m.group(1)
        converted = sheets.get(target.group(1).replace("''", "'"), {}).get(target.group(2), {})
        if "formula" in converted:
            done[(report.get(f"C{row}", {}).get("value"), report.get(f"D{row}", {}).get("value"))] = converted["value"]
    return done


def compare(binary, sample, out, failures):
    before, after = findings(binary, sample), findings(binary, out)
    unmatched = Counter(key(f) for f in before)
    for f in after:
        if unmatched[key(f)] > 0:
            unmatched[key(f)] -= 1
        else:
            failures.append(f"{sample.name}: new in the converted workbook: {f['code']} {place(f)}!{f['cell']}: "
                            f"{f['message']}")
    fixed = corrected_totals(binary, out)
    for f in before:
        if unmatched[key(f)] == 0:
            continue
        unmatched[key(f)] -= 1
        value = fixed.get((place(f), f["cell"]))
        if f["code"] != "total-mismatch" or value is None or abs(value * f.get("scale", 1) - f["expected"]) > 0.005:
            failures.append(f"{sample.name}: lost in the converted workbook: {f['code']} {place(f)}!{f['cell']}: "
                            f"{f['message']}")
    print(f"{sample.name}: {len(before)} findings, {len(after)} in the converted workbook, "
          f"{len(before) - len(after)} corrected")


def cell_xml(out, failures):
    """Years and codes kept as text without a number format; the print setup of each sheet."""
    with zipfile.ZipFile(out) as z:
        styles = ElementTree.fromstring(z.read("xl/styles.xml"))
        formats = {int(f.get("numFmtId")): f.get("formatCode") for f in styles.iterfind("m:numFmts/m:numFmt", NS)}
        xfs = [int(x.get("numFmtId", "0")) for x in styles.iterfind("m:cellXfs/m:xf", NS)]
        strings = ["".join(t.text or "" for t in si.iter(f"{{{NS['m']}}}t"))
                   for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml")).iterfind("m:si", NS)]
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))
        titles = {int(d.get("localSheetId")) for d in book.iterfind("m:definedNames/m:definedName", NS)
                  if d.get("name") == "_xlnm.Print_Titles"}
        rels = {r.get("Id"): r.get("Target") for r in ElementTree.fromstring(z.read("xl/_rels/workbook.xml.rels"))}
        texts = 0
        for i, sheet in enumerate(book.iterfind("m:sheets/m:sheet", NS)):
            name = sheet.get("name")
            xml = ElementTree.fromstring(z.read("xl/" + rels[sheet.get(f"{{{NS['r']}}}id")].lstrip("/").removeprefix("xl/")))
            setup = xml.find("m:pageSetup", NS)
            fit = xml.find("m:sheetPr/m:pageSetUpPr", NS)
            if setup is None or setup.get("orientation") != "landscape" or setup.get("fitToHeight") != "0" or \
                    setup.get("fitToWidth", "1") != "1" or fit is None or fit.get("fitToPage") != "1":
                failures.append(f"{out.name}!{name}: not landscape, one page wide")
            if name != "Summakoll" and i not in titles and xml.find("m:sheetViews/m:sheetView/m:pane", NS) is not None:
                failures.append(f"{out.name}!{name}: frozen header rows not repeated on printed pages")
            for c in xml.iter(f"{{{NS['m']}}}c"):
                fmt = formats.get(xfs[int(c.get("s", "0"))], "")
                v = c.find("m:v", NS)
                if c.get("t") == "s" and v is not None and YEAR_OR_CODE.fullmatch(strings[int(v.text)].strip()):
                    texts += 1
                    if fmt not in ("", "General", "@"):
                        failures.append(f"{out.name}!{name}!{c.get('r')}: {strings[int(v.text)]!r} formatted {fmt!r}")
        return texts


def main(binary, samples):
    failures = []
    texts = 0
    with tempfile.TemporaryDirectory() as tmp:
        inputs = sorted(samples.glob("docx/*.docx")) + sorted(samples.glob("csv/*.csv"))
        for sample in inputs:
            out = Path(tmp) / f"{sample.stem}.xlsx"
            r = run([binary, "convert", str(sample), "-o", str(out)])
            if r.returncode not in (0, 1) or not out.exists():
                failures.append(f"{sample.name}: convert exit {r.returncode}: {r.stderr.strip()}")
                continue
            compare(binary, sample, out, failures)
            texts += cell_xml(out, failures)
        if len(inputs) < 6:
            failures.append(f"only {len(inputs)} Word and CSV samples found in {samples}")
        # Kommun codes ("0114") and län codes ("01") keep their zeros as text.
        for name in ("2024-kommuner.xlsx", "2024-lansgemensamma.xlsx"):
            out = Path(tmp) / f"konverterad-{name}"
            r = run([binary, "convert", str(samples / name), "-o", str(out)])
            if r.returncode not in (0, 1) or not out.exists() or cell_xml(out, failures) < 8:
                failures.append(f"{name}: convert exit {r.returncode}, or its codes are no longer text")
        # Dates and codes of a CSV file stay as written.
        dated = Path(tmp) / "beslut.csv"
        dated.write_text("Kommunkod;Kommun;Beslutsdatum;År;Belopp\n0114;Upplands Väsby;2024-03-27;2025;150 000 kr\n"
                         "0115;Vallentuna;2024-04-02;2025;250 000 kr\n;Totalt;;;400 000 kr\n", encoding="utf-8")
        r = run([binary, "convert", str(dated), "-o", str(Path(tmp) / "beslut.xlsx")])
        if r.returncode != 0 or cell_xml(Path(tmp) / "beslut.xlsx", failures) != 6:
            failures.append(f"beslut.csv: convert exit {r.returncode}, or its dates, years and codes are no longer text")
        # The batch index prints the same way.
        folder = Path(tmp) / "underlag"
        folder.mkdir()
        (folder / "uppfoljning.csv").write_bytes((samples / "csv" / "2020-uppfoljning.csv").read_bytes())
        r = run([binary, "batch", str(folder), "-o", str(Path(tmp) / "kontrollerat")])
        index = Path(tmp) / "kontrollerat" / "index.xlsx"
        if r.returncode not in (0, 1) or not index.exists():
            failures.append(f"batch exit {r.returncode}: {r.stderr.strip()}")
        else:
            cell_xml(index, failures)
        if texts == 0:
            failures.append("no year or code kept as text in any converted sample: the format check saw nothing")
    for f in failures:
        print("FAIL:", f)
    print("OK" if not failures else f"{len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))
