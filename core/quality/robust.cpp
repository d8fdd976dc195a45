// robust.cpp — median, MAD and modified z-scores (robust.h).
#include "quality/robust.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::quality {

double median(std::vector<double> values) {
    if (values.empty()) return std::numeric_limits<double>::quiet_NaN();
    const size_t mid = values.size() / 2;
    std::nth_element(values.begin(), values.begin() + long(mid), values.end());
    const double upper = values[mid];
    if (values.size() % 2 == 1) return upper;
    const double lower = *std::max_element(values.begin(), values.begin() + long(mid));
    return (lower + upper) / 2.0;
}

double medianAbsoluteDeviation(const std::vector<double>& values) {
    const double m = median(values);
    std::vector<double> deviations;
    deviations.reserve(values.size());
    for (double v : values) deviations.push_back(std::fabs(v - m));
    return median(std::move(deviations));
}

std::vector<double> robustZScores(const std::vector<double>& values) {
    std::vector<double> z(values.size(), std::numeric_limits<double>::quiet_NaN());
    if (values.size() < 3) return z;
    const double m = median(values);
    const double mad = medianAbsoluteDeviation(values);
    double scale = mad / 0.6745;
    if (!(scale > 0.0)) {
        double meanAd = 0.0;
        for (double v : values) meanAd += std::fabs(v - m);
        meanAd /= double(values.size());
        scale = 1.253314 * meanAd;
    }
    for (size_t i = 0; i < values.size(); ++i) z[i] = scale > 0.0 ? (values[i] - m) / scale : 0.0;
    return z;
}

}  // namespace ps::quality
