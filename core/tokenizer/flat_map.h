// flat_map.h — small open-addressing hash maps for the BPE hot path: token
// string -> id (keys are views into storage the owner keeps alive) and merge
// pair -> (rank, new id). Built once, then read-only (safe to share across threads).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace ps::tokenizer::detail {

inline uint64_t hashBytes(std::string_view s) {
    uint64_t h = 1469598103934665603ull;  // FNV-1a, then a final mix
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    return h;
}

inline uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ull;
    x ^= x >> 33;
    return x;
}

class StringIdMap {
public:
    void reserve(size_t n) {
        size_t cap = 16;
        while (cap < n * 2) cap <<= 1;
        keys_.assign(cap, std::string_view());
        values_.assign(cap, -1);
        mask_ = cap - 1;
        size_ = 0;
    }
    // Inserts or overwrites; `key` must outlive the map.
    void insert(std::string_view key, int32_t value) {
        if ((size_ + 1) * 2 > keys_.size()) grow();
        size_t i = hashBytes(key) & mask_;
        while (values_[i] >= 0) {
            if (keys_[i] == key) { values_[i] = value; return; }
            i = (i + 1) & mask_;
        }
        keys_[i] = key;
        values_[i] = value;
        ++size_;
    }
    int32_t find(std::string_view key) const {
        if (keys_.empty()) return -1;
        size_t i = hashBytes(key) & mask_;
        while (values_[i] >= 0) {
            if (keys_[i] == key) return values_[i];
            i = (i + 1) & mask_;
        }
        return -1;
    }
    size_t size() const { return size_; }

private:
    void grow() {
        std::vector<std::string_view> k;
        std::vector<int32_t> v;
        k.swap(keys_);
        v.swap(values_);
        reserve(k.empty() ? 16 : k.size());
        for (size_t i = 0; i < k.size(); ++i)
            if (v[i] >= 0) insert(k[i], v[i]);
    }
    std::vector<std::string_view> keys_;
    std::vector<int32_t> values_;  // -1: empty slot
    size_t mask_ = 0;
    size_t size_ = 0;
};

struct MergeValue {
    uint32_t rank;
    int32_t newId;
};

class PairMap {
public:
    void reserve(size_t n) {
        size_t cap = 16;
        while (cap < n * 2) cap <<= 1;
        keys_.assign(cap, kEmpty);
        values_.assign(cap, MergeValue{0, -1});
        mask_ = cap - 1;
    }
    static uint64_t key(int32_t a, int32_t b) { return (uint64_t(uint32_t(a)) << 32) | uint32_t(b); }
    void insert(uint64_t k, MergeValue v) {  // later insertions overwrite (HashMap collect)
        size_t i = mix64(k) & mask_;
        while (keys_[i] != kEmpty && keys_[i] != k) i = (i + 1) & mask_;
        keys_[i] = k;
        values_[i] = v;
    }
    const MergeValue* find(uint64_t k) const {
        size_t i = mix64(k) & mask_;
        while (keys_[i] != kEmpty) {
            if (keys_[i] == k) return &values_[i];
            i = (i + 1) & mask_;
        }
        return nullptr;
    }

private:
    static constexpr uint64_t kEmpty = ~0ull;
    std::vector<uint64_t> keys_;
    std::vector<MergeValue> values_;
    size_t mask_ = 0;
};

}  // namespace ps::tokenizer::detail
