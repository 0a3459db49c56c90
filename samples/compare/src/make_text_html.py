#!/usr/bin/env python3
"""The Word samples for text against tables: seed 000's and 001's sentences
that state totals, verbatim (lines joined), above the table they describe
(built from the sample sources in samples/src by samples/docx/src/
make_html.py). Each document comes clean (ren) and with one sentence changed
(fel). Writes samples/compare/src/NAME.html; samples/compare/make-compare
turns them into samples/compare/NAME.docx with LibreOffice Writer.
Usage: make_text_html.py"""
import html
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLES = HERE.parents[1]
sys.path.insert(0, str(SAMPLES / "docx" / "src"))
from make_html import blocks, parse_description, table_html  # noqa: E402

# Seed 001 (bilaga 1 and the agreement's section 5), as printed.
AGREEMENT = [
    "Överenskommelsen 2024 omfattar totalt 1 560 000 000 kronor, varav 1 527 000 000 kronor fördelas till "
    "kommuner och regioner och 33 000 000 kronor fördelas till SKR. Insatserna riktar sig till all offentligt "
    "finansierad vård och omsorg. I tabellen redovisas medelsfördelningen uppdelat per prioriterat område och "
    "mottagare under 2024.",
    "Fördelning av medel: Parterna är överens om att staten inom ramen för 2024 års överenskommelse avsätter "
    "totalt 200 000 000 kronor för insatser som syftar till att skapa förutsättningar för en kunskapsbaserad och "
    "säker vård och omsorg. Av medlen fördelas 100 000 000 kronor till regionerna och 100 000 000 kronor till "
    "kommunerna. Medlen fördelas efter befolkningsmängd.",
    "Fördelning av medel: Parterna är överens om att staten inom ramen för 2024 års överenskommelse avsätter "
    "totalt 24 000 000 kronor till länen för att stimulera och stärka en systematisk patient- och "
    "brukarmedverkan i vården och omsorgen. Medlen fördelas med 1 000 000 kronor per län, förutom de tre "
    "storstadslänen som tilldelas 2 000 000 kronor vardera.",
    "Fördelning av medel: Parterna är överens om att staten inom ramen för 2024 års överenskommelse avsätter "
    "totalt 50 000 000 kronor till regionerna i syfte att stärka den psykiatriska traumavården. Medlen fördelas "
    "efter befolkningsmängd.",
]
AGREEMENT_WRONG = ("1 560 000 000 kronor, varav", "1 650 000 000 kronor, varav")

# Seed 000 (the 2024 Jämtland decision basis), as printed: the national
# total it quotes is not about its own tables; the county's total is.
JAMTLAND = [
    "Överenskommelsen för 2024 omfattar totalt 1 560 000 000 kronor, varav 1 527 000 000 kronor fördelas till "
    "kommuner och regioner för att möjliggöra, enskilt eller i samverkan, fortsatt långsiktigt och hållbart "
    "utvecklingsarbete inom området.",
    "Sammanfattningsvis innebär 2024 års överenskommelse inom psykisk hälsa en borttagning av det tidigare "
    "prioriterade området ”Utvecklingsinsatser enligt handlingsplan”, för både region och kommuner vilket "
    "innebär -ca 2,48mkr för länets kommuner och -ca 2,7mkr för regionen.",
    "2024 avsätter staten totalt 13 302 905 kr till Jämtlands län för gemensamma insatser inom nedan områden",
]
JAMTLAND_WRONG = ("totalt 13 302 905 kr", "totalt 13 320 905 kr")

DOCS = {
    "text-overenskommelse-2024": (AGREEMENT, AGREEMENT_WRONG, "struktur-overenskommelse-2024-ren", None),
    "text-jamtland-2024": (JAMTLAND, JAMTLAND_WRONG, "2024-jamtland-beslutsunderlag", "Sammanfattande fördelning"),
}


def document(title, paragraphs, source, sheet_name):
    parts = ['<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>' + html.escape(title)
             + "</title></head><body>"]
    parts += [f"<p>{html.escape(p)}</p>" for p in paragraphs]
    for sheet in parse_description(SAMPLES / "src" / f"{source}.tsv"):
        if sheet_name and sheet.name != sheet_name:
            continue
        for rows in blocks(sheet):
            parts.append(table_html(sheet, rows))
            parts.append("<p></p>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def main():
    for name, (paragraphs, (right, wrong), source, sheet) in DOCS.items():
        changed = [p.replace(right, wrong) for p in paragraphs]
        assert changed != paragraphs, name
        for suffix, text in (("ren", paragraphs), ("fel", changed)):
            out = HERE / f"{name}-{suffix}.html"
            out.write_text(document(f"{name}-{suffix}", text, source, sheet), encoding="utf-8")
            print(f"samples/compare/src/{out.name}")


if __name__ == "__main__":
    main()
