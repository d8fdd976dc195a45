// text_stats.h — what the quality report measures on a piece of text: its
// length in characters and words, its word tokens, and the distinct-n
// diversity of a whole collection of texts.
//
// Words: the text is NFC-normalized and lowercased, then split into maximal
// runs of letters, digits and combining marks (so "Xin chào, bạn!" gives
// "xin", "chào", "bạn"); punctuation and spaces separate words and are dropped.
// Not here: near-duplicate search (near_duplicates.h).
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace ps::quality {

// Unicode code points (a surrogate pair counts once), as SQLite's length().
int64_t charCount(const QString& text);
// Runs of non-space characters: what a reader would call words ("e-mail," is one).
int64_t wordCount(const QString& text);
// Normalized word tokens (see above), in order.
QStringList wordTokens(const QString& text);

// distinct-n (Li et al. 2016): the number of distinct word n-grams over the
// number of all word n-grams of a collection of texts. Feed texts one by one;
// n-grams never cross text boundaries. Distinct n-grams are counted by their
// 64-bit hashes (a collision among 10^7 n-grams has probability ~3e-6), kept
// in a vector that is sorted and deduplicated when it grows, so memory stays
// proportional to the distinct count.
class DistinctNgrams {
public:
    explicit DistinctNgrams(int n) : n_(n) {}
    void add(const QStringList& tokens);
    int64_t total() const { return total_; }
    int64_t distinct();
    double ratio();  // distinct / total; 0 when there is no n-gram

private:
    void compact();
    int n_;
    int64_t total_ = 0;
    size_t compactedSize_ = 0;
    std::vector<uint64_t> hashes_;
};

// A 64-bit hash of a token sequence (used for n-grams and shingles).
uint64_t hashTokens(const QStringList& tokens, qsizetype from, qsizetype count);

}  // namespace ps::quality
