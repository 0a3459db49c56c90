#!/usr/bin/python3
"""Prints a workbook's cells as Excel's Office.js gives them, read with openpyxl
(not summakoll's reader): per sheet, each non-empty cell's value (the cached
value of a formula), formula ("=..." or none) and number format. The add-in
tests build their stand-in for Excel from this.

Usage: workbook_cells.py BOOK.xlsx > cells.json
"""
import datetime
import json
import sys

import openpyxl

EXCEL_EPOCH = datetime.datetime(1899, 12, 30)


def office_value(v):
    """A cell value as Range.values has it: numbers, strings, booleans; dates as serial numbers."""
    if isinstance(v, datetime.datetime):
        return (v - EXCEL_EPOCH).total_seconds() / 86400
    if isinstance(v, datetime.date):
        return (datetime.datetime.combine(v, datetime.time()) - EXCEL_EPOCH).days
    if isinstance(v, datetime.time):
        return (v.hour * 3600 + v.minute * 60 + v.second) / 86400
    return v


def main(path):
    formulas = openpyxl.load_workbook(path)
    values = openpyxl.load_workbook(path, data_only=True)
    sheets = []
    for ws in formulas.worksheets:
        cached = values[ws.title]
        cells = []
        for row in ws.iter_rows():
            for c in row:
                if c.value is None:
                    continue
                formula = c.value if isinstance(c.value, str) and c.value.startswith("=") else None
                value = office_value(cached[c.coordinate].value)
                cells.append({"cell": c.coordinate, "value": "" if value is None else value,
                              "formula": formula, "numberFormat": c.number_format})
        sheets.append({"name": ws.title, "cells": cells})
    json.dump({"sheets": sheets, "active": formulas.active.title}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
