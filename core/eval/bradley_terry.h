// bradley_terry.h — a leaderboard over several model versions: the
// Bradley–Terry model P(i beats j) = p_i / (p_i + p_j), fitted by Hunter's
// (2004) MM algorithm, with bootstrap intervals over prompts.
//
// Ties count as half a win for each side (so a tie contributes one comparison
// and half a win to each). An optional prior adds `priorTies` virtual ties
// between every two players: it keeps the fit finite when a player won or
// lost everything (the maximum likelihood estimate does not exist then) and
// pulls sparse pairs slightly toward equal strength. The default is 0.5;
// priorTies = 0 gives the plain maximum likelihood fit.
//
// Scale: strengths are normalised to geometric mean 1 and reported as an
// Elo-like rating 1000 + 400·log10(p): 400 points = 10:1 odds.
#pragma once

#include "eval/stats.h"

#include <cstdint>
#include <vector>

namespace ps::eval {

// Outcomes between players i and j (indices into the player list).
struct BtMatch {
    int i = 0;
    int j = 0;
    double winsI = 0;
    double winsJ = 0;
    double ties = 0;
};

struct BtOptions {
    double priorTies = 0.5;
    int maxIterations = 10000;
    double tolerance = 1e-10;  // max change of log-strength between iterations
};

struct BtFit {
    std::vector<double> strength;  // geometric mean 1
    std::vector<double> rating;    // 1000 + 400 log10(strength)
    int iterations = 0;
    bool converged = false;
};

constexpr double kRatingBase = 1000.0;
constexpr double kRatingScale = 400.0;

BtFit fitBradleyTerry(int players, const std::vector<BtMatch>& matches, const BtOptions& options = {});

struct BtLeaderboard {
    BtFit fit;
    std::vector<Interval> ratingCi;  // percentile bootstrap intervals over prompts
    int resamples = 0;
};

// `perPrompt[k]` holds the matches observed on prompt k; resamples prompts
// with replacement (seeded) and refits.
BtLeaderboard bradleyTerryLeaderboard(int players, const std::vector<std::vector<BtMatch>>& perPrompt, const BtOptions& options = {},
                                      int resamples = 1000, uint64_t seed = 0, double level = 0.95);

}  // namespace ps::eval
