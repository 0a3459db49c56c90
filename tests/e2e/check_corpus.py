#!/usr/bin/python3
"""summakoll check over every workbook of the public corpus: no crash, only
exit codes 0/1/2, valid JSON, and the findings counted per code so false
alarms on foreign workbooks stay visible.

usage: check_corpus.py SUMMAKOLL CORPUS_DIR [--show CODE]"""
import collections
import json
import subprocess
import sys
from pathlib import Path


def main():
    binary, corpus = sys.argv[1], Path(sys.argv[2])
    show = sys.argv[4] if len(sys.argv) > 4 and sys.argv[3] == "--show" else None
    files = sorted(p for p in (corpus / "xlsx").rglob("*") if p.is_file())
    counts = collections.Counter()
    exits = collections.Counter()
    bad = 0
    for path in files:
        try:
            run = subprocess.run([binary, "check", "--format", "json", str(path)], capture_output=True, text=True,
                                 timeout=120)
        except subprocess.TimeoutExpired:
            print(f"FAIL {path}: no answer in 120 s")
            bad += 1
            continue
        exits[run.returncode] += 1
        if run.returncode not in (0, 1, 2):
            print(f"FAIL {path}: exit {run.returncode} {run.stderr.strip()[:200]}")
            bad += 1
            continue
        try:
            report = json.loads(run.stdout)
        except json.JSONDecodeError:
            print(f"FAIL {path}: not JSON")
            bad += 1
            continue
        f = report["files"][0]
        if run.returncode == 2 and not f["error"]:
            print(f"FAIL {path}: exit 2 without an error")
            bad += 1
        for x in f["findings"]:
            counts[x["code"]] += 1
            if x["code"] == show:
                print(f"  {path.relative_to(corpus)} {x['sheet']}!{x['cell']}: {x['message']}")
    print(f"{len(files)} workbooks; exit codes " + ", ".join(f"{k}: {v}" for k, v in sorted(exits.items())))
    for code, n in counts.most_common():
        print(f"  {code}: {n}")
    return 1 if bad or not files else 0


if __name__ == "__main__":
    sys.exit(main())
