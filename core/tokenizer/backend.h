// backend.h — the interface behind Tokenizer (internal): one implementation for
// tokenizer.json pipelines (hf_tokenizer.cpp), one for sentencepiece models
// (sentencepiece.cpp).
#pragma once

#include "tokenizer/post_processor.h"
#include "util/result.h"

#include <QString>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ps::tokenizer {

struct TokenizerConfig;

class TokenizerBackend {
public:
    virtual ~TokenizerBackend() = default;
    // `text` is valid UTF-8. With `withOffsets`, out.offsets is filled (out.tracked).
    virtual Status encode(std::string_view text, bool addSpecialTokens, bool withOffsets, EncodedIds& out) const = 0;
    virtual std::string decode(const std::vector<int64_t>& ids, bool skipSpecialTokens) const = 0;
    virtual int64_t tokenToId(std::string_view token) const = 0;  // -1 when absent
    virtual std::optional<std::string> idToToken(int64_t id) const = 0;
    virtual bool isSpecial(int64_t id) const = 0;
    virtual int64_t vocabSize(bool withAddedTokens) const = 0;
    virtual QString description() const = 0;
};

// tokenizer.json contents -> backend.
Result<std::shared_ptr<const TokenizerBackend>> makeHfBackend(const QByteArray& json);
// tokenizer.model path -> backend (through the sentencepiece bridge library).
Result<std::shared_ptr<const TokenizerBackend>> makeSentencePieceBackend(const QString& modelPath, const TokenizerConfig& config);

}  // namespace ps::tokenizer
