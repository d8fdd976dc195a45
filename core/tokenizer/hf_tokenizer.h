// hf_tokenizer.h — a Hugging Face tokenizer.json pipeline (internal):
//   added tokens -> normalizer -> pre-tokenizer -> BPE model -> post-processor,
// and decoding through the file's decoder. Mirrors tokenizers' TokenizerImpl for
// single sequences (no truncation/padding: callers handle lengths).
#pragma once

#include "tokenizer/added_vocabulary.h"
#include "tokenizer/backend.h"
#include "tokenizer/bpe.h"
#include "tokenizer/decoder.h"
#include "tokenizer/normalizer.h"
#include "tokenizer/post_processor.h"
#include "tokenizer/pre_tokenizer.h"

namespace ps::tokenizer {

class HfTokenizer final : public TokenizerBackend {
public:
    // Parses tokenizer.json; unsupported components fail with an error naming them.
    static Result<std::shared_ptr<const HfTokenizer>> fromJson(const QByteArray& json);

    Status encode(std::string_view text, bool addSpecialTokens, bool withOffsets, EncodedIds& out) const override;
    std::string decode(const std::vector<int64_t>& ids, bool skipSpecialTokens) const override;
    int64_t tokenToId(std::string_view token) const override;
    std::optional<std::string> idToToken(int64_t id) const override;
    bool isSpecial(int64_t id) const override;
    int64_t vocabSize(bool withAddedTokens) const override;
    QString description() const override { return QStringLiteral("tokenizer.json (BPE)"); }

    const Normalizer* normalizer() const { return normalizer_.get(); }
    const PreTokenizer* preTokenizer() const { return preTokenizer_.get(); }
    const Decoder* decoder() const { return decoder_.get(); }

private:
    std::shared_ptr<const Normalizer> normalizer_;
    std::shared_ptr<const PreTokenizer> preTokenizer_;
    std::shared_ptr<const BpeModel> model_;
    std::shared_ptr<const PostProcessor> postProcessor_;
    std::shared_ptr<const Decoder> decoder_;
    AddedVocabulary added_;
    bool alwaysTrack_ = false;  // Metaspace(prepend_scheme=first) after a normalizer needs true offsets
};

}  // namespace ps::tokenizer
