#!/usr/bin/env bash
# The long budget of the crash-safety and fault-injection tests (CI runs them
# with their short defaults as part of the suite): every kill trial scaled by
# PS_CRASH_TRIALS, with a fresh seed per round unless PS_CRASH_SEED is given.
#
#   scripts/crash-trials.sh [rounds]      # default 3 rounds, PS_CRASH_TRIALS=40
#
# Per round: tst_store_crash (voting/import/creation: PS_CRASH_TRIALS + 2 x a
# quarter), tst_annotate_view's keyboard-annotation kills (PS_CRASH_TRIALS),
# tst_pipeline_crash (candidates, training/checkpoints/export, data export:
# about 3.5 x PS_CRASH_TRIALS) and tst_fault_injection once. A failing round
# prints its seed, so it can be replayed with PS_CRASH_SEED.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
rounds="${1:-3}"
export PS_CRASH_TRIALS="${PS_CRASH_TRIALS:-40}"
export QT_QPA_PLATFORM=offscreen
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"
cmake --build "$BUILD_DIR" --target prefstudio ps_vote_loop ps_annotate_loop tst_store_crash tst_annotate_view tst_pipeline_crash tst_fault_injection
for ((r = 1; r <= rounds; ++r)); do
  seed="${PS_CRASH_SEED:-$RANDOM$RANDOM}"
  echo "== round $r/$rounds: seed $seed, PS_CRASH_TRIALS=$PS_CRASH_TRIALS"
  if ! PS_CRASH_SEED="$seed" ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 3600 \
         -R '^(tst_store_crash|tst_pipeline_crash|tst_annotate_view)$'; then
    echo "round $r failed with seed $seed" >&2
    exit 1
  fi
done
ctest --test-dir "$BUILD_DIR" --output-on-failure --timeout 1200 -R '^tst_fault_injection$'
echo "all rounds passed"
