#!/usr/bin/env python3
"""summakoll fix on workbooks whose parts fix must edit but cannot: a sheetId that
is no number, a comments relationship to a part the file lacks, styles without
fills or cellXfs, an output folder that does not exist. Each gives exit code 2,
one line on stderr naming the file, the part and what is wrong, in the chosen
language, the check's report on stdout before it, and nothing written. A
workbook without a styles part is corrected, and gets one.

usage: fix_errors.py SUMMAKOLL SAMPLES_DIR
"""
import os
import re
import subprocess
import sys
import tempfile
import zipfile

BIN, SAMPLES = sys.argv[1], sys.argv[2]
# A workbook with a wrong total (481 000 where the items give 481 600): fix
# changes a cell, adds a note and the report sheet.
SOURCE = os.path.join(SAMPLES, "2026-jamtland-beslutsunderlag.xlsx")
failed = []


def mutated(path, edit):
    """A copy of SOURCE at `path` with edit(name, bytes) -> bytes | None (None drops the part)."""
    with zipfile.ZipFile(SOURCE) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = edit(info.filename, src.read(info.filename))
            if data is not None:
                dst.writestr(info.filename, data)


def bad_sheet_id(name, data):
    if name == "xl/workbook.xml":
        return re.sub(rb'sheetId="1"', b'sheetId="x1"', data, count=1)
    return data


def styles_without_fills(name, data):
    if name == "xl/styles.xml":
        return re.sub(rb"<fills[^>]*>.*?</fills>", b"", data, flags=re.S)
    return data


def styles_without_cell_xfs(name, data):
    if name == "xl/styles.xml":
        return re.sub(rb"<cellXfs[^>]*>.*?</cellXfs>", b"", data, flags=re.S)
    return data


def no_styles(name, data):
    if name == "xl/styles.xml":
        return None
    if name == "xl/_rels/workbook.xml.rels":
        return re.sub(rb'<Relationship [^>]*Type="[^"]*/styles"[^>]*/>', b"", data)
    if name == "[Content_Types].xml":
        return re.sub(rb'<Override [^>]*PartName="/xl/styles.xml"[^>]*/>', b"", data)
    return data


def run(args):
    return subprocess.run([BIN] + args, capture_output=True, text=True, timeout=300)


def expect_error(label, edit, words, out_name="rattad.xlsx"):
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "indata.xlsx")
        mutated(src, edit)
        for lang in ("sv", "en"):
            out = os.path.join(tmp, out_name)
            before = set(os.listdir(tmp))
            r = run(["--lang", lang, "fix", src, "-o", out])
            lines = r.stderr.strip("\n").split("\n")
            problems = []
            if r.returncode != 2:
                problems.append(f"exit {r.returncode}")
            if len(lines) != 1 or not r.stderr.strip():
                problems.append(f"{len(lines)} lines on stderr")
            line = lines[0] if lines else ""
            for w in words[lang]:
                if w not in line:
                    problems.append(f"no {w!r}")
            if os.path.exists(out) or set(os.listdir(tmp)) != before:
                problems.append(f"wrote {sorted(set(os.listdir(tmp)) - before)}")
            if out_name == "rattad.xlsx" and "total-mismatch" not in r.stdout and "481" not in r.stdout:
                problems.append("no check report on stdout before the error")
            if problems:
                failed.append(f"{label} ({lang}): {', '.join(problems)}: {r.stderr.strip()}")
            print(f"{'FAIL' if problems else 'ok  '} {label} ({lang}): {line}")


expect_error("sheetId x1", bad_sheet_id,
             {"sv": ["indata.xlsx: ", "xl/workbook.xml", "sheetId", "x1", "ingen rättad fil"],
              "en": ["indata.xlsx: ", "xl/workbook.xml", "sheetId", "x1", "no corrected file"]})
expect_error("styles without fills", styles_without_fills,
             {"sv": ["indata.xlsx: ", "xl/styles.xml", "formatmallarna", "fills"],
              "en": ["indata.xlsx: ", "xl/styles.xml", "styles are damaged", "fills"]})
expect_error("styles without cellXfs", styles_without_cell_xfs,
             {"sv": ["indata.xlsx: ", "xl/styles.xml", "cellXfs"],
              "en": ["indata.xlsx: ", "xl/styles.xml", "cellXfs"]})
expect_error("output folder missing", lambda n, d: d,
             {"sv": ["finns-inte", "kunde inte skriva", "mappen finns inte"],
              "en": ["finns-inte", "could not write", "the folder does not exist"]},
             out_name=os.path.join("finns-inte", "rattad.xlsx"))

# A comments relationship whose part is missing: added to the first sheet's .rels, or in a new one.
def lost_comments_package(path):
    with zipfile.ZipFile(SOURCE) as z:
        names = z.namelist()
        wb_rels = z.read("xl/_rels/workbook.xml.rels").decode()
    sheet = re.search(r'Target="/?(?:xl/)?(worksheets/[^"]+)"', wb_rels).group(1)
    rels = f"xl/worksheets/_rels/{os.path.basename(sheet)}.rels"
    lost = ('<Relationship Id="rIdLost" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'comments" Target="../kommentarer-borta.xml"/>')

    def edit(name, data):
        if name == rels:
            return data.replace(b"</Relationships>", lost.encode() + b"</Relationships>")
        return data
    mutated(path, edit)
    if rels not in names:
        with zipfile.ZipFile(path, "a") as z:
            z.writestr(rels, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns='
                             '"http://schemas.openxmlformats.org/package/2006/relationships">' + lost + "</Relationships>")
    return rels


with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "indata.xlsx")
    rels = lost_comments_package(src)
    for lang, words in (("sv", [rels, "xl/kommentarer-borta.xml", "en relation pekar på en del som saknas"]),
                        ("en", [rels, "xl/kommentarer-borta.xml", "a relationship points at a part the file lacks"])):
        out = os.path.join(tmp, "rattad.xlsx")
        r = run(["--lang", lang, "fix", src, "-o", out])
        line = r.stderr.strip()
        problems = [f"exit {r.returncode}"] if r.returncode != 2 else []
        problems += [f"no {w!r}" for w in words if w not in line]
        if "\n" in line or not line.startswith(src + ": "):
            problems.append("not one line naming the file")
        if os.path.exists(out) or sorted(os.listdir(tmp)) != ["indata.xlsx"]:
            problems.append(f"wrote {os.listdir(tmp)}")
        if problems:
            failed.append(f"comments part missing ({lang}): {', '.join(problems)}: {line}")
        print(f"{'FAIL' if problems else 'ok  '} comments part missing ({lang}): {line}")

# No styles part at all: corrected, with a styles part, its relationship and content type.
with tempfile.TemporaryDirectory() as tmp:
    src, out = os.path.join(tmp, "indata.xlsx"), os.path.join(tmp, "rattad.xlsx")
    mutated(src, no_styles)
    r = run(["fix", src, "-o", out])
    problems = []
    if r.returncode != 1:
        problems.append(f"exit {r.returncode}: {r.stderr.strip()}")
    elif not os.path.exists(out):
        problems.append("nothing written")
    else:
        with zipfile.ZipFile(out) as z:
            names = z.namelist()
            rels = z.read("xl/_rels/workbook.xml.rels").decode()
            types = z.read("[Content_Types].xml").decode()
            styles = z.read("xl/styles.xml").decode() if "xl/styles.xml" in names else ""
        if "<cellXfs" not in styles or "<fills" not in styles:
            problems.append("no styles part with cellXfs and fills")
        if not re.search(r'Type="[^"]*/styles" Target="styles.xml"', rels):
            problems.append("no styles relationship")
        if types.count('PartName="/xl/styles.xml"') != 1:
            problems.append("no single content type for the styles part")
    if problems:
        failed.append("no styles part: " + ", ".join(problems))
    print(f"{'FAIL' if problems else 'ok  '} no styles part: corrected with one written")

if failed:
    print("\n".join(["", "FAILED:"] + failed))
    sys.exit(1)
