// generate.h — cached autoregressive generation for LFM2: batched prompts
// (left-padded), several candidates per prompt sharing one prefill, seeded
// sampling, streaming callback, stop on EOS ids, cancellation.
// Public API free of LibTorch types (token ids are plain integers).
#pragma once

#include "model/sampler.h"
#include "util/result.h"

#include <atomic>
#include <functional>
#include <vector>

namespace ps::model {

class Lfm2Model;

struct GenerationConfig {
    SamplingParams sampling;
    int64_t maxNewTokens = 128;
    std::vector<int64_t> eosIds;     // generation stops at any of these (the EOS token is kept)
    int64_t numReturnSequences = 1;  // candidates per prompt
    int64_t padId = 0;
    // Optional, one entry per candidate (numReturnSequences entries): candidate k
    // draws from its own generator seeded with candidateSeeds[k] (stream 0, so a
    // one-candidate generate with sampling.seed = candidateSeeds[k] draws the same
    // numbers), and samples at temperature candidateTemperatures[k].
    std::vector<uint64_t> candidateSeeds;
    std::vector<double> candidateTemperatures;
    // Optional extra stop test on a sequence's generated tokens (stop strings).
    std::function<bool(int64_t sequence, const std::vector<int64_t>& tokens)> stopWhen;
};

enum class FinishReason { Eos, Length, Stop, Cancelled };

struct GeneratedSequence {
    int64_t promptIndex = 0;
    int64_t candidate = 0;
    std::vector<int64_t> tokens;  // generated tokens only
    FinishReason finish = FinishReason::Length;
};

struct GenerationStats {
    int64_t promptTokens = 0;     // real prompt tokens prefilled
    int64_t generatedTokens = 0;  // over all sequences
    int64_t decodeSteps = 0;
    double prefillSeconds = 0;
    double decodeSeconds = 0;
};

struct GenerationResult {
    std::vector<GeneratedSequence> sequences;  // index = prompt * numReturnSequences + candidate
    GenerationStats stats;
    bool cancelled = false;
};

// Called for every generated token as soon as it is sampled.
using TokenCallback = std::function<void(int64_t sequence, int64_t token)>;

Result<GenerationResult> generate(const Lfm2Model& model, const std::vector<std::vector<int64_t>>& prompts,
                                  const GenerationConfig& config, const TokenCallback& onToken = {},
                                  const std::atomic<bool>* cancel = nullptr);

}  // namespace ps::model

namespace ps::model {
// Reads a model folder's generation_config.json (if present) into `config`:
// do_sample, temperature, top_k, top_p, min_p, repetition_penalty,
// max_new_tokens, eos_token_id, pad_token_id. Missing keys keep their value;
// integers out of range are errors (max_new_tokens sizes the KV cache, so a
// file may ask for at most kMaxNewTokensFromFile).
constexpr int64_t kMaxNewTokensFromFile = 131072;
Status readGenerationConfig(const QString& modelDir, GenerationConfig& config);
}  // namespace ps::model
