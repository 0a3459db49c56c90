#!/usr/bin/env python3
"""Writes the CSV test files in tests/data/csv/ (committed; run again to
regenerate). The same small table in each encoding and delimiter Swedish
offices meet; the expected readings are in tests/read/csv_reader_test.cpp.

    excel_sv.csv        Windows-1252, ';', decimal comma, CR LF (Excel "CSV (semikolonavgränsad)")
    utf8_bom.csv        UTF-8 with BOM, ',', quoted fields with "" and a line break inside
    utf8.csv            UTF-8 without BOM, ';', a blank line and a trailing empty field
    utf16le.csv         UTF-16 LE with BOM, tab separated (Excel "Unicode-text")
    utf16be.csv         UTF-16 BE with BOM, ';'
    sep_hint.csv        Excel's "sep=," first line over text with both ';' and ','
    export.dat          ';' separated text without a telling name: recognised by content
    binary.csv          bytes with NULs: not text
"""
from pathlib import Path

OUT = Path(__file__).resolve().parent / "csv"

ROWS = [
    ["Aktör", "Belopp", "Andel"],
    ["Kommunförbundet Jämtland Härjedalen", "3 992 436", "31,5 %"],
    ["Region Jämtland Härjedalen", "4 705 026", "37,1 %"],
    ["Totalt", "8 697 462", "68,6 %"],
]


def lines(delimiter, rows=ROWS):
    return [delimiter.join(row) for row in rows]


def main():
    OUT.mkdir(exist_ok=True)
    files = {
        "excel_sv.csv": ("\r\n".join(lines(";")) + "\r\n").encode("cp1252"),
        "utf8_bom.csv": ("\ufeff" + 'Aktör,Kommentar,Belopp\n'
                         '"Region Jämtland Härjedalen","Sa ""hej""\nrad två","1 150,5"\n'
                         'Länets kommuner,,"3,5"\n').encode("utf-8"),
        "utf8.csv": ("\n".join(lines(";")[:2]) + "\n\n" + "Summa;1 000;\n").encode("utf-8"),
        "utf16le.csv": ("\ufeff" + "\r\n".join(lines("\t")) + "\r\n").encode("utf-16-le"),
        "utf16be.csv": ("\ufeff" + "\n".join(lines(";")) + "\n").encode("utf-16-be"),
        "sep_hint.csv": "sep=,\nA;a,B\n1;1,2\n".encode("utf-8"),
        "export.dat": ("\n".join(lines(";")) + "\n").encode("cp1252"),
        "binary.csv": b"Akt\x00r;Belopp\n\x00\x01\x02;3\n",
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"tests/data/csv/{name}")


if __name__ == "__main__":
    main()
