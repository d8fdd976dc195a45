// proportion.h — a rate of successes among trials with its exact two-sided
// binomial test and Wilson score interval: "is the left answer picked more
// often than half the time?", "does the longer answer win more often?".
//
// Plain numbers in, plain numbers out; no store, no Qt types.
// Not here: which votes count as trials (quality_report.cpp decides).
#pragma once

#include <cstdint>

namespace ps::quality {

// Exact two-sided binomial test of `successes` out of `trials` against the
// success probability p0, as R's binom.test and scipy.stats.binomtest: the
// sum of P(X = k) over every k whose probability is not larger than that of
// the observed count (with a relative tolerance of 1e-7 for rounding).
// 1 when trials == 0. Probabilities are summed in log space, so 100k trials
// neither overflow nor underflow.
double binomialTestTwoSided(int64_t successes, int64_t trials, double p0 = 0.5);

// Wilson score interval for a proportion at normal quantile z (1.96 = 95 %).
// {0, 1} when trials == 0.
struct Interval {
    double low = 0.0;
    double high = 1.0;
};
Interval wilsonInterval(int64_t successes, int64_t trials, double z = 1.959963984540054);

struct ProportionTest {
    int64_t successes = 0;
    int64_t trials = 0;
    double rate = 0.0;    // successes / trials; NaN when trials == 0
    double pValue = 1.0;  // binomialTestTwoSided against 0.5
    Interval ci95;        // Wilson 95 %
};
ProportionTest testProportion(int64_t successes, int64_t trials);

}  // namespace ps::quality
