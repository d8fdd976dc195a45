// bpe.h — the tokenizer.json "BPE" model (Hugging Face tokenizers' models::bpe):
// vocab + ranked merges, merges as "a b" strings or ["a", "b"] pairs,
// ignore_merges, byte_fallback, unk_token, fuse_unk, continuing_subword_prefix,
// end_of_word_suffix. dropout is ignored (inference is deterministic).
//
// Merging is HF's algorithm: the word's symbols in a linked list, candidate pairs
// in a min-heap by (rank, position); results are cached per pre-token word.
#pragma once

#include "tokenizer/flat_map.h"
#include "util/result.h"

#include <QJsonObject>
#include <array>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ps::tokenizer {

class BpeModel {
public:
    static Result<std::shared_ptr<const BpeModel>> fromJson(const QJsonObject& model);
    ~BpeModel();

    // Tokenizes one pre-token `word`: appends ids and (when `lens` is given) each
    // token's byte length in `word`. Fails only when unk_token is needed but missing.
    Status tokenize(std::string_view word, std::vector<int32_t>& ids, std::vector<uint32_t>* lens) const;

    int32_t tokenToId(std::string_view token) const { return vocab_.find(token); }  // -1 if absent
    const std::string* idToToken(int32_t id) const {
        return id >= 0 && size_t(id) < tokens_.size() && present_[size_t(id)] ? &tokens_[size_t(id)] : nullptr;
    }
    size_t vocabSize() const { return vocab_.size(); }
    int32_t maxId() const { return static_cast<int32_t>(tokens_.size()) - 1; }
    bool ignoresMerges() const { return ignoreMerges_; }

private:
    BpeModel() = default;
    struct Word;
    void mergeWord(std::string_view w, std::vector<int32_t>& ids, std::vector<uint32_t>& lens, bool* unkMissing) const;
    int32_t charId(std::string_view ch) const;

    std::vector<std::string> tokens_;  // id -> token
    std::vector<uint8_t> present_;
    detail::StringIdMap vocab_;       // keys view into tokens_
    detail::PairMap merges_;
    std::array<int32_t, 0x800> smallCharIds_{};  // code point < 0x800 -> id (no prefix/suffix), -1 unknown
    bool smallCharTable_ = false;
    std::optional<std::string> unkToken_;
    std::optional<std::string> prefix_, suffix_;
    bool fuseUnk_ = false, byteFallback_ = false, ignoreMerges_ = false;
    std::array<int32_t, 256> byteIds_{};  // <0xXX> tokens for byte_fallback, -1 when absent

    // Per-word cache, sharded; lookups never block (try_lock, like HF's RwLock::try_read).
    struct Shard {
        std::mutex mutex;
        std::unordered_map<std::string, std::vector<uint64_t>> map;  // id << 32 | byte length
    };
    static constexpr size_t kShards = 16;
    static constexpr size_t kShardCapacity = 8192;
    mutable std::array<Shard, kShards> cache_;
};

}  // namespace ps::tokenizer
