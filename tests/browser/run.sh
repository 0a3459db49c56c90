#!/usr/bin/env bash
# ctest serve_browser: run.sh SUMMAKOLL SAMPLES_DIR OUT_DIR
set -euo pipefail
here="$(dirname "$0")"
"$here/install.sh" >&2
mkdir -p "$3"
exec node "$here/drop_page_test.mjs" "$@"
