// kl_estimate.h — KL(tuned ‖ base) on evaluation prompts, estimated by Monte
// Carlo: for each prompt one answer y is sampled from the tuned model itself
// (temperature 1, no top-k/top-p/min-p/repetition penalty, so y really is a
// draw from the tuned distribution) and scored by both models with the
// training scorer (train/completion_logps.h); the estimate is the mean over
// prompts of log p_tuned(y|x) − log p_base(y|x), with its standard error.
// Sequence-level KL (nats per answer); also reported per token.
#pragma once

#include "eval/before_after.h"

namespace ps::eval {

struct KlEstimate {
    double meanKl = 0;       // nats per answer
    double stdError = 0;
    double perToken = 0;     // sum of differences / sum of answer tokens
    int prompts = 0;
};

Result<KlEstimate> estimateKlToBase(const TextGenerator& tuned, const TextGenerator& base, const std::vector<EvalPrompt>& prompts,
                                    int64_t maxNewTokens = 128, uint64_t seed = 0, const std::atomic<bool>* cancel = nullptr);

}  // namespace ps::eval
