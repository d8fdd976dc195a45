#!/usr/bin/env bash
# The long fuzz campaign over every parser of outside data (tests/fuzz/).
#
#   scripts/fuzz.sh [N]
#       the in-suite seeded fuzzer (tst_fuzz) with N mutations per format
#       (default 100000) under ASan + UBSan (build-asan, see sanitize.sh);
#       PS_FUZZ_SEED picks another deterministic stream.
#   scripts/fuzz.sh --libfuzzer SECONDS [FORMAT...]
#       coverage-guided libFuzzer (needs clang): builds build-fuzz with
#       -DPS_FUZZ=ON and runs fuzz_<format> for SECONDS each (default: all
#       formats). The corpus grows in build-fuzz/corpus/<format> (seeded from
#       tests/fuzz/<format>); crashes land in build-fuzz/crashes/<format>/ —
#       replay one with `build-fuzz/tests/fuzz_<format> <file>`, and copy the
#       interesting ones into tests/fuzz/<format>/ as regression seeds.
set -euo pipefail
cd "$(dirname "$0")/.."
FORMATS=(safetensors safetensors_index config tokenizer_json tokenizer_config chat_json jsonl csv)

if [[ "${1:-}" != "--libfuzzer" ]]; then
  export PS_FUZZ_ITERATIONS="${1:-100000}"
  exec ./scripts/sanitize.sh --fast -R '^tst_fuzz$' --timeout 86400
fi

SECONDS_EACH="${2:-600}"
shift 2 || true
[[ $# -gt 0 ]] && FORMATS=("$@")
command -v clang++ >/dev/null || { echo "libFuzzer needs clang (apt-get install clang libclang-rt-14-dev)" >&2; exit 2; }
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(cd .. && pwd)}"
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER_LAUNCHER=ccache \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DPS_FUZZ=ON -DPS_BUILD_GUI=OFF -DPS_BUILD_BENCH=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target "${FORMATS[@]/#/fuzz_}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=0}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
for f in "${FORMATS[@]}"; do
  mkdir -p "build-fuzz/corpus/$f" "build-fuzz/crashes/$f"
  echo "== fuzz_$f for ${SECONDS_EACH}s"
  build-fuzz/tests/fuzz_$f -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=1024 \
      -max_len=65536 -artifact_prefix="build-fuzz/crashes/$f/" "build-fuzz/corpus/$f" "tests/fuzz/$f" || status=1
done
exit $status
