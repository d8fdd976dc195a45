// layers.h — the building blocks LFM2 shares with other decoder models, in
// LibTorch. Each states its shapes; all work for any batch (B) and length (T)
// and are autograd-ready. Internal to core.
#pragma once

#include "model/weights.h"

#include <ATen/ATen.h>

namespace ps::model {

// x (..., D), weight (D) -> (..., D): weight * x * rsqrt(mean(x^2) + eps),
// the normalisation computed in fp32 and cast back before the weight (as transformers).
at::Tensor rmsNorm(const at::Tensor& x, const at::Tensor& weight, double eps);

// x (..., in) -> (..., out) with the LoRA adapter when present. Few-row bf16
// inference goes to the AVX-512 kernel (kernels/bf16_gemv.h).
at::Tensor linear(const at::Tensor& x, const Linear& l, bool training = false);

// SwiGLU feed-forward: w2(silu(w1 x) * w3 x); x (..., H) -> (..., H).
at::Tensor feedForward(const at::Tensor& x, const Lfm2Layer& layer, bool training = false);

// RoPE tables for positions (B, T) int64: cos, sin each (B, 1, T, head_dim),
// computed in fp32 (inv_freq = theta^(-2i/d), emb = cat(freqs, freqs)) then cast to dtype.
std::pair<at::Tensor, at::Tensor> ropeTables(const at::Tensor& positions, int64_t headDim, double theta, at::ScalarType dtype);
// x (B, nh, T, hd) -> x*cos + rotate_half(x)*sin, rotate_half(x) = cat(-x2, x1).
at::Tensor applyRope(const at::Tensor& x, const at::Tensor& cos, const at::Tensor& sin);

// Grouped-query attention. q (B, nh, T, hd); k, v (B, nkv, S, hd);
// bias (B, 1, T, S) additive fp32 mask or undefined (no mask) -> (B, T, nh*hd).
// Softmax in fp32 with scale hd^-0.5.
at::Tensor groupedAttention(const at::Tensor& q, const at::Tensor& k, const at::Tensor& v, const at::Tensor& bias);

// Depthwise causal convolution over time. seq (B, T + L - 1, H) holds the
// L-1 previous inputs followed by the T new ones; weight (H, 1, L) -> (B, T, H):
// out[t] = sum_k weight[:, 0, k] * seq[t + k].
at::Tensor causalDepthwiseConv(const at::Tensor& seq, const at::Tensor& weight);

}  // namespace ps::model
