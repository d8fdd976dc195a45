// proportion.cpp — exact binomial test and Wilson interval (proportion.h).
#include "quality/proportion.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ps::quality {

namespace {

// log P(X = k) for X ~ Binomial(n, p), 0 < p < 1.
double logPmf(int64_t k, int64_t n, double p) {
    const double dn = double(n), dk = double(k);
    return std::lgamma(dn + 1) - std::lgamma(dk + 1) - std::lgamma(dn - dk + 1) + dk * std::log(p) + (dn - dk) * std::log1p(-p);
}

}  // namespace

double binomialTestTwoSided(int64_t successes, int64_t trials, double p0) {
    if (trials <= 0) return 1.0;
    successes = std::clamp<int64_t>(successes, 0, trials);
    if (p0 <= 0.0) return successes == 0 ? 1.0 : 0.0;
    if (p0 >= 1.0) return successes == trials ? 1.0 : 0.0;
    // R: d <- dbinom(x, n, p); sum(dbinom(0:n, n, p)[dbinom(0:n, n, p) <= d * (1 + 1e-7)])
    const double logObserved = logPmf(successes, trials, p0);
    const double logLimit = logObserved + std::log1p(1e-7);
    // Sum exp(logPmf - logObserved) and scale back at the end: the terms that
    // count are at most ~1 relative to the observed one, so nothing overflows.
    double sum = 0.0;
    for (int64_t k = 0; k <= trials; ++k) {
        const double lp = logPmf(k, trials, p0);
        if (lp <= logLimit) sum += std::exp(lp - logObserved);
    }
    return std::min(1.0, sum * std::exp(logObserved));
}

Interval wilsonInterval(int64_t successes, int64_t trials, double z) {
    if (trials <= 0) return {};
    const double n = double(trials);
    const double p = double(successes) / n;
    const double z2 = z * z;
    const double denom = 1.0 + z2 / n;
    const double centre = (p + z2 / (2 * n)) / denom;
    const double half = z / denom * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n));
    return {std::max(0.0, centre - half), std::min(1.0, centre + half)};
}

ProportionTest testProportion(int64_t successes, int64_t trials) {
    ProportionTest t;
    t.successes = successes;
    t.trials = trials;
    t.rate = trials > 0 ? double(successes) / double(trials) : std::numeric_limits<double>::quiet_NaN();
    t.pValue = binomialTestTwoSided(successes, trials, 0.5);
    t.ci95 = wilsonInterval(successes, trials);
    return t;
}

}  // namespace ps::quality
