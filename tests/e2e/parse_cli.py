#!/usr/bin/env python3
"""End-to-end: `summakoll parse` prints readings, JSON and exit codes as README says.
Usage: parse_cli.py SUMMAKOLL"""
import json
import subprocess
import sys

BIN = sys.argv[1]
NBSP = "\u00a0"
failures = []


def run(args, stdin=None):
    p = subprocess.run([BIN] + args, input=stdin, capture_output=True, text=True)
    return p.returncode, p.stdout, p.stderr


def expect(what, actual, wanted):
    if actual != wanted:
        failures.append(f"{what}: got {actual!r}, wanted {wanted!r}")


# Text mode: the reading in words, the written scale beside it.
rc, out, err = run(["parse", "1 150 tkr"])
expect("text rc", rc, 0)
expect("text out", out, f"1{NBSP}150{NBSP}000{NBSP}kr (1{NBSP}150{NBSP}tkr)\n")
rc, out, _ = run(["parse", "--", "-ca 2,7mkr"])  # "--": the text starts with a dash
expect("approx out", out, f"ca \u22122{NBSP}700{NBSP}000{NBSP}kr (\u22122,7{NBSP}mkr)\n")
rc, out, _ = run(["parse", "12,7%"])
expect("percent out", out, f"12,7{NBSP}%\n")
rc, out, _ = run(["parse", "--header", "Belopp (tkr)", "553 000"])
expect("header out", out, f"553{NBSP}000{NBSP}000{NBSP}kr (553{NBSP}000{NBSP}tkr)\n")

# Not a number: exit 2, one Swedish line on stderr (English with --lang en).
rc, out, err = run(["parse", "2024-03-27"])
expect("date rc", rc, 2)
expect("date out", out, "")
expect("date err", err, "summakoll: \u201d2024-03-27\u201d är inte ett belopp utan ett datum\n")
rc, _, err = run(["--lang", "en", "parse", "08-405 10 00"])
expect("phone err", err, "summakoll: \u201d08-405 10 00\u201d is not an amount but a phone number\n")
rc, _, err = run(["parse", "1.000"])
expect("ambiguous rc", rc, 2)
expect("ambiguous err", err, f"summakoll: \u201d1.000\u201d kan läsas på flera sätt: 1{NBSP}000 eller 1,000\n")

# JSON: exactly the DESIGN.md keys first.
rc, out, _ = run(["parse", "1 150 tkr", "--format", "json"])
expect("json rc", rc, 0)
expect("json prefix", out.split(',"status"')[0] + "}",
       '{"input":"1 150 tkr","value":1150000,"unit":"kr","approx":false,"ambiguous":false,"error":null}')
obj = json.loads(out)
expect("json percent", json.loads(run(["parse", "12,7 %", "--format", "json"])[1])["value"], 0.127)
rc, out, _ = run(["parse", "0114", "--format", "json"])
expect("json code rc", rc, 2)
expect("json code error", json.loads(out)["error"], "code")

# stdin: one JSON object per line, exit 0.
rc, out, _ = run(["parse", "-"], "13 302 905 kr\n20,1/1,4\n2022 725 000\r\nPage 57 of 68\n")
expect("stdin rc", rc, 0)
lines = [json.loads(line) for line in out.splitlines()]
expect("stdin count", len(lines), 4)
expect("stdin 1", (lines[0]["value"], lines[0]["unit"]), (13302905, "kr"))
expect("stdin 2", (lines[1]["error"], lines[1]["parts"]), ("composite", ["20,1", "1,4"]))
expect("stdin 3", (lines[2]["ambiguous"], [c["value"] for c in lines[2]["candidates"]]), (True, [725000, 2022725000]))
expect("stdin 4", lines[3]["error"], "words")
rc, out, _ = run(["parse", "-"], "\xff\n")
expect("stdin odd bytes rc", rc, 0)

# Usage errors: exit 2.
expect("no text rc", run(["parse"])[0], 2)
expect("bad format rc", run(["parse", "5", "--format", "xml"])[0], 2)

if failures:
    print("\n".join(failures))
    sys.exit(1)
print("parse: all end-to-end checks passed")
