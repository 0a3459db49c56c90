#!/usr/bin/env python3
"""summakoll compare on the sample pairs in samples/compare (built from the
seeds by samples/compare/make-compare): every difference asserted exactly
(kind, label, cells, both amounts), no difference on the clean pairs, the
totals of the compared rows, exit codes, the Swedish and English text, and
the comparison workbook (-o) read back with openpyxl.
Usage: compare_samples.py SUMMAKOLL SAMPLES_DIR"""
import http.client
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import openpyxl

SK, SAMPLES = sys.argv[1], Path(sys.argv[2])
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def run(*args):
    """The program's output with its no-break spaces (ICU's grouping) as plain spaces."""
    p = subprocess.run([SK, *map(str, args)], capture_output=True, text=True)
    p.stdout = p.stdout.replace("\u00a0", " ").replace("\u202f", " ")
    return p


def compare_json(a, b, *extra):
    p = run("compare", SAMPLES / a, SAMPLES / b, "--format", "json", *extra)
    check(p.returncode in (0, 1), f"{a} vs {b}: exit {p.returncode} {p.stderr}")
    return p.returncode, json.loads(p.stdout)["comparison"]


def diffs(table):
    out = []
    for d in table["differences"]:
        row = (d["kind"], d["label"], d["a_cell"], d["b_cell"])
        if d["kind"] == "amount-differs":
            row += (d["a"], d["b"], d["difference"])
        out.append(row)
    return out


def one_pair(c, a_sheet, b_sheet):
    check(len(c["tables"]) == 1, f"one pair of tables: {[(t['a'], t['b']) for t in c['tables']]}")
    t = c["tables"][0]
    check(t["a"]["sheet"] == a_sheet and t["b"]["sheet"] == b_sheet, f"pair {t['a']} {t['b']}")
    return t


def columns(t):
    return [(x["a"], x["b"], x["a_total"], x["b_total"], x["compared"], x["rounded"]) for x in t["columns"]]


# A municipality's paper quoting its own row of the 2024 kommun table.
code, c = compare_json("compare/kommun-ostersund-ren.xlsx", "2024-kommuner.xlsx")
t = one_pair(c, "Tjänsteskrivelse", "Kommun")
check(code == 0 and c["differences"] == 0 and diffs(t) == [], f"ostersund ren: {code} {diffs(t)}")
check(t["key"] == "name" and t["rows_compared"] == 1 and t["b_rows_not_quoted"] == 290, f"ostersund ren quote: {t}")
check(columns(t) == [("B", "C", 614444, 614444, 1, 0), ("C", "D", 614444, 614444, 1, 0)], f"ostersund columns {columns(t)}")

code, c = compare_json("compare/kommun-ostersund-fel.xlsx", "2024-kommuner.xlsx")
t = one_pair(c, "Tjänsteskrivelse", "Kommun")
check(code == 1 and diffs(t) == [("amount-differs", "Östersunds kommun", "C3", "D263", 641444, 614444, -27000)],
      f"ostersund fel: {code} {diffs(t)}")

# The region table in tkr (region names) against kronor (short names).
code, c = compare_json("compare/regioner-tkr-ren.xlsx", "2024-regioner.xlsx")
t = one_pair(c, "Regioner tkr", "Region")
check(code == 0 and diffs(t) == [], f"regioner ren: {code} {diffs(t)}")
check(t["rows_compared"] == 22 and t["columns_only_in_a"] == [] and t["columns_only_in_b"] == [], f"regioner ren rows {t}")
check(columns(t) == [("B", "C", 553001000, 552999999, 22, 21), ("C", "D", 49999000, 50000002, 22, 21),
                     ("D", "E", 100001000, 100000001, 22, 21), ("E", "F", 702999000, 703000001, 22, 21)],
      f"regioner ren columns {columns(t)}")

code, c = compare_json("compare/regioner-tkr-fel.xlsx", "2024-regioner.xlsx")
t = one_pair(c, "Regioner tkr", "Region")
check(code == 1 and diffs(t) == [("amount-differs", "Region Gävleborg", "C20", "D19", 1535000, 1354867, -180133)],
      f"regioner fel: {code} {diffs(t)}")

# The county's allocation per actor, 2025 against 2026: one actor added, one
# written with a hyphen (matched), one renamed (a row on each side), one changed.
code, c = compare_json("compare/aktorer-2025.xlsx", "compare/aktorer-2026.xlsx")
t = one_pair(c, "Fördelning 2025", "Fördelning 2026")
check(code == 1 and diffs(t) == [
    ("amount-differs", "Region Jämtland Härjedalen och Kommunförbundet Jämtland Härjedalen", "B6", "B6",
     3962903, 3705026, -257877),
    ("amount-differs", "Totalt", "B12", "B13", 12697775, 12689898, -7877),
    ("only-in-a", "Vuxenpsykiatrin Region Jämtland Härjedalen", "A9", None),
    ("only-in-b", "Fontänhus Jämtland Härjedalen", None, "A8"),
    ("only-in-b", "Region Jämtland Härjedalen Vuxenpsykiatri", None, "A10"),
], f"aktorer: {code} {diffs(t)}")
check(t["rows_compared"] == 9 and columns(t) == [("B", "B", 12597775, 12339898, 9, 0)], f"aktorer columns {columns(t)}")

# What each kommun received against the decision.
code, c = compare_json("compare/uppfoljning-per-kommun-2026.xlsx", "compare/beslut-per-kommun-2026.xlsx")
t = one_pair(c, "Uppföljning 2026", "Beslut per kommun")
check(code == 1 and diffs(t) == [
    ("amount-differs", "Krokoms kommun", "B6", "B6", 212600, 222600, 10000),
    ("amount-differs", "Totalt", "B11", "B11", 1855000, 1865000, 10000),
], f"uppfoljning: {code} {diffs(t)}")
check([x["column"] for x in t["columns_only_in_a"]] == ["C", "D"], f"uppfoljning alone {t['columns_only_in_a']}")
check(columns(t) == [("B", "B", 1855000, 1865000, 9, 0)], f"uppfoljning columns {columns(t)}")

# A file against itself: nothing differs; a file that cannot be read: exit 2.
code, c = compare_json("2024-kommuner.xlsx", "2024-kommuner.xlsx")
check(code == 0 and c["differences"] == 0 and c["tables"][0]["key"] == "code", f"self: {code} {c['differences']}")
p = run("compare", SAMPLES / "saknas.xlsx", SAMPLES / "2024-regioner.xlsx")
check(p.returncode == 2 and "saknas.xlsx" in p.stderr and p.stdout == "", f"missing file: {p.returncode} {p.stderr}")

# Every sample against itself: nothing differs, every table paired.
for f in sorted(SAMPLES.glob("*.xlsx")) + sorted(SAMPLES.glob("docx/*.docx")) + sorted(SAMPLES.glob("csv/*.csv")):
    code, c = compare_json(f.relative_to(SAMPLES), f.relative_to(SAMPLES))
    check(code == 0 and c["differences"] == 0 and not c["tables_only_in_a"] and not c["ambiguous_tables"],
          f"{f.name} against itself: {code} {c['differences']} {c['tables_only_in_a']} {c['ambiguous_tables']}")

# The struktur samples, clean against their injected error: that one amount, nothing else.
INJECTED = {
    "struktur-aktorer-2026": ("Direkt till regionens vårdverksamheter Totalt:", "B21", 481600, 481000),
    "struktur-aktorer-2026-kolumner": ("Direkt till regionens vårdverksamheter Totalt:", "C22", 481600, 481000),
    "struktur-organisation-2024": ("Insatser Kommunförbundet Jämtland Härjedalen", "B10", 3073000, 3037000),
    "struktur-overenskommelse-2024": ("Totalt län", "B20", 724000000, 742000000),
    "struktur-kommuner-pdf": ("Riket", "D325", 100000000, 101000000),
    "struktur-jamforelse": ("Totalt", "C24", 703000001, 704000000),
    "struktur-forandring": ("Jämtland", "D21", 321519, 331519),
}
for name, (label, cell, a, b) in INJECTED.items():
    code, c = compare_json(f"{name}-ren.xlsx", f"{name}-fel.xlsx")
    found = [d for t in c["tables"] for d in diffs(t)]
    check(code == 1 and found == [("amount-differs", label, cell, cell, a, b, b - a)], f"{name}: {code} {found}")

# --nyckel: the key column named by its header (any case) in both files.
code, c = compare_json("2024-regioner.xlsx", "compare/regioner-tkr-fel.xlsx", "--nyckel", "region")
t = one_pair(c, "Region", "Regioner tkr")
check(code == 1 and t["key"] == "column" and diffs(t) == [("amount-differs", "Gävleborg", "D19", "C20", 1354867, 1535000, 180133)],
      f"--nyckel region: {code} {diffs(t)}")

# Tables with the same rows but no column in common: nothing compared, never "no differences".
code, c = compare_json("2024-regioner.xlsx", "struktur-forandring-ren.xlsx")
t = one_pair(c, "Region", "Förändring")
check(code == 1 and t["columns"] == [] and c["differences"] == 1 and t["rows_compared"] == 22,
      f"no common column: {code} {t['columns']} {c['differences']}")

# Text against tables: seed 000's and 001's sentences stating totals above their tables.
for name, matched, wrong in (("text-overenskommelse-2024", 8, (1650000000, "Överenskommelsen 2024 omfattar totalt "
                              "1 650 000 000 kronor, varav 1 527 000 000 kronor fördelas till kommuner och regioner och "
                              "33 000 000 kronor fördelas till SKR.")),
                             ("text-jamtland-2024", 1, (13320905, "2024 avsätter staten totalt 13 320 905 kr till "
                              "Jämtlands län för gemensamma insatser inom nedan områden"))):
    for suffix in ("ren", "fel"):
        p = run("compare", SAMPLES / f"compare/{name}-{suffix}.docx", "--format", "json")
        texts = json.loads(p.stdout)["comparison"]["text"] if p.stdout else []
        check(len(texts) == 1, f"{name}-{suffix}: {p.returncode} {p.stderr}")
        if not texts:
            continue
        found = [(f["code"], f["amount"], f["sentence"]) for f in texts[0]["findings"]]
        if suffix == "ren":
            check(p.returncode == 0 and found == [] and len(texts[0]["matched"]) == matched,
                  f"{name}-ren: {p.returncode} {found} {len(texts[0]['matched'])}")
        else:
            check(p.returncode == 1 and found == [("text-mismatch", wrong[0], wrong[1])] and
                  len(texts[0]["matched"]) == matched - 1, f"{name}-fel: {p.returncode} {found}")
p = run("compare", SAMPLES / "compare/regioner-tkr-ren.xlsx")
check(p.returncode == 2 and "andra fil" in p.stderr, f"one workbook alone: {p.returncode} {p.stderr}")

# Text in Swedish and English.
p = run("compare", SAMPLES / "compare/kommun-ostersund-fel.xlsx", SAMPLES / "2024-kommuner.xlsx")
check(p.returncode == 1 and 'Tjänsteskrivelse!C3 ↔ Kommun!D263: "Östersunds kommun": 641 444 kr i A, 614 444 kr i B '
      '(skillnad −27 000 kr)' in p.stdout, p.stdout)
p = run("--lang", "en", "compare", SAMPLES / "compare/regioner-tkr-ren.xlsx", SAMPLES / "2024-regioner.xlsx")
check(p.returncode == 0 and p.stdout.rstrip().endswith("No differences."), p.stdout)

# The comparison workbook: summary first, then the pair with both values side by side.
with tempfile.TemporaryDirectory() as tmp:
    out = Path(tmp) / "jämförelse.xlsx"
    p = run("compare", SAMPLES / "compare/aktorer-2025.xlsx", SAMPLES / "compare/aktorer-2026.xlsx", "-o", out)
    check(p.returncode == 1 and out.exists(), f"-o: {p.returncode} {p.stderr}")
    wb = openpyxl.load_workbook(out)
    check(wb.sheetnames[0] == "Sammanfattning" and len(wb.sheetnames) == 2, f"sheets {wb.sheetnames}")
    pair = wb[wb.sheetnames[1]]
    head = [c.value for c in pair[2]]
    check(head == ["Rad", "Cell i A", "Cell i B", "Belopp 2025 (A)", "Belopp 2026 (B)", "Skillnad (B − A)", "Skillnad"],
          f"pair header {head}")
    rows = {r[0].value: r for r in pair.iter_rows(min_row=3)}
    changed = rows["Region Jämtland Härjedalen och Kommunförbundet Jämtland Härjedalen"]
    check([changed[3].value, changed[4].value, changed[5].value] == [3962903, 3705026, "=E6-D6"],
          f"changed row {[c.value for c in changed]}")
    check(changed[4].fill.fgColor.rgb.endswith("FFC7CE") and changed[6].value == "Skiljer sig", "changed row marked")
    same = rows["Länets kommuner"]
    check(same[4].fill.fgColor.rgb in ("00000000", None) and same[6].value is None, "equal row unmarked")
    check(rows["Fontänhus Jämtland Härjedalen"][6].value == "Bara i B", "only in B row")
    text_out = Path(tmp) / "text.xlsx"
    p = run("compare", SAMPLES / "compare/text-jamtland-2024-fel.docx", "-o", text_out)
    summary = [[c.value for c in row] for row in openpyxl.load_workbook(text_out)["Sammanfattning"].iter_rows()]
    check(p.returncode == 1 and ["text-mismatch", 13320905] in [r[:2] for r in summary], f"text -o: {summary}")
    p = run("compare", SAMPLES / "2024-regioner.xlsx", SAMPLES / "2024-kommuner.xlsx", "-o", SAMPLES / "2024-regioner.xlsx")
    check(p.returncode == 2, f"-o onto an input: {p.returncode}")

# The drop page's API: POST /api/compare with two files.
def post_files(port, files):
    boundary = uuid.uuid4().hex
    body = b""
    for field, path in files:
        body += (f"--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{path.name}\"\r\n"
                 "Content-Type: application/octet-stream\r\n\r\n").encode() + path.read_bytes() + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.request("POST", "/api/compare", body=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, json.loads(data)


with tempfile.TemporaryDirectory() as tmp:
    server = subprocess.Popen([SK, "serve", "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=dict(os.environ, TMPDIR=tmp))
    try:
        m = re.search(r"http://127\.0\.0\.1:(\d+)/", server.stdout.readline())
        check(m is not None, "serve printed its URL")
        if m:
            port = int(m.group(1))
            status, reply = post_files(port, [("a", SAMPLES / "compare/aktorer-2025.xlsx"),
                                              ("b", SAMPLES / "compare/aktorer-2026.xlsx")])
            c = reply.get("comparison", {})
            check(status == 200 and c.get("a") == "aktorer-2025.xlsx" and c.get("differences") == 5,
                  f"/api/compare: {status} {str(reply)[:300]}")
            status, reply = post_files(port, [("a", SAMPLES / "compare/aktorer-2025.xlsx")])
            check(status == 400 and reply["error"]["code"] == "no-file", f"/api/compare with one file: {status} {reply}")
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        check(os.listdir(tmp) == [], f"serve left files behind: {os.listdir(tmp)}")

print(f"compare_samples: {len(failures)} failure(s)")
sys.exit(1 if failures else 0)
