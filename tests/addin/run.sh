#!/usr/bin/env bash
# ctest addin_taskpane / addin_page: run.sh logic|page SUMMAKOLL SAMPLES_DIR [OUT_DIR]
# npm packages: office-addin-mock here, playwright-core in tests/browser (page only).
set -euo pipefail
here="$(dirname "$0")"
"$here/install.sh" >&2
case "$1" in
  logic) shift; exec node "$here/taskpane_logic_test.mjs" "$@" ;;
  page) shift; "$here/../browser/install.sh" >&2; mkdir -p "$3"; exec node "$here/taskpane_page_test.mjs" "$@" ;;
  *) echo "usage: run.sh logic|page SUMMAKOLL SAMPLES_DIR [OUT_DIR]" >&2; exit 2 ;;
esac
