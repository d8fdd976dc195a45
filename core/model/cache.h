// cache.h — generation state of an LFM2 model: keys/values of attention
// layers and the last (L_cache - 1) B*x inputs of conv layers, per sequence.
// Internal to core (LibTorch).
#pragma once

#include <ATen/ATen.h>
#include <vector>

namespace ps::model {

struct Lfm2Cache {
    // Attention layers: (B, n_kv, capacity, head_dim) buffers; positions
    // [0, length) are filled. Conv layers: (B, L_cache - 1, H). Entries of the
    // other layer kind stay undefined.
    std::vector<at::Tensor> keys, values, conv;
    at::Tensor keyMask;  // (B, capacity) bool: which cached positions are real tokens
    at::Tensor nextPosition;  // (B) int64: RoPE position of the next token per sequence
    int64_t length = 0;    // cached positions (including left padding)
    int64_t capacity = 0;  // grows by doubling when exceeded

    int64_t batch() const { return keyMask.defined() ? keyMask.size(0) : 0; }
    // Repeats each sequence `times` times along the batch (prompt shared by N candidates).
    void repeatInterleave(int64_t times);
    // Keeps only the sequences in `rows` (e.g. drop finished ones).
    void select(const at::Tensor& rows);
};

}  // namespace ps::model
