#!/usr/bin/env bash
# The README's run command: installs dependencies, builds and opens the studio
# on the bundled demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
# Busy-waiting OpenMP threads slow training ~20x when the cores are shared with other work.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
exec "${BUILD_DIR:-build}/app/prefstudio" --demo "$@"
