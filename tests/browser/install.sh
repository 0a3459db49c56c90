#!/usr/bin/env bash
# Installs playwright-core from npm into tests/browser/node_modules (gitignored).
# The browser is Debian's /usr/bin/chromium (scripts/install-deps --test);
# Playwright downloads no browser of its own (scripts/npm-install sets
# PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD).
exec "$(dirname "$0")/../../scripts/npm-install" "$(dirname "$0")"
