// prompt_encoder.h — a stored prompt (text or chat message list) to the token
// ids a model sees, by SPEC §5 (as TRL's DPOTrainer): a message list is
// rendered with the tokenizer's chat template and the generation prompt
// (<|im_start|>assistant\n), a text prompt is encoded as it is; BOS is
// prepended only if not already first. Candidate generation and DPO training
// both use it, so candidates are generated from exactly the ids DPO scores.
// LibTorch-free. Not here: completion ids (train/dpo_tokenize.h).
#pragma once

#include "store/types.h"
#include "util/result.h"

#include <memory>
#include <vector>

namespace ps::tokenizer {
class Tokenizer;
class ChatTemplate;
}  // namespace ps::tokenizer

namespace ps::gen {

class PromptEncoder {
public:
    // The tokenizer of a model folder, and its chat template when it has one.
    static Result<PromptEncoder> forModel(const QString& modelDir);
    PromptEncoder(std::shared_ptr<const tokenizer::Tokenizer> tok, std::shared_ptr<const tokenizer::ChatTemplate> chat);

    Result<std::vector<int64_t>> encode(const store::PromptContent& prompt) const;

    const std::shared_ptr<const tokenizer::Tokenizer>& tokenizer() const { return tok_; }
    bool hasChatTemplate() const { return chat_ != nullptr; }

private:
    std::shared_ptr<const tokenizer::Tokenizer> tok_;
    std::shared_ptr<const tokenizer::ChatTemplate> chat_;
};

}  // namespace ps::gen
