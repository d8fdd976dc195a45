// head_logps.h — log p(target) under the LM head for selected hidden rows:
// log_softmax(h W^T)[target], with the logits computed and differentiated in
// row chunks so that the (rows x vocabulary) matrix is never held whole.
//
// Why: at LFM2's 65 536-token vocabulary a DPO batch of 4 x 2 x 256 completion
// tokens has 0.5 GiB of fp32 logits, and autograd would keep them (and the
// softmax) for the backward. Here the forward keeps only the hidden rows and
// one log-sum-exp per row; the backward recomputes each chunk's logits and
// forms d logits = g * (onehot(target) - softmax) chunk by chunk.
//
// Internal to core (LibTorch). Not here: which rows are scored (completion_logps).
#pragma once

#include <ATen/ATen.h>

namespace ps::train {

struct HeadLogps {
    at::Tensor tokenLogps;  // (N) fp32, differentiable w.r.t. hidden and weight
    at::Tensor logitMeans;  // (N) fp32, mean logit over the vocabulary (no gradient)
};

// hidden (N,H), weight (V,H), targets (N) int64. chunkRows <= 0 or >= N: one
// plain autograd expression; otherwise the chunked function above. The matmul
// runs in the autocast dtype when autocast is on (as at::linear would), the
// softmax in fp32.
HeadLogps headLogps(const at::Tensor& hidden, const at::Tensor& weight, const at::Tensor& targets, int64_t chunkRows);

// A chunk size that keeps one chunk's fp32 logits near 128 MiB.
int64_t defaultHeadChunkRows(int64_t vocabSize);

}  // namespace ps::train
