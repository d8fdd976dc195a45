// dpo_batch.h — a DPO example as token ids, TRL's truncation rules, and
// collation into one prefix-shared batch: each prompt is run once and its
// chosen and rejected completions continue from the shared prompt state.
#pragma once

#include "train/dpo_config.h"

#include <ATen/ATen.h>
#include <cstdint>
#include <vector>

namespace ps::train {

struct DpoExample {
    std::vector<int64_t> prompt;    // rendered prompt, BOS first
    std::vector<int64_t> chosen;    // completion + end token
    std::vector<int64_t> rejected;  // completion + end token
    int64_t id = -1;                // pair id in the workspace, or line number
};

// Applies max_prompt_length (keep the end of the prompt), max_completion_length
// (keep the start of completions) and max_length (prompt + each completion;
// the prompt is shortened from its start only if it alone leaves no room for
// one completion token).
DpoExample truncateExample(const DpoExample& e, const DpoConfig& config);

struct DpoBatch {
    at::Tensor promptIds;       // (B, Tp) int64, left-padded
    at::Tensor promptMask;      // (B, Tp) bool
    at::Tensor completionIds;   // (2B, Tc) int64, right-padded: chosen_0, rejected_0, chosen_1, ...
    at::Tensor completionMask;  // (2B, Tc) bool
    int64_t pairs() const { return promptIds.size(0); }
    int64_t tokens() const;     // real prompt + completion tokens
    DpoBatch to(at::Device device) const;  // the same batch on `device` (collation builds it on the host)
};

DpoBatch collate(const std::vector<const DpoExample*>& examples, int64_t padId);

}  // namespace ps::train
