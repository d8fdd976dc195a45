// lfm2.h — the LFM2 architecture (transformers' modeling_lfm2.py) in LibTorch:
// a stack of gated short-convolution and grouped-query attention layers with
// SwiGLU feed-forwards, RMSNorm, RoPE and a tied LM head.
//
// One forward serves training (autograd), scoring and cached generation.
// Batches may be left- or right-padded: `mask` (B, T) marks real tokens;
// positions count real tokens only, so a padded sequence gives the same
// logits as the unpadded one. Internal to core (LibTorch).
#pragma once

#include "model/cache.h"
#include "model/config.h"
#include "model/weights.h"

#include <ATen/ATen.h>
#include <memory>
#include <optional>

namespace ps::model {

struct LoadOptions {
    // Compute dtype; kUndefined keeps the checkpoint's own (F16 files compute in fp32).
    at::ScalarType dtype = at::ScalarType::Undefined;
    // Where the weights live and the model computes: CPU (memory-mapped where
    // the dtype matches) or a CUDA device (weights copied there once). Unset:
    // the process's compute device (setComputeDevice in util/runtime.h).
    std::optional<at::Device> device;
};

class Lfm2Model {
public:
    Lfm2Model(Lfm2Config config, Lfm2Weights weights, at::ScalarType dtype);

    // Reads config.json and the safetensors weights of a Hugging Face model folder.
    static Result<std::shared_ptr<Lfm2Model>> load(const QString& dir, const LoadOptions& options = {});

    const Lfm2Config& config() const { return config_; }
    Lfm2Weights& weights() { return weights_; }
    const Lfm2Weights& weights() const { return weights_; }
    at::ScalarType dtype() const { return dtype_; }
    // The device of the weights; ids and masks passed in must be on it.
    at::Device device() const { return weights_.embed_tokens.device(); }
    // Moves every weight (and LoRA adapter) to `device`.
    void to(at::Device device);
    void setTraining(bool on) { training_ = on; }

    // ids (B, T) int64, mask (B, T) {0,1} or undefined (all real) -> hidden
    // states after embedding_norm (B, T, H). With a cache, ids continue the
    // cached sequences and the cache is updated.
    at::Tensor forwardHidden(const at::Tensor& ids, const at::Tensor& mask = {}, Lfm2Cache* cache = nullptr) const;
    // hidden (..., H) -> logits (..., V) in the compute dtype.
    at::Tensor logits(const at::Tensor& hidden) const;
    at::Tensor forward(const at::Tensor& ids, const at::Tensor& mask = {}, Lfm2Cache* cache = nullptr) const {
        return logits(forwardHidden(ids, mask, cache));
    }

    // An empty cache for `batch` sequences with room for `capacity` positions.
    Lfm2Cache makeCache(int64_t batch, int64_t capacity) const;

    // --- the forward in pieces, for callers that drive the layers themselves
    // (training with per-layer activation checkpointing). forwardHidden() is
    // embed -> prepareStep -> forwardLayer for every layer -> finalNorm.

    // What every layer of one step needs. `past` is the cache length before the step.
    struct StepInputs {
        at::Tensor mask;      // (B,T) bool or undefined (all real)
        at::Tensor cos, sin;  // rotary tables for the step's positions
        at::Tensor bias;      // (B,1,T,past+T) additive attention bias, or undefined
        int64_t past = 0;
    };
    // Positions, attention bias and rotary tables for ids (B,T) continuing
    // `cache` (updates its key mask, next positions and capacity, not its
    // length or per-layer buffers: forwardLayer fills those).
    StepInputs prepareStep(const at::Tensor& ids, const at::Tensor& mask, Lfm2Cache* cache) const;
    at::Tensor embed(const at::Tensor& ids) const;  // (B,T) -> (B,T,H)
    // Decoder layer `index` on h (B,T,H). With a cache, its layer state (keys
    // and values, or conv inputs) at step.past positions is read and extended;
    // cache->length is the caller's to advance after the last layer.
    at::Tensor forwardLayer(int index, const at::Tensor& h, const StepInputs& step, Lfm2Cache* cache) const;
    at::Tensor finalNorm(const at::Tensor& h) const;  // embedding_norm
    // The LM head's weight (V,H): lm_head, or the tied embedding.
    const at::Tensor& headWeight() const { return weights_.lm_head.defined() ? weights_.lm_head : weights_.embed_tokens; }
    bool training() const { return training_; }

    // Writes config.json + safetensors weights (in `dtype`, default the compute dtype).
    Status save(const QString& dir, at::ScalarType dtype = at::ScalarType::Undefined) const;

private:
    at::Tensor shortConv(const at::Tensor& x, const Lfm2Layer& layer, int index, const at::Tensor& mask, Lfm2Cache* cache) const;
    at::Tensor attention(const at::Tensor& x, const Lfm2Layer& layer, int index, const StepInputs& step, Lfm2Cache* cache) const;

    Lfm2Config config_;
    Lfm2Weights weights_;
    at::ScalarType dtype_;
    bool training_ = false;
};

}  // namespace ps::model
