#!/usr/bin/python3
"""Seed 003's amounts (the 2026 Jämtland decision basis: its actors, and its
kommuner's 1 865 000 kr) in table shapes that `layout_variants.py` does not
write: tkr with one decimal, quarters and months beside a year column,
"Totalt" before its "varav" columns, several amount columns, a difference
column, shares, codes and counts, öre, amounts typed as text, merged group
cells, two tables side by side, sections without totals, a balance, VAT,
titles and source lines, two header rows, numbered groups, a blank column,
comparison lines, totals on other sheets. Each is written clean and with one
injected error, and held to exact findings (errors and warnings; amounts
typed as text aside):

  - the clean file: what SHAPES lists for it (nothing, or a rounding warning
    where the items are rounded to 0,1 tkr);
  - the file with the error: exactly the listed findings, at the injected
    cell (a total, a row's total, a share) with the value it should hold;
  - `summakoll fix` of the file with the error never makes a right amount
    wrong: every cell of the corrected file holds the clean file's value,
    except the injected cell when fix leaves it (for a person, or within
    rounding);
  - the clean file printed to PDF by LibreOffice (narrow columns: Calc clips
    labels, runs figures into them) gives no error or warning the workbook
    does not give. (It may say less: a clipped header can lose a unit.)

usage: table_shapes.py SUMMAKOLL"""
import json
import os
import subprocess
import sys
import tempfile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

BIN = sys.argv[1]

GROUPS = [("Kommunförbundet", [("Länssamordning", 1_350_000), ("Samordning barn och unga", 250_000),
                               ("Tidiga insatser", 400_000), ("Riktade aktiviteter", 127_436)]),
          ("Region", [("Folkhälsoenheten", 3_510_836), ("Föräldra barn hälsan", 381_600), ("Vuxenpsykiatrin", 100_000)]),
          ("Gemensamt", [("SIP", 205_026), ("Spridningskonferens", 500_000), ("Fontänhus", 250_000)])]
ITEMS = [i for _, items in GROUPS for i in items]
TOTAL = sum(v for _, v in ITEMS)  # 7 074 898
KOMMUNER = [("2303", "Ragunda", 190_600), ("2305", "Bräcke", 193_000), ("2309", "Krokom", 222_600),
            ("2313", "Strömsund", 207_800), ("2321", "Åre", 213_400), ("2326", "Berg", 196_200),
            ("2361", "Härjedalen", 205_400), ("2380", "Östersund", 436_000)]
KR = '#,##0 "kr"'


def tkr(ws, err):
    ws.append(["Fördelning 2026"])
    ws.append(["Aktör", "Belopp (tkr)"])
    grand = 0
    for g, items in GROUPS:
        ws.append([g])
        for name, v in items:
            ws.append(["  " + name, round(v / 1000, 1)])
        s = sum(v for _, v in items)
        ws.append(["Summa " + g.lower(), round(s / 1000, 1) + (err if g == "Region" else 0)])
        grand += s
    ws.append(["Totalt", round(grand / 1000, 1)])


def tkr_above(ws, err):
    ws.append(["Aktör", "Belopp (tkr)"])
    ws.append(["Totalt", round(TOTAL / 1000, 1)])
    ws["A2"].font = Font(bold=True)
    for g, items in GROUPS:
        ws.append([g, round(sum(v for _, v in items) / 1000, 1) + (err if g == "Region" else 0)])
        ws.cell(ws.max_row, 1).font = Font(bold=True)
        for n, v in items:
            ws.append(["   " + n, round(v / 1000, 1)])


def three_columns(ws, err):
    ws.append(["Uppföljning 2025"])
    ws.append(["Insats", "Beviljat", "Utbetalt", "Kvar"])
    paid_total = 0
    for name, v in ITEMS:
        paid = v * 9 // 10 // 1000 * 1000
        r = ws.max_row + 1
        ws.append([name, v, paid, v - paid])
        paid_total += paid
    ws.append(["Totalt", TOTAL + err, paid_total, TOTAL - paid_total])
    for row in ws.iter_rows(min_row=3, min_col=2, max_col=4):
        for c in row:
            c.number_format = KR


def typed_total(ws, err):
    ws.append(["Insats", "Belopp"])
    for name, v in ITEMS:
        ws.append([name, v])
    ws.append(["Summa", TOTAL + err])


def row_totals(ws, err):
    ws.append(["Kommun", "2024", "2025", "2026", "Totalt"])
    cols = [0, 0, 0]
    for _, name, v in KOMMUNER:
        a, b, c = v, v + 10_000, v + 20_000
        ws.append([name, a, b, c, a + b + c + (err if name == "Krokom" else 0)])
        cols = [cols[0] + a, cols[1] + b, cols[2] + c]
    ws.append(["Summa", cols[0], cols[1], cols[2], sum(cols)])


def quarters(ws, err):
    ws.append(["Kommun", "Kv 1", "Kv 2", "Kv 3", "Kv 4", "Helår"])
    cols = [0] * 5
    for _, name, v in KOMMUNER:
        q = [v // 4, v // 4, v // 4, v - 3 * (v // 4)]
        ws.append([name] + q + [v + (err if name == "Berg" else 0)])
        cols = [c + x for c, x in zip(cols, q + [v])]
    ws.append(["Summa"] + cols)


def months(ws, err):
    ws.append(["Insats", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", "Året"])
    for i, (name, v) in enumerate(ITEMS[:6]):
        m = [v // 12] * 11 + [v - 11 * (v // 12)]
        ws.append([name] + m + [v + (err if i == 2 else 0)])


def total_before_varav(ws, err):
    ws.append(["Område", "Totalt", "varav kommuner", "varav region"])
    rows = [("Barn och unga", 1_000_000, 400_000), ("Samsjuklighet", 800_000, 300_000),
            ("Suicidprevention", 600_000, 250_000), ("Brukarmedverkan", 200_000, 100_000)]
    for name, t, k in rows:
        ws.append([name, t + (err if name == "Samsjuklighet" else 0), k, t - k])
    ws.append(["Summa", sum(r[1] for r in rows), sum(r[2] for r in rows), sum(r[1] - r[2] for r in rows)])


def shares(ws, err):
    ws.append(["Kommun", "Belopp", "Andel"])
    total = sum(v for _, _, v in KOMMUNER)
    for _, name, v in KOMMUNER:
        ws.append([name, v, round(v / total, 3) + (err if name == "Åre" else 0)])
        ws.cell(ws.max_row, 3).number_format = "0.0%"
    ws.append(["Totalt", total, 1.0])
    ws.cell(ws.max_row, 3).number_format = "0.0%"


def shares_of_100(ws, err):
    ws.append(["Område", "Belopp", "Andel"])
    for name in ("Barn och unga", "Samsjuklighet", "Suicidprevention"):
        ws.append([name, 1_000_000, round(1 / 3, 3)])
        ws.cell(ws.max_row, 3).number_format = "0.0%"
    ws.append(["Totalt", 3_000_000 + err, 1.0])
    ws.cell(ws.max_row, 3).number_format = "0.0%"


def title_and_source(ws, err):
    ws.append(["Beslut om fördelning av länsgemensamma medel"])
    ws.append(["Beslutsdatum", "2024-03-15"])
    ws.append(["Dnr", "RS/2024/123"])
    ws.append([])
    ws.append(["Kommun", "Kod", "Belopp"])
    for code, name, v in KOMMUNER:
        ws.append([name, int(code), v])
    ws.append(["Totalt", None, 1_865_000 + err])
    ws.append([])
    ws.append(["Källa: Regionen, beslut 2024-03-15, 8 kommuner"])
    ws.append(["* Medel följer anställning, 2 år"])


def codes_and_counts(ws, err):
    ws.append(["Kod", "Kommun", "Invånare", "Belopp"])
    for code, name, v in KOMMUNER:
        ws.append([int(code), name, v // 10, v])
    ws.append([None, "Summa länet", sum(v // 10 for _, _, v in KOMMUNER), 1_865_000 + err])


def codes_as_text(ws, err):
    ws.append(["Kod", "Kommun", "År", "Belopp"])
    for code, name, v in KOMMUNER:
        ws.append([code, name, 2024, v])
    ws.append(["", "Riket", "", 1_865_000 + err])


def per_capita(ws, err):
    ws.append(["Kommun", "Invånare", "Kr per invånare", "Belopp"])
    for _, name, v in KOMMUNER:
        ws.append([name, v // 20, 20, v])
    ws.append(["Summa", sum(v // 20 for _, _, v in KOMMUNER), 20, 1_865_000 + err])


def ore(ws, err):
    ws.append(["Insats", "Belopp"])
    for name, v in ITEMS:
        ws.append([name, v + 0.5])
    ws.append(["Totalt", TOTAL + 0.5 * len(ITEMS) + err])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=2):
        for c in row:
            c.number_format = '#,##0.00 "kr"'


def text_amounts(ws, err):
    ws.append(["Insats", "Belopp"])
    for name, v in ITEMS:
        ws.append([name, f"{v:,} kr".replace(",", " ")])
    ws.append(["Totalt", f"{TOTAL + err:,} kr".replace(",", " ")])


def merged_groups(ws, err):
    ws.append(["Aktör", "Insats", "Belopp"])
    for g, items in GROUPS:
        start = ws.max_row + 1
        for name, v in items:
            ws.append([g, name, v])
        ws.merge_cells(start_row=start, start_column=1, end_row=ws.max_row, end_column=1)
        ws.append([None, "Summa " + g, sum(v for _, v in items) + (err if g == "Gemensamt" else 0)])
    ws.append(["Totalt", None, TOTAL])


def side_by_side(ws, err):
    ws.append(["Kommun", "Belopp", None, "Insats", "Belopp"])
    for i in range(max(len(KOMMUNER), len(ITEMS))):
        row = [None] * 5
        if i < len(KOMMUNER):
            row[0], row[1] = KOMMUNER[i][1], KOMMUNER[i][2]
        if i < len(ITEMS):
            row[3], row[4] = ITEMS[i]
        ws.append(row)
    ws.append(["Summa", 1_865_000 + err, None, "Summa", TOTAL])


def sections_without_totals(ws, err):
    ws.append(["Mottagare", "Belopp"])
    ws.append(["Kommunerna"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    for _, name, v in KOMMUNER[:3]:
        ws.append([name, v])
    ws.append(["Regionen"])
    ws.cell(ws.max_row, 1).font = Font(bold=True)
    ws.append(["Psykiatri", 500_000])
    ws.append(["Primärvård", 300_000])
    ws.append(["Totalt", 1_406_200 + err])


def balance(ws, err):
    ws.append(["Uppföljning länsgemensamma medel 2025"])
    ws.append(["Erhållna medel 2025", TOTAL])
    ws.append(["Överfört från 2024", 412_000])
    ws.append(["Summa tillgängligt", TOTAL + 412_000])
    ws.append([])
    ws.append(["Förbrukat", "Belopp"])
    spent = 0
    for name, v in ITEMS:
        ws.append([name, v * 8 // 10 // 1000 * 1000])
        spent += v * 8 // 10 // 1000 * 1000
    ws.append(["Summa förbrukat", spent + err])
    ws.append(["Kvar att överföra till 2026", TOTAL + 412_000 - spent])


def vat(ws, err):
    ws.append(["Kostnad", "Belopp"])
    for name, v in ITEMS[:4]:
        ws.append([name, v])
    s = sum(v for _, v in ITEMS[:4])
    ws.append(["Summa", s + err])
    ws.append(["Moms 25 %", s // 4])
    ws.append(["Totalt inkl moms", s + s // 4])


def two_header_rows(ws, err):
    ws.append(["Insats", "Beviljat", None])
    ws.merge_cells("B1:C1")
    ws.append([None, "2024", "2025"])
    for name, v in ITEMS:
        ws.append([name, v, v + 10_000])
    ws.append(["Totalt", TOTAL + err, TOTAL + 10_000 * len(ITEMS)])


def numbered_groups(ws, err, bold=True):
    ws.append(["Insats", "Belopp"])
    for gi, (g, items) in enumerate(GROUPS, 1):
        ws.append([f"{gi} {g}", sum(v for _, v in items) + (err if g == "Region" else 0)])
        ws.cell(ws.max_row, 1).font = Font(bold=bold)
        for ii, (name, v) in enumerate(items, 1):
            ws.append([f"{gi}.{ii} {name}", v])
    ws.append(["Totalt", TOTAL])


def blank_column(ws, err):
    ws.append(["Insats", None, "Belopp"])
    for name, v in ITEMS:
        ws.append([name, None, v])
    ws.append(["Total", None, TOTAL + err])


def budget_lines(ws, err):
    ws.append(["Insats", "Utfall"])
    for name, v in ITEMS:
        ws.append([name, v])
    ws.append(["Totalt", TOTAL + err])
    ws.append(["Budget 2025", 7_000_000])
    ws.append(["Avvikelse mot budget", TOTAL - 7_000_000])


def negatives(ws, err):
    ws.append(["Insats", "Belopp"])
    rows = [("Länssamordning", 1_350_000), ("Återbetalning 2024", -50_000), ("Fontänhus", 250_000), ("Justering", -12_500)]
    for name, v in rows:
        ws.append([name, v])
    ws.append(["Totalt", sum(v for _, v in rows) + err])


def other_sheets(ws, err):
    wb = ws.parent
    ws.title = "Sammanställning"
    ws.append(["Aktör", "Belopp"])
    for g, items in GROUPS:
        s = wb.create_sheet(g)
        s.append(["Insats", "Belopp"])
        for name, v in items:
            s.append([name, v])
        s.append(["Summa", sum(v for _, v in items) + (err if g == "Region" else 0)])
        ws.append([g, f"='{g}'!B{s.max_row}"])
    ws.append(["Totalt", f"=SUM(B2:B{ws.max_row})"])


# Where the error went in when no error or warning names the cell.
UNSAID = {"avsnitt-utan-summor": "Blad1!B9"}
E, W = "error", "warning"
# name → (writer, the error injected, findings of the clean file, findings with the error) as (severity, code,
# sheet!cell, expected).
SHAPES = {
    "tkr-en-decimal": (tkr, 10.0, [(W, "total-rounding", "Blad1!B19", 7_074_800)],
                       [(E, "total-mismatch", "Blad1!B13", 3_992_400)]),
    "tkr-grupprad-ovanfor": (tkr_above, 10.0, [(W, "total-rounding", "Blad1!B2", 7_074_800)],
                             [(E, "total-mismatch", "Blad1!B8", 3_992_400)]),
    "beviljat-utbetalt-kvar": (three_columns, 10_000, [], [(E, "total-mismatch", "Blad1!B13", TOTAL)]),
    "inskriven-summa": (typed_total, 10_000, [], [(E, "total-mismatch", "Blad1!B12", TOTAL)]),
    "radsummor-totalt": (row_totals, 10_000, [], [(E, "total-mismatch", "Blad1!E4", 697_800)]),
    "kvartal-och-helar": (quarters, 10_000, [], [(E, "total-mismatch", "Blad1!F7", 196_200)]),
    "manader-och-aret": (months, 10_000, [], [(E, "total-mismatch", "Blad1!N4", 400_000)]),
    "totalt-fore-varav": (total_before_varav, 10_000, [], [(E, "total-mismatch", "Blad1!B3", 800_000)]),
    "andelar": (shares, 0.005, [], [(W, "percent-mismatch", "Blad1!C6", 213_400 / 1_865_000)]),
    "andelar-av-100": (shares_of_100, 10_000, [], [(E, "total-mismatch", "Blad1!B5", 3_000_000)]),
    "titel-och-kalla": (title_and_source, 10_000, [], [(E, "total-mismatch", "Blad1!C14", 1_865_000)]),
    "koder-och-antal": (codes_and_counts, 10_000, [], [(E, "total-mismatch", "Blad1!D10", 1_865_000)]),
    "koder-som-text": (codes_as_text, 10_000, [], [(E, "total-mismatch", "Blad1!D10", 1_865_000)]),
    "kr-per-invanare": (per_capita, 10_000, [], [(E, "total-mismatch", "Blad1!D10", 1_865_000)]),
    # 10 kr over ten amounts in öre: within the krona each may round away.
    "oren": (ore, 10.0, [], [(W, "total-rounding", "Blad1!B12", TOTAL + 5)]),
    "belopp-som-text": (text_amounts, 10_000, [], [(E, "total-mismatch", "Blad1!B12", TOTAL)]),
    "sammanslagna-gruppceller": (merged_groups, 10_000, [], [(E, "total-mismatch", "Blad1!C14", 955_026)]),
    "tva-tabeller-bredvid": (side_by_side, 10_000, [], [(E, "total-mismatch", "Blad1!B12", 1_865_000)]),
    # Whether "Totalt" adds both sections or the last cannot be told: a note, not an error.
    "avsnitt-utan-summor": (sections_without_totals, 10_000, [], []),
    "saldo": (balance, 10_000, [], [(E, "total-mismatch", "Blad1!B17", 5_658_000)]),
    "moms": (vat, 10_000, [], [(E, "total-mismatch", "Blad1!B6", 2_127_436)]),
    "tva-rubrikrader": (two_header_rows, 10_000, [], [(E, "total-mismatch", "Blad1!B13", TOTAL)]),
    "numrerade-grupper": (numbered_groups, 10_000, [], [(E, "total-mismatch", "Blad1!B7", 3_992_436)]),
    # The outline numbers alone mark the group rows ("2 Region" over "2.1" … "2.3").
    "numrerade-grupper-utan-fetstil": (lambda ws, err: numbered_groups(ws, err, bold=False), 10_000, [],
                                       [(E, "total-mismatch", "Blad1!B7", 3_992_436)]),
    "tom-kolumn": (blank_column, 10_000, [], [(E, "total-mismatch", "Blad1!C12", TOTAL)]),
    "budgetrader": (budget_lines, 10_000, [], [(E, "total-mismatch", "Blad1!B12", TOTAL)]),
    "negativa-belopp": (negatives, 10_000, [], [(E, "total-mismatch", "Blad1!B6", 1_537_500)]),
    "summor-pa-andra-blad": (other_sheets, 10_000, [], [(E, "total-mismatch", "Region!B5", 3_992_436)]),
}


def write(path, shape, err):
    wb = Workbook()
    ws = wb.active
    ws.title = "Blad1"
    SHAPES[shape][0](ws, err)
    wb.save(path)


def loud(path, where=True):
    """Errors and warnings, amounts typed as text (and in a PDF, where every amount is text) aside."""
    p = subprocess.run([BIN, "check", "--format", "json", path], capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{path}: exit {p.returncode}: {p.stderr}")
    out = []
    for f in json.loads(p.stdout)["files"][0]["findings"]:
        if f["severity"] in (E, W) and f["code"] not in ("number-as-text", "ambiguous-number"):
            out.append((f["severity"], f["code"], f"{f['sheet']}!{f['cell']}" if where else "", round(f.get("expected") or 0, 4)))
    return sorted(out)


def values(path):
    """Every cell's value as shown (formulas by their cached value; text amounts as numbers)."""
    out = {}
    for ws in load_workbook(path, data_only=True).worksheets:
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if isinstance(v, str):
                    t = v.replace("\u00a0", " ").removesuffix(" kr").replace(" ", "").replace(",", ".")
                    try:
                        v = float(t)
                    except ValueError:
                        pass
                if v is not None:
                    out[(ws.title, c.coordinate)] = round(v, 4) if isinstance(v, (int, float)) else v
    return out


failures = []
work = tempfile.mkdtemp(prefix="shapes-")
for shape, (_, err, clean_want, wrong_want) in SHAPES.items():
    clean, wrong = os.path.join(work, f"{shape}-ren.xlsx"), os.path.join(work, f"{shape}-fel.xlsx")
    write(clean, shape, 0)
    write(wrong, shape, err)
    for path, want in ((clean, clean_want), (wrong, wrong_want)):
        want = sorted((s, c, cell, round(x, 4)) for s, c, cell, x in want)
        got = loud(path)
        if got != want:
            failures.append(f"{os.path.basename(path)}: väntat {want}, fick {got}")
    fixed = os.path.join(work, f"{shape}-fel.rattad.xlsx")
    p = subprocess.run([BIN, "fix", wrong, "-o", fixed], capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1) or not os.path.exists(fixed):
        failures.append(f"{shape}: fix exit {p.returncode}: {p.stderr.strip()}")
        continue
    # The corrected file, sheet by sheet as the clean one (its report sheet aside).
    before, after = values(clean), values(fixed)
    injected = {cell for _, _, cell, _ in wrong_want} | {cell for _, _, cell, _ in clean_want} | {UNSAID.get(shape)}
    changed = sorted(f"{s}!{c}" for (s, c), v in before.items() if after.get((s, c)) != v)
    wrong_made = [c for c in changed if c not in injected]
    if wrong_made:
        failures.append(f"{shape}: fix gjorde rätta belopp fel vid {wrong_made}")

# The clean files as LibreOffice prints them, all at once.
cleans = [os.path.join(work, f"{shape}-ren.xlsx") for shape in SHAPES]
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", "--convert-to", "pdf",
                "--outdir", work, *cleans], capture_output=True, timeout=900)
printed = 0
for clean in cleans:
    pdf = clean[:-5] + ".pdf"
    if not os.path.exists(pdf):
        failures.append(f"{os.path.basename(pdf)}: LibreOffice skrev den inte")
        continue
    printed += 1
    extra = [f for f in loud(pdf, where=False) if f not in loud(clean, where=False)]
    if extra:
        failures.append(f"{os.path.basename(pdf)}: fel eller varningar som arbetsboken inte ger: {extra}")

for f in failures:
    print("FAIL", f)
print(f"{2 * len(SHAPES)} files of {len(SHAPES)} table shapes, their fixes and {printed} clean ones printed to PDF checked: "
      f"{len(failures)} failures")
sys.exit(1 if failures else 0)
