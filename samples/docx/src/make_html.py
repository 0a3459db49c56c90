#!/usr/bin/env python3
"""Turn a sample's table description (samples/src/NAME.tsv, format in
samples/src/make_fods.py) into an HTML document (samples/docx/src/NAME.html)
that LibreOffice Writer converts to .docx, laid out as the seed's Word papers:

- each @sheet becomes a heading, and each title row starts a table of its
  own; empty rows are left out;
- a title row is the table's first row, spanned over its columns (gridSpan in
  the .docx);
- in the first column, the same text on consecutive plain rows ("Insatser
  länsrutin för efterlevandestöd …" in 000's area 4, "Barnsäkert - stöd …" in
  003's area 2) is one cell merged downwards (vMerge in the .docx);
- amounts are written as the workbook shows them ("2 974 230 kr", "1 350 000"),
  SUM formulas as their computed value; head, total and group rows are bold.

The output is deterministic so it can be committed.
Usage: make_html.py NAME.tsv OUT.html
"""
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from make_fods import display, evaluate, is_bold, parse_description  # noqa: E402  (the samples' own TSV reader)

def blocks(sheet):
    """Lists of (kind, span, cells) rows: one per Word table."""
    out = []
    for row in sheet.rows:
        kind, _, cells = row
        if not cells:
            continue  # spacing in the workbook; a Word table has no empty rows
        if kind == "title" or not out:
            out.append([])
        out[-1].append(row)
    return out


def cell_text(sheet, cell):
    if cell is None:
        return ""
    if cell.text is not None:
        return cell.text
    return display(cell.fmt, evaluate(sheet, cell))


def cell_html(text, bold, attrs=""):
    lines = [html.escape(part) for part in text.split("\\n")]
    body = "<br/>".join(lines)
    if bold and body:
        body = f"<b>{body}</b>"
    return f"<td{attrs}>{body}</td>"


def merged_runs(sheet, rows):
    """Per row, how many rows its first-column cell covers: 1 alone, n > 1 for
    the top of a merge (the same non-empty text on consecutive plain rows), 0
    under it."""
    texts = [cell_text(sheet, cells[0]) if cells else "" for _, _, cells in rows]
    runs = [1] * len(rows)
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[i][0] == rows[j][0] == "row" and texts[i] and texts[j] == texts[i]:
            j += 1
        runs[i] = j - i
        for k in range(i + 1, j):
            runs[k] = 0
        i = j
    return runs


def table_html(sheet, rows):
    columns = max(max(span, len(cells)) for _, span, cells in rows)
    texts = [[cell_text(sheet, c) for c in cells] + [""] * (columns - len(cells)) for _, _, cells in rows]
    runs = merged_runs(sheet, rows)
    out = ['<table border="1" cellspacing="0" cellpadding="3">']
    for (kind, span, _), row, run in zip(rows, texts, runs):
        bold = is_bold(kind)
        if kind == "title":
            out.append(f'<tr>{cell_html(row[0], True, f" colspan={columns}")}</tr>')
            continue
        cells = []
        for c, text in enumerate(row):
            if c == 0 and run == 0:
                continue  # covered by the merged cell above
            attrs = f" rowspan={run}" if c == 0 and run > 1 else ""
            cells.append(cell_html(text, bold, attrs))
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def main(source, target):
    sheets = parse_description(Path(source))
    parts = ['<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>'
             + html.escape(Path(source).stem) + "</title></head><body>"]
    for sheet in sheets:
        parts.append(f"<h2>{html.escape(sheet.name)}</h2>")
        for rows in blocks(sheet):
            parts.append(table_html(sheet, rows))
            parts.append("<p></p>")
    parts.append("</body></html>\n")
    Path(target).write_text("\n".join(parts), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
