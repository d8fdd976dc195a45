#!/usr/bin/env bash
# The README's test command: installs dependencies, builds (Release) and runs
# the whole test suite with CTest, GUI tests offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh "$@"
export QT_QPA_PLATFORM=offscreen
# Two tests share the two cores: busy-waiting OpenMP threads would starve each other (~10x slower).
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)" --timeout 1200
# The fuzzer and the LibTorch-free parser tests again under ASan + UBSan
# (build-asan; measured: ~5 CPU-minutes cold on 2 cores, 10 min wall on a
# loaded machine, about a minute with a warm ccache). PS_SKIP_SANITIZE=1 skips it.
if [[ "${PS_SKIP_SANITIZE:-0}" != 1 ]]; then
  ./scripts/sanitize.sh --fast
fi
