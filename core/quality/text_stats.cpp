// text_stats.cpp — text lengths, word tokens and distinct-n (text_stats.h).
#include "quality/text_stats.h"

#include <algorithm>

namespace ps::quality {

int64_t charCount(const QString& text) {
    int64_t n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text.at(i).isLowSurrogate()) ++n;
    return n;
}

int64_t wordCount(const QString& text) {
    int64_t n = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool space = c.isSpace();
        if (!space && !inWord) ++n;
        inWord = !space;
    }
    return n;
}

QStringList wordTokens(const QString& text) {
    const QString t = text.normalized(QString::NormalizationForm_C).toLower();
    QStringList out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        bool wordChar = false;
        if (i < t.size()) {
            const QChar c = t.at(i);
            // Surrogates belong to letters outside the BMP; keep them inside words.
            wordChar = c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
        }
        if (wordChar && start < 0) start = i;
        if (!wordChar && start >= 0) {
            out.append(t.mid(start, i - start));
            start = -1;
        }
    }
    return out;
}

uint64_t hashTokens(const QStringList& tokens, qsizetype from, qsizetype count) {
    // FNV-1a over the UTF-16 units, a separator between tokens, then a
    // splitmix64 finalizer so that nearby inputs spread over all bits.
    uint64_t h = 1469598103934665603ULL;
    for (qsizetype i = from; i < from + count; ++i) {
        for (QChar c : tokens.at(i)) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        h ^= 0x1F;  // unit separator: ("ab","c") differs from ("a","bc")
        h *= 1099511628211ULL;
    }
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

void DistinctNgrams::add(const QStringList& tokens) {
    for (qsizetype i = 0; i + n_ <= tokens.size(); ++i) {
        hashes_.push_back(hashTokens(tokens, i, n_));
        ++total_;
    }
    if (hashes_.size() > 2 * compactedSize_ + (1u << 20)) compact();
}

void DistinctNgrams::compact() {
    std::sort(hashes_.begin(), hashes_.end());
    hashes_.erase(std::unique(hashes_.begin(), hashes_.end()), hashes_.end());
    compactedSize_ = hashes_.size();
}

int64_t DistinctNgrams::distinct() {
    compact();
    return int64_t(hashes_.size());
}

double DistinctNgrams::ratio() { return total_ > 0 ? double(distinct()) / double(total_) : 0.0; }

}  // namespace ps::quality
