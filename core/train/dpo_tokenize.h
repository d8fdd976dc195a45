// dpo_tokenize.h — TRL preference records (text or chat) to token ids, by the
// conventions of SPEC §5 (as TRL's DPOTrainer): prompt ids = the rendered
// prompt (chat template with the generation prompt for message lists), BOS
// prepended only if not already first; completion ids = the completion text
// followed by the end token (<|im_end|> for chat data, else EOS).
// LibTorch-free.
#pragma once

#include "data/preference_record.h"
#include "gen/prompt_encoder.h"
#include "util/result.h"

#include <memory>
#include <optional>
#include <vector>

namespace ps::tokenizer {
class Tokenizer;
class ChatTemplate;
}  // namespace ps::tokenizer

namespace ps::train {

struct DpoExample;

class DpoTokenizer {
public:
    // The tokenizer (and chat template, if any) of a model folder.
    static Result<DpoTokenizer> forModel(const QString& modelDir);
    DpoTokenizer(std::shared_ptr<const tokenizer::Tokenizer> tok, std::shared_ptr<const tokenizer::ChatTemplate> chat);
    DpoTokenizer(std::shared_ptr<const tokenizer::Tokenizer> tok, gen::PromptEncoder prompts);

    Result<DpoExample> encode(const data::PreferenceRecord& record, int64_t id) const;

private:
    std::shared_ptr<const tokenizer::Tokenizer> tok_;
    gen::PromptEncoder prompts_;  // the prompt part, shared with candidate generation
};

// Reads a JSONL file of pairs: pre-tokenized lines (prompt_ids/chosen_ids/
// rejected_ids) as they are, TRL-format lines (prompt/chosen/rejected as text
// or message lists) through `tokenizer` (required for those). Errors name the line.
Result<std::vector<DpoExample>> readDpoJsonl(const QString& path, const DpoTokenizer* tokenizer);

}  // namespace ps::train
