// kl_estimate.h — KL(tuned ‖ base) on evaluation prompts, estimated by Monte
// Carlo: for each prompt one answer y is sampled from the tuned model itself
// (temperature 1, no top-k/top-p/min-p/repetition penalty, so y really is a
// draw from the tuned distribution). Along y, both models' full next-token
// distributions are compared exactly at every position and the per-position
// KLs summed: Σ_t KL(p_tuned(·|x,y<t) ‖ p_base(·|x,y<t)). By the chain rule its
// expectation over y is the sequence KL, like the plain log-ratio
// log p_tuned(y|x) − log p_base(y|x), but every term is ≥ 0 and the variance
// is far lower (the sampled log-ratio let one unlikely answer dominate the
// mean). Reported per answer (nats, with the standard error over prompts) and
// per token.
#pragma once

#include "eval/before_after.h"

namespace ps::model {
class Lfm2Model;
}

namespace ps::eval {

struct KlEstimate {
    double meanKl = 0;       // nats per answer
    double stdError = 0;
    double perToken = 0;     // sum of differences / sum of answer tokens
    int prompts = 0;
};

// Σ_t KL(p_tuned(·|prompt,answer<t) ‖ p_base(·|prompt,answer<t)) in nats, fp64.
double sequenceKl(const model::Lfm2Model& tuned, const model::Lfm2Model& base, const std::vector<int64_t>& prompt,
                  const std::vector<int64_t>& answer);

Result<KlEstimate> estimateKlToBase(const TextGenerator& tuned, const TextGenerator& base, const std::vector<EvalPrompt>& prompts,
                                    int64_t maxNewTokens = 128, uint64_t seed = 0, const std::atomic<bool>* cancel = nullptr);

}  // namespace ps::eval
