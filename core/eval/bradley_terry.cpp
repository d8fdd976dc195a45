// bradley_terry.cpp — Hunter's MM iteration for Bradley–Terry with ties as
// half wins, and the prompt bootstrap (bradley_terry.h).
//
// MM step (Hunter 2004, eq. 3): p_i <- W_i / sum_j N_ij / (p_i + p_j), with
// W_i the (half-tie) wins of i and N_ij all comparisons of i with j; then
// rescale to geometric mean 1. A player without any win (and no prior) goes
// to strength 0; it is kept at a tiny floor so logs stay finite.
#include "eval/bradley_terry.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace ps::eval {

BtFit fitBradleyTerry(int players, const std::vector<BtMatch>& matches, const BtOptions& o) {
    BtFit fit;
    if (players <= 0) return fit;
    const size_t P = size_t(players);
    std::vector<double> n(P * P, 0.0), w(P, 0.0);
    for (const BtMatch& m : matches) {
        if (m.i == m.j || m.i < 0 || m.j < 0 || m.i >= players || m.j >= players) continue;
        const double total = m.winsI + m.winsJ + m.ties;
        n[size_t(m.i) * P + size_t(m.j)] += total;
        n[size_t(m.j) * P + size_t(m.i)] += total;
        w[size_t(m.i)] += m.winsI + 0.5 * m.ties;
        w[size_t(m.j)] += m.winsJ + 0.5 * m.ties;
    }
    if (o.priorTies > 0)
        for (size_t i = 0; i < P; ++i)
            for (size_t j = 0; j < P; ++j)
                if (i != j) {
                    n[i * P + j] += o.priorTies;
                    w[i] += 0.5 * o.priorTies;
                }
    std::vector<double> p(P, 1.0), next(P);
    constexpr double kFloor = 1e-12;
    for (fit.iterations = 1; fit.iterations <= o.maxIterations; ++fit.iterations) {
        for (size_t i = 0; i < P; ++i) {
            double denom = 0;
            for (size_t j = 0; j < P; ++j)
                if (j != i && n[i * P + j] > 0) denom += n[i * P + j] / (p[i] + p[j]);
            next[i] = denom > 0 ? std::max(kFloor, w[i] / denom) : p[i];
        }
        double logMean = 0;
        for (double v : next) logMean += std::log(v);
        logMean /= double(P);
        const double scale = std::exp(-logMean);
        double change = 0;
        for (size_t i = 0; i < P; ++i) {
            next[i] *= scale;
            change = std::max(change, std::abs(std::log(next[i]) - std::log(p[i])));
        }
        p.swap(next);
        if (change < o.tolerance) {
            fit.converged = true;
            break;
        }
    }
    fit.iterations = std::min(fit.iterations, o.maxIterations);
    fit.strength = p;
    fit.rating.resize(P);
    for (size_t i = 0; i < P; ++i) fit.rating[i] = kRatingBase + kRatingScale * std::log10(p[i]);
    return fit;
}

BtLeaderboard bradleyTerryLeaderboard(int players, const std::vector<std::vector<BtMatch>>& perPrompt, const BtOptions& options, int resamples,
                                      uint64_t seed, double level) {
    BtLeaderboard lb;
    std::vector<BtMatch> all;
    for (const auto& v : perPrompt) all.insert(all.end(), v.begin(), v.end());
    lb.fit = fitBradleyTerry(players, all, options);
    lb.ratingCi.assign(size_t(std::max(players, 0)), Interval{});
    for (int i = 0; i < players; ++i) lb.ratingCi[size_t(i)] = {lb.fit.rating[size_t(i)], lb.fit.rating[size_t(i)]};
    if (perPrompt.empty() || resamples <= 0 || players <= 0) return lb;
    std::mt19937_64 rng(seed);
    std::uniform_int_distribution<size_t> pick(0, perPrompt.size() - 1);
    std::vector<std::vector<double>> ratings(static_cast<size_t>(players));
    BtOptions fast = options;
    fast.tolerance = std::max(options.tolerance, 1e-8);
    for (int b = 0; b < resamples; ++b) {
        std::vector<BtMatch> sample;
        for (size_t k = 0; k < perPrompt.size(); ++k) {
            const auto& v = perPrompt[pick(rng)];
            sample.insert(sample.end(), v.begin(), v.end());
        }
        const BtFit f = fitBradleyTerry(players, sample, fast);
        for (int i = 0; i < players; ++i) ratings[size_t(i)].push_back(f.rating[size_t(i)]);
    }
    const double alpha = 1.0 - level;
    for (int i = 0; i < players; ++i) {
        auto& r = ratings[size_t(i)];
        std::sort(r.begin(), r.end());
        lb.ratingCi[size_t(i)] = {quantileSorted(r, alpha / 2), quantileSorted(r, 1 - alpha / 2)};
    }
    lb.resamples = resamples;
    return lb;
}

}  // namespace ps::eval
