#!/usr/bin/env python3
"""Runs `summakoll dump --format json` on every .docx of the public corpus and
compares the tables with python-docx's reference dumps
(../shared/corpus/reference/docx/, format in ../shared/corpus/README.md).

- Every file: exit 0 or 2 only; exit 2 with one line that names the file.
- Shape: the reference holds top-level tables only (0-based), so summakoll's
  tables without "nested" are taken in order, leaving out the ones inside a
  body-level content control or custom XML (w:sdt, w:customXml): python-docx
  does not see those, summakoll reads through them. A table agrees when its number
  of rows and columns equals the reference's (the extent of the cells python-
  docx writes: gridSpan once at its first column, vMerge continuations left
  out, which is where summakoll puts a merged cell's text too).
  Fails below 95 % of the reference tables. Differences in tables whose cells
  do not fill each row of the grid are marked: python-docx ignores gridBefore
  and gridAfter and lays the cells of all rows end to end over the grid, so
  its rows shift and the last ones lose their cells; summakoll keeps Word's rows.
  A table in which python-docx finds no cell at all (cells in content
  controls) leaves no line in the reference, so the table counts can differ.
- Text: each reference cell against summakoll's cell at the same place
  (absent = ""); the agreement is printed, not enforced, because python-docx
  leaves out text summakoll reads on purpose (hyperlinks, tracked insertions,
  content controls, fldSimple results: it reads only a paragraph's direct runs).
Usage: docx_corpus.py SUMMAKOLL CORPUS_DIR
"""
import ast
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

from dump_run import run_dump

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

THRESHOLD = 0.95


def column_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def split_a1(cell):
    i = next(i for i, ch in enumerate(cell) if ch.isdigit())
    return int(cell[i:]) - 1, column_index(cell[:i])


def reference_tables(path):
    """{table: {(row, col): text}} from a reference .tsv."""
    tables = defaultdict(dict)
    for line in path.read_text(encoding="utf-8").splitlines()[1:]:
        table, row, col, text = line.split("\t", 3)
        tables[int(table)][(int(row), int(col))] = ast.literal_eval(text)
    return [tables[t] for t in sorted(tables)]


def body_tables(path):
    """[(seen_by_python_docx, rows_fill_grid)] per top-level table in body
    order, as summakoll walks the body; None when document.xml cannot be read."""
    try:
        with zipfile.ZipFile(path) as z:
            root = ET.fromstring(z.read("word/document.xml"))
    except Exception:
        return None
    out = []

    def fills_grid(tbl):
        grid = tbl.find(W + "tblGrid")
        columns = len(grid) if grid is not None else 0
        for tr in tbl.iter(W + "tr"):
            width = 0  # python-docx ignores gridBefore and gridAfter
            for tc in tr.findall(W + "tc"):
                span = tc.find(W + "tcPr/" + W + "gridSpan")
                width += int(span.get(W + "val", "1")) if span is not None else 1
            if width != columns:
                return False
        return True

    def walk(node, visible):
        for n in node:
            if n.tag == W + "tbl":
                out.append((visible, fills_grid(n)))
            elif n.tag == W + "sdt":
                content = n.find(W + "sdtContent")
                if content is not None:
                    walk(content, False)
            elif n.tag == W + "customXml":
                walk(n, False)

    body = root.find(W + "body")
    if body is not None:
        walk(body, True)
    return out


def shape(cells):
    return (max(r for r, _ in cells) + 1, max(c for _, c in cells) + 1) if cells else (0, 0)


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    binary, corpus = sys.argv[1], Path(sys.argv[2])
    ref_dir = corpus / "reference"
    failures, refused = [], []
    tables = same_shape = 0
    cells = same_text = 0
    count_mismatch, shape_mismatch = [], []
    hidden = 0  # tables in content controls, which python-docx does not list
    files = sorted(p for p in (corpus / "docx").rglob("*.docx"))
    for path in files:
        rel = str(path.relative_to(corpus))
        outcome, result = run_dump(binary, path, rel, failures)
        if outcome == "failed":
            continue
        ours = []
        if outcome == "refused":
            refused.append(f"{rel}: {result[len(str(path)) + 2:]}")
        else:
            top = [sheet for sheet in result["sheets"] if not sheet.get("nested")]
            walked = body_tables(path)
            if walked is not None and len(walked) != len(top):
                failures.append(f"{rel}: {len(top)} top-level tables, document.xml has {len(walked)}")
                walked = None
            for i, sheet in enumerate(top):
                if walked and not walked[i][0]:
                    hidden += 1
                    continue
                ours.append(((sheet["rows"], sheet["columns"]),
                             {split_a1(c["cell"]): c["value"] for c in sheet["cells"]},
                             walked[i][1] if walked else True))
        ref_file = ref_dir / (rel + ".tsv")
        if not ref_file.exists():
            continue
        ref = reference_tables(ref_file)
        if len(ref) != len(ours):
            count_mismatch.append(f"{rel}: {len(ours)} tables, reference {len(ref)}")
        for i, ref_cells in enumerate(ref):
            tables += 1
            our_shape, our_cells, regular = ours[i] if i < len(ours) else ((0, 0), {}, True)
            if our_shape == shape(ref_cells):
                same_shape += 1
            else:
                shape_mismatch.append(f"{rel} table {i}: {our_shape[0]}×{our_shape[1]}, reference "
                                      f"{shape(ref_cells)[0]}×{shape(ref_cells)[1]}"
                                      + ("" if regular else " (rows do not fill the grid: python-docx shifts them)"))
            for pos, text in ref_cells.items():
                cells += 1
                same_text += our_cells.get(pos, "") == text

    print(f"{len(files)} .docx files, {len(refused)} refused with a one-line message:")
    for line in refused:
        print("  " + line)
    for title, lines in (("table count differs", count_mismatch), ("table shape differs", shape_mismatch)):
        if lines:
            print(f"{title} ({len(lines)}):")
            for line in lines:
                print("  " + line)
    print(f"top-level tables inside content controls (not in the reference): {hidden}")
    share = same_shape / tables if tables else 1.0
    print(f"tables with the reference's rows and columns: {same_shape}/{tables} = {share:.1%} (needs {THRESHOLD:.0%})")
    print(f"cell texts equal to the reference: {same_text}/{cells} = {same_text / max(cells, 1):.1%}")
    for line in failures:
        print("FAIL " + line)
    return 1 if failures or share < THRESHOLD else 0


if __name__ == "__main__":
    sys.exit(main())
