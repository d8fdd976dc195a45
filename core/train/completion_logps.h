// completion_logps.h — log p(completion | prompt) for a DPO batch with the
// prompt computed once: the prompt pass fills a cache, which is repeated for
// the chosen and the rejected continuation (autograd flows through both).
// Only real completion tokens are scored; padding costs no LM-head work.
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

CompletionScores scoreCompletions(const model::Lfm2Model& model, const DpoBatch& batch);

}  // namespace ps::train
