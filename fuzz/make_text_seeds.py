#!/usr/bin/env python3
"""Seed inputs for the text fuzz targets, written one per file into OUT.

number:  every distinct field of the sample tables (samples/src/*.tsv), with a
         leading "0" byte: the fuzz target reads it as "no column hint".
formula: every distinct formula (<f> element) in the sample and corpus workbooks.
Usage: make_text_seeds.py number|formula OUT SAMPLES CORPUS_XLSX
"""
import hashlib
import html
import pathlib
import re
import sys
import zipfile

target, out, samples, corpus = sys.argv[1], pathlib.Path(sys.argv[2]), pathlib.Path(sys.argv[3]), pathlib.Path(sys.argv[4])
seeds = set()
if target == "number":
    for tsv in (samples / "src").glob("*.tsv"):
        for line in tsv.read_text(encoding="utf-8").splitlines():
            seeds.update("0" + field.strip() for field in line.split("\t") if field.strip())
else:
    for book in list(samples.glob("*.xlsx")) + list(corpus.rglob("*.xls[xm]")):
        try:
            with zipfile.ZipFile(book) as z:
                for name in z.namelist():
                    if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                        xml = z.read(name).decode("utf-8", "replace")
                        seeds.update(html.unescape(f) for f in re.findall(r"<f[^>]*>([^<]{1,400})</f>", xml))
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError):
            pass  # the deliberately broken corpus files
for seed in seeds:
    data = seed.encode("utf-8")
    (out / hashlib.sha1(data).hexdigest()).write_bytes(data)
print(f"{len(seeds)} seeds", file=sys.stderr)
