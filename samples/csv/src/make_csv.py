#!/usr/bin/env python3
"""Write each sheet of a sample's table description (samples/src/NAME.tsv,
format in samples/src/make_fods.py) as the CSV file old Excel versions export
with "CSV (semikolonavgränsad)" on a Swedish Windows: Windows-1252, ';'
between fields, CR LF after each row, every row as wide as the sheet, cells as
displayed ("1 000 000" with a no-break space, "72 151 kr", SUM formulas as
their value), fields holding ';', '"' or a line break quoted with "" inside.

Output: OUTDIR/<year>-<sheet>.csv, e.g. samples/csv/2020-uppfoljning.csv.
Usage: make_csv.py NAME.tsv OUTDIR
"""
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from make_fods import display, evaluate, parse_description  # noqa: E402  (the samples' own TSV reader)


def file_name(sheet_name):
    """"Uppföljning 2020" -> "2020-uppfoljning.csv"."""
    year = re.search(r"\d{4}", sheet_name).group(0)
    words = sheet_name.replace(year, "").strip().lower()
    ascii_words = unicodedata.normalize("NFKD", words).encode("ascii", "ignore").decode()
    return f"{year}-{re.sub(r'[^a-z0-9]+', '-', ascii_words).strip('-')}.csv"


def field(text):
    if any(ch in text for ch in ';"\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def main(source, outdir):
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    for sheet in parse_description(Path(source)):
        width = max(max(span, len(cells)) for _, span, cells in sheet.rows)
        lines = []
        for _, _, cells in sheet.rows:
            texts = []
            for cell in cells:
                if cell is None:
                    texts.append("")
                elif cell.text is not None:
                    texts.append(cell.text.replace("\\n", "\n"))
                else:
                    texts.append(display(cell.fmt, evaluate(sheet, cell)))
            texts += [""] * (width - len(texts))
            lines.append(";".join(field(t) for t in texts))
        target = out / file_name(sheet.name)
        target.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
        print(f"samples/csv/{target.name}")


if __name__ == "__main__":
    main(*sys.argv[1:])
