#!/usr/bin/env bash
# The main job on a fresh Debian machine: install, build, run summakoll on the samples.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps
scripts/build build
scripts/run-samples build/summakoll
