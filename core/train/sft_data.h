// sft_data.h — supervised fine-tuning examples from JSONL in TRL's SFT
// dataset formats (https://huggingface.co/docs/trl/dataset_formats):
//
//   prompt-completion: {"prompt": "...", "completion": "..."}, or both as
//                      message lists ([{"role": "user", ...}] and
//                      [{"role": "assistant", ...}])
//   conversational:    {"messages": [..., {"role": "assistant", ...}]} — the
//                      last assistant message is the completion, the
//                      messages before it the prompt
//
// Token ids follow the DPO conventions of SPEC §5 (dpo_tokenize.h): the prompt
// rendered with the chat template and generation prompt for message lists,
// BOS once; the completion followed by the end token (<|im_end|> for chat,
// else EOS). The loss covers completion tokens only (TRL's
// completion_only_loss). Plain {"text": ...} language-modelling lines are not
// supported. LibTorch-free.
#pragma once

#include "util/result.h"

#include <QJsonObject>
#include <cstdint>
#include <vector>

namespace ps::train {

class DpoTokenizer;

struct SftExample {
    std::vector<int64_t> prompt;      // BOS first
    std::vector<int64_t> completion;  // completion + end token
    int64_t id = -1;                  // line number
};

// The same record as a preference record with chosen = rejected = the completion
// (so it goes through the one TRL parser and tokenizer); errors carry no line number.
Result<QJsonObject> sftRecordAsPreference(const QJsonObject& o);
Result<std::vector<SftExample>> readSftJsonl(const QString& path, const DpoTokenizer& tokenizer);

}  // namespace ps::train
