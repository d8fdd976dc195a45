#!/usr/bin/env bash
# The README's run command: installs dependencies, builds and opens the studio
# on the bundled demo workspace.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
exec "${BUILD_DIR:-build}/app/prefstudio" --demo "$@"
