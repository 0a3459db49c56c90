#!/usr/bin/env python3
"""Turn a sample's table description (samples/src/NAME.tsv) into a Flat ODS
spreadsheet (samples/src/NAME.fods) that LibreOffice converts to .xlsx.

The description is tab-separated, one spreadsheet row per line:

    @sheet Name            starts a sheet (names may hold å/ä/ö)
    @widths 1.5 6 4        column widths in cm, from column A
    # ...                  comment, not a row
    (empty line)           an empty spreadsheet row

Every other line is KIND<TAB>cell<TAB>cell...; KIND sets the row style:

    row      plain row             total    bold row (a total)
    head     bold header row       group    bold row (a group header)
    indent   first cell indented   title:N  bold, larger, merged over N columns

row, total and group take an indentation level for their first cell: row+2
is a plain row indented two steps, total+1 a bold total indented one step
(indent is row+1).

A cell is plain text unless it has a format prefix:

    kr:129530375     number shown as "129 530 375 kr"
    int:1150         number shown with grouping, "1 150"
    num:148          number in the General format
    pct1:0.127       percentage with one decimal, "12,7%"
    kr:=SUM(D3:D23)  a formula (SUM of ranges/cells, + and -, 'Other sheet'!A1)
                     with that format;
                     its cached value is computed here, as a spreadsheet would.

A literal \\n in a text cell starts a new line inside the cell (Alt+Enter).
Text that only looks like an amount ("1 800 000 kr", "01") stays text, as in
the offices' own files. The output is deterministic so it can be committed.
"""
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

NBSP = "\u00a0"

# format prefix -> (ODF data style name or None, display function)
FORMATS = {
    "kr": "N_kr",
    "int": "N_int",
    "num": None,
    "pct1": "N_pct1",
}

REF = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]+)")
RANGE_OR_REF = re.compile(
    r"(?:'(?P<sheet>[^']+)'!)?(?P<a>\$?[A-Z]{1,3}\$?[0-9]+)(?::(?P<b>\$?[A-Z]{1,3}\$?[0-9]+))?")


def col_index(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def parse_ref(ref):
    m = REF.fullmatch(ref)
    return int(m.group(2)) - 1, col_index(m.group(1))


def group_digits(n):
    s = f"{abs(n):,}".replace(",", NBSP)
    return ("-" if n < 0 else "") + s


def display(fmt, value):
    if fmt == "kr":
        return group_digits(round(value)) + " kr"
    if fmt == "int":
        return group_digits(round(value))
    if fmt == "pct1":
        return f"{value * 100:.1f}".replace(".", ",") + "%"
    return f"{value:g}".replace(".", ",")


BOLD_KINDS = ("head", "total", "group", "title")
INDENTABLE = ("row", "total", "group")


def is_bold(kind):
    return kind.partition("+")[0] in BOLD_KINDS


def indent_level(kind):
    """Indentation steps of a row kind's first cell: indent = 1, total+2 = 2."""
    base, _, level = kind.partition("+")
    return 1 if base == "indent" else int(level or 0)


def number(text):
    v = float(text)
    return int(v) if v.is_integer() else v


class Cell:
    def __init__(self, token):
        self.text = None
        self.fmt = None
        self.value = None
        self.formula = None
        prefix, sep, rest = token.partition(":")
        if sep and prefix in FORMATS:
            self.fmt = prefix
            if rest.startswith("="):
                self.formula = rest
            else:
                self.value = number(rest)
        else:
            self.text = token


class Sheet:
    def __init__(self, name, book):
        self.name = name
        self.book = book  # every sheet of the workbook by name, for 'Sheet'!A1
        self.widths = []
        self.rows = []  # (kind, span, [Cell or None])

    def cell(self, r, c):
        if r < len(self.rows) and c < len(self.rows[r][2]):
            return self.rows[r][2][c]
        return None


def evaluate(sheet, cell, busy=()):
    """Value of a formula over the sheet's cached values; text counts as 0 in
    SUM, like a spreadsheet's SUM."""
    if cell.formula is None:
        return cell.value if cell.value is not None else 0
    if id(cell) in busy:
        raise ValueError(f"{sheet.name}: circular formula {cell.formula}")

    def values(match):
        source = sheet.book[match["sheet"]] if match["sheet"] else sheet
        (r1, c1) = parse_ref(match["a"])
        (r2, c2) = parse_ref(match["b"] or match["a"])
        total = 0
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                target = source.cell(r, c)
                if target is not None and target.text is None:
                    total += evaluate(source, target, busy + (id(cell),))
        return repr(total)

    expr = RANGE_OR_REF.sub(values, cell.formula[1:])
    expr = expr.replace("SUM(", "(").replace(";", "+")
    if not re.fullmatch(r"[0-9.+\- ()]*", expr):
        raise ValueError(f"{sheet.name}: unsupported formula {cell.formula}")
    result = eval(expr)  # only digits, + - and parentheses remain
    cell.value = result
    return result


def odf_formula(formula):
    def ref(match):
        sheet = f"$'{match['sheet']}'" if match["sheet"] else ""
        end = f":.{match['b']}" if match["b"] else ""
        return f"[{sheet}.{match['a']}{end}]"
    return "of:=" + RANGE_OR_REF.sub(ref, formula[1:])


def parse_description(path):
    sheets = []
    book = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        if line.startswith("@sheet "):
            sheets.append(Sheet(line[len("@sheet "):].strip(), book))
            book[sheets[-1].name] = sheets[-1]
            continue
        if not sheets:
            raise ValueError(f"{path}:{lineno}: row before @sheet")
        sheet = sheets[-1]
        if line.startswith("@widths "):
            sheet.widths = [float(w) for w in line.split()[1:]]
            continue
        if not line.strip():
            sheet.rows.append(("row", 1, []))
            continue
        kind, *tokens = line.split("\t")
        kind, _, span = kind.partition(":")
        base, plus, level = kind.partition("+")
        if (base not in ("row", "head", "total", "group", "indent", "title")
                or plus and (base not in INDENTABLE or not level.isdigit())):
            raise ValueError(f"{path}:{lineno}: unknown row kind {kind!r}")
        cells = [Cell(t) if t != "" else None for t in tokens]
        sheet.rows.append((kind, int(span or 1), cells))
    return sheets


def cell_style(fmt, kind, first):
    parts = [fmt or "gen"]
    if is_bold(kind):
        parts.append("b")
    if kind == "title":
        parts.append("big")
    level = indent_level(kind)
    if level and first:
        parts.append("ind" if level == 1 else f"ind{level}")
    if kind == "head":
        parts.append("wrap")
    return "ce_" + "_".join(parts)


STYLE_XML = {
    "b": '<style:text-properties fo:font-weight="bold"/>',
    "big": '<style:text-properties fo:font-size="13pt" fo:font-weight="bold"/>',
    "wrap": '<style:table-cell-properties fo:wrap-option="wrap"/>',
}


def style_definition(name):
    parts = name[3:].split("_")
    fmt = parts[0]
    attrs = ""
    if FORMATS.get(fmt):
        attrs = f' style:data-style-name="{FORMATS[fmt]}"'
    inner = ""
    if "wrap" in parts:
        inner += STYLE_XML["wrap"]
    for part in parts:
        if part.startswith("ind"):
            steps = int(part[3:] or 1)
            inner += f'<style:paragraph-properties fo:margin-left="{0.353 * steps:.3f}cm"/>'
    if "big" in parts:
        inner += STYLE_XML["big"]
    elif "b" in parts:
        inner += STYLE_XML["b"]
    return (f'<style:style style:name="{name}" style:family="table-cell" '
            f'style:parent-style-name="Default"{attrs}>{inner}</style:style>')


NUMBER_STYLES = """\
  <number:number-style style:name="N_kr" number:language="sv" number:country="SE">
   <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
   <number:text> kr</number:text>
  </number:number-style>
  <number:number-style style:name="N_int" number:language="sv" number:country="SE">
   <number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/>
  </number:number-style>
  <number:percentage-style style:name="N_pct1" number:language="sv" number:country="SE">
   <number:number number:decimal-places="1" number:min-decimal-places="1" number:min-integer-digits="1"/>
   <number:text>%</number:text>
  </number:percentage-style>
"""

HEADER = """\
<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:styles>
  <style:default-style style:family="table-cell">
   <style:text-properties fo:language="sv" fo:country="SE"/>
  </style:default-style>
  <style:style style:name="Default" style:family="table-cell"/>
 </office:styles>
"""


def cell_xml(cell, style, span):
    attrs = f' table:style-name="{style}"'
    if span > 1:
        attrs += (f' table:number-columns-spanned="{span}"'
                  ' table:number-rows-spanned="1"')
    if cell is None:
        return f"<table:table-cell{attrs}/>"
    if cell.text is not None:
        paragraphs = "".join(f"<text:p>{escape(line)}</text:p>"
                             for line in cell.text.split("\\n"))
        return (f'<table:table-cell{attrs} office:value-type="string">'
                f"{paragraphs}</table:table-cell>")
    if cell.formula:
        attrs += f' table:formula="{escape(odf_formula(cell.formula))}"'
    value_type = "percentage" if cell.fmt == "pct1" else "float"
    return (f'<table:table-cell{attrs} office:value-type="{value_type}" '
            f'office:value="{cell.value!r}"><text:p>{escape(display(cell.fmt, cell.value))}'
            "</text:p></table:table-cell>")


def write_fods(sheets, out):
    for sheet in sheets:
        for _, _, cells in sheet.rows:
            for cell in cells:
                if cell is not None and cell.formula:
                    evaluate(sheet, cell)
    body = []
    styles = set()
    columns = set()
    for sheet in sheets:
        body.append(f' <table:table table:name="{escape(sheet.name)}">')
        for width in sheet.widths:
            name = "co" + f"{width:g}".replace(".", "_")
            columns.add((name, width))
            body.append(f'  <table:table-column table:style-name="{name}"/>')
        for kind, span, cells in sheet.rows:
            row = []
            for i, cell in enumerate(cells):
                style = cell_style(cell.fmt if cell else None, kind, i == 0)
                styles.add(style)
                merged = span if kind == "title" and i == 0 else 1
                row.append(cell_xml(cell, style, merged))
                row.extend(["<table:covered-table-cell/>"] * (merged - 1))
            if not row:
                row.append("<table:table-cell/>")
            body.append("  <table:table-row>" + "".join(row) + "</table:table-row>")
        body.append(" </table:table>")
    auto = [NUMBER_STYLES]
    for name, width in sorted(columns):
        auto.append(f'  <style:style style:name="{name}" style:family="table-column">'
                    f'<style:table-column-properties style:column-width="{width:g}cm"/>'
                    "</style:style>\n")
    for name in sorted(styles):
        auto.append("  " + style_definition(name) + "\n")
    text = (HEADER + " <office:automatic-styles>\n" + "".join(auto)
            + " </office:automatic-styles>\n <office:body>\n  <office:spreadsheet>\n"
            + "\n".join(body) + "\n  </office:spreadsheet>\n </office:body>\n</office:document>\n")
    out.write_text(text, encoding="utf-8")


def main(paths):
    for name in paths:
        src = Path(name)
        write_fods(parse_description(src), src.with_suffix(".fods"))


if __name__ == "__main__":
    main(sys.argv[1:])
