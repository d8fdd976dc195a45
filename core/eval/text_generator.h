// text_generator.h — one model folder ready to answer text prompts: the LFM2
// weights, the folder's tokenizer and chat template, and its
// generation_config.json defaults — the pieces `prefstudio generate --prompt`
// uses, behind a LibTorch-free interface for evaluation jobs.
//
// Prompt encoding: a chat prompt (message list) is rendered with the chat
// template plus the generation prompt; a text prompt is sent as one user
// message through the chat template when the tokenizer has one (how an
// instruct model is used), else encoded as raw text with special tokens.
// Generation stops at the model's EOS ids and, for chat rendering, at
// <|im_end|> when the vocabulary has it.
#pragma once

#include "store/types.h"
#include "util/result.h"

#include <QJsonObject>
#include <atomic>
#include <memory>
#include <optional>

namespace ps::model {
class Lfm2Model;
}
namespace ps::tokenizer {
class Tokenizer;
}

namespace ps::eval {

// Sampling for evaluation. Unset values come from generation_config.json.
struct TextSampling {
    std::optional<bool> doSample;
    std::optional<double> temperature;
    std::optional<int64_t> topK;
    std::optional<double> topP;
    std::optional<double> minP;
    std::optional<double> repetitionPenalty;
    int64_t maxNewTokens = 256;
    QJsonObject toJson() const;  // the values that were set
};

struct TextAnswer {
    QString text;
    int tokens = 0;         // generated tokens (EOS included when hit)
    int promptTokens = 0;
    qint64 latencyMs = 0;   // wall time of the generation (prefill + decode)
    QString finish;         // "eos", "length", "stop", "cancelled"
    std::vector<int64_t> promptIds;  // what the model saw
    std::vector<int64_t> ids;        // generated token ids
};

class TextGenerator {
public:
    // dtype: "" (the checkpoint's), "fp32" or "bf16".
    static Result<std::unique_ptr<TextGenerator>> load(const QString& modelDir, const QString& dtype = {});
    ~TextGenerator();

    const QString& modelDir() const;
    Result<std::vector<int64_t>> encodePrompt(const store::PromptContent& prompt) const;
    // One answer with its own seed; deterministic for the same seed and sampling.
    Result<TextAnswer> answer(const store::PromptContent& prompt, const TextSampling& sampling, uint64_t seed,
                              const std::atomic<bool>* cancel = nullptr) const;
    // The sampling actually used: generation_config.json overridden by `sampling`.
    QJsonObject effectiveSampling(const TextSampling& sampling) const;

    const model::Lfm2Model& model() const;
    const tokenizer::Tokenizer& tokenizer() const;
    std::vector<int64_t> stopIds() const;

private:
    TextGenerator();
    struct Impl;
    std::unique_ptr<Impl> d_;
};

}  // namespace ps::eval
