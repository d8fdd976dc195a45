#!/usr/bin/env python3
"""make_seeds.py — writes the fuzz seed corpus in tests/fuzz/<format>/.

Seeds are small on purpose (every fuzz iteration parses one): the tokenizers
are the test tokenizers of tests/tokenizer/data cut down to their byte
alphabet plus a few hundred merges; the rest are tiny valid files and a few
nasty ones (huge numbers, deep nesting, BOM, NUL, invalid UTF-8) that the
mutator then mixes. Run from the repository root; the output is committed.
"""
import json, os, struct

ROOT = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(ROOT, "..", "tokenizer", "data")


def out(fmt, name, data):
    d = os.path.join(ROOT, fmt)
    os.makedirs(d, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def small_tokenizer(name, keep_merges):
    t = json.load(open(os.path.join(SRC, name, "tokenizer.json"), encoding="utf-8"))
    vocab = t["model"]["vocab"]
    merges = t["model"]["merges"][:keep_merges]
    keep = set()
    for m in merges:
        a, b = m.split(" ", 1) if isinstance(m, str) else m
        keep.update([a, b, a + b])
    # the single-character tokens (byte alphabet / byte fallback) and specials
    keep.update(k for k in vocab if len(k) == 1 or k.startswith("<"))
    keep.update(a["content"] for a in t["added_tokens"])
    ids = sorted(vocab[k] for k in keep if k in vocab)
    remap = {old: new for new, old in enumerate(ids)}
    t["model"]["vocab"] = {k: remap[v] for k, v in vocab.items() if k in keep}
    t["model"]["merges"] = merges
    n = len(ids)
    for a in t["added_tokens"]:
        a["id"] = remap.get(a["id"], n)
        n = max(n, a["id"] + 1)
    pp = t.get("post_processor") or {}
    for sp in (pp.get("special_tokens") or {}).values():
        sp["ids"] = [t["model"]["vocab"].get(tok, 0) for tok in sp["tokens"]]
    return json.dumps(t, ensure_ascii=False, indent=1)


def main():
    # --- tokenizer.json
    out("tokenizer_json", "lfm2_style.json", small_tokenizer("lfm2-style", 120))
    out("tokenizer_json", "spm_style.json", small_tokenizer("spm-style", 120))
    out("tokenizer_json", "gpt2.json", small_tokenizer("gpt2", 60))
    out("tokenizer_json", "huge_ids.json", json.dumps({
        "version": "1.0", "added_tokens": [{"id": 1 << 60, "content": "<x>", "special": True}],
        "normalizer": None, "pre_tokenizer": {"type": "ByteLevel", "add_prefix_space": False},
        "post_processor": {"type": "TemplateProcessing", "single": [{"SpecialToken": {"id": "<x>", "type_id": 0}},
                                                                    {"Sequence": {"id": "A", "type_id": 0}}],
                           "special_tokens": {"<x>": {"id": "<x>", "ids": [1e300], "tokens": ["<x>"]}}},
        "decoder": {"type": "ByteLevel"},
        "model": {"type": "BPE", "vocab": {"a": 2147483647, "b": 0, "ab": -1}, "merges": ["a b"]}}))

    # --- tokenizer_config.json (+ the LFM2 template)
    tc = open(os.path.join(SRC, "lfm2-style", "tokenizer_config.json"), encoding="utf-8").read()
    out("tokenizer_config", "lfm2_style.json", tc)
    out("tokenizer_config", "gpt2.json", open(os.path.join(SRC, "gpt2", "tokenizer_config.json"), encoding="utf-8").read())
    template = open(os.path.join(SRC, "lfm2-style", "chat_template.jinja"), encoding="utf-8").read()
    out("tokenizer_config", "with_template.json", json.dumps({
        "bos_token": "<|startoftext|>", "eos_token": {"content": "<|im_end|>", "special": True},
        "pad_token": "<|pad|>", "add_bos_token": True, "chat_template": template}, ensure_ascii=False))
    out("tokenizer_config", "template_list.json", json.dumps({
        "bos_token": "<|startoftext|>", "chat_template": [{"name": "tool_use", "template": "{{ x }}"},
                                                         {"name": "default", "template": template}]}))
    out("tokenizer_config", "python_escape.json", json.dumps({
        "bos_token": "<|startoftext|>",
        "chat_template": "{{ ''.__class__.__mro__[1].__subclasses__() }}{% for m in messages %}"
                         "{{ cycler.__init__.__globals__.os.system('touch /tmp/pwned') }}<|im_start|>{{ m.content }}<|im_end|>{% endfor %}"}))

    # --- chat JSON (generate --chat-json)
    out("chat_json", "messages.json", json.dumps([
        {"role": "system", "content": "Bạn là trợ lý."}, {"role": "user", "content": "Xin chào <|im_end|>"},
        {"role": "assistant", "content": "Chào bạn!"}, {"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        ensure_ascii=False))
    out("chat_json", "tools.json", json.dumps({
        "messages": [{"role": "user", "content": "weather?"},
                     {"role": "assistant", "content": "", "tool_calls": [{"name": "w", "arguments": {"city": "Hà Nội"}}]},
                     {"role": "tool", "content": "{\"t\": 21.5}"}],
        "tools": [{"name": "w", "parameters": {"type": "object", "properties": {"city": {"type": "string"}}}}],
        "add_generation_prompt": False}, ensure_ascii=False))
    out("chat_json", "deep.json", "[" * 600 + "]" * 600)
    out("chat_json", "numbers.json", '[{"role":"user","content":[1e308,-1,1152921504606846976,-0.0,1.5e-320,123456789012345678901234567890]}]')

    # --- config.json
    cfg = json.load(open(os.path.join(ROOT, "..", "..", "resources", "demo", "model", "config.json")))
    out("config", "demo.json", json.dumps(cfg, indent=2))
    old = {"model_type": "lfm2", "vocab_size": 256, "block_dim": 64, "block_ff_dim": 192, "num_hidden_layers": 4,
           "num_heads": 4, "num_key_value_heads": 2, "full_attn_idxs": [1, 3], "block_auto_adjust_ff_dim": True,
           "block_ffn_dim_multiplier": 1.5, "block_multiple_of": 32, "theta": 10000.0, "tie_embedding": True,
           "eos_token_id": [7, 2]}
    out("config", "old_spelling.json", json.dumps(old))
    huge = dict(cfg, hidden_size=1e12, vocab_size=1 << 40, intermediate_size=1 << 60, max_position_embeddings=-1,
                block_ffn_dim_multiplier=1e300)
    out("config", "huge.json", json.dumps(huge))
    out("config", "bom_nul.json", b"\xef\xbb\xbf" + json.dumps(cfg).encode() + b"\x00")

    # --- safetensors (a tiny valid file written like writeSafetensors, and a liar)
    def st(tensors, meta=None, claim=None):
        header, data, off = {}, b"", 0
        if meta: header["__metadata__"] = meta
        for name, dtype, shape, raw in tensors:
            header[name] = {"dtype": dtype, "shape": shape, "data_offsets": [off, off + len(raw)]}
            data += raw
            off += len(raw)
        h = json.dumps(header, separators=(",", ":")).encode()
        h += b" " * (-len(h) % 8)
        return struct.pack("<Q", claim if claim is not None else len(h)) + h + data
    f32 = lambda *v: struct.pack("<%df" % len(v), *v)
    out("safetensors", "small.safetensors", st([("a.weight", "F32", [2, 2], f32(1, 2, 3, 4)),
                                                ("b", "BF16", [3], b"\x80\x3f" * 3), ("c", "I64", [1], struct.pack("<q", -1)),
                                                ("s", "F16", [], b"\x00\x3c"), ("z", "F32", [0, 4], b"")], {"format": "pt"}))
    out("safetensors", "header_claims_2p60.safetensors", st([("a", "F32", [1], f32(1))], claim=1 << 60))
    out("safetensors", "shape_2p40.safetensors",
        (lambda h: struct.pack("<Q", len(h)) + h + f32(1))(
            b'{"a":{"dtype":"F32","shape":[1099511627776,1099511627776],"data_offsets":[0,4]}}'))

    # --- model.safetensors.index.json (the fuzz driver writes two shards beside it)
    out("safetensors_index", "index.json", json.dumps({"metadata": {"total_size": 28}, "weight_map": {
        "a.weight": "model-00001-of-00002.safetensors", "b": "model-00001-of-00002.safetensors",
        "c": "model-00002-of-00002.safetensors"}}, indent=2))
    out("safetensors_index", "traversal.json", json.dumps({"weight_map": {
        "a.weight": "../../../../etc/passwd", "b": "/etc/passwd", "c": "model-00002-of-00002.safetensors\u0000.x"}}))

    # --- JSONL import
    out("jsonl", "trl.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"prompt": "p", "chosen": "c", "rejected": "r", "category": "x", "language": "en"},
        {"prompt": [{"role": "user", "content": "Chào"}], "chosen": [{"role": "assistant", "content": "a"}],
         "rejected": [{"role": "assistant", "content": "b"}], "preference": "tie"},
        {"prompt": "only"}]) + "\n")
    out("jsonl", "nasty.jsonl", b"\xef\xbb\xbf{\"prompt\":\"\\u0000\\ud800x\",\"chosen\":\"\xff\xfe\",\"rejected\":\"1e999\"}\r\n"
        + b"{\"prompt\":" + b"[" * 300 + b"]" * 300 + b"}\n{\"prompt\":\"../../etc/passwd\",\"category\":\"/abs\\u0000nul\"}\n")
    # --- CSV import
    out("csv", "trl.csv", "prompt,prompt_messages,chosen,rejected,language\r\n\"a, \"\"b\"\"\",,\"x\ny\",z,vi\r\n"
        ",\"[{\"\"role\"\":\"\"user\"\",\"\"content\"\":\"\"hi\"\"}]\",c,d,\r\nplain,,,,\r\n")
    out("csv", "nasty.csv", b"\xef\xbb\xbfprompt,chosen,rejected\n\"unterminated,\x00,\xc3\x28\n=cmd|'/c calc'!A0,\"\"\"\",-1\n")


if __name__ == "__main__":
    main()
