#!/usr/bin/env bash
# Installs office-addin-mock from npm into tests/addin/node_modules (gitignored).
exec "$(dirname "$0")/../../scripts/npm-install" "$(dirname "$0")"
