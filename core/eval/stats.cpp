// stats.cpp — Wilson interval, paired bootstrap, McNemar (stats.h).
#include "eval/stats.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ps::eval {

Interval wilsonInterval(double successes, double n, double z) {
    if (n <= 0) return {0.0, 1.0};
    const double p = std::clamp(successes / n, 0.0, 1.0);
    const double z2 = z * z;
    const double denom = 1.0 + z2 / n;
    const double center = (p + z2 / (2.0 * n)) / denom;
    const double half = z / denom * std::sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n));
    return {std::max(0.0, center - half), std::min(1.0, center + half)};
}

double quantileSorted(const std::vector<double>& sorted, double q) {
    if (sorted.empty()) return 0.0;
    const double pos = std::clamp(q, 0.0, 1.0) * double(sorted.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(sorted.size() - 1, lo + 1);
    const double frac = pos - double(lo);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}

BootstrapResult pairedBootstrap(const std::vector<WinTieLoss>& perPrompt, int resamples, uint64_t seed, double level) {
    BootstrapResult r;
    WinTieLoss total;
    for (const WinTieLoss& w : perPrompt) total += w;
    r.winRate = total.winRate();
    r.netPreference = total.netPreference();
    r.winRateCi = {r.winRate, r.winRate};
    r.netPreferenceCi = {r.netPreference, r.netPreference};
    if (perPrompt.empty() || resamples <= 0) return r;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, perPrompt.size() - 1);
    std::vector<double> rates, nets;
    rates.reserve(size_t(resamples));
    nets.reserve(size_t(resamples));
    int above = 0;
    for (int b = 0; b < resamples; ++b) {
        WinTieLoss s;
        for (size_t i = 0; i < perPrompt.size(); ++i) s += perPrompt[pick(rng)];
        rates.push_back(s.winRate());
        nets.push_back(s.netPreference());
        if (s.winRate() > 0.5) ++above;
    }
    std::sort(rates.begin(), rates.end());
    std::sort(nets.begin(), nets.end());
    const double alpha = 1.0 - level;
    r.winRateCi = {quantileSorted(rates, alpha / 2), quantileSorted(rates, 1 - alpha / 2)};
    r.netPreferenceCi = {quantileSorted(nets, alpha / 2), quantileSorted(nets, 1 - alpha / 2)};
    r.probWinRateAboveHalf = double(above) / double(resamples);
    r.resamples = resamples;
    return r;
}

double mcnemarOneSided(int worse, int better) {
    const int n = worse + better;
    if (n <= 0) return 1.0;
    // P(X >= worse), X ~ Binomial(n, 1/2), summed in log space for large n.
    double p = 0.0;
    for (int k = worse; k <= n; ++k)
        p += std::exp(std::lgamma(n + 1.0) - std::lgamma(k + 1.0) - std::lgamma(n - k + 1.0) - n * std::log(2.0));
    return std::min(1.0, p);
}

}  // namespace ps::eval
