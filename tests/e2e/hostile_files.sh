#!/usr/bin/env bash
# Every hand-made hostile file: `summakoll dump` exits 2 with exactly one line
# that names the file (Swedish by default, English with --lang en); the valid
# control file exits 0.
set -u
bin=$1 dir=$2 failed=0
for f in "$dir"/*.xlsx "$dir"/*.ods "$dir"/*.xls "$dir"/*.pdf; do
  name=$(basename "$f")
  for lang in sv en; do
    err=$("$bin" --lang "$lang" dump "$f" 2>&1 >/dev/null); rc=$?
    if [[ "$name" == valid.* ]]; then
      [ $rc -eq 0 ] || { echo "FAIL $name: exit $rc: $err"; failed=1; }
      continue
    fi
    lines=$(printf '%s\n' "$err" | wc -l)
    if [ $rc -ne 2 ] || [ "$lines" -ne 1 ] || [[ "$err" != "$f: "* ]]; then
      echo "FAIL $name ($lang): exit $rc, $lines lines: $err"; failed=1
    else
      echo "ok   $name ($lang): $err"
    fi
  done
done
# Values no spreadsheet program writes (NaN, INF, a shared-string index past
# the table) are refused as such, with the cell, not read as something else.
for name in nan_value inf_value dangling_string; do
  err=$("$bin" dump "$dir/$name.xlsx" 2>&1 >/dev/null)
  [[ "$err" == *"ett värde som inte kan stå i en Excel-fil (xl/worksheets/sheet1.xml "[AB]"1: "* ]] || { echo "FAIL $name: not refused as an impossible value: $err"; failed=1; }
done
# The language really switches.
sv=$("$bin" dump "$dir/encrypted.xlsx" 2>&1); en=$("$bin" --lang en dump "$dir/encrypted.xlsx" 2>&1)
[[ "$sv" == *lösenordsskyddad* && "$en" == *password-protected* ]] || { echo "FAIL language switch: $sv / $en"; failed=1; }
exit $failed
