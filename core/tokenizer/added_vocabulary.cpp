#include "tokenizer/added_vocabulary.h"

#include "tokenizer/bpe.h"
#include "tokenizer/normalizer.h"
#include "tokenizer/unicode.h"
#include "tokenizer/utf8.h"

#include <algorithm>

namespace ps::tokenizer {

namespace {
char32_t lastChar(const std::string& s, size_t end) {
    if (end == 0) return 0;
    size_t k = end - 1;
    while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
    char32_t c;
    utf8::decodeValid(s.data() + k, &c);
    return c;
}
}  // namespace

void AddedVocabulary::Trie::add(const std::string& key, int32_t tokenIndex) {
    int32_t n = 0;
    for (unsigned char c : key) {
        auto it = nodes[size_t(n)].next.find(c);
        if (it == nodes[size_t(n)].next.end()) {
            nodes.push_back(Node{});
            const int32_t created = int32_t(nodes.size() - 1);
            nodes[size_t(n)].next[c] = created;
            n = created;
        } else {
            n = it->second;
        }
    }
    if (nodes[size_t(n)].token < 0) nodes[size_t(n)].token = tokenIndex;  // first pattern wins on duplicates
    firstByte[static_cast<unsigned char>(key[0])] = true;
}

void AddedVocabulary::build(std::vector<AddedToken> tokens, const BpeModel& model, const Normalizer* normalizer) {
    tokens_.clear();
    byId_.clear();
    byContent_.clear();
    // Ids in file order, as HF's add_tokens assigns them (the ids written in the file are not used).
    int32_t maxAdded = -1;
    const int32_t vocabSize = static_cast<int32_t>(model.vocabSize());
    for (AddedToken& t : tokens) {
        if (t.content.empty() || byContent_.count(t.content)) continue;
        const int32_t inModel = model.tokenToId(t.content);
        if (inModel >= 0) {
            t.id = inModel;
        } else {
            t.id = maxAdded < 0 ? vocabSize : ((maxAdded >= vocabSize || vocabSize == 0) ? maxAdded + 1 : vocabSize);
        }
        maxAdded = std::max(maxAdded, t.id);
        t.surface = t.normalized && normalizer ? normalizeText(*normalizer, t.content) : t.content;
        byContent_[t.content] = tokens_.size();
        byId_[t.id] = tokens_.size();
        tokens_.push_back(t);
    }
    raw_ = Trie{};
    normalizedTrie_ = Trie{};
    // The trie patterns: special tokens first, then the others (the Aho-Corasick pattern order).
    for (size_t i = 0; i < tokens_.size(); ++i) {
        const AddedToken& t = tokens_[i];
        if (!t.normalized) {
            raw_.add(t.content, int32_t(i));
        } else {
            const std::string key = normalizer ? normalizeText(*normalizer, t.content) : t.content;
            if (!key.empty()) normalizedTrie_.add(key, int32_t(i));
        }
    }
}

int32_t AddedVocabulary::find(std::string_view content) const {
    auto it = byContent_.find(std::string(content));
    return it == byContent_.end() ? -1 : tokens_[it->second].id;
}

const AddedToken* AddedVocabulary::byId(int32_t id) const {
    auto it = byId_.find(id);
    return it == byId_.end() ? nullptr : &tokens_[it->second];
}

bool AddedVocabulary::isSpecialContent(std::string_view content) const {
    auto it = byContent_.find(std::string(content));
    return it != byContent_.end() && tokens_[it->second].special;
}

bool AddedVocabulary::isSpecial(int32_t id) const {
    const AddedToken* t = byId(id);
    return t && t->special;
}

void AddedVocabulary::split(const Piece& p, const Trie& trie, std::vector<Piece>& out) const {
    const std::string& s = p.text;
    if (trie.empty() || s.empty()) {
        if (!s.empty()) out.push_back(p);
        return;
    }
    size_t startOffset = 0;
    size_t i = 0;
    bool any = false;
    while (i < s.size()) {
        if (!trie.firstByte[static_cast<unsigned char>(s[i])]) {
            ++i;
            continue;
        }
        // Longest pattern starting at i.
        int32_t node = 0, best = -1;
        size_t bestEnd = 0;
        for (size_t j = i; j < s.size(); ++j) {
            const auto& next = trie.nodes[size_t(node)].next;
            auto it = next.find(static_cast<unsigned char>(s[j]));
            if (it == next.end()) break;
            node = it->second;
            if (trie.nodes[size_t(node)].token >= 0) {
                best = trie.nodes[size_t(node)].token;
                bestEnd = j + 1;
            }
        }
        if (best < 0) {
            ++i;
            continue;
        }
        const AddedToken& t = tokens_[size_t(best)];
        size_t start = i, stop = bestEnd;
        i = bestEnd;  // matches do not overlap, even when this one is discarded
        if (t.singleWord) {
            const bool startSpace = start == 0 || !unicode::isWordChar(lastChar(s, start));
            char32_t next = 0;
            if (stop < s.size()) utf8::decodeValid(s.data() + stop, &next);
            const bool stopSpace = stop == s.size() || !unicode::isWordChar(next);
            if (!startSpace || !stopSpace) continue;
        }
        if (t.lstrip) {
            size_t k = start;
            while (k > 0) {
                const char32_t c = lastChar(s, k);
                if (!unicode::isWhitespace(c)) break;
                size_t b = k - 1;
                while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
                k = b;
            }
            start = std::max(k, startOffset);
        }
        if (t.rstrip) {
            while (stop < s.size()) {
                char32_t c;
                const int n = utf8::decodeValid(s.data() + stop, &c);
                if (!unicode::isWhitespace(c)) break;
                stop += size_t(n);
            }
        }
        if (startOffset < start) out.push_back(p.slice(startOffset, start));
        Piece tok = p.slice(start, stop);
        tok.token = t.id;
        out.push_back(std::move(tok));
        startOffset = stop;
        i = std::max(i, stop);
        any = true;
    }
    if (!any) {
        out.push_back(p);
        return;
    }
    if (startOffset < s.size()) out.push_back(p.slice(startOffset, s.size()));
}

void AddedVocabulary::extract(const Piece& input, const Normalizer* normalizer, std::vector<Piece>& out) const {
    std::vector<Piece> first;
    split(input, raw_, first);
    for (Piece& p : first) {
        if (p.token >= 0) {
            out.push_back(std::move(p));
            continue;
        }
        if (normalizer) normalizer->normalize(p);
        if (p.text.empty()) continue;
        split(p, normalizedTrie_, out);
    }
}

}  // namespace ps::tokenizer
