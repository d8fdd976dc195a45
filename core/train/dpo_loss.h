// dpo_loss.h — the DPO loss family and its metrics, as TRL's DPOTrainer
// defines them (SPEC §5). Internal to core (LibTorch).
#pragma once

#include "train/dpo_config.h"

#include <ATen/ATen.h>

namespace ps::train {

// Log-probabilities of completions, one entry per pair (B).
struct PairLogps {
    at::Tensor chosen, rejected;            // sums over completion tokens
    at::Tensor chosenTokens, rejectedTokens;  // completion token counts (float)
};

struct DpoLossOutput {
    at::Tensor losses;           // (B) per-pair loss
    at::Tensor chosenRewards;    // (B) β·(π_c − ref_c), detached
    at::Tensor rejectedRewards;  // (B)
};

// policy and reference log-probs -> per-pair losses. For ipo, sigmoid_norm and
// simpo both sides are first divided by their token counts. `reference` is
// ignored for simpo (reference-free).
//   logits = (π_c − π_r) − (ref_c − ref_r)
//   sigmoid: −logσ(β·logits)(1−ε) − logσ(−β·logits)ε
//   robust:  (−logσ(β·logits)(1−ε) + logσ(−β·logits)ε) / (1−2ε)
//   hinge:   relu(1 − β·logits)
//   ipo:     (logits − 1/(2β))²
//   sigmoid_norm: sigmoid on averaged log-probs
//   simpo:   −logσ(β·(π_c − π_r) − γ) on averaged log-probs
DpoLossOutput dpoLoss(const DpoConfig& config, const PairLogps& policy, const PairLogps& reference);

}  // namespace ps::train
