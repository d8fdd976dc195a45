// layer_checkpoint.h — one LFM2 decoder layer over a DPO batch laid out as
// shared prompts (B,Tp,H) and their chosen/rejected continuations (2B,Tc,H),
// plain or with activation checkpointing.
//
// Why this shape: the prompt is computed once per pair (SPEC §6), so a layer's
// completion pass reads the layer's own prompt keys/values (attention) or last
// conv inputs (short conv). Taken together, "layer i over prompts and
// completions" is a pure function (hp, hc) -> (hp', hc') of its inputs and the
// layer's weights, which is what checkpointing needs: the forward keeps only
// the two inputs per layer and the backward recomputes the layer's internals
// (one layer at a time) before back-propagating through them. Memory for
// activations drops from every intermediate of every layer to two residual
// tensors per layer; the price is one extra forward of each layer.
//
// Internal to core (LibTorch). Not here: the LM head (train/head_logps.h),
// batching (train/dpo_batch.h).
#pragma once

#include "model/lfm2.h"

#include <ATen/ATen.h>
#include <utility>

namespace ps::train {

// Step inputs (positions, masks, rotary tables, attention bias) of the prompt
// pass and of the completion pass that continues it.
struct SharedPrefixSteps {
    model::Lfm2Model::StepInputs prompt;      // (B, Tp)
    model::Lfm2Model::StepInputs completion;  // (2B, Tc) after Tp prompt positions
    int64_t promptBatch = 0;                   // B
    int64_t perPrompt = 2;                     // completions per prompt: 2 for DPO, 1 for SFT
    int64_t capacity = 0;                      // Tp + Tc
};

// promptIds/promptMask (B,Tp); completionIds/completionMask (nB,Tc), rows
// nb .. nb+n-1 continuing prompt b (n = 2 for DPO's chosen and rejected).
SharedPrefixSteps prepareSharedPrefix(const model::Lfm2Model& model, const at::Tensor& promptIds, const at::Tensor& promptMask,
                                      const at::Tensor& completionIds, const at::Tensor& completionMask);

// Layer `index` on prompts hp (B,Tp,H) and completions hc (2B,Tc,H); autograd
// records every intermediate when grad mode is on.
std::pair<at::Tensor, at::Tensor> layerOverSharedPrefix(const model::Lfm2Model& model, int index, const at::Tensor& hp,
                                                        const at::Tensor& hc, const SharedPrefixSteps& steps);

// The same values, but autograd keeps only hp and hc: the backward reruns the
// layer (with the same dropout masks and autocast state) and differentiates
// it. Gradients reach hp, hc and the layer's parameters that require grad.
// `model` must outlive the backward.
std::pair<at::Tensor, at::Tensor> checkpointedLayerOverSharedPrefix(const model::Lfm2Model& model, int index, const at::Tensor& hp,
                                                                    const at::Tensor& hc, const SharedPrefixSteps& steps);

}  // namespace ps::train
