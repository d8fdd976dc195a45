// near_duplicates.cpp — MinHash + LSH near-duplicate search (near_duplicates.h).
#include "quality/near_duplicates.h"

#include "quality/text_stats.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

namespace ps::quality {

namespace {

uint64_t mix(uint64_t x) {  // splitmix64 finalizer
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

}  // namespace

std::vector<uint64_t> shingles(const QStringList& tokens, int shingleWords) {
    std::vector<uint64_t> out;
    if (tokens.isEmpty()) return out;
    const qsizetype k = std::max(1, shingleWords);
    if (tokens.size() <= k) {
        out.push_back(hashTokens(tokens, 0, tokens.size()));
        return out;
    }
    for (qsizetype i = 0; i + k <= tokens.size(); ++i) out.push_back(hashTokens(tokens, i, k));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++common, ++i, ++j;
        }
    }
    const size_t unionSize = a.size() + b.size() - common;
    return unionSize == 0 ? 0.0 : double(common) / double(unionSize);
}

std::vector<NearDuplicatePair> findNearDuplicates(const std::vector<QStringList>& texts, const NearDuplicateOptions& options,
                                                  const std::function<bool()>& cancelled) {
    const int bands = std::max(1, options.bands);
    const int rows = std::max(1, options.hashes / bands);
    const int hashes = bands * rows;
    const size_t n = texts.size();

    // Shingle sets and MinHash signatures: signature[h] = min over shingles of mix(shingle ^ seed_h).
    std::vector<std::vector<uint64_t>> sets(n);
    std::vector<uint64_t> signatures(n * size_t(hashes), std::numeric_limits<uint64_t>::max());
    std::vector<uint64_t> seeds(static_cast<size_t>(hashes));
    for (int h = 0; h < hashes; ++h) seeds[size_t(h)] = mix(0x5eed0000ULL + uint64_t(h));
    for (size_t i = 0; i < n; ++i) {
        if (cancelled && i % 1024 == 0 && cancelled()) return {};
        sets[i] = shingles(texts[i], options.shingleWords);
        uint64_t* sig = &signatures[i * size_t(hashes)];
        for (uint64_t s : sets[i])
            for (int h = 0; h < hashes; ++h) sig[h] = std::min(sig[h], mix(s ^ seeds[size_t(h)]));
    }

    // Candidates: texts whose signatures agree on all rows of at least one band.
    std::vector<uint64_t> candidates;  // (first << 32) | second
    std::unordered_map<uint64_t, std::vector<uint32_t>> buckets;
    for (int b = 0; b < bands; ++b) {
        if (cancelled && cancelled()) return {};
        buckets.clear();
        for (size_t i = 0; i < n; ++i) {
            if (sets[i].empty()) continue;
            uint64_t key = mix(uint64_t(b));
            for (int r = 0; r < rows; ++r) key = mix(key ^ signatures[i * size_t(hashes) + size_t(b * rows + r)]);
            buckets[key].push_back(uint32_t(i));
        }
        for (const auto& [key, members] : buckets)
            for (size_t x = 0; x < members.size(); ++x)
                for (size_t y = x + 1; y < members.size(); ++y) candidates.push_back((uint64_t(members[x]) << 32) | members[y]);
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());

    // The exact check decides; MinHash only proposes.
    std::vector<NearDuplicatePair> out;
    for (size_t c = 0; c < candidates.size(); ++c) {
        if (cancelled && c % 4096 == 0 && cancelled()) break;
        const int first = int(candidates[c] >> 32), second = int(candidates[c] & 0xffffffffu);
        const double j = jaccard(sets[size_t(first)], sets[size_t(second)]);
        if (j >= options.threshold) out.push_back({first, second, j});
    }
    std::sort(out.begin(), out.end(), [](const NearDuplicatePair& a, const NearDuplicatePair& b) {
        if (a.jaccard != b.jaccard) return a.jaccard > b.jaccard;
        return a.first != b.first ? a.first < b.first : a.second < b.second;
    });
    return out;
}

}  // namespace ps::quality
