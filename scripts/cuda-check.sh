#!/usr/bin/env bash
# Builds Prefstudio's CLI and GPU tests against a CUDA-enabled LibTorch and
# checks the GPU path: tst_cuda (model, generation and training step on the
# GPU against the CPU) and a short DPO run through the CLI on the GPU with
# resume. Usage: scripts/cuda-check.sh [BUILD_DIR]
# Torch_DIR: LibTorch's CMake folder; by default the one of python3's torch
# (a pip CUDA wheel ships LibTorch). Needs nvcc (CUDA toolkit) and Qt 6.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD="${1:-build-cuda}"
if [[ -z "${Torch_DIR:-}" ]]; then
  Torch_DIR="$(python3 -c 'import torch, os; print(os.path.join(torch.utils.cmake_prefix_path, "Torch"))')"
fi
echo "LibTorch: $Torch_DIR"
cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPS_CUDA=ON -DPS_BUILD_GUI=OFF -DPS_BUILD_BENCH=OFF \
  -DTorch_DIR="$Torch_DIR" ${CMAKE_EXTRA_ARGS:-}
cmake --build "$BUILD" -j"$(nproc)" --target prefstudio tst_cuda tst_memory_savers tst_cli_train -- -k 0
export QT_QPA_PLATFORM=offscreen
status=0
"$BUILD/tests/tst_cuda" -v1 || status=1

# A DPO run on the GPU through the CLI: a small random LFM2 model, pairs in TRL's
# format, 6 steps with a checkpoint at step 3, interrupted and resumed.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cli="$BUILD/app/prefstudio"
"$cli" create-model --config tiny --out "$work/model" --dtype fp32
python3 - "$work/pairs.jsonl" <<'PY'
import json, random, sys
random.seed(1)
with open(sys.argv[1], "w") as f:
    for i in range(48):
        p = [random.randrange(3, 200) for _ in range(random.randrange(3, 12))]
        f.write(json.dumps({"prompt_ids": p, "chosen_ids": [5, 6, 7, 2], "rejected_ids": [random.randrange(3, 200) for _ in range(5)] + [2]}) + "\n")
PY
echo '{"save_steps": 2, "logging_steps": 1}' > "$work/config.json"
# The same fp32 full fine-tune on the GPU and on the CPU: the losses must agree.
for dev in cuda cpu; do
  echo "--- DPO on $dev"
  "$cli" --device "$dev" train --model "$work/model" --data "$work/pairs.jsonl" --out "$work/run-$dev" --config "$work/config.json" \
    --full --fp32 --max-steps 6 --batch-size 4 --grad-accum 1 --lr 1e-3 --max-length 64 | tee "$work/$dev.log" | tail -n 2
done
python3 - "$work/cuda.log" "$work/cpu.log" <<'PY' || status=1
import json, sys
def losses(path):
    out = []
    for line in open(path):
        line = line.strip()
        if line.startswith("{"):
            row = json.loads(line)
            if "loss" in row and "eval_loss" not in row: out.append(row["loss"])
    return out
g, c = losses(sys.argv[1]), losses(sys.argv[2])
print("train losses GPU:", ["%.6f" % x for x in g])
print("train losses CPU:", ["%.6f" % x for x in c])
worst = max(abs(a - b) for a, b in zip(g, c))
print("largest difference: %.3g" % worst)
sys.exit(0 if len(g) == len(c) and len(g) > 0 and worst < 1e-3 else 1)
PY
"$cli" --device cuda generate "$work/run-cuda/model" --ids 5,6,7 --max-new-tokens 8
exit $status
