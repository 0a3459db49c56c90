#!/usr/bin/env python3
"""Writes the hostile .ods and .xls files into tests/data/hostile/ (beside
make_hostile.py's .xlsx ones, which this leaves alone):

    valid.ods             a one-sheet spreadsheet that reads (the control)
    zip_bomb.ods          content.xml of 200 MB of blanks (inflates ~1000:1)
    deep_xml.ods          content.xml nested 100 000 elements deep
    absurd_row.ods        a value repeated into row 2 000 000
    broken_ole.xls        an OLE header whose directory points past the file
    valid.pdf             a page with a two-column table that reads (the control)
    truncated.pdf         the first half of valid.pdf
    random.pdf            a PDF header followed by random bytes
    encrypted.pdf         a PDF that needs a user password (Standard security handler)
    scanned.pdf           a page with only a drawing, no text (as a scan has)
    pages_2000.pdf        2 000 empty pages (the limit is 1 000)
"""
import random
import io
import struct
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "hostile"
# A fixed time, so that the files only change when this script does.
STAMP = (2024, 1, 1, 0, 0, 0)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def content(body):
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}><office:body>'
            f'<office:spreadsheet><table:table table:name="Blad1">{body}</table:table>'
            '</office:spreadsheet></office:body></office:document-content>')


ROW = ('<table:table-row><table:table-cell office:value-type="string"><text:p>Totalt</text:p></table:table-cell>'
       '<table:table-cell office:value-type="float" office:value="1000"><text:p>1 000</text:p></table:table-cell>'
       '</table:table-row>')


def spreadsheet(content_xml):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, method in (("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                                   ("content.xml", content_xml, zipfile.ZIP_DEFLATED)):
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = method
            z.writestr(info, data, compresslevel=9)
    return buf.getvalue()


def broken_ole():
    """A CFB version 3 header (512-byte sectors) with one FAT sector whose
    directory starts at a sector far past the end of the file."""
    header = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(16)
    header += struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
    header += struct.pack("<IIIIIIII", 0, 1, 0x00FFFFF0, 0, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE)
    header += struct.pack("<I", 0) + b"\xff" * (4 * 108)
    fat = struct.pack("<I", 0xFFFFFFFD) + b"\xff" * 508
    return header + fat


def pdf(objects, trailer_extra=""):
    """A PDF of the given objects (1-based, object 1 the catalog) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + (body if isinstance(body, bytes) else body.encode("latin-1")) + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for o in offsets:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def stream(data):
    return f"<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream"


def one_page(content, extra=""):
    return [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]


def table_page():
    rows = [("Post", "Belopp"), ("Hyra", "1 000 kr"), ("Lön", "2 500 kr"), ("Totalt", "3 500 kr")]
    text = ""
    for i, (label, amount) in enumerate(rows):
        y = 780 - 14 * i
        text += f"BT /F1 10 Tf 60 {y} Td ({label}) Tj ET\n"
        # Right-aligned at x = 300: Helvetica digits and space are 5.56 and 2.78 wide at 10 pt.
        width = sum(2.78 if c == " " else 5.0 if c in "kr" else 5.56 for c in amount)
        text += f"BT /F1 10 Tf {300 - width:.2f} {y} Td ({amount}) Tj ET\n"
    return text.encode("latin-1")


def pages(n):
    kids = " ".join(f"{3 + i} 0 R" for i in range(n))
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", f"<< /Type /Pages /Kids [{kids}] /Count {n} >>"]
    objects += ["<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] * n
    return pdf(objects)


def main():
    OUT.mkdir(exist_ok=True)
    files = {
        "valid.ods": spreadsheet(content(ROW)),
        "zip_bomb.ods": spreadsheet(content(" " * 200_000_000)),
        "deep_xml.ods": spreadsheet(content("<x>" * 100_000 + "</x>" * 100_000)),
        "absurd_row.ods": spreadsheet(content('<table:table-row table:number-rows-repeated="2000000"/>' + ROW)),
        "broken_ole.xls": broken_ole(),
        "valid.pdf": pdf(one_page(table_page())),
        "truncated.pdf": pdf(one_page(table_page()))[:400],
        "random.pdf": b"%PDF-1.4\n" + random.Random(19).randbytes(4000),
        "encrypted.pdf": pdf(one_page(table_page()) + [
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + "11" * 32 + "> /U <" + "22" * 32 + "> >>"],
            "/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] "),
        "scanned.pdf": pdf(one_page(b"0 0 1 rg 50 50 400 600 re f")),
        "pages_2000.pdf": pages(2000),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
