#!/usr/bin/env bash
# The README's test command: installs dependencies, builds (Release) and runs
# the whole test suite with CTest, GUI tests offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh "$@"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)" --timeout 1200
