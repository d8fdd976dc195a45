// agreement.cpp — Cohen's and Fleiss' kappa (agreement.h).
#include "quality/agreement.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::quality {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

double kappaOf(double observed, double expected) {
    // Perfectly predictable labels (both raters always use one category): kappa is undefined.
    if (!(expected < 1.0 - 1e-12)) return kNaN;
    return (observed - expected) / (1.0 - expected);
}
}  // namespace

CohenResult cohenKappa(const std::vector<std::vector<int64_t>>& table) {
    CohenResult r;
    const size_t k = table.size();
    std::vector<double> rows(k, 0.0), cols(k, 0.0);
    int64_t diagonal = 0;
    for (size_t i = 0; i < k; ++i) {
        for (size_t j = 0; j < table[i].size() && j < k; ++j) {
            r.items += table[i][j];
            rows[i] += double(table[i][j]);
            cols[j] += double(table[i][j]);
            if (i == j) diagonal += table[i][j];
        }
    }
    if (r.items == 0) {
        r.kappa = kNaN;
        return r;
    }
    const double n = double(r.items);
    r.observed = double(diagonal) / n;
    for (size_t i = 0; i < k; ++i) r.expected += (rows[i] / n) * (cols[i] / n);
    r.kappa = kappaOf(r.observed, r.expected);
    return r;
}

CohenResult cohenKappa(const std::vector<std::pair<int, int>>& labelPairs, int categories) {
    std::vector<std::vector<int64_t>> table(size_t(categories), std::vector<int64_t>(size_t(categories), 0));
    for (const auto& [a, b] : labelPairs)
        if (a >= 0 && a < categories && b >= 0 && b < categories) ++table[size_t(a)][size_t(b)];
    return cohenKappa(table);
}

FleissResult fleissKappa(const std::vector<std::vector<int>>& counts) {
    FleissResult r;
    std::vector<double> categoryTotals;
    double sumP = 0.0;
    for (const std::vector<int>& item : counts) {
        int64_t n = 0;
        for (int c : item) n += c;
        if (n < 2) continue;
        if (categoryTotals.size() < item.size()) categoryTotals.resize(item.size(), 0.0);
        double agreeingPairs = 0.0;
        for (size_t j = 0; j < item.size(); ++j) {
            agreeingPairs += double(item[j]) * double(item[j] - 1);
            categoryTotals[j] += item[j];
        }
        sumP += agreeingPairs / (double(n) * double(n - 1));
        r.minRaters = r.items == 0 ? int(n) : std::min(r.minRaters, int(n));
        r.maxRaters = std::max(r.maxRaters, int(n));
        ++r.items;
        r.ratings += n;
    }
    if (r.items == 0) {
        r.kappa = kNaN;
        return r;
    }
    r.observed = sumP / double(r.items);
    for (double t : categoryTotals) {
        const double p = t / double(r.ratings);
        r.expected += p * p;
    }
    r.kappa = kappaOf(r.observed, r.expected);
    return r;
}

}  // namespace ps::quality
