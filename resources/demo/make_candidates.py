#!/usr/bin/env python3
"""make_candidates.py — pre-generates the demo workspace's candidate answers
with the demo model through `prefstudio generate` (two sampled answers per
prompt of prompts.jsonl), so the first run of `prefstudio --demo` needs no
model work. Output: one JSON object per prompt,
  {"prompt": [...messages], "sampling": {...}, "seed": S,
   "candidates": [{"text": "...", "tokens": N, "finish": "eos"}, ...]}
Called by scripts/build-demo-model.sh."""
import argparse
import json
import subprocess

SAMPLING = {"do_sample": True, "temperature": 0.9, "top_p": 0.95, "max_new_tokens": 96}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--model", required=True)
    ap.add_argument("--prompts", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--chunk", type=int, default=40)
    a = ap.parse_args()
    prompts = [json.loads(l) for l in open(a.prompts, encoding="utf-8") if l.strip()]
    rows = []
    for start in range(0, len(prompts), a.chunk):
        chunk = prompts[start:start + a.chunk]
        seed = 1000 + start
        cmd = [a.bin, "generate", a.model, "--json", "--do-sample", "--num-return-sequences", "2",
               "--temperature", str(SAMPLING["temperature"]), "--top-p", str(SAMPLING["top_p"]),
               "--max-new-tokens", str(SAMPLING["max_new_tokens"]), "--seed", str(seed)]
        for p in chunk:
            cmd += ["--chat-json", json.dumps(p["prompt"], ensure_ascii=False)]
        out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        cands = [[] for _ in chunk]
        for line in out.splitlines():
            o = json.loads(line)
            cands[o["prompt"]].append({"text": o["text"].strip(), "tokens": len(o["ids"]), "finish": o["finish"]})
        for p, c in zip(chunk, cands):
            rows.append({"prompt": p["prompt"], "sampling": SAMPLING, "seed": seed, "candidates": c})
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("candidates for %d prompts" % len(rows))


if __name__ == "__main__":
    main()
