// completion_logps.h — log p(completion | prompt) for a DPO batch with the
// prompt computed once: each layer runs over the prompts, then over the chosen
// and the rejected continuations reading that layer's prompt state
// (train/layer_checkpoint.h); autograd flows through both. Only real
// completion tokens are scored; padding costs no LM-head work.
// The batch may also hold one completion per prompt (SFT: collateSft), then
// logps/tokens are per example and chosen()/rejected() do not apply.
#pragma once

#include "train/dpo_batch.h"

#include <ATen/ATen.h>

namespace ps::model {
class Lfm2Model;
}

namespace ps::train {

struct CompletionScores {
    at::Tensor logps;       // (2B) sum of log-softmax of each completion token ((B) with one completion per prompt)
    at::Tensor tokens;      // (2B) completion token counts (float)
    at::Tensor logitMeans;  // (2B) mean raw logit over completion positions and vocabulary (detached)
    // Chosen/rejected views of one batch (even rows chosen, odd rows rejected).
    at::Tensor chosen(const at::Tensor& t) const { return t.slice(0, 0, t.size(0), 2); }
    at::Tensor rejected(const at::Tensor& t) const { return t.slice(0, 1, t.size(0), 2); }
};

// Memory savers for training; the values are the same either way.
struct ScoreOptions {
    // Keep only each layer's inputs for the backward and recompute the rest
    // (TRL's gradient_checkpointing). Only matters when grad mode is on.
    bool checkpointLayers = false;
    // LM-head rows per chunk (train/head_logps.h); 0 = all rows at once.
    int64_t headChunkRows = 0;
};

CompletionScores scoreCompletions(const model::Lfm2Model& model, const DpoBatch& batch, const ScoreOptions& options = {});

}  // namespace ps::train
