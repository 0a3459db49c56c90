#!/usr/bin/env python3
"""Write the table descriptions of the compare samples (samples/compare/src/
NAME.tsv, the make_fods.py format) from the sample sources in samples/src, so
that every value comes from the seeds' tables and is typed only once. Each
pair is compared with `summakoll compare`; the test compare_samples asserts
every difference. Usage: derive_compare.py (rewrites the .tsv files listed in
PAIRS; the output is deterministic)."""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES_SRC = HERE.parent.parent / "src"
sys.path.insert(0, str(SAMPLES_SRC))
from derive_struktur import rows_of as sheet_rows, text  # noqa: E402


def value(cell):
    return None if cell is None or cell.text is not None else cell.value


def write(name, comment, lines):
    body = "".join(f"# {c}\n" if c else "#\n" for c in comment.strip("\n").split("\n"))
    (HERE / f"{name}.tsv").write_text(body + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"samples/compare/src/{name}.tsv")


# --- seed 001: a municipality's decision quoting its own row of the kommun table ---

def kommun_row(name):
    for kind, _, cells in sheet_rows("2024-kommuner", "Kommun"):
        if kind == "row" and len(cells) > 1 and text(cells[1]) == name:
            return value(cells[2]), value(cells[3])
    raise KeyError(name)


def ostersund(total):
    own, _ = kommun_row("Östersund")
    return ["@sheet Tjänsteskrivelse", "@widths 5 5.5 4.2",
            "title:3\tStatsbidrag psykisk hälsa och suicidprevention 2024: Östersunds andel",
            "head\tKommun\tKunskapsbaserad och säker vård och omsorg\tTotalt belopp",
            f"row\tÖstersunds kommun\tkr:{own}\tkr:{total}"]


# --- seed 001: the region table in thousands of kronor ---

REGION_NAMES = {  # the seed's short names as the regions call themselves
    "Stockholm": "Region Stockholm", "Uppsala": "Region Uppsala", "Södermanland": "Region Sörmland",
    "Östergötland": "Region Östergötland", "Jönköping": "Region Jönköpings län", "Kronoberg": "Region Kronoberg",
    "Kalmar": "Region Kalmar län", "Gotland": "Region Gotland", "Blekinge": "Region Blekinge",
    "Skåne": "Region Skåne", "Halland": "Region Halland", "Västra Götaland": "Västra Götalandsregionen",
    "Värmland": "Region Värmland", "Örebro": "Region Örebro län", "Västmanland": "Region Västmanland",
    "Dalarna": "Region Dalarna", "Gävleborg": "Region Gävleborg", "Västernorrland": "Region Västernorrland",
    "Jämtland": "Region Jämtland Härjedalen", "Västerbotten": "Region Västerbotten",
    "Norrbotten": "Region Norrbotten", "Riket": "Riket"}


def tkr(kr):
    return int((kr + 500) // 1000)  # rounded half up, as the tables in tkr are


def regions_tkr(changed=None):
    rows = sheet_rows("2024-regioner", "Region")
    head = [text(c) for c in rows[1][2]]
    lines = ["@sheet Regioner tkr", "@widths 6 4.2 4.2 5.2 4.2",
             "title:5\tFördelning av medel per region 2024",
             "row\tAngivet i tusental kronor",
             "head\t" + "\t".join(head[1:])]
    for kind, _, cells in rows[2:]:
        name = REGION_NAMES[text(cells[1])]
        amounts = [tkr(value(c)) for c in cells[2:]]
        if changed and changed[0] == name:
            amounts[changed[1]] = changed[2]
        lines.append("\t".join([kind, name] + [f"int:{a}" for a in amounts]))
    return lines


# --- seed 003: the county's allocation per responsible actor, 2026 and 2025 ---

def actor_amounts_2026():
    """Summa per Ansvarig verksamhet over the three område tables of
    Fördelning 2026, in the order the actors first appear; spellings that
    differ only in case or punctuation are one actor (the first spelling)."""
    order, amounts, spelling = [], {}, {}
    for kind, _, cells in sheet_rows("2026-jamtland-beslutsunderlag", "Fördelning 2026"):
        if kind != "row" or len(cells) < 5 or cells[3] is None or value(cells[4]) is None:
            continue
        actor = text(cells[3])
        key = re.sub(r"\W", "", actor.lower())
        if key not in spelling:
            spelling[key] = actor
            order.append(key)
            amounts[key] = 0
        amounts[key] += value(cells[4])
    return [(spelling[k], amounts[k]) for k in order]


# 2025 (constructed; no 2025 table is among the seeds): the 2026 actors with
# these changes, so that the 2025 total is 12 697 775, the 2026 total
# 12 689 898 plus the 7 877 kr the 2026 paper says it fell by ("En minskning
# med 7 877 kr").
ADDED_2026 = "Fontänhus Jämtland Härjedalen"                        # new in 2026
RENAMED_2025 = {"Kommunförbundet Jämtland Härjedalen": "Kommunförbundet Jämtland-Härjedalen",  # a variant
                "Region Jämtland Härjedalen Vuxenpsykiatri": "Vuxenpsykiatrin Region Jämtland Härjedalen"}
GREW_2026 = "Region Jämtland Härjedalen och Kommunförbundet Jämtland Härjedalen"


def actors(year):
    rows = actor_amounts_2026()
    total_2026 = sum(a for _, a in rows)
    assert total_2026 == 12689898, total_2026
    lines = [f"@sheet Fördelning {year}", "@widths 10 3.5",
             f"title:2\tLänsgemensamma medel {year}: fördelning per ansvarig aktör",
             f"head\tAnsvarig aktör\tBelopp {year}"]
    total = 0
    for actor, amount in rows:
        if year == 2025:
            if actor == ADDED_2026:
                continue
            if actor == GREW_2026:
                amount += dict(rows)[ADDED_2026] + 7877
            actor = RENAMED_2025.get(actor, actor)
        total += amount
        lines.append(f"row\t{actor}\tkr:{amount}")
    lines.append(f"total\tTotalt\tkr:{total}")
    return lines


# --- seed 003: what each kommun received against the decision (Per kommun) ---

def kommun_decision():
    rows = sheet_rows("2026-jamtland-beslutsunderlag", "Per kommun")
    head = next(cells for kind, _, cells in rows if kind == "head")
    names = [text(c) for c in head[1:]]
    items = [cells for kind, _, cells in rows if kind == "row" and cells and text(cells[0]) in ("1.", "2.", "3.")]
    return [(n, sum(value(cells[i + 1]) for cells in items)) for i, n in enumerate(names)]


def decision_lines():
    lines = ["@sheet Beslut per kommun", "@widths 5 4",
             "title:2\tRespektive kommun i enlighet med aktivitet i fokusområde 2026",
             "head\tKommun\tBeviljat belopp"]
    lines += [f"row\t{name}\tkr:{amount}" for name, amount in kommun_decision()]
    n = len(kommun_decision())
    lines.append(f"total\tTotalt direkt fördelat länets kommuner\tkr:=SUM(B3:B{2 + n})")
    return lines


# Received short by one kommun (constructed): Krokom got 10 000 kr less than decided.
SHORT = ("Krokom", 10000)
SPENT_SHARE = 0.8  # constructed: 80 % spent, rounded down to whole hundreds


def followup_lines():
    lines = ["@sheet Uppföljning 2026", "@widths 5 3.5 3.5 3.5",
             "title:4\tUppföljning av länsgemensamma medel 2026 per kommun",
             "head\tKommun\tErhållna medel\tFörbrukat\tKvar"]
    decided = kommun_decision()
    for name, amount in decided:
        received = amount - (SHORT[1] if name == SHORT[0] else 0)
        spent = int(received * SPENT_SHARE) // 100 * 100
        r = len(lines) - 1  # the spreadsheet row of this line (after @sheet and @widths)
        own = f"{name} kommun" if name[-1] in "aeiouyåäö" else f"{name}s kommun"  # Åre kommun, Bergs kommun
        lines.append(f"row\t{own}\tkr:{received}\tkr:{spent}\tkr:=B{r}-C{r}")
    last = 2 + len(decided)
    lines.append(f"total\tTotalt\tkr:=SUM(B3:B{last})\tkr:=SUM(C3:C{last})\tkr:=SUM(D3:D{last})")
    return lines


def main():
    own, total = kommun_row("Östersund")
    common = """Seed 001, bilaga 1 (the 2024 kommun table, samples/src/2024-kommuner.tsv):
Östersund's own row as a municipality's paper quotes it, named "Östersunds
kommun" (no code). Compared with samples/2024-kommuner.xlsx."""
    write("kommun-ostersund-ren", common + f"\nClean: {own} and {total} as in the table.", ostersund(total))
    swapped = int(str(total)[0] + str(total)[2] + str(total)[1] + str(total)[3:])
    write("kommun-ostersund-fel", common + f"""
One changed amount: Totalt belopp C3 says {swapped} (two digits swapped), the
table {total}.""", ostersund(swapped))

    common = """Seed 001, bilaga 1 (the 2024 region table, samples/src/2024-regioner.tsv)
in thousands of kronor ("Angivet i tusental kronor" above the header, as in
the seed's own tkr table), rounded half up, each region by the name it uses
("Region Sörmland", "Västra Götalandsregionen", "Region Jämtland Härjedalen").
Compared with samples/2024-regioner.xlsx (kronor, short names, länskod)."""
    write("regioner-tkr-ren", common + "\nClean: every amount the kronor rounded to tkr.", regions_tkr())
    write("regioner-tkr-fel", common + """
One changed amount: Region Gävleborg, Traumavård C20 says 1 535 (digits
swapped); the kronor table says 1 354 867 kr (1 355 tkr).""", regions_tkr(("Region Gävleborg", 1, 1535)))

    write("aktorer-2026", """Seed 003 (länsgemensamma medel 2026, Jämtland Härjedalen): the amounts of
Fördelning 2026 summed per Ansvarig verksamhet (spellings that differ only in
case or punctuation counted as one actor), total 12 689 898.""", actors(2026))
    write("aktorer-2025", f"""Constructed from aktorer-2026 (no 2025 table is among the seeds): the 2025
allocation per actor. Differences from 2026: "{ADDED_2026}" is new in 2026;
"Kommunförbundet Jämtland-Härjedalen" is written with a hyphen (the same
actor); "Vuxenpsykiatrin Region Jämtland Härjedalen" was renamed "Region
Jämtland Härjedalen Vuxenpsykiatri" (not the same name: reported as a row only
in each year); "{GREW_2026}" had 257 877 kr more in 2025 (Fontänhus's
250 000 and the 7 877 kr the 2026 paper says the total fell by), so the 2025
total is 12 697 775.""", actors(2025))

    write("beslut-per-kommun-2026", """Seed 003: the decision per kommun (sheet Per kommun of
2026-jamtland-beslutsunderlag, items 1-3 added per kommun), one row per
kommun, total 1 865 000 as a SUM formula.""", decision_lines())
    write("uppfoljning-per-kommun-2026", f"""Constructed follow-up of beslut-per-kommun-2026: what each kommun
received ("Erhållna medel"), spent (80 %, whole hundreds, constructed) and has
left (a formula), each kommun named "X kommun" / "Xs kommun". One difference:
{SHORT[0]} received {SHORT[1]} kr less than decided; the Totalt follows.""", followup_lines())


if __name__ == "__main__":
    main()
