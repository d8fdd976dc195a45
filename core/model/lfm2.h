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

namespace ps::model {

struct LoadOptions {
    // Compute dtype; kUndefined keeps the checkpoint's own (F16 files compute in fp32).
    at::ScalarType dtype = at::ScalarType::Undefined;
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

    // Writes config.json + safetensors weights (in `dtype`, default the compute dtype).
    Status save(const QString& dir, at::ScalarType dtype = at::ScalarType::Undefined) const;

private:
    at::Tensor shortConv(const at::Tensor& x, const Lfm2Layer& layer, int index, const at::Tensor& mask, Lfm2Cache* cache) const;
    at::Tensor attention(const at::Tensor& x, const Lfm2Layer& layer, int index, const at::Tensor& cos, const at::Tensor& sin,
                         const at::Tensor& bias, Lfm2Cache* cache) const;

    Lfm2Config config_;
    Lfm2Weights weights_;
    at::ScalarType dtype_;
    bool training_ = false;
};

}  // namespace ps::model
