"""Workbooks that are legal but odd, built for the scaling tests and the
scaling benchmark (bench/scaling.py): many sheets, many rows, many shared
strings, megabytes of blank text between rows. Every sheet holds a small
money table whose total is off by 100 kr, so `fix` has a cell to change on
each sheet and `check` a finding to report.
"""
import os
import zipfile

NS = ('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet {NS}><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>
</styleSheet>"""

_WHITE = bytes.maketrans(bytes(range(256)), (b" \t\r\n" * 64))


def blank(n):
    """n bytes of blank text (spaces, tabs, line ends at random: it does not
    deflate below the reader's zip-bomb ratio)."""
    return os.urandom(n).translate(_WHITE).decode("ascii")


GAP_BYTES = 16 << 20  # blank text comes in gaps of up to this, each far over the reader's 1 MB runs


def table_rows(first_item, items, label, top=1):
    """A table from row `top`: header, `items` rows "<label> k" with amounts,
    a total off by 100."""
    rows = [f'<row r="{top}"><c r="A{top}" t="inlineStr"><is><t>Post</t></is></c>'
            f'<c r="B{top}" t="inlineStr"><is><t>Belopp</t></is></c></row>']
    total = 0
    for k in range(items):
        r = top + k + 1
        amount = 1000 + 10 * ((first_item + k) % 997)
        total += amount
        rows.append(f'<row r="{r}"><c r="A{r}" {label(first_item + k)}</c><c r="B{r}"><v>{amount}</v></c></row>')
    r = top + items + 1
    rows.append(f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>Totalt</t></is></c>'
                f'<c r="B{r}"><v>{total + 100}</v></c></row>')
    return rows


def sheet_of(rows):
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>'
            + "".join(rows) + "</sheetData></worksheet>")


def sheet_xml(first_item, items, label, blank_bytes=0):
    """A table (table_rows); `blank_bytes` of blank text in gaps after the first rows."""
    rows = table_rows(first_item, items, label)
    gaps = min(len(rows) - 1, -(-blank_bytes // GAP_BYTES))
    for g in range(gaps):
        rows[g] += blank(blank_bytes // gaps)
    return sheet_of(rows)


def stacked_sheet_xml(tables, items, label):
    """`tables` tables of `items` rows one under another, a blank row between:
    the cells and findings of as many sheets, on one."""
    rows = []
    for t in range(tables):
        rows += table_rows(t * items, items, label, top=t * (items + 3) + 1)
    return sheet_of(rows)


def write_workbook(path, sheets=1, rows=10, blank_bytes=0, strings=0, stacked=False):
    """`sheets` sheets of `rows` items each (the last holds the rest);
    `blank_bytes` of blank text spread between the rows of the first sheet;
    with `strings`, the item labels are that many distinct shared strings.
    `stacked`: the `sheets` tables one under another on one sheet instead."""
    if stacked:
        tables, sheets = sheets, 1
    if strings:
        label = lambda i: f't="s"><v>{i % strings}</v>'
    else:
        label = lambda i: f't="inlineStr"><is><t>Post {i % 1000}</t></is>'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{CT}.worksheet+xml"/>'
                            for i in range(1, sheets + 1))
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
                   f'<Override PartName="/xl/styles.xml" ContentType="{CT}.styles+xml"/>'
                   f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
                   + overrides + "</Types>")
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8"?><workbook {NS}><sheets>'
                   + "".join(f'<sheet name="Blad{i}" sheetId="{i}" r:id="rId{i}"/>' for i in range(1, sheets + 1))
                   + "</sheets></workbook>")
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   + "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
                             for i in range(1, sheets + 1))
                   + f'<Relationship Id="rIdS" Type="{REL}/styles" Target="styles.xml"/>'
                   + f'<Relationship Id="rIdT" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/sharedStrings.xml", f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="{strings}" uniqueCount="{strings}">'
                   + "".join(f"<si><t>Post nummer {i}</t></si>" for i in range(strings)) + "</sst>")
        if stacked:
            z.writestr("xl/worksheets/sheet1.xml", stacked_sheet_xml(tables, rows // tables, label))
            return
        per_sheet = max(1, rows // sheets) if sheets > 1 else rows
        for i in range(1, sheets + 1):
            items = per_sheet if i < sheets else max(1, rows - per_sheet * (sheets - 1))
            z.writestr(f"xl/worksheets/sheet{i}.xml",
                       sheet_xml((i - 1) * per_sheet, items, label, blank_bytes if i == 1 else 0))
