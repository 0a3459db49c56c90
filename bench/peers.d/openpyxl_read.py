"""openpyxl_read.py FILE: read-only load, every cell of every sheet visited.

The peer of `summakoll check`'s read: read_only=True streams the sheet XML
instead of building cell objects, the fastest way openpyxl offers to see every
value. Prints the number of non-empty cells (a check that it really read them).
"""
import sys

from openpyxl import load_workbook

wb = load_workbook(sys.argv[1], read_only=True)
n = 0
for ws in wb.worksheets:
    for row in ws.iter_rows(values_only=True):
        n += sum(v is not None for v in row)
wb.close()
print(n)
