#!/usr/bin/env python3
"""lfm2_hf_reference.py — the transformers LFM2 forward in plain PyTorch.

What it is: a transcription of Hugging Face's modeling_lfm2.py (SPEC §3) for
one unpadded sequence, written from the spec and independent of Prefstudio's
C++ code: Lfm2RMSNorm (fp32 normalisation, weight * x.to(input dtype)),
ShortConv with nn.functional.conv1d(groups=H, padding=L-1)[..., :T], eager
grouped-query attention with repeat_kv, q/k layernorm before RoPE, RoPE via
rotate_half, SwiGLU feed-forward, final embedding_norm, tied or untied head.
It reads a model folder (config.json in either key spelling, model.safetensors
or shards listed in model.safetensors.index.json) with its own small
safetensors parser (json + torch.frombuffer), since the safetensors package
is not a dependency.

What it is not: no cache, no padding, no batching, no training.

Usage: lfm2_hf_reference.py MODEL_DIR --ids 1,2,3 [--config other.json] [--out logits.safetensors]
Needs Python 3 and torch (Debian's python3-torch 1.13 is enough).
"""
import argparse
import json
import math
import mmap
import os
import struct
import sys

import torch
import torch.nn.functional as F

_DTYPES = {
    "F64": torch.float64, "F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16,
    "I64": torch.int64, "I32": torch.int32, "I16": torch.int16, "I8": torch.int8, "U8": torch.uint8, "BOOL": torch.bool,
}
_NAMES = {v: k for k, v in _DTYPES.items()}


# ---- safetensors ----

def read_safetensors(path):
    """Returns {name: tensor} viewing a private (copy-on-write) mapping of the file."""
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        if size < 8:
            raise ValueError(f"{path}: too short for a safetensors file")
        mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    (n,) = struct.unpack("<Q", mm[:8])
    if 8 + n > size:
        raise ValueError(f"{path}: header of {n} bytes exceeds the file")
    header = json.loads(bytes(mm[8:8 + n]).decode("utf-8"))
    base = 8 + n
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = _DTYPES[info["dtype"]]
        shape = list(info["shape"])
        begin, end = info["data_offsets"]
        count = math.prod(shape)
        itemsize = torch.empty((), dtype=dtype).element_size()
        if end - begin != count * itemsize or base + end > size:
            raise ValueError(f"{path}: tensor {name} has an inconsistent byte range")
        if count == 0:
            out[name] = torch.empty(shape, dtype=dtype)
        elif (base + begin) % itemsize == 0:
            out[name] = torch.frombuffer(mm, dtype=dtype, count=count, offset=base + begin).reshape(shape)
        else:  # misaligned: copy the bytes
            out[name] = torch.frombuffer(bytearray(mm[base + begin:base + end]), dtype=dtype).reshape(shape)
    return out


def write_safetensors(path, tensors):
    """Writes {name: tensor} (contiguous CPU) as a safetensors file."""
    header, blobs, offset = {}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().contiguous().cpu()
        data = t.view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": _NAMES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    h = json.dumps(header, separators=(",", ":")).encode("utf-8")
    h += b" " * ((8 - len(h) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(h)))
        f.write(h)
        for b in blobs:
            f.write(b)


def read_model_weights(model_dir):
    index = os.path.join(model_dir, "model.safetensors.index.json")
    if os.path.exists(index):
        with open(index) as f:
            files = sorted(set(json.load(f)["weight_map"].values()))
    else:
        files = ["model.safetensors"]
    weights = {}
    for name in files:
        for k, v in read_safetensors(os.path.join(model_dir, name)).items():
            if k in weights:
                raise ValueError(f"tensor {k} appears in two shards")
            weights[k] = v
    return weights


# ---- configuration (both spellings, as configuration_lfm2.py accepts them) ----

def _get(cfg, *keys, default=None):
    for k in keys:
        if cfg.get(k) is not None:
            return cfg[k]
    return default


class Lfm2Config:
    def __init__(self, cfg):
        self.vocab_size = int(cfg["vocab_size"])
        self.hidden_size = int(_get(cfg, "hidden_size", "block_dim"))
        self.intermediate_size = int(_get(cfg, "intermediate_size", "block_ff_dim"))
        self.num_hidden_layers = int(cfg["num_hidden_layers"])
        self.num_attention_heads = int(cfg["num_attention_heads"])
        self.num_key_value_heads = int(_get(cfg, "num_key_value_heads", default=self.num_attention_heads))
        self.head_dim = int(_get(cfg, "head_dim", default=self.hidden_size // self.num_attention_heads))
        self.norm_eps = float(_get(cfg, "norm_eps", "block_norm_eps", default=1e-5))
        self.conv_L_cache = int(_get(cfg, "conv_L_cache", default=3))
        self.rope_theta = float(_get(cfg, "rope_theta", "theta", default=1e6))
        tie = [cfg[k] for k in ("tie_word_embeddings", "tie_embedding") if cfg.get(k) is not None]
        if len(set(tie)) > 1:
            raise ValueError("tie_word_embeddings and tie_embedding disagree")
        self.tie_embedding = bool(tie[0]) if tie else True
        if cfg.get("layer_types") is not None:
            self.layer_types = list(cfg["layer_types"])
        else:
            attn = set(int(i) for i in cfg["full_attn_idxs"])
            self.layer_types = ["full_attention" if i in attn else "conv" for i in range(self.num_hidden_layers)]
        assert len(self.layer_types) == self.num_hidden_layers
        # Lfm2MLP's width rule.
        ff = self.intermediate_size
        if _get(cfg, "block_auto_adjust_ff_dim", default=False):
            ff = int(2 * ff / 3)
            mult = _get(cfg, "block_ffn_dim_multiplier")
            if mult is not None:
                ff = int(mult * ff)
            m = int(_get(cfg, "block_multiple_of", default=256))
            ff = m * ((ff + m - 1) // m)
        self.ff_dim = ff


# ---- the model (modeling_lfm2.py semantics) ----

def rms_norm(x, weight, eps):
    # Lfm2RMSNorm: normalise in fp32, cast back, then scale.
    input_dtype = x.dtype
    h = x.to(torch.float32)
    variance = h.pow(2).mean(-1, keepdim=True)
    h = h * torch.rsqrt(variance + eps)
    return weight * h.to(input_dtype)


def rotary_cos_sin(position_ids, head_dim, theta, dtype):
    # Lfm2RotaryEmbedding (default rope): fp32 inv_freq and angles.
    inv_freq = 1.0 / (theta ** (torch.arange(0, head_dim, 2, dtype=torch.int64).float() / head_dim))
    freqs = (inv_freq[None, :, None] @ position_ids[:, None, :].float()).transpose(1, 2)  # (B, T, hd/2)
    emb = torch.cat((freqs, freqs), dim=-1)
    return emb.cos().to(dtype), emb.sin().to(dtype)


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


def apply_rotary_pos_emb(q, k, cos, sin):
    cos, sin = cos.unsqueeze(1), sin.unsqueeze(1)
    return q * cos + rotate_half(q) * sin, k * cos + rotate_half(k) * sin


def repeat_kv(h, n_rep):
    b, kv, s, d = h.shape
    if n_rep == 1:
        return h
    return h[:, :, None, :, :].expand(b, kv, n_rep, s, d).reshape(b, kv * n_rep, s, d)


class Lfm2Reference:
    def __init__(self, config, weights, dtype=torch.float32):
        self.c = config
        self.dtype = dtype
        self.w = {k: v.to(dtype) for k, v in weights.items()}

    def _l(self, i, rest):
        return self.w[f"model.layers.{i}.{rest}"]

    def attention(self, x, i, cos, sin):
        c = self.c
        B, T, _ = x.shape
        hd = c.head_dim
        q = F.linear(x, self._l(i, "self_attn.q_proj.weight")).view(B, T, -1, hd)
        k = F.linear(x, self._l(i, "self_attn.k_proj.weight")).view(B, T, -1, hd)
        v = F.linear(x, self._l(i, "self_attn.v_proj.weight")).view(B, T, -1, hd)
        q = rms_norm(q, self._l(i, "self_attn.q_layernorm.weight"), c.norm_eps).transpose(1, 2)
        k = rms_norm(k, self._l(i, "self_attn.k_layernorm.weight"), c.norm_eps).transpose(1, 2)
        v = v.transpose(1, 2)
        q, k = apply_rotary_pos_emb(q, k, cos, sin)
        groups = c.num_attention_heads // c.num_key_value_heads
        k, v = repeat_kv(k, groups), repeat_kv(v, groups)
        # eager_attention_forward with a causal mask filled with the dtype's minimum.
        scores = torch.matmul(q, k.transpose(2, 3)) * hd ** -0.5
        mask = torch.full((T, T), torch.finfo(scores.dtype).min, dtype=scores.dtype).triu(1)
        scores = scores + mask
        probs = F.softmax(scores, dim=-1, dtype=torch.float32).to(q.dtype)
        out = torch.matmul(probs, v).transpose(1, 2).contiguous().reshape(B, T, -1)
        return F.linear(out, self._l(i, "self_attn.out_proj.weight"))

    def short_conv(self, x, i):
        T = x.shape[1]
        H = self.c.hidden_size
        L = self.c.conv_L_cache
        BCx = F.linear(x, self._l(i, "conv.in_proj.weight")).transpose(-1, -2)  # (B, 3H, T)
        b, cc, xx = BCx.chunk(3, dim=-2)
        Bx = b * xx
        conv_out = F.conv1d(Bx, self._l(i, "conv.conv.weight"), bias=None, padding=L - 1, groups=H)[..., :T]
        y = (cc * conv_out).transpose(-1, -2).contiguous()
        return F.linear(y, self._l(i, "conv.out_proj.weight"))

    def feed_forward(self, x, i):
        w1, w2, w3 = (self._l(i, f"feed_forward.{n}.weight") for n in ("w1", "w2", "w3"))
        return F.linear(F.silu(F.linear(x, w1)) * F.linear(x, w3), w2)

    @torch.no_grad()
    def logits(self, ids):
        """ids: list of ints -> (T, V) logits in the compute dtype."""
        c = self.c
        input_ids = torch.tensor([ids], dtype=torch.int64)
        h = F.embedding(input_ids, self.w["model.embed_tokens.weight"])
        position_ids = torch.arange(len(ids), dtype=torch.int64)[None, :]
        cos, sin = rotary_cos_sin(position_ids, c.head_dim, c.rope_theta, h.dtype)
        for i, kind in enumerate(c.layer_types):
            residual = h
            normed = rms_norm(h, self._l(i, "operator_norm.weight"), c.norm_eps)
            if kind == "full_attention":
                h = self.attention(normed, i, cos, sin)
            else:
                h = self.short_conv(normed, i)
            h = h + residual
            h = h + self.feed_forward(rms_norm(h, self._l(i, "ffn_norm.weight"), c.norm_eps), i)
        h = rms_norm(h, self.w["model.embedding_norm.weight"], c.norm_eps)
        head = self.w["model.embed_tokens.weight"] if c.tie_embedding else self.w["lm_head.weight"]
        return F.linear(h, head)[0]


def load_reference(model_dir, config_path=None, dtype=torch.float32):
    with open(config_path or os.path.join(model_dir, "config.json")) as f:
        config = Lfm2Config(json.load(f))
    weights = read_model_weights(model_dir)
    # Shapes the config implies, so a config/weights mismatch is a clear error.
    H, hd = config.hidden_size, config.head_dim
    expect = {"model.embed_tokens.weight": [config.vocab_size, H], "model.embedding_norm.weight": [H]}
    for i, kind in enumerate(config.layer_types):
        p = f"model.layers.{i}."
        expect[p + "feed_forward.w1.weight"] = [config.ff_dim, H]
        if kind == "conv":
            expect[p + "conv.conv.weight"] = [H, 1, config.conv_L_cache]
        else:
            expect[p + "self_attn.q_proj.weight"] = [config.num_attention_heads * hd, H]
            expect[p + "self_attn.k_proj.weight"] = [config.num_key_value_heads * hd, H]
    for name, shape in expect.items():
        if list(weights[name].shape) != shape:
            raise ValueError(f"{name}: shape {list(weights[name].shape)}, config implies {shape}")
    return Lfm2Reference(config, weights, dtype)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("model_dir")
    ap.add_argument("--ids", required=True, help="comma-separated token ids")
    ap.add_argument("--config", help="read this config.json instead of MODEL_DIR/config.json")
    ap.add_argument("--out", help="write the (T, V) fp32 logits as tensor 'logits' to this .safetensors file")
    args = ap.parse_args(argv)
    ids = [int(s) for s in args.ids.replace(" ", ",").split(",") if s]
    logits = load_reference(args.model_dir, args.config).logits(ids)
    if args.out:
        write_safetensors(args.out, {"logits": logits.float()})
    print(f"logits {tuple(logits.shape)}: max |logit| {logits.abs().max().item():.4f}, argmax {logits.argmax(-1).tolist()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
