// robust.h — outlier scores that one extreme annotator cannot mask: the
// median, the median absolute deviation, and the modified z-score of
// Iglewicz & Hoaglin (1993), with their |z| > 3.5 rule for outliers.
// Not here: which values are scored (quality_report.cpp).
#pragma once

#include <vector>

namespace ps::quality {

// Median of the values (mean of the middle two for an even count); NaN when empty.
double median(std::vector<double> values);
// Median absolute deviation from the median (unscaled); NaN when empty.
double medianAbsoluteDeviation(const std::vector<double>& values);

// Modified z-scores: z_i = 0.6745 (x_i - median) / MAD. When MAD is 0 (more
// than half the values are equal) we fall back to the mean absolute deviation:
// z_i = (x_i - median) / (1.253314 * MeanAD), as IBM SPSS and Iglewicz &
// Hoaglin suggest; when that is 0 too, every score is 0. Fewer than 3 values
// give NaN scores (no meaningful spread).
std::vector<double> robustZScores(const std::vector<double>& values);

constexpr double kOutlierZ = 3.5;  // Iglewicz & Hoaglin's recommended cut-off

}  // namespace ps::quality
