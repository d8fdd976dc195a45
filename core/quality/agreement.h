// agreement.h — inter-annotator agreement on categorical labels: Cohen's kappa
// for two annotators and Fleiss' kappa for many, with percent agreement.
//
// Labels are small integers 0..categories-1 (the report uses A, B, tie,
// both-bad; skips are not labels and never reach these functions).
// Not here: which votes are paired up (quality_report.cpp).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace ps::quality {

struct CohenResult {
    int64_t items = 0;
    double observed = 0.0;  // p_o: share of items both labelled alike (percent agreement)
    double expected = 0.0;  // p_e: agreement expected from the two label distributions
    double kappa = 0.0;     // (p_o - p_e) / (1 - p_e); NaN when p_e == 1 or no items
};

// Cohen's kappa from a categories x categories contingency table
// (table[i][j] = items rater 1 labelled i and rater 2 labelled j).
CohenResult cohenKappa(const std::vector<std::vector<int64_t>>& table);
// The same from the two raters' labels of the same items, in order.
CohenResult cohenKappa(const std::vector<std::pair<int, int>>& labelPairs, int categories);

struct FleissResult {
    int64_t items = 0;      // items with at least two ratings
    int64_t ratings = 0;    // ratings on those items
    int minRaters = 0, maxRaters = 0;
    double observed = 0.0;  // P-bar: mean over items of the share of agreeing rater pairs
    double expected = 0.0;  // P-bar_e: sum over categories of p_j^2
    double kappa = 0.0;     // (P-bar - P-bar_e) / (1 - P-bar_e); NaN when undefined
};

// Fleiss' kappa. counts[i][j] = how many raters put item i in category j.
// Items may have different numbers of raters n_i (several annotators label
// some pairs, two label others). We use the usual generalisation for unequal
// raters, which reduces exactly to Fleiss (1971) when every n_i is equal:
//   P_i   = sum_j n_ij (n_ij - 1) / (n_i (n_i - 1))   (share of agreeing rater pairs on item i)
//   P-bar = mean of P_i over the items                 (each item weighs the same)
//   p_j   = sum_i n_ij / sum_i n_i                     (category shares over all ratings)
//   P-bar_e = sum_j p_j^2
// Items with fewer than two ratings carry no agreement information and are skipped.
FleissResult fleissKappa(const std::vector<std::vector<int>>& counts);

}  // namespace ps::quality
