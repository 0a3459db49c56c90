#!/usr/bin/env python3
"""Writes the hand-made hostile files in tests/data/hostile/ (committed; run
again to regenerate). Each one must give exit code 2 and one clear line.

    empty.xlsx            0 bytes
    not_a_zip.xlsx        plain text
    encrypted.xlsx        the header of an OLE/CFB container (how Office stores password-protected files)
    truncated.xlsx        the first half of a valid workbook
    dotdot_entry.xlsx     a valid workbook plus an entry named ../../evil.txt
    absolute_entry.xlsx   a valid workbook plus an entry named /etc/evil.txt
    zip_bomb.xlsx         a sheet part of 200 MB of blanks (inflates ~1000:1)
    entity_bomb.xlsx      shared strings with a billion-laughs DOCTYPE
    deep_xml.xlsx         a sheet nested 100 000 elements deep
    malformed_xml.xlsx    a sheet part cut off mid-element
    missing_workbook.xlsx relationships pointing at a workbook part that is not there
    absurd_address.xlsx   a cell at XFE1 (one column past Excel's last)
    absurd_row.xlsx       a row numbered 2 000 000
    powerpoint.xlsx       a presentation named .xlsx
    nan_value.xlsx        a number cell holding NaN
    inf_value.xlsx        a number cell holding INF
    dangling_string.xlsx  a shared-string index past the table
"""
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "hostile"
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' \
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WORKBOOK = f"""<?xml version="1.0" encoding="UTF-8"?>
<workbook {NS}><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WORKBOOK_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""
SHEET = f"""<?xml version="1.0" encoding="UTF-8"?>
<worksheet {NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>1000</v></c></row></sheetData></worksheet>"""
STRINGS = f"""<?xml version="1.0" encoding="UTF-8"?>
<sst {NS} count="1" uniqueCount="1"><si><t>Totalt</t></si></sst>"""


def workbook(**overrides):
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": ROOT_RELS,
        "xl/workbook.xml": WORKBOOK,
        "xl/_rels/workbook.xml.rels": WORKBOOK_RELS,
        "xl/worksheets/sheet1.xml": SHEET,
        "xl/sharedStrings.xml": STRINGS,
    }
    parts.update(overrides)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in parts.items():
            if data is not None:
                z.writestr(name, data)
    return buf.getvalue()


def sheet_with(body):
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet {NS}><sheetData>{body}</sheetData></worksheet>'


def main():
    OUT.mkdir(exist_ok=True)
    valid = workbook()
    files = {
        "valid.xlsx": valid,
        "empty.xlsx": b"",
        "not_a_zip.xlsx": "Det här är inte en arbetsbok.\n".encode(),
        "encrypted.xlsx": bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504),
        "truncated.xlsx": valid[: len(valid) // 2],
        "dotdot_entry.xlsx": workbook(**{"../../evil.txt": "x"}),
        "absolute_entry.xlsx": workbook(**{"/etc/evil.txt": "x"}),
        "zip_bomb.xlsx": workbook(**{"xl/worksheets/sheet1.xml": sheet_with(" " * 200_000_000)}),
        "entity_bomb.xlsx": workbook(**{"xl/sharedStrings.xml": (
            '<?xml version="1.0"?>\n<!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
            + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(9))
            + f']>\n<sst {NS}><si><t>&j;</t></si></sst>')}),
        "deep_xml.xlsx": workbook(**{"xl/worksheets/sheet1.xml": sheet_with("<x>" * 100_000 + "</x>" * 100_000)}),
        "malformed_xml.xlsx": workbook(**{"xl/worksheets/sheet1.xml": SHEET[: len(SHEET) - 40]}),
        "missing_workbook.xlsx": workbook(**{"xl/workbook.xml": None}),
        "absurd_address.xlsx": workbook(**{"xl/worksheets/sheet1.xml": sheet_with('<row r="1"><c r="XFE1"><v>1</v></c></row>')}),
        "absurd_row.xlsx": workbook(**{"xl/worksheets/sheet1.xml": sheet_with('<row r="2000000"><c><v>1</v></c></row>')}),
        "nan_value.xlsx": workbook(**{"xl/worksheets/sheet1.xml": sheet_with('<row r="1"><c r="B1"><v>NaN</v></c></row>')}),
        "inf_value.xlsx": workbook(**{"xl/worksheets/sheet1.xml": sheet_with('<row r="1"><c r="B1"><v>INF</v></c></row>')}),
        "dangling_string.xlsx": workbook(**{"xl/worksheets/sheet1.xml": sheet_with('<row r="1"><c r="A1" t="s"><v>1</v></c></row>')}),
        "powerpoint.xlsx": workbook(**{
            "_rels/.rels": ROOT_RELS.replace("xl/workbook.xml", "ppt/presentation.xml"),
            "ppt/presentation.xml": '<?xml version="1.0"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
            "xl/workbook.xml": None}),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
