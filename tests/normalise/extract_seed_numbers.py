#!/usr/bin/env python3
"""Extracts every number string from the seed documents and writes
seed_numbers.tsv: one distinct string per line with the reading a Swedish
reader gives it, which tests/normalise/seed_numbers_test.cpp asserts.

The expected readings come from the small, independent rules below (not from
summakoll), so the test compares two readings. Run it again after the seeds
change:  tests/normalise/extract_seed_numbers.py ../shared/seeds
"""
import re
import sys
from decimal import Decimal
from pathlib import Path

SPACES = " \u00a0\u202f\u2009"
DASHES = "-\u2212\u2013\u2014"
UNITS = {  # unit word (lower case, spaces removed) -> (unit, scale)
    "kr": ("kr", 1), "kronor": ("kr", 1), "sek": ("kr", 1), ":-": ("kr", 1),
    "tkr": ("kr", 10**3), "mkr": ("kr", 10**6), "mnkr": ("kr", 10**6),
    "miljon": ("kr", 10**6), "miljoner": ("kr", 10**6), "miljonerkronor": ("kr", 10**6),
    "miljarder": ("kr", 10**9), "miljarderkronor": ("kr", 10**9), "%": ("percent", 1),
}
UNIT_WORDS = r"(?:miljarder kronor|miljoner kronor|miljarder|miljoner|miljon|kronor|tkr|mkr|Mkr|mnkr|kr|SEK|:-|%)"
# A number phrase as it sits in running text: optional "ca", a sign, digits
# with separators (space groups of three, "." or "," decimals), and whatever
# is glued to it with "/", "-", ":" (dates, ranges, codes, ratios, composites).
GLUE = r"[/:\-\u2013]"
CORE = r"[0-9](?:[0-9]|[.,][0-9]|[ \u00a0\u202f\u2009](?=[0-9]{3}(?![0-9])))*"
PHRASE = re.compile(
    r"(?<![\w.,/])(?:(?:-?ca|cirka) ?|~)?[+\-\u2212\u2013(]?[A-Za-z]?" + CORE +
    r"(?:%?" + GLUE + r"[A-Za-z]?" + CORE + r")*%?" +
    r"(?:\)|(?: ?" + UNIT_WORDS + r"(?![\w])))?")
# Read whole before PHRASE splits them: a year then an amount ("2022 725 000")
# and phone numbers ("08-405 10 00").
WHOLE = re.compile(r"(?<![\w.,/])(?:(?:19|20)\d\d [0-9]{1,3}(?: [0-9]{3})+|0\d{1,3}-\d{2,3}(?: \d{2,3})+)(?![0-9])")


def extract(text):
    found = []
    for line in text.splitlines():
        if "http" in line or "@" in line or "www." in line:
            continue
        spans = [(m.start(), m.group()) for m in WHOLE.finditer(line)]
        taken = [(s, s + len(g)) for s, g in spans]
        for m in PHRASE.finditer(line):
            if any(a <= m.start() < b for a, b in taken):
                continue
            spans.append((m.start(), m.group()))
        for _, s in sorted(spans):
            s = s.strip()
            # Parentheses in running text are punctuation, not a negative sign.
            if s.startswith("(") and (")" not in s or s.endswith(")")):
                s = s[1:]
            if s.endswith(")") and "(" not in s:
                s = s[:-1]
            found.append(s.strip())
    # "Page 57 of 68" as one cell of a footer.
    found += re.findall(r"Page \d+ of \d+", text)
    return found


def grouped(s):
    """'1 234' / '1234' -> '1234' when the space groups are of three."""
    parts = re.split("[" + SPACES + "]", s)
    if len(parts) > 1 and (not 1 <= len(parts[0]) <= 3 or parts[0][0] == "0" or any(len(p) != 3 for p in parts[1:])):
        return None
    if len(parts) == 1 and len(s) > 1 and s[0] == "0":
        return None
    return "".join(parts)


def amount(s):
    """(value, unit, approx) for the plain forms, or a status string."""
    approx = False
    m = re.match(r"^(-?)(?:ca|cirka) ?(.*)$", s)
    if m:
        approx, s = True, m.group(1) + m.group(2)
    sign = 1
    if s[0] in "+" + DASHES:
        sign, s = (1 if s[0] == "+" else -1), s[1:]
    m = re.match(r"^([0-9" + SPACES + r"]+?)(?:([.,])([0-9]+))? ?([^0-9]*)$", s)
    if not m:
        return None
    whole, sep, frac, unit_word = m.groups()
    unit, scale = UNITS.get(unit_word.lower().replace(" ", ""), (None, 1)) if unit_word else (None, 1)
    if unit_word and unit is None:
        return None
    digits = grouped(whole)
    if digits is None or len(digits) + len(frac or "") > 18:
        return "malformed"
    if sep and len(frac) == 3 and whole[0] != "0" and len(digits) <= 3 and scale < 10**6 and unit != "percent":
        return "ambiguous"
    value = Decimal(digits + ("." + frac if sep else ""))
    value = value / 100 if unit == "percent" else value * scale
    return sign * value, unit or "", approx


def expected(s):
    """status, value, unit, approx/reason for one extracted string."""
    flat = re.sub("[" + SPACES + "]", " ", s)
    dash = "[" + DASHES + "]"
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", flat):
        return ("rejected", "", "", "date")
    if re.fullmatch(r"0\d{1,3}-\d[\d ]{4,}", flat):
        return ("rejected", "", "", "phone")
    if re.fullmatch(r"\d{1,2}:\d{2}", flat) and int(flat[:flat.index(":")]) < 24:
        return ("rejected", "", "", "time")
    if re.fullmatch(r"\d+:\d+", flat):
        return ("rejected", "", "", "ratio")
    if re.fullmatch(r"Page \d+ of \d+", flat):
        return ("rejected", "", "", "words")
    bare = re.sub(UNIT_WORDS + "$", "", re.sub(r"^-?(?:ca|cirka)", "", flat))
    if (re.search(r"[A-Za-z]", bare) and " " not in flat) or ("/" in flat and ":" in flat):
        return ("rejected", "", "", "code")
    m = re.fullmatch(r"((?:19|20)\d\d) ([0-9 ]+)", flat)
    if m and grouped(m.group(2)):
        return ("ambiguous", "", "", "") if len(m.group(2).split(" ")[0]) == 3 else ("composite", "", "", "")
    if "/" in flat:
        parts = flat.split("/")
        if all(isinstance(amount(p.strip()), tuple) for p in parts):
            return ("composite", "", "", "")
        code = any(re.fullmatch(r"0\d+", p) for p in parts)
        return ("rejected", "", "", "code" if code else "malformed")
    if re.fullmatch(r"[0-9 ,.]+" + dash + r"[0-9 ,.]+", flat):
        return ("rejected", "", "", "range")
    if re.fullmatch(r"0\d+", flat):
        return ("rejected", "", "", "code")
    a = amount(flat)
    if a == "ambiguous":
        return ("ambiguous", "", "", "")
    if a == "malformed":
        return ("rejected", "", "", "malformed")
    if a is None:
        return ("rejected", "", "", "?")
    value, unit, approx = a
    return ("number", format(value.normalize(), "f"), unit, "approx" if approx else "")


def main():
    seeds = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[3] / "shared" / "seeds")
    strings = []
    for path in sorted(seeds.glob("*.txt")):
        for s in extract(path.read_text(encoding="utf-8")):
            if s not in strings:
                strings.append(s)
    out = Path(__file__).with_name("seed_numbers.tsv")
    unknown = []
    with out.open("w", encoding="utf-8") as f:
        f.write("# input\tstatus\tvalue\tunit\tapprox or reason   (written by extract_seed_numbers.py)\n")
        for s in strings:
            row = expected(s)
            if row[3] == "?":
                unknown.append(s)
            f.write("\t".join((s,) + row) + "\n")
    print(f"{len(strings)} strings -> {out}")
    if unknown:
        print("no rule for:", unknown, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
