#!/usr/bin/env bash
# Rebuilds the bundled demo model (resources/demo/model) and its pre-generated
# candidate answers (resources/demo/candidates.jsonl) with Prefstudio's own
# commands, from the hand-written templates in resources/demo/make_corpus.py:
#   1. make_corpus.py        prompts, SFT corpus, seed pairs, tokenizer corpus
#   2. train-tokenizer       byte-level BPE (LFM2 layout), up to 2560 tokens
#   3. create-model          random LFM2 checkpoint (resources/demo/model_config.json:
#                            hidden 256, 6 layers = 4 conv + 2 attention, 5.3 M parameters)
#   4. sft                   full fine-tuning on corpus.jsonl (completion-only loss)
#   5. generate              two sampled answers per demo prompt -> candidates.jsonl
# Deterministic for a given machine (seeds fixed); about 10-15 minutes on 2 cores.
# Usage: scripts/build-demo-model.sh [--epochs N]   (PREFSTUDIO=path/to/prefstudio to pick the binary)
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${PREFSTUDIO:-${BUILD_DIR:-build}/app/prefstudio}"
WORK="${DEMO_WORK:-${BUILD_DIR:-build}/demo-model}"
EPOCHS=4
if [[ "${1:-}" == "--epochs" ]]; then EPOCHS="$2"; fi
DEMO=resources/demo
THREADS="${THREADS:-$(nproc)}"
# Busy-waiting OpenMP threads collapse throughput ~20x when the cores are shared
# with other work (measured: 33 vs 1200 tokens/s); passive waiting costs little.
export OMP_WAIT_POLICY="${OMP_WAIT_POLICY:-PASSIVE}"

python3 "$DEMO/make_corpus.py"
rm -rf "$WORK"
mkdir -p "$WORK"
"$BIN" train-tokenizer --input "$DEMO/tokenizer_corpus.txt" --vocab-size 2560 --out "$WORK/base"
"$BIN" create-model --config "$DEMO/model_config.json" --out "$WORK/base" --seed 7 --dtype bf16
start=$(date +%s)
"$BIN" sft --model "$WORK/base" --data "$DEMO/corpus.jsonl" --out "$WORK/sft" --epochs "$EPOCHS" --lr 2e-3 \
  --batch-size 16 --max-length 256 --warmup-ratio 0.03 --save-steps 100 --seed 7 --threads "$THREADS" | tee "$WORK/sft_metrics.jsonl"
echo "sft took $(( $(date +%s) - start )) s"

rm -rf "$DEMO/model"
mkdir -p "$DEMO/model"
for f in config.json model.safetensors generation_config.json tokenizer.json tokenizer_config.json special_tokens_map.json; do
  cp "$WORK/sft/model/$f" "$DEMO/model/"
done
python3 "$DEMO/make_candidates.py" --bin "$BIN" --model "$DEMO/model" --prompts "$DEMO/prompts.jsonl" --out "$DEMO/candidates.jsonl"
du -sh "$DEMO/model"
