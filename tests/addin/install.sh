#!/usr/bin/env bash
# Installs office-addin-mock from npm into tests/addin/node_modules (gitignored),
# exactly as package-lock.json says.
set -euo pipefail
cd "$(dirname "$0")"
[ -f node_modules/office-addin-mock/package.json ] && exit 0
npm ci --no-audit --no-fund
