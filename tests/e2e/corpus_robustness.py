#!/usr/bin/env python3
"""Every workbook and Word document of the public corpus, the deliberately
broken ones included, through check, fix -o and dump (and convert, once that
command exists): no crash, no hang, no sanitizer report, only exit codes
0/1/2, and the input unchanged. ctest runs it in the normal build and in the
ASan+UBSan build (scripts/test-sanitize), where a memory error or undefined
behaviour anywhere in the pipeline shows up here.

usage: corpus_robustness.py SUMMAKOLL CORPUS_DIR
"""
import collections
import concurrent.futures
import hashlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SANITIZER_MARKS = ("ERROR: AddressSanitizer", "ERROR: LeakSanitizer", "runtime error:", "SUMMARY: UndefinedBehavior")


def has_command(binary, name):
    r = subprocess.run([binary, name, "--help"], capture_output=True, timeout=60)
    return r.returncode == 0


def main():
    binary, corpus = sys.argv[1], Path(sys.argv[2])
    files = sorted(p for kind in ("xlsx", "docx") for p in (corpus / kind).rglob("*") if p.is_file())
    if not files:
        print(f"FAIL no corpus files in {corpus}")
        return 1
    commands = {"check": ["check"], "fix": ["fix"], "dump": ["dump"]}
    if has_command(binary, "convert"):
        commands["convert"] = ["convert"]
    else:
        print("note `summakoll convert` does not exist yet: not run")
    exits = collections.defaultdict(collections.Counter)
    with tempfile.TemporaryDirectory(prefix="summakoll-corpus-") as tmp:
        # One worker per core: under ASan each run is mostly start-up and the
        # corpus has hundreds of files. Each file gets its own output folder.
        def run_file(index_and_path):
            index, path = index_and_path
            rel = path.relative_to(corpus)
            out = Path(tmp) / str(index) / "ut.xlsx"
            out.parent.mkdir()
            lines, codes = [], []
            before = hashlib.sha256(path.read_bytes()).hexdigest()
            for name, cmd in commands.items():
                args = [binary, *cmd, str(path)] + (["-o", str(out)] if name in ("fix", "convert") else [])
                try:
                    r = subprocess.run(args, capture_output=True, timeout=300)
                except subprocess.TimeoutExpired:
                    lines.append(f"FAIL {rel}: {name} hung (over 300 s)")
                    continue
                out.unlink(missing_ok=True)
                stderr = r.stderr.decode("utf-8", "replace")
                codes.append((name, r.returncode))
                if r.returncode not in (0, 1, 2) or any(m in stderr for m in SANITIZER_MARKS):
                    lines.append(f"FAIL {rel}: {name} exit {r.returncode}: {stderr.strip()[:2000]}")
            if hashlib.sha256(path.read_bytes()).hexdigest() != before:
                lines.append(f"FAIL {rel}: the input changed")
            return lines, codes

        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            results = list(pool.map(run_file, enumerate(files)))
    bad = 0
    for lines, codes in results:
        for line in lines:
            print(line)
        bad += len(lines)
        for name, code in codes:
            exits[name][code] += 1
    for name, counts in exits.items():
        print(f"{name}: " + ", ".join(f"exit {code}: {n}" for code, n in sorted(counts.items())))
    print(f"{len(files)} files, {bad} failures")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
