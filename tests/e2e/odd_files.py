#!/usr/bin/env python3
"""Odd but legal files, full disks and old backups (issue 22), each case
bounded in time:
  - stdout on /dev/full: exit 2 and "disken är full";
  - fix and convert onto a full disk (a small tmpfs in a user namespace):
    exit 2, the file named, "disken är full", nothing left in the folder;
  - fix --in-place: never writes through a link at FILE.bak, never
    overwrites an earlier backup (FILE.bak-2, FILE.bak-3 …);
  - the sheet's XML read through a window: blank gaps longer than it and a
    comment among the rows far in give the plain sheet's cells.
How time grows with blank text and with the number of sheets is measured by
bench/scaling.py, not here: a timed test fails on a busy machine.
Usage: odd_files.py SUMMAKOLL SAMPLES_DIR"""
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

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
        # Room for half the result: fix fails while writing it, not before.
        for command, source, rooms in (("fix", big, (8 << 10, size // 2)), ("convert", big, (8 << 10,)),
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

    # 4. The reader holds a window of the sheet's XML (8 MB), not all of it:
    # blank text between rows in gaps longer than the window, and a comment
    # among the rows long after the window has moved on (the sheet is then
    # inflated again and parsed whole), give the cells of the plain sheet.
    plain = os.path.join(work, "rader.xlsx")
    odd_workbooks.write_workbook(plain, rows=200_000)
    gaps = os.path.join(work, "luckor.xlsx")
    odd_workbooks.write_workbook(gaps, rows=200_000, blank_bytes=40 << 20)
    commented = os.path.join(work, "kommentar.xlsx")
    with zipfile.ZipFile(plain) as z_in, zipfile.ZipFile(commented, "w", zipfile.ZIP_DEFLATED) as z_out:
        for name in z_in.namelist():
            data = z_in.read(name)
            if name == "xl/worksheets/sheet1.xml":
                at = data.index(b"</row>", len(data) * 3 // 4) + len(b"</row>")
                data = data[:at] + b"<!-- rader -->" + data[at:]
            z_out.writestr(name, data)
    cells = run("dump", plain).stdout
    expect("dump of 200 000 rows", cells.count("\n") > 200_000, cells[:200])
    for path in (gaps, commented):
        p = run("dump", path)
        expect(f"dump {os.path.basename(path)}: the plain sheet's cells", p.returncode == 0 and p.stdout == cells,
               (p.returncode, p.stderr[:200]))

finally:
    shutil.rmtree(work, ignore_errors=True)

print(f"{len(failures)} failure(s)")
sys.exit(1 if failures else 0)
