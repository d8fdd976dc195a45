#include "model/sampler.h"

#include <ATen/CPUGeneratorImpl.h>

namespace ps::model {

void processLogits(at::Tensor& logits, const SamplingParams& p, const at::Tensor& history, const at::Tensor& historyMask,
                   const at::Tensor& rowTemperatures) {
    const float negInf = -std::numeric_limits<float>::infinity();
    if (p.repetitionPenalty != 1.0 && history.defined() && history.numel() > 0) {
        // transformers: score = score < 0 ? score * penalty : score / penalty, once per distinct token.
        // A token counts as seen when any real (unmasked) history entry holds it.
        const at::Tensor real = historyMask.defined() ? historyMask.to(at::kFloat) : at::ones_like(history, at::kFloat);
        const at::Tensor seen = at::zeros_like(logits, at::kFloat).scatter_add_(1, history, real) > 0;
        const at::Tensor penalised = at::where(logits < 0, logits * p.repetitionPenalty, logits / p.repetitionPenalty);
        logits = at::where(seen, penalised, logits);
    }
    if (!p.doSample) return;
    if (rowTemperatures.defined())
        logits = logits / rowTemperatures;
    else if (p.temperature > 0 && p.temperature != 1.0)
        logits = logits / p.temperature;
    const int64_t V = logits.size(-1);
    if (p.topK > 0 && p.topK < V) {
        const at::Tensor kth = std::get<0>(at::topk(logits, p.topK, -1)).narrow(-1, p.topK - 1, 1);
        logits = logits.masked_fill(logits < kth, negInf);
    }
    if (p.topP < 1.0) {
        // Remove the tokens whose ascending cumulative probability stays <= 1 - top_p; keep at least one.
        auto [sorted, idx] = at::sort(logits, -1, /*descending=*/false);
        const at::Tensor cum = at::softmax(sorted, -1).cumsum(-1);
        at::Tensor remove = cum <= (1.0 - p.topP);
        remove.narrow(-1, V - 1, 1).fill_(false);
        logits = logits.masked_fill(at::zeros_like(remove).scatter_(-1, idx, remove), negInf);
    }
    if (p.minP > 0.0) {
        // Keep tokens with probability >= min_p * max probability.
        const at::Tensor probs = at::softmax(logits, -1);
        const at::Tensor threshold = probs.amax(-1, true) * p.minP;
        logits = logits.masked_fill(probs < threshold, negInf);
    }
}

Sampler::Sampler(const SamplingParams& params, const std::vector<uint64_t>& streams, const std::vector<uint64_t>& seeds,
                 std::vector<double> temperatures)
    : params_(params), temperatures_(std::move(temperatures)) {
    for (size_t i = 0; i < streams.size(); ++i) {
        const uint64_t stream = streams[i];
        const uint64_t seed = seeds.empty() ? params.seed : seeds[i];
        // splitmix64 of (seed, stream): independent, reproducible streams.
        uint64_t z = seed + 0x9E3779B97F4A7C15ull * (stream + 1);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        generators_.push_back(at::make_generator<at::CPUGeneratorImpl>(z ^ (z >> 31)));
    }
}

at::Tensor Sampler::sample(at::Tensor logits, const std::vector<int64_t>& rows, const at::Tensor& history, const at::Tensor& historyMask) {
    logits = logits.to(at::kFloat);
    at::Tensor rowTemperatures;
    if (!temperatures_.empty()) {
        std::vector<float> t;
        for (int64_t r : rows) t.push_back(static_cast<float>(temperatures_[static_cast<size_t>(r)]));
        rowTemperatures = at::tensor(t, at::kFloat).unsqueeze(1);
    }
    processLogits(logits, params_, history, historyMask, rowTemperatures);
    if (!params_.doSample) return logits.argmax(-1);
    const at::Tensor probs = at::softmax(logits, -1);
    at::Tensor out = at::empty({logits.size(0)}, at::kLong);
    for (int64_t r = 0; r < logits.size(0); ++r)
        out[r] = at::multinomial(probs[r], 1, false, generators_[static_cast<size_t>(rows[static_cast<size_t>(r)])]).item<int64_t>();
    return out;
}

}  // namespace ps::model
