#!/usr/bin/env python3
"""Odd but legal files, full disks and old backups (issue 22), each case
bounded in time:
  - stdout on /dev/full: exit 2 and "disken är full";
  - fix and convert onto a full disk (a small tmpfs in a user namespace):
    exit 2, the file named, "disken är full", nothing left in the folder;
  - fix --in-place: never writes through a link at FILE.bak, never
    overwrites an earlier backup (FILE.bak-2, FILE.bak-3 …);
  - 160 MB of blank text between rows: the CPU time it adds to check within
    2x of linear from 16 MB; 19 990 sheets: check, fix and convert within 2x
    of linear from 1 999 sheets (time per sheet).
Usage: odd_files.py SUMMAKOLL SAMPLES_DIR"""
import filecmp
import os
import resource
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import odd_workbooks  # noqa: E402

BIN, SAMPLES = sys.argv[1:3]
SAMPLE = os.path.join(SAMPLES, "2026-jamtland-beslutsunderlag.xlsx")
DOCX = os.path.join(SAMPLES, "docx", "2026-jamtland-beslutsunderlag.docx")
failures = []


def expect(what, ok, detail=""):
    print(("ok   " if ok else "FAIL ") + what + ("" if ok else f": {detail}"))
    if not ok:
        failures.append(what)


def run(*args, timeout=300, **kw):
    return subprocess.run([BIN, *args], capture_output=True, text=True, timeout=timeout, **kw)


work = tempfile.mkdtemp(prefix="sk-odd-files-")
try:
    # 1. stdout that cannot be written.
    for lang, words in (("sv", "disken är full"), ("en", "the disk is full")):
        for args in (["dump", SAMPLE], ["check", "--format", "json", SAMPLE]):
            with open("/dev/full", "w") as full:
                p = subprocess.run([BIN, "--lang", lang, *args], stdout=full, stderr=subprocess.PIPE, text=True,
                                   timeout=120)
            expect(f"{args[0]} > /dev/full ({lang}): exit 2 and '{words}'",
                   p.returncode == 2 and words in p.stderr and len(p.stderr.splitlines()) == 1,
                   (p.returncode, p.stderr))

    # 2. A full disk under fix and convert: a tmpfs of 1 MB, filled to leave
    # `room` bytes (none; then room for the copy of the input but not the result).
    big = os.path.join(work, "big.xlsx")
    odd_workbooks.write_workbook(big, rows=20_000)
    probe = subprocess.run(["unshare", "-rm", "true"], capture_output=True)
    if probe.returncode != 0:
        expect("user namespaces for a small tmpfs (unshare -rm)", False, probe.stderr)
    else:
        disk = os.path.join(work, "disk")
        os.mkdir(disk)
        size = os.path.getsize(big)
        # fix copies its input first: room for the copy but not the result fails later, at zip_close.
        for command, source, rooms in (("fix", big, (8 << 10, size + (16 << 10))), ("convert", big, (8 << 10,)),
                                       ("convert", DOCX, (8 << 10,))):
            for room in rooms:
                script = ('mount -t tmpfs -o size=1m tmpfs "$1" && head -c $((1048576 - $2)) /dev/zero > "$1/fill" && '
                          '"$3" "$4" "$5" -o "$1/ut.xlsx"; echo "rc=$?"; ls -A "$1"')
                p = subprocess.run(["unshare", "-rm", "sh", "-c", script, "sh", disk, str(room), BIN, command, source],
                                   capture_output=True, text=True, timeout=300)
                out = p.stdout.split("rc=")[-1].split()
                rc, left = (int(out[0]), out[1:]) if out else (None, [])
                err = p.stderr.strip()
                what = f"{command} {os.path.basename(source)} onto a full disk ({room} bytes free)"
                expect(f"{what}: exit 2, one line naming the file and 'disken är full'",
                       rc == 2 and err.endswith("disken är full") and "ut.xlsx" in err and len(err.splitlines()) == 1,
                       (rc, err))
                expect(f"{what}: nothing left beside the filler", left == ["fill"], left)

    # 3. --in-place backups.
    book = os.path.join(work, "bok.xlsx")
    shutil.copy(SAMPLE, book)
    target = os.path.join(work, "mål.txt")
    with open(target, "w") as f:
        f.write("behåll mig")
    os.symlink(target, book + ".bak")
    p = run("fix", "--in-place", book)
    expect("fix --in-place with a link at FILE.bak: exit 0 or 1", p.returncode in (0, 1), p.stderr)
    with open(target) as f:
        expect("the link's target is untouched", f.read() == "behåll mig")
    expect("the link is still a link", os.path.islink(book + ".bak"))
    expect("the backup is FILE.bak-2, the original bytes", filecmp.cmp(book + ".bak-2", SAMPLE, shallow=False))
    fixed_once = open(book, "rb").read()
    p = run("fix", "--in-place", book)
    expect("a second fix --in-place: exit 0 or 1", p.returncode in (0, 1), p.stderr)
    expect("the first backup is kept", filecmp.cmp(book + ".bak-2", SAMPLE, shallow=False))
    expect("the second backup is FILE.bak-3, the first run's result",
           os.path.exists(book + ".bak-3") and open(book + ".bak-3", "rb").read() == fixed_once)
    # A dangling link is not followed either.
    other = os.path.join(work, "annan.xlsx")
    shutil.copy(SAMPLE, other)
    nowhere = os.path.join(work, "finns-inte.txt")
    os.symlink(nowhere, other + ".bak")
    run("fix", "--in-place", other)
    expect("a dangling link at FILE.bak is not followed", not os.path.exists(nowhere) and os.path.exists(other + ".bak-2"))
    # A fix that fails leaves no backup behind.
    broken = os.path.join(work, "trasig.xlsx")
    with open(broken, "wb") as f:
        f.write(b"PK\x03\x04 inte en arbetsbok")
    p = run("fix", "--in-place", broken)
    expect("a failed fix --in-place: exit 2 and no backup", p.returncode == 2 and not os.path.exists(broken + ".bak"),
           (p.returncode, os.listdir(work)))

    # 4. Growth: CPU time of the child (user + system), so a busy machine moves it little.
    def cpu(*args):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        p = run(*args, timeout=600)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if p.returncode not in (0, 1):
            failures.append(f"{' '.join(args)}: exit {p.returncode}: {p.stderr[:300]}")
        return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)

    def best(*args):
        return min(cpu(*args) for _ in range(2))

    out = os.path.join(work, "ut.xlsx")
    # Blank text: what it adds to the time of the same cells grows linearly (16 MB to 160 MB); the
    # row cutter searched the whole text again for every piece inflated (160 MB took 14.1 s).
    times = {}
    for mb in (0, 16, 160):
        path = os.path.join(work, f"blank-{mb}.xlsx")
        odd_workbooks.write_workbook(path, rows=200_000, blank_bytes=mb << 20)
        times[mb] = best("check", path)
        os.remove(path)
    print(f"     check: 200 000 rows {times[0]:.2f} s; with 16 MB of blank text {times[16]:.2f} s, "
          f"with 160 MB {times[160]:.2f} s ({times[160] / times[0]:.1f}x the same cells without it)")
    expect("160 MB of blank text: the time it adds within 2x of linear from 16 MB",
           times[160] - times[0] <= 2 * 10 * max(times[16] - times[0], 0.01) + 0.3, times)

    small, large = os.path.join(work, "sheets-1999.xlsx"), os.path.join(work, "sheets-19990.xlsx")
    odd_workbooks.write_workbook(small, sheets=1_999, rows=3 * 1_999)
    odd_workbooks.write_workbook(large, sheets=19_990, rows=3 * 19_990)
    for args in (["check"], ["fix", "-o", out], ["convert", "-o", out]):
        t1 = best(args[0], small, *args[1:])
        t10 = best(args[0], large, *args[1:])
        print(f"     {args[0]}: 1 999 sheets {t1:.2f} s, 19 990 sheets {t10:.2f} s ({t10 / t1:.1f}x for 10x)")
        expect(f"{args[0]} on 19 990 sheets within 2x of linear", t10 <= 2 * 10 * t1 + 0.5,
               f"{t10:.2f} s against {t1:.2f} s for a tenth")
finally:
    shutil.rmtree(work, ignore_errors=True)

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
