"""openpyxl_load_save.py IN OUT: full load (cells, styles, formulas) and save.

The peer of `summakoll fix`, which also reads the whole workbook and writes a
new package (though summakoll copies unchanged parts byte for byte).
"""
import sys

from openpyxl import load_workbook

load_workbook(sys.argv[1]).save(sys.argv[2])
