#!/usr/bin/env bash
# Installs playwright-core from npm into tests/browser/node_modules (gitignored),
# exactly as package-lock.json says. The browser is Debian's /usr/bin/chromium
# (scripts/install-deps --test); Playwright downloads no browser of its own.
set -euo pipefail
cd "$(dirname "$0")"
[ -f node_modules/playwright-core/package.json ] && exit 0
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
npm ci --no-audit --no-fund
