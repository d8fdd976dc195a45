#!/usr/bin/env python3
"""make_candidates.py — pre-generates the demo workspace's candidate answers
with the demo model through `prefstudio generate` (two sampled answers per
prompt of prompts.jsonl), so the first run of `prefstudio --demo` needs no
model work. Output: one JSON object per prompt,
  {"prompt": [...messages], "sampling": {...}, "seed": S,
   "candidates": [{"text": "...", "tokens": N, "finish": "eos"}, ...]}
Called by scripts/build-demo-model.sh.

A prompt whose two answers came out identical (a confident small model does
that) teaches nothing as a pair: such a prompt is sampled again, alone, with
seed 2000000 + 10 * index + attempt, until its answers differ (at most 8
attempts); its row records the seed that produced it. `--fix-duplicates`
applies only this pass to an existing --out file."""
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
    ap.add_argument("--fix-duplicates", action="store_true")
    a = ap.parse_args()
    prompts = [json.loads(l) for l in open(a.prompts, encoding="utf-8") if l.strip()]
    if a.fix_duplicates:
        rows = [json.loads(l) for l in open(a.out, encoding="utf-8") if l.strip()]
    else:
        rows = generate_all(a, prompts)
    fixed = 0
    for i, r in enumerate(rows):
        for attempt in range(8):
            texts = [c["text"] for c in r["candidates"]]
            if len(texts) < 2 or len(set(texts)) == len(texts):
                break
            seed = 2000000 + 10 * i + attempt
            r["candidates"] = sample(a, [r["prompt"]], seed)[0]
            r["seed"] = seed
            fixed += 1
    with open(a.out, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    left = sum(1 for r in rows if len(set(c["text"] for c in r["candidates"])) < len(r["candidates"]))
    print("candidates for %d prompts; %d resamplings for identical answers, %d prompts still identical" % (len(rows), fixed, left))


def sample(a, prompts, seed):
    cmd = [a.bin, "generate", a.model, "--json", "--do-sample", "--num-return-sequences", "2",
           "--temperature", str(SAMPLING["temperature"]), "--top-p", str(SAMPLING["top_p"]),
           "--max-new-tokens", str(SAMPLING["max_new_tokens"]), "--seed", str(seed)]
    for p in prompts:
        cmd += ["--chat-json", json.dumps(p, ensure_ascii=False)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    cands = [[] for _ in prompts]
    for line in out.splitlines():
        o = json.loads(line)
        cands[o["prompt"]].append({"text": o["text"].strip(), "tokens": len(o["ids"]), "finish": o["finish"]})
    return cands


def generate_all(a, prompts):
    rows = []
    for start in range(0, len(prompts), a.chunk):
        chunk = prompts[start:start + a.chunk]
        seed = 1000 + start
        cands = sample(a, [p["prompt"] for p in chunk], seed)
        for p, c in zip(chunk, cands):
            rows.append({"prompt": p["prompt"], "sampling": SAMPLING, "seed": seed, "candidates": c})
    return rows


if __name__ == "__main__":
    main()
