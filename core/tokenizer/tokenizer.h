// tokenizer.h — the tokenizer facade: text <-> token ids for a model folder.
//
// Loads a Hugging Face `tokenizer.json` (byte-level or sentencepiece-style BPE,
// normalizers, pre-tokenizers, added tokens, post-processor, decoder — see
// hf_tokenizer.h) or a sentencepiece `tokenizer.model` (through the run-time
// loaded bridge, see sentencepiece.h), plus the folder's tokenizer_config.json
// for special tokens and the chat template. Special token ids always come from
// these files, never from constants.
//
// Thread safety: a loaded Tokenizer is immutable; encode/decode may run
// concurrently from any number of threads.
#pragma once

#include "tokenizer/tokenizer_config.h"
#include "util/result.h"

#include <QString>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace ps::tokenizer {

class TokenizerBackend;

struct Encoding {
    std::vector<int64_t> ids;
    // Byte range [first, second) of each token in the input text; (0, 0) for special
    // tokens inserted by the post-processor. A token covering part of a character
    // (byte-level BPE) covers exactly the bytes it encodes.
    std::vector<std::pair<int64_t, int64_t>> offsets;
};

class Tokenizer {
public:
    // `path`: a model folder (tokenizer.json, else tokenizer.model; plus
    // tokenizer_config.json etc. when present), a tokenizer.json or a tokenizer.model file.
    static Result<std::shared_ptr<const Tokenizer>> load(const QString& path);
    // From tokenizer.json contents (tests, embedded tokenizers).
    static Result<std::shared_ptr<const Tokenizer>> fromTokenizerJson(const QByteArray& json, TokenizerConfig config = {},
                                                                      const QString& context = QStringLiteral("tokenizer.json"));

    // Encodes UTF-8 text. Invalid UTF-8 is an error naming the first bad byte (the
    // tokenizer never guesses). addSpecialTokens applies the post-processor's
    // template (e.g. LFM2's <|startoftext|>), like HF's add_special_tokens=True.
    Result<std::vector<int64_t>> encode(std::string_view utf8, bool addSpecialTokens = true) const;
    Result<std::vector<int64_t>> encode(const QString& text, bool addSpecialTokens = true) const;
    Result<Encoding> encodeWithOffsets(std::string_view utf8, bool addSpecialTokens = true) const;
    // Encodes many texts on `threads` threads (0: one per hardware thread).
    Result<std::vector<std::vector<int64_t>>> encodeBatch(const std::vector<std::string>& texts, bool addSpecialTokens = true,
                                                          int threads = 0) const;

    // Decodes ids to UTF-8 (invalid byte sequences become U+FFFD, unknown ids are
    // skipped — HF's behaviour). skipSpecialTokens drops special added tokens.
    std::string decode(const std::vector<int64_t>& ids, bool skipSpecialTokens = false) const;

    std::optional<int64_t> tokenToId(std::string_view token) const;
    std::optional<std::string> idToToken(int64_t id) const;
    bool isSpecial(int64_t id) const;
    int64_t vocabSize(bool withAddedTokens = true) const;

    const TokenizerConfig& config() const { return config_; }
    // Ids of the config's special tokens (nullopt when unset or not in the vocabulary).
    std::optional<int64_t> bosId() const { return idOf(config_.bosToken); }
    std::optional<int64_t> eosId() const { return idOf(config_.eosToken); }
    std::optional<int64_t> padId() const { return idOf(config_.padToken); }
    // "tokenizer.json (BPE)" or "sentencepiece (tokenizer.model)".
    QString description() const;

    ~Tokenizer();

private:
    Tokenizer() = default;
    std::optional<int64_t> idOf(const QString& token) const;
    std::shared_ptr<const TokenizerBackend> backend_;
    TokenizerConfig config_;
};

}  // namespace ps::tokenizer
