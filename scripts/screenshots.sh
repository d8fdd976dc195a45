#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from the real
# studio on the demo workspace, under a virtual X server. Run after build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots}"
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
# A throwaway settings/data home: the tour votes and trains on its own demo copy.
home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
  xvfb-run -a -s "-screen 0 1600x1000x24" "${BUILD_DIR:-build}/app/prefstudio" --demo --lang "${LANG_UI:-en}" --screenshots "$out"
ls -l "$out"
