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
# (build-asan, LibTorch-free targets only). Measured on the 2-core machine from
# an empty cache: 3.5 min wall (4.5 CPU-min; 10 min while other builds shared
# the cores), tests ~25-65 s of it; rebuilt from ccache ~1.5 min. PS_SKIP_SANITIZE=1 skips it.
if [[ "${PS_SKIP_SANITIZE:-0}" != 1 ]]; then
  ./scripts/sanitize.sh --fast
fi
