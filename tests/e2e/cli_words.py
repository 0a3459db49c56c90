#!/usr/bin/env python3
"""What a user reads on the command line, in Swedish and with --lang en.

  cli_words.py SUMMAKOLL SAMPLES_DIR

check: the summary line first, then errors, warnings and notes, each line
led by its severity; --visa fel|varningar (and --show) leaves the rest out.
CLI11's frame and errors in Swedish (English with --lang en); the top help
names the drop mode, the exit codes and examples. A folder given to
summakoll is checked as a batch; an empty folder, or one of unreadable
files only, exits 2 with one clear line.
"""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

BIN, SAMPLES = sys.argv[1], Path(sys.argv[2])
failures = []


def run(*args, cwd=None):
    p = subprocess.run([BIN, *args], capture_output=True, text=True, timeout=600, cwd=cwd)
    return p.returncode, p.stdout, p.stderr


def expect(what, got, want):
    if got != want:
        failures.append(f"{what}: got {got!r}, want {want!r}")


LEADS = {"sv": ("Fel – ", "Varning – ", "Notering – "), "en": ("Error – ", "Warning – ", "Note – ")}
SEVERITY = {"error": 0, "warning": 1, "info": 2}

# 1. Severity first; the JSON keeps its schema and order.
for sample in ("2026-jamtland-beslutsunderlag.xlsx", "docx/2026-jamtland-beslutsunderlag.docx", "2024-regioner.xlsx"):
    rc, out, _ = run("check", "--format", "json", str(SAMPLES / sample))
    # JSON keeps the checker's order; the text lists the same findings by severity, each severity in that order.
    findings = sorted(json.loads(out)["files"][0]["findings"], key=lambda f: SEVERITY[f["severity"]])
    ranks = [SEVERITY[f["severity"]] for f in findings]
    expect(f"{sample}: every JSON finding has a title", all(f.get("title") for f in findings), True)
    for lang in ("sv", "en"):
        rc_text, out, _ = run("--lang", lang, "check", str(SAMPLES / sample))
        expect(f"{sample} {lang}: exit code as JSON's", rc_text, rc)
        lines = out.splitlines()
        expect(f"{sample} {lang}: the summary first", lines[0].startswith(str(SAMPLES / sample) + ": "), True)
        body = [l for l in lines[1:] if l.startswith(LEADS[lang])]
        expect(f"{sample} {lang}: one line per finding", len(body), len(findings))
        got = [next(k for k, lead in enumerate(LEADS[lang]) if l.startswith(lead)) for l in body]
        expect(f"{sample} {lang}: severities in order", got, ranks)
        # Each line names its cell as the JSON does, in the same order.
        cells = [l.split(" – ", 2)[2].split(":", 1)[0].rsplit("!", 1)[-1].split(" ")[0] for l in body]
        expect(f"{sample} {lang}: cells in the JSON's order", cells, [f["cell"] for f in findings])
    for flag, value, keep in (("--visa", "fel", {0}), ("--show", "warnings", {0, 1}), ("--visa", "allt", {0, 1, 2})):
        _, out, _ = run("check", flag, value, str(SAMPLES / sample))
        body = [l for l in out.splitlines() if l.startswith(LEADS["sv"])]
        expect(f"{sample} {flag} {value}: lines", len(body), sum(1 for r in ranks if r in keep))
        hidden = sum(1 for r in ranks if r not in keep)
        expect(f"{sample} {flag} {value}: says what it hides", f"({hidden} visas inte" in out, hidden > 0)

# The 2026 file's one money error comes first.
_, out, _ = run("check", str(SAMPLES / "docx/2026-jamtland-beslutsunderlag.docx"))
expect("2026 docx: the error leads", out.splitlines()[1].startswith("Fel – Summan stämmer inte – Tabell "), True)

# 2. The frame and the errors in Swedish, in English with --lang en.
rc, out, err = run("--help")
expect("help rc", rc, 0)
for words in ("Användning:", "Kommandon:", "Flaggor:", "summakoll FIL...", "Slutkoder: 0 inga fel, 1 fel i summorna, 2",
              "Exempel:", "summakoll check --visa fel"):
    expect(f"top help has {words!r}", words in out, True)
expect("no English frame", any(w in out for w in ("Usage:", "Options:", "Subcommands:", "Print this help")), False)
rc, out, err = run("--lang", "en", "--help")
expect("English help", all(w in out for w in ("Usage:", "Exit codes: 0 no errors", "Examples:")), True)
rc, out, err = run("convert", "--help")
expect("convert help frame", "Användning:" in out and "KRÄVS" in out, True)

with tempfile.TemporaryDirectory() as tmp:
    tmp = Path(tmp)
    rc, _, err = run("convert", str(SAMPLES / "csv/2020-uppfoljning.csv"))
    expect("missing -o rc", rc, 2)
    expect("missing -o in Swedish", err.strip(), "summakoll: --output krävs (--help visar hjälpen)")
    rc, _, err = run("--lang", "en", "convert", str(SAMPLES / "csv/2020-uppfoljning.csv"))
    expect("missing -o in English", err.strip(), "summakoll: --output is required (--help shows the help)")
    rc, _, err = run("check", "--format", "xml", str(SAMPLES / "2024-regioner.xlsx"))
    expect("bad value rc", rc, 2)
    expect("bad value in Swedish", "är inte något av" in err and "not in" not in err, True)
    rc, _, err = run("check", "--visa", "noteringar", str(SAMPLES / "2024-regioner.xlsx"))
    expect("bad --visa rc", rc, 2)
    rc, _, err = run()
    expect("no arguments rc", rc, 2)
    expect("no arguments in Swedish", err.startswith("summakoll: ange en fil eller ett kommando"), True)

    # 3. A folder given to summakoll is checked as a batch beside it.
    folder = tmp / "Ansökningar"
    folder.mkdir()
    shutil.copy(SAMPLES / "docx/2026-jamtland-beslutsunderlag.docx", folder / "beslut.docx")
    rc, out, err = run(str(folder))
    expect("dropped folder rc", rc, 1)  # "Totalt: 481 000" is wrong
    expect("dropped folder index", (tmp / "Ansökningar.kontrollerad" / "index.xlsx").exists(), True)
    expect("dropped folder workbook", (tmp / "Ansökningar.kontrollerad" / "beslut.xlsx").exists(), True)

    empty = tmp / "tom"
    empty.mkdir()
    rc, out, err = run("batch", str(empty), "-o", str(tmp / "ut"))
    expect("empty folder rc", rc, 2)
    expect("empty folder message", err.strip(), f"{empty}: mappen har inga filer att kontrollera (.xlsx, .xlsm, .docx, .csv, .ods, .xls, .pdf)")
    expect("empty folder: no output folder left", (tmp / "ut").exists(), False)
    rc, out, err = run(str(empty))
    expect("dropped empty folder rc", rc, 2)

    broken = tmp / "trasigt"
    broken.mkdir()
    (broken / "a.xlsx").write_bytes(b"PK\x03\x04 inte en zip")
    (broken / "b.docx").write_bytes(b"inte heller")
    rc, out, err = run("batch", str(broken), "-o", str(tmp / "ut2"))
    expect("unreadable folder rc", rc, 2)
    expect("unreadable folder message", f"{broken}: ingen fil i mappen kunde läsas; index.xlsx säger varför" in err, True)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("cli words: all checks passed")
