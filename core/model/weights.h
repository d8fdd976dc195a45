// weights.h — LFM2 parameters, named exactly like the checkpoint keys.
// Internal to core (LibTorch).
#pragma once

#include "io/safetensors.h"
#include "model/config.h"

#include <ATen/ATen.h>
#include <functional>
#include <vector>

namespace ps::model {

// A projection y = x W^T, optionally with a LoRA adapter:
// y = x W^T + scale * dropout(x) A^T B^T (A: r x in, B: out x r).
struct Linear {
    at::Tensor weight;  // (out, in)
    at::Tensor lora_A;  // (r, in) or undefined
    at::Tensor lora_B;  // (out, r)
    double loraScale = 0.0;
    double loraDropout = 0.0;
};

struct Lfm2Layer {
    LayerKind kind = LayerKind::Conv;
    at::Tensor operator_norm;  // (H)
    at::Tensor ffn_norm;       // (H)
    Linear w1, w2, w3;         // feed_forward: w1,w3 (F,H), w2 (H,F)
    // conv layers
    Linear in_proj;           // conv.in_proj (3H,H)
    at::Tensor conv;          // conv.conv (H,1,L)
    Linear conv_out_proj;     // conv.out_proj (H,H)
    // attention layers
    Linear q_proj, k_proj, v_proj;  // (nh*hd,H), (nkv*hd,H), (nkv*hd,H)
    Linear out_proj;                // self_attn.out_proj (H, nh*hd)
    at::Tensor q_layernorm, k_layernorm;  // (hd)
};

struct Lfm2Weights {
    at::Tensor embed_tokens;    // model.embed_tokens.weight (V,H)
    at::Tensor embedding_norm;  // model.embedding_norm.weight (H)
    at::Tensor lm_head;         // lm_head.weight (V,H); undefined when tied
    std::vector<Lfm2Layer> layers;

    // Every parameter tensor with its checkpoint name, in a stable order.
    void forEach(const std::function<void(const QString& name, at::Tensor& t)>& fn);
    // Every projection with its module name ("model.layers.3.self_attn.q_proj"),
    // the unit LoRA adapters attach to. The tied LM head is not included.
    void forEachLinear(const std::function<void(const QString& module, Linear& l)>& fn);
};

struct TensorSpec {
    QString name;
    std::vector<int64_t> shape;
};
// Names and shapes a checkpoint for `config` must contain.
std::vector<TensorSpec> expectedTensors(const Lfm2Config& config);

// Loads and validates every tensor (missing, unexpected, wrong shape are
// errors). Tensors already in `dtype` stay memory-mapped; others are converted.
Result<Lfm2Weights> loadWeights(const io::Checkpoint& ckpt, const Lfm2Config& config, at::ScalarType dtype);

// Random initialisation as transformers does for LFM2: normal(0, 0.02) for
// projections and embeddings, ones for norms, Kaiming-uniform-like for the conv.
Lfm2Weights randomWeights(const Lfm2Config& config, at::ScalarType dtype, uint64_t seed);

}  // namespace ps::model
