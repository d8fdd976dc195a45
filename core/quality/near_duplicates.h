// near_duplicates.h — finds pairs of texts whose word-shingle sets overlap by
// at least a Jaccard threshold, fast enough for 10k+ prompts: MinHash
// signatures, locality-sensitive hashing over bands to propose candidates,
// then the exact Jaccard of each candidate's shingle sets decides.
//
// With the defaults (128 hash functions in 32 bands of 4 rows) a pair with
// Jaccard J becomes a candidate with probability 1 - (1 - J^4)^32: 0.99 at
// J = 0.6, 0.87 at J = 0.5, 0.27 at J = 0.3 (so the exact check stays cheap).
// Not here: exact duplicates (same dedup hash; the report groups those).
#pragma once

#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace ps::quality {

struct NearDuplicateOptions {
    int shingleWords = 2;     // word n-grams per shingle; a shorter text is one shingle
    double threshold = 0.6;   // minimum Jaccard similarity reported
    int hashes = 128;         // MinHash signature length = bands * rows
    int bands = 32;
};

struct NearDuplicatePair {
    int first = 0, second = 0;  // indices into the input, first < second
    double jaccard = 0.0;
};

// The sorted, distinct shingle hashes of one text's word tokens.
std::vector<uint64_t> shingles(const QStringList& tokens, int shingleWords);
// |a ∩ b| / |a ∪ b| of two sorted distinct sets; 0 when both are empty.
double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// Pairs of `texts` (word tokens, see text_stats.h) with Jaccard >= threshold,
// by decreasing similarity. `cancelled` (may be empty) is polled; when it
// returns true the search stops and returns what it has.
std::vector<NearDuplicatePair> findNearDuplicates(const std::vector<QStringList>& texts, const NearDuplicateOptions& options,
                                                  const std::function<bool()>& cancelled = {});

}  // namespace ps::quality
