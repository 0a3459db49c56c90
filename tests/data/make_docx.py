#!/usr/bin/env python3
"""Writes the hand-made Word test documents in tests/data/docx/ (committed; run
again to regenerate). Minimal OOXML packages, each with one feature the docx
reader must handle; the expected readings are in tests/read/docx_reader_test.cpp.

    merges.docx        a title row spanned over 3 columns (gridSpan), a cell
                       merged over 3 rows (vMerge), a row starting at column 2
                       (gridBefore), a tracked-deleted row
    nested.docx        a table holding a table in a cell (which holds one more),
                       then a second top-level table
    text.docx          paragraphs, w:br, w:tab, content controls (block, inline
                       and cell level), tracked insertions and deletions,
                       complex fields (nested), w:fldSimple, a hyperlink, a
                       table inside a body-level content control
    no_rels.docx       no _rels/.rels: found by its content type
    word_named.xlsx    a Word document named .xlsx: read by content
    entity_bomb.docx   document.xml with a billion-laughs DOCTYPE
    truncated.docx     the first half of merges.docx
    encrypted.docx     the header of an OLE/CFB container (a password-protected document)
    wide_span.docx     a gridSpan reaching past Excel's last column
    malformed.docx     document.xml cut off mid-element
"""
import io
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent / "docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/" TargetMode="External"/>
</Relationships>"""


def document(body):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>'


def p(*runs):
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def tc(*content, span=1, vmerge=None):
    props = ""
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        props += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{''.join(content) or '<w:p/>'}</w:tc>"


def tr(*cells, before=0, deleted=False):
    props = (f'<w:gridBefore w:val="{before}"/>' if before else "") + \
            ('<w:del w:id="90" w:author="x" w:date="2024-01-01T00:00:00Z"/>' if deleted else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def tbl(columns, *rows):
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(columns))
    return f"<w:tbl><w:tblPr/><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def package(body, parts=None, rels=True):
    out = {"[Content_Types].xml": CONTENT_TYPES, "word/document.xml": document(body) if body is not None else None,
           "word/_rels/document.xml.rels": DOC_RELS}
    if rels:
        out["_rels/.rels"] = ROOT_RELS
    out.update(parts or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in out.items():
            z.writestr(name, text)
    return buf.getvalue()


# Merges: the rule is "text at the top-left grid position, the rest empty".
MERGES = p(r("Före tabellen")) + tbl(
    3,
    tr(tc(p(r("Fördelning 2026")), span=3)),
    tr(tc(p(r("Område"))), tc(p(r("Insats"))), tc(p(r("Summa")))),
    tr(tc(p(r("Område 1")), vmerge="restart"), tc(p(r("Länssamordning"))), tc(p(r("1 350 000")))),
    tr(tc(vmerge="continue"), tc(p(r("Brukarinflytande"))), tc(p(r("400 000")))),
    tr(tc(vmerge="continue"), tc(p(r("Borttagen rad"))), tc(p(r("999"))), deleted=True),
    tr(tc(p(r("Fortsättning")), vmerge="continue"), tc(p(r("Konferens"))), tc(p(r("500 000")))),
    tr(tc(p(r("Totalt:"))), tc(p(r("2 250 000")), span=2)),
    tr(tc(p(r("Not"))), before=2),
)

# Nesting: parent, its nested table, the nested table's own nested table, then
# the next top-level table.
INNER2 = tbl(1, tr(tc(p(r("djupast")))))
INNER1 = tbl(2, tr(tc(p(r("inre A1"))), tc(p(r("inre B1")), INNER2)), tr(tc(p(r("inre A2"))), tc()))
NESTED = tbl(2, tr(tc(p(r("yttre A1"))), tc(p(r("före")), INNER1, p(r("efter"))))) + \
    p(r("Mellan tabellerna")) + tbl(1, tr(tc(p(r("andra tabellen")))))

FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
         '<w:r><w:instrText xml:space="preserve"> =SUM(ABOVE) </w:instrText></w:r>'
         '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
         '<w:r><w:t>3 992 436</w:t></w:r>'
         '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
NESTED_FIELD = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> IF </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t>inre resultat i instruktionen</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
                '<w:r><w:instrText xml:space="preserve"> = 1 "ja" "nej" </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                '<w:r><w:t>ja</w:t></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
TEXT = tbl(
    2,
    tr(tc(p(r("Rad ett")), p(r("Rad två"))),
       tc(p('<w:r><w:t>före</w:t><w:br/><w:t>efter</w:t><w:tab/><w:t>flik</w:t></w:r>'))),
    tr(tc('<w:sdt><w:sdtPr/><w:sdtContent>' + p(r("i blockkontroll")) + '</w:sdtContent></w:sdt>'),
       tc(p(r("Summa: "), '<w:sdt><w:sdtPr/><w:sdtContent>' + r("1 150 tkr") + '</w:sdtContent></w:sdt>'))),
    tr(tc(p(r("481 "),
            '<w:del w:id="1" w:author="x"><w:r><w:delText>000</w:delText></w:r></w:del>',
            '<w:ins w:id="2" w:author="x">' + r("600") + '</w:ins>')),
       tc(p(r("Totalt "), FIELD))),
    tr('<w:sdt><w:sdtPr/><w:sdtContent>' + tc(p(r("cell i kontroll"))) + '</w:sdtContent></w:sdt>',
       tc(p('<w:fldSimple w:instr=" DOCPROPERTY Belopp "><w:r><w:t>12 689 898</w:t></w:r></w:fldSimple>'))),
    tr(tc(p(NESTED_FIELD)),
       tc(p('<w:hyperlink r:id="rId9">' + r("länk") + '</w:hyperlink>',
            '<w:r><w:noBreakHyphen/><w:t>x</w:t></w:r>'))),
) + '<w:sdt><w:sdtPr/><w:sdtContent>' + tbl(1, tr(tc(p(r("tabell i kontroll"))))) + '</w:sdtContent></w:sdt>'

# Content types only: no package relationships.
NO_RELS = tbl(1, tr(tc(p(r("utan relationer")))))

BOMB = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document """ + W + """><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>"""

WIDE = tbl(2, tr(tc(p(r("A"))), tc(p(r("för bred")), span=20000)))


def main():
    OUT.mkdir(exist_ok=True)
    merges = package(MERGES)
    files = {
        "merges.docx": merges,
        "nested.docx": package(NESTED),
        "text.docx": package(TEXT),
        "no_rels.docx": package(NO_RELS, rels=False),
        "word_named.xlsx": package(NESTED),
        "entity_bomb.docx": package(None, {"word/document.xml": BOMB}),
        "truncated.docx": merges[: len(merges) // 2],
        "encrypted.docx": bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504),
        "wide_span.docx": package(WIDE),
        "malformed.docx": package(None, {"word/document.xml": document(MERGES)[:300]}),
    }
    for name, data in files.items():
        (OUT / name).write_bytes(data)
        print(f"tests/data/docx/{name}")


if __name__ == "__main__":
    main()
