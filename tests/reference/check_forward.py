#!/usr/bin/env python3
"""check_forward.py — prefstudio's LFM2 forward against lfm2_hf_reference.py.

For each case: `prefstudio create-model` writes a random fp32 checkpoint,
`prefstudio forward` writes its logits, and the Python transcription of
transformers' forward computes them again from the same files; the largest
absolute difference must be <= 1e-4 (fp32 on both sides, logits of order one).

Cases: the tiny preset; a tiny config written in the older key spellings
(full_attn_idxs, block_dim, block_ff_dim, theta, tie_embedding), which the
Python side reads from the original file, not from the config.json that
prefstudio re-wrote; an untied multi-head config with conv_L_cache 4; and the
350m preset (~1.4 GB in a temporary folder, removed afterwards).

Usage: check_forward.py PREFSTUDIO [--skip-350m]
Exit status: 0 pass, 1 mismatch or error, 77 when torch is not importable.
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time

try:
    import torch
except ImportError:
    print("SKIP: torch is not importable by", sys.executable)
    sys.exit(77)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lfm2_hf_reference as ref  # noqa: E402

TOLERANCE = 1e-4


def tiny_old_spelling():
    return {
        "architectures": ["Lfm2ForCausalLM"], "model_type": "lfm2", "vocab_size": 300, "block_dim": 64,
        "block_ff_dim": 192, "block_auto_adjust_ff_dim": True, "block_ffn_dim_multiplier": 1.0, "block_multiple_of": 32,
        "num_hidden_layers": 5, "num_attention_heads": 4, "num_key_value_heads": 2, "max_position_embeddings": 4096,
        "norm_eps": 1e-5, "conv_L_cache": 3, "conv_bias": False, "theta": 10000.0, "tie_embedding": True,
        "full_attn_idxs": [0, 3], "bos_token_id": 1, "eos_token_id": 7, "pad_token_id": 0, "torch_dtype": "float32",
    }


def tiny_untied_mha_l4():
    return {
        "architectures": ["Lfm2ForCausalLM"], "model_type": "lfm2", "vocab_size": 200, "hidden_size": 48,
        "intermediate_size": 128, "block_auto_adjust_ff_dim": False, "num_hidden_layers": 4,
        "num_attention_heads": 6, "num_key_value_heads": 6, "norm_eps": 1e-5, "conv_L_cache": 4, "conv_bias": False,
        "rope_theta": 1000000.0, "tie_word_embeddings": False,
        "layer_types": ["conv", "full_attention", "conv", "full_attention"], "torch_dtype": "float32",
    }


def run(cmd):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout}")
    return p.stdout


def check(cli, name, config_arg, n_ids, seed, workdir, python_config=None):
    t0 = time.time()
    model_dir = os.path.join(workdir, name)
    run([cli, "create-model", "--config", config_arg, "--out", model_dir, "--dtype", "fp32", "--seed", str(seed)])
    t1 = time.time()
    reference = ref.load_reference(model_dir, python_config)
    rng = random.Random(seed)
    ids = [rng.randrange(reference.c.vocab_size) for _ in range(n_ids)]
    out = os.path.join(workdir, name + "-logits.safetensors")
    run([cli, "forward", model_dir, "--ids", ",".join(map(str, ids)), "--out", out])
    t2 = time.time()
    got = ref.read_safetensors(out)["logits"]
    expected = reference.logits(ids)
    t3 = time.time()
    if tuple(got.shape) != tuple(expected.shape):
        print(f"FAIL {name}: prefstudio logits {tuple(got.shape)}, reference {tuple(expected.shape)}")
        return False
    diff = (got.double() - expected.double()).abs().max().item()
    agree = (got.argmax(-1) == expected.argmax(-1)).float().mean().item()
    ok = diff <= TOLERANCE
    print(f"{'ok  ' if ok else 'FAIL'} {name}: T={n_ids}, V={got.shape[1]}, max|logit| {expected.abs().max().item():.3f}, "
          f"max|prefstudio - reference| {diff:.3g} (tolerance {TOLERANCE}), argmax agreement {agree:.0%}; "
          f"create {t1 - t0:.1f} s, prefstudio forward {t2 - t1:.1f} s, python reference {t3 - t2:.1f} s")
    return ok


def main(argv):
    if not argv or argv[0].startswith("-"):
        print(__doc__)
        return 1
    cli = argv[0]
    skip_big = "--skip-350m" in argv
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    ok = True
    with tempfile.TemporaryDirectory(prefix="ps-hf-ref-") as work:
        old = os.path.join(work, "tiny_old_spelling.json")
        with open(old, "w") as f:
            json.dump(tiny_old_spelling(), f)
        other = os.path.join(work, "tiny_untied_mha_l4.json")
        with open(other, "w") as f:
            json.dump(tiny_untied_mha_l4(), f)
        cases = [("tiny", "tiny", 12, 1, None), ("tiny_full_attn_idxs", old, 11, 2, old), ("tiny_untied_mha_L4", other, 9, 3, other)]
        if not skip_big:
            cases.append(("350m", "350m", 8, 4, None))
        for name, config_arg, n, seed, pyconfig in cases:
            try:
                ok &= check(cli, name, config_arg, n, seed, work, pyconfig)
            except Exception as e:  # report and go on with the next case
                print(f"FAIL {name}: {e}")
                ok = False
            # The big checkpoint is removed as soon as it has been checked.
            big = os.path.join(work, "350m")
            if os.path.isdir(big):
                subprocess.run(["rm", "-rf", big])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
