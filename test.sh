#!/usr/bin/env bash
# Install, build and run every test through ctest.
set -euo pipefail
cd "$(dirname "$0")"
scripts/install-deps --test
scripts/build build
cd build && ctest --output-on-failure -j"$(nproc)"
