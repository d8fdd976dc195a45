// sampler.h — turning next-token logits into tokens, with the logits
// processors of transformers' generate() in the same order: repetition
// penalty, temperature, top-k, top-p, min-p; then greedy argmax or a draw
// from a per-sequence seeded generator (so a sequence's samples do not depend
// on which other sequences share its batch). Internal to core (LibTorch).
#pragma once

#include <ATen/ATen.h>
#include <cstdint>
#include <vector>

namespace ps::model {

struct SamplingParams {
    bool doSample = false;     // false: greedy
    double temperature = 1.0;  // > 0
    int64_t topK = 0;          // 0: off
    double topP = 1.0;         // 1: off
    double minP = 0.0;         // 0: off
    double repetitionPenalty = 1.0;  // 1: off; > 1 discourages repeats
    uint64_t seed = 0;
};

// Applies the processors in place to logits (B, V) fp32. `history` (B, S)
// int64 holds every token seen per row (prompt and generated) for the
// repetition penalty; `historyMask` (B, S) bool marks real tokens.
// `rowTemperatures` (B, 1) fp32, when defined, replaces p.temperature row by row.
void processLogits(at::Tensor& logits, const SamplingParams& p, const at::Tensor& history, const at::Tensor& historyMask,
                   const at::Tensor& rowTemperatures = {});

class Sampler {
public:
    // One generator per sequence, seeded from (params.seed, streams[i]). Giving
    // a prompt's k-th candidate stream k makes it reproducible whatever else
    // shares the batch.
    // `seeds` (optional, one per sequence) replaces params.seed per sequence;
    // `temperatures` (optional, one per sequence) replaces params.temperature.
    Sampler(const SamplingParams& params, const std::vector<uint64_t>& streams, const std::vector<uint64_t>& seeds = {},
            std::vector<double> temperatures = {});
    // logits (B, V) fp32 for the rows in `rows` (indices into the original
    // sequences) -> tokens (B) int64.
    at::Tensor sample(at::Tensor logits, const std::vector<int64_t>& rows, const at::Tensor& history, const at::Tensor& historyMask);

private:
    SamplingParams params_;
    std::vector<at::Generator> generators_;
    std::vector<double> temperatures_;
};

}  // namespace ps::model
