// bpe_trainer.h — trains a byte-level BPE tokenizer in LFM2's layout: the
// special tokens of LFM2 at ids 0..17 (<|pad|>, <|startoftext|>, ...,
// <|im_start|>, <|im_end|>, tool tokens, reserved), LFM2's Split regex +
// ByteLevel pre-tokenizer, ignore_merges, a BOS TemplateProcessing and the
// ByteLevel decoder, and writes tokenizer.json, tokenizer_config.json (with
// LFM2's ChatML chat template) and special_tokens_map.json. The result loads
// in Hugging Face tokenizers/transformers and in our Tokenizer.
//
// Not here: unigram/WordPiece training, normalizers, dropout. The trainer is
// the classic one (most frequent adjacent pair first, ties broken by the
// smaller pair), counted over pre-tokenized words, with incremental pair
// counts so a few MB of text train in seconds.
#pragma once

#include "util/result.h"

#include <QString>
#include <string>
#include <vector>

namespace ps::tokenizer {

struct BpeTrainOptions {
    int64_t vocabSize = 4096;   // including the 18 special tokens and the 256 byte symbols
    int64_t minFrequency = 2;   // a pair seen fewer times is never merged
};

// Trains on `texts` (UTF-8) and writes the tokenizer files into `outDir`.
// Returns the number of merges learned.
Result<int64_t> trainByteLevelBpe(const std::vector<std::string>& texts, const BpeTrainOptions& options, const QString& outDir);

}  // namespace ps::tokenizer
