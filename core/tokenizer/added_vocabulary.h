// added_vocabulary.h — added tokens (tokenizer.json "added_tokens"): matched in
// the raw text before anything else (normalized=false) or in the normalised text
// (normalized=true), leftmost-longest, with single_word / lstrip / rstrip, as
// Hugging Face's AddedVocabulary::extract_and_normalize does.
#pragma once

#include "tokenizer/piece.h"

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace ps::tokenizer {

class Normalizer;
class BpeModel;

struct AddedToken {
    std::string content;
    std::string surface;  // what id -> token gives: the normalised content for normalized tokens (HF)
    int32_t id = -1;
    bool special = false;
    bool singleWord = false, lstrip = false, rstrip = false, normalized = true;
};

class AddedVocabulary {
public:
    // Ids follow HF: the model's id when the content is in the vocabulary, else the next free id.
    void build(std::vector<AddedToken> tokens, const BpeModel& model, const Normalizer* normalizer);

    // Splits the input into pieces: added tokens (token >= 0) and normalised text.
    void extract(const Piece& input, const Normalizer* normalizer, std::vector<Piece>& out) const;

    int32_t find(std::string_view content) const;  // -1 if not an added token
    const AddedToken* byId(int32_t id) const;
    bool isSpecial(int32_t id) const;
    // HF's is_special_token: is this string the content of a special added token?
    bool isSpecialContent(std::string_view content) const;
    const std::vector<AddedToken>& tokens() const { return tokens_; }

private:
    // A byte trie over the contents, matched leftmost-longest.
    struct Trie {
        struct Node {
            std::unordered_map<unsigned char, int32_t> next;
            int32_t token = -1;  // index into tokens_
        };
        std::vector<Node> nodes{Node{}};
        bool firstByte[256] = {};
        void add(const std::string& key, int32_t tokenIndex);
        bool empty() const { return nodes.size() == 1; }
    };
    void split(const Piece& p, const Trie& trie, std::vector<Piece>& out) const;

    std::vector<AddedToken> tokens_;
    std::unordered_map<int32_t, size_t> byId_;
    std::unordered_map<std::string, size_t> byContent_;
    Trie raw_, normalizedTrie_;
};

}  // namespace ps::tokenizer
