// streaming_decoder.h — turns token ids arriving one at a time (generation) into
// text, emitting only complete UTF-8: a character split across byte-level tokens
// (Vietnamese, emoji) is held back until its last byte arrives.
//
// Algorithm of Hugging Face's DecodeStream: decode the ids since the last emitted
// boundary together with a few ids of context (so decoders that depend on
// position — Metaspace, Strip — see the same neighbours as a full decode), and
// emit the new suffix once it does not end in U+FFFD.
#pragma once

#include "tokenizer/tokenizer.h"

#include <memory>
#include <string>
#include <vector>

namespace ps::tokenizer {

class StreamingDecoder {
public:
    explicit StreamingDecoder(std::shared_ptr<const Tokenizer> tokenizer, bool skipSpecialTokens = false);

    // Adds one id; returns the text it completes (often empty).
    std::string push(int64_t id);
    // Flushes what is held back (an incomplete sequence becomes U+FFFD) and resets.
    std::string finish();

private:
    std::shared_ptr<const Tokenizer> tokenizer_;
    bool skipSpecial_;
    std::vector<int64_t> ids_;  // context + pending ids
    std::string prefix_;        // decode(ids_[0 .. prefixIndex_)) already emitted
    size_t prefixIndex_ = 0;
};

}  // namespace ps::tokenizer
