// text_metrics.h — text measures for evaluation: Levenshtein distance on
// characters (bounded for long texts), an LCS word diff for highlighting two
// answers side by side, distinct-n diversity, and simple lengths.
// Characters are Unicode code points of the NFC form (so "é" composed or
// decomposed is one character). No LibTorch.
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace ps::eval {

struct EditDistance {
    int distance = 0;
    bool capped = false;  // the true distance is larger than `distance` (= the bound)
};

// Levenshtein distance (insert, delete, substitute: cost 1) between the code
// points of a and b. Work is bounded: the diagonal band of width 2·maxDistance+1
// is computed (O(n·maxDistance) time, O(maxDistance) memory); when the distance
// exceeds maxDistance the result is {maxDistance, capped = true}.
EditDistance levenshtein(const QString& a, const QString& b, int maxDistance = 4096);

enum class DiffOp { Equal, Delete, Insert };

struct DiffSegment {
    DiffOp op = DiffOp::Equal;
    QString text;  // words and the whitespace/punctuation between them, concatenated
};

// Splits into word tokens (letters, marks, digits) and single separator
// tokens (whitespace runs, each punctuation character); concatenating the
// tokens gives the text back.
QStringList diffTokens(const QString& text);

// Word diff of `before` -> `after` by longest common subsequence of tokens:
// Equal segments are in both, Delete only in `before`, Insert only in
// `after`. Adjacent segments of one kind are merged. Common prefix and
// suffix are stripped first; when the rest exceeds maxCells (= n·m) the middle
// is reported as one Delete + one Insert instead of an exact LCS.
std::vector<DiffSegment> wordDiff(const QString& before, const QString& after, qint64 maxCells = 4'000'000);

// distinct-n: unique word n-grams / all word n-grams over `texts` (lower-case,
// NFC; 0 when there are none).
double distinctN(const QStringList& texts, int n);

int characterCount(const QString& text);  // code points of the NFC form
int wordCount(const QString& text);

}  // namespace ps::eval
