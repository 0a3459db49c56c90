#!/usr/bin/python3
"""One allocation from seed 003 (the 2026 Jämtland decision basis: two
levels of groups under a grand total of 12 689 898 kr) written in many
layouts a person uses, each clean and with one injected error at every
total and at an item of every group, and `summakoll check` held to exact
findings:

  - clean: no error and no warning (amounts typed as text excepted);
  - a total off by 10 000 kr: one error, at that total, expecting the sum
    its items give; nothing accused above or below it;
  - an item off by 10 000 kr: one error, at the nearest total above the item
    (which of the two is wrong cannot be told; the total is where it shows);
  - `summakoll fix` of a file with a wrong total never makes a right amount
    wrong: every amount (cached values of the formulas it writes) is as in
    the clean file, except the wrong total when fix leaves it for a person
    (its plan says so; e.g. its items hold a run that could be a subtotal).

Layouts: totals below their items ("Summa …", or a bare "Summa"), group rows above their items
carrying the group's amount (with and without the word "Totalt:", nested by
indentation of the style or typed spaces), the grand total on top, the totals in a column of their own,
blank rows and amounts typed as text, a comparison line and a varav line
that are no part of any sum, and two years with a Förändring column (an
error in this year's total is one error there, its change follows from it;
an item off is off against its change too, a second error on its row).

Group rows told by bold alone, nested, with no indentation and no total
word: which rows a group ends with is not in the look, so an error there may
go unsaid (a missed warning), but nothing right is ever accused.

usage: layout_variants.py SUMMAKOLL"""
import json
import os
import re
import subprocess
import sys
import tempfile

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font

BIN = sys.argv[1]

# (label, amount) for items; (label, [children]) for groups. Seed 003's
# actors, with the decision's 481 000 written as the items' 481 600.
TREE = ("Totalt länsgemensamma medel", [
    ("Kommunförbundet Jämtland Härjedalen samt länets kommuner", [
        ("KFJH samordning inkl aktiviteter länshandlingsplan", [
            ("Länssamordning inkl strategisk utveckling brukarinflytande", 1_350_000),
            ("Samordning barn och unga", 250_000),
            ("Tidiga insatser barn och unga inklusive suicidprevention", 400_000),
            ("KFJH riktade aktiviteter: lågtröskelstöd", 127_436),
        ]),
        ("Direkt fördelat länets kommuner", [
            ("Berg", 196_200), ("Bräcke", 193_000), ("Härjedalen", 205_400), ("Krokom", 222_600),
            ("Ragunda", 190_600), ("Strömsund", 207_800), ("Åre", 213_400), ("Östersund", 436_000),
        ]),
    ]),
    ("Region Jämtland Härjedalen", [
        ("Folkhälsoenheten (FHE) samordning inkl aktiviteter länshandlingsplan", [
            ("Länssamordning inkl strategisk utveckling", 1_350_000),
            ("Samordning Barn och Unga", 250_000),
            ("Tidiga insatser barn och unga", 400_000),
            ("Sprida utbildningsinsatser och lågtröskelstöd", 310_836),
            ("Samverkan med patient-, brukar- och anhörigorganisationer", 400_000),
            ("Riktade insatser med kunskapsnätverket för samisk hälsa", 400_000),
            ("Lotsning till efterlevandestöd", 400_000),
        ]),
        ("Direkt till regionens vårdverksamheter", [
            ("Föräldra barn hälsan", 381_600),
            ("Vuxenpsykiatrin", 100_000),
        ]),
    ]),
    ("Region Jämtland Härjedalen i samverkan med Kommunförbundet", [
        ("SIP - fortsatt utveckling samverkan", 205_026),
        ("Spridningskonferens länshandlingsplan", 500_000),
        ("Samsjuklighetsreformen", 250_000),
        ("Fontänhus", 250_000),
        ("Gemensamma insatser enligt länshandlingsplanen", 3_500_000),
    ]),
])


# Seed 001's agreement for 2024 (tkr): four sections of items, one total each.
AGREEMENT = ("Totalt överenskommelsen", [
    ("Regioner", [("Barn och unga", 553_000), ("Kunskapsbaserad vård", 100_000), ("Traumavård", 50_000)]),
    ("Kommuner", [("Kunskapsbaserad vård", 100_000), ("Psykisk hälsa", 25_000)]),
    ("Länsgemensamma medel", [("Barn och unga", 250_000), ("Samsjuklighet", 250_000), ("Brukarmedverkan", 24_000),
                              ("Suicidprevention", 200_000)]),
    ("SKR", [("Utvecklingsarbete", 33_000), ("Stöd till regionerna", 12_000)]),
])
ACTORS = TREE


def is_group(node):
    return isinstance(node[1], list)


def total(node):
    return sum(total(c) for c in node[1]) if is_group(node) else node[1]


def last_year(node):
    """The year before: each item a little less (a whole thousand), totals their sums."""
    if is_group(node):
        return sum(last_year(c) for c in node[1])
    return node[1] - (node[1] // 10) // 1000 * 1000


def paths(node, at=()):
    """Every node's path (tuple of child indexes), parents before children."""
    yield at
    if is_group(node):
        for i, c in enumerate(node[1]):
            yield from paths(c, at + (i,))


def node_at(path):
    node = TREE
    for i in path:
        node = node[1][i]
    return node


def amount_of(path, changed, delta):
    """The typed amount at `path`: the true one, off by `delta` at `changed`."""
    return total(node_at(path)) + (delta if path == changed else 0)


# Each layout writes the tree from row 3 down (a title and a header above)
# and returns {path: cell} for every amount it wrote.
def rows_below(ws, changed, delta, *, text=False, blank=False, lines_after=None, bare=False, years=False):
    """Items first, then "Summa <group>" under them; the grand total last."""
    cells, row = {}, [3]

    def put(label, value, path, bold=False):
        ws.cell(row[0], 1, label).font = Font(bold=bold)
        ws.cell(row[0], 2, f"{value:,} kr".replace(",", " ") if text else value)
        cells[path] = f"B{row[0]}"
        if years:  # 2025 beside 2026, and the change typed as its right value
            before = last_year(node_at(path))
            ws.cell(row[0], 3, before)
            ws.cell(row[0], 4, total(node_at(path)) - before)
        row[0] += 1
        if lines_after and path in lines_after:
            for label2, value2 in lines_after[path]:
                ws.cell(row[0], 1, label2)
                ws.cell(row[0], 2, value2)
                row[0] += 1

    def walk(path):
        node = node_at(path)
        if not is_group(node):
            put(node[0], amount_of(path, changed, delta), path)
            return
        if path:
            ws.cell(row[0], 1, node[0]).font = Font(bold=True)
            row[0] += 1
        for i in range(len(node[1])):
            walk(path + (i,))
        label = node[0] if not path else "Summa" if bare else f"Summa {node[0]}"
        put(label, amount_of(path, changed, delta), path, bold=True)
        if blank:
            row[0] += 1

    walk(())
    return cells


def rows_above(ws, changed, delta, *, word=False, grand_on_top=False, totals_column=False, spaces=False, flat=False):
    """A group's row above its items carries its amount (indented by depth);
    the grand total last, or first."""
    cells, row = {}, [3]
    col_total = 3 if totals_column else 2

    def put(label, value, path, depth, group):
        c = ws.cell(row[0], 1, ("  " * depth if spaces else "") + label + (" Totalt:" if group and word else ""))
        if not spaces and not flat:
            c.alignment = Alignment(indent=depth)
        c.font = Font(bold=group)
        col = col_total if group else 2
        ws.cell(row[0], col, value)
        cells[path] = f"{'ABC'[col - 1]}{row[0]}"
        row[0] += 1

    def walk(path):
        node = node_at(path)
        depth = max(len(path) - 1, 0)
        put(node[0], amount_of(path, changed, delta), path, depth, is_group(node))
        if is_group(node):
            for i in range(len(node[1])):
                walk(path + (i,))

    if grand_on_top:
        put(TREE[0], amount_of((), changed, delta), (), 0, True)
    for i in range(len(TREE[1])):
        walk((i,))
    if not grand_on_top:
        put(TREE[0], amount_of((), changed, delta), (), 0, True)
    return cells


def section_summary(ws, changed, delta):
    """Section headings over their items, then a block of "Totalt <section>"
    lines, then the grand total (seed 001's layout)."""
    cells, row = {}, 3
    for i, (name, items) in enumerate(TREE[1]):
        ws.cell(row, 1, name).font = Font(bold=True)
        row += 1
        for j, (label, _) in enumerate(items):
            ws.cell(row, 1, label)
            ws.cell(row, 2, amount_of((i, j), changed, delta))
            cells[(i, j)] = f"B{row}"
            row += 1
    row += 1
    for i, (name, _) in enumerate(TREE[1]):
        ws.cell(row, 1, f"Totalt {name.lower()}")
        ws.cell(row, 2, amount_of((i,), changed, delta))
        cells[(i,)] = f"B{row}"
        row += 1
    ws.cell(row, 1, TREE[0]).font = Font(bold=True)
    ws.cell(row, 2, amount_of((), changed, delta))
    cells[()] = f"B{row}"
    return cells


LAYOUTS = {
    "summa-under": lambda ws, c, d: rows_below(ws, c, d),
    "summa-utan-namn": lambda ws, c, d: rows_below(ws, c, d, bare=True),
    "summa-under-tomrader-text": lambda ws, c, d: rows_below(ws, c, d, text=True, blank=True),
    "tva-ar-och-forandring": lambda ws, c, d: rows_below(ws, c, d, years=True),
    "summa-under-jamforelse": lambda ws, c, d: rows_below(ws, c, d, lines_after={
        (0,): [("varav direkt till kommunerna", 1_865_000)],
        (): [("Riket (jämförelse)", 100_000_000)]}),
    "grupprad-ovanfor": lambda ws, c, d: rows_above(ws, c, d),
    "indrag-med-mellanslag": lambda ws, c, d: rows_above(ws, c, d, spaces=True),
    "fetstil-utan-indrag": lambda ws, c, d: rows_above(ws, c, d, flat=True),
    "grupprad-ovanfor-totalt": lambda ws, c, d: rows_above(ws, c, d, word=True),
    "totalen-overst": lambda ws, c, d: rows_above(ws, c, d, grand_on_top=True),
    "summor-i-egen-kolumn": lambda ws, c, d: rows_above(ws, c, d, totals_column=True),
    "avsnitt-sammanfattning": section_summary,
}
# Which tree each layout is written with.
DATASETS = [(ACTORS, [name for name in LAYOUTS if name != "avsnitt-sammanfattning"]),
            (AGREEMENT, ["avsnitt-sammanfattning", "summa-under", "grupprad-ovanfor", "totalen-overst",
                         "fetstil-utan-indrag"])]


def write(path, layout, changed=None, delta=0):
    wb = Workbook()
    ws = wb.active
    ws.title = "Fördelning"
    ws["A1"] = "Sammanfattande fördelning per ansvarig aktör 2026"
    ws["A1"].font = Font(bold=True)
    ws["A2"], ws["B2"] = "Aktör / insats", "Belopp (kr)"
    if layout == "summor-i-egen-kolumn":
        ws["B2"], ws["C2"] = "Insats (kr)", "Summa (kr)"
    if layout == "tva-ar-och-forandring":
        ws["B2"], ws["C2"], ws["D2"] = "2026 (kr)", "2025 (kr)", "Förändring (kr)"
    cells = LAYOUTS[layout](ws, changed, delta)
    wb.save(path)
    return cells


def check(path):
    p = subprocess.run([BIN, "check", "--format", "json", path], capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{path}: exit {p.returncode}: {p.stderr}")
    return json.loads(p.stdout)["files"][0]["findings"]


def loud(findings):
    """Errors and warnings, without the amounts typed as text (a layout's choice)."""
    return [f for f in findings if f["severity"] in ("error", "warning") and f["code"] != "number-as-text"]


def amounts_after_fix(path, cells):
    """The amounts at `cells` ({path: "B7"}) of the file `fix` writes, as numbers."""
    out = path.replace(".xlsx", ".rattad.xlsx")
    plan = path.replace(".xlsx", ".plan.json")
    p = subprocess.run([BIN, "fix", path, "-o", out, "--plan-json", plan], capture_output=True, text=True, timeout=60)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"fix {path}: exit {p.returncode}: {p.stderr}")
    ws = load_workbook(out, data_only=True)["Fördelning"]
    got = {}
    for at, cell in cells.items():
        v = ws[cell].value
        got[at] = v if isinstance(v, (int, float)) else int(re.sub(r"[^0-9-]", "", str(v)) or 0)
    with open(plan) as f:
        planned = json.load(f)
    # Cells left for a person: listed so, or changed only in form (a text made a number) and marked.
    for_person = {x["cell"] for x in planned["for_person"]} | {x["cell"] for x in planned["changes"] if x["for_person"]}
    os.remove(plan)
    return out, got, for_person


def brief(findings):
    return [(f["code"], f["cell"], f.get("expected")) for f in findings]


# Layouts whose groups the look does not fully tell: an error may go unsaid, never a wrong one said.
QUIET = {"fetstil-utan-indrag"}
failures, cases = [], 0
fixed_totals = {False: 0, True: 0}  # wrong totals fix corrected / left for a person
unsaid = 0
work = tempfile.mkdtemp(prefix="layouts-")


def run(layout):
    """The clean file and every injected error of `layout`, written with TREE."""
    global unsaid, cases
    tag = f"{'aktorer' if TREE is ACTORS else 'overenskommelse'}-{layout}"
    clean = os.path.join(work, f"{tag}.xlsx")
    cells = write(clean, layout)
    cases += 1
    if loud(check(clean)):
        failures.append(f"{tag} (ren): {brief(loud(check(clean)))}")
    for path in paths(TREE):
        node = node_at(path)
        # An item's error shows at the total right above it; a total's at itself.
        at = path if is_group(node) else path[:-1]
        expected = total(node_at(at)) + (0 if is_group(node) else 10_000)
        if not is_group(node) and path[-1] != 0:
            continue  # one item per group is enough
        name = f"{tag}-{'-'.join(map(str, path)) or 'total'}"
        file = os.path.join(work, name + ".xlsx")
        write(file, layout, path, 10_000)
        cases += 1
        got = sorted(brief(loud(check(file))))
        want = [("total-mismatch", cells[at], expected)]
        if layout == "tva-ar-och-forandring" and not is_group(node):
            row = cells[path][1:]
            want.append(("difference-mismatch", f"D{row}", total(node) + 10_000 - last_year(node)))
        want.sort()
        if layout in QUIET and got == []:
            unsaid += 1
        elif got != want:
            failures.append(f"{name}: {'summa' if is_group(node) else 'post'} {node[0]!r} ändrad, "
                            f"väntat {want}, fick {got}")
        elif is_group(node):
            fixed, amounts, for_person = amounts_after_fix(file, cells)
            wrong = {cells[p]: v for p, v in amounts.items() if v != total(node_at(p))}
            left = {cells[path]: expected + 10_000} if cells[path] in for_person else {}
            if wrong != left or (not left and loud(check(fixed))):
                failures.append(f"{name}: fix gav {wrong}, för en person {sorted(for_person)}, "
                                f"och sedan {brief(loud(check(fixed)))}")
            fixed_totals[bool(left)] += 1
            os.remove(fixed)
        os.remove(file)


for TREE, layouts in DATASETS:
    for layout in layouts:
        run(layout)

for f in failures:
    print("FAIL", f)
print(f"{cases - len(failures)} of {cases} layouts and injected errors read as expected; "
      f"fix corrected {fixed_totals[False]} wrong totals and left {fixed_totals[True]} for a person; "
      f"{unsaid} injected errors unsaid in layouts told by bold alone")
sys.exit(1 if failures else 0)
