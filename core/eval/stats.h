// stats.h — the statistics of pairwise evaluation: Wilson score intervals,
// win/tie/loss counts with a win rate, and a paired bootstrap over prompts.
// LibTorch-free, no Qt beyond basic types; every function is deterministic
// (the bootstrap takes its seed).
//
// Conventions (shown in reports):
//  - a win rate counts a tie as half a win: (wins + ties/2) / (wins + ties + losses);
//    "both bad" judgments count as ties (neither answer is preferred);
//  - the Wilson interval of a win rate uses n = wins + ties + losses and the
//    half-integer count wins + ties/2 as successes;
//  - the bootstrap resamples prompts (all judgments of a prompt together), so
//    repeated judgments of one prompt are not treated as independent.
//
// Not here: Bradley–Terry (eval/bradley_terry.h), text metrics (eval/text_metrics.h).
#pragma once

#include <cstdint>
#include <vector>

namespace ps::eval {

struct Interval {
    double lo = 0;
    double hi = 0;
};

constexpr double kZ95 = 1.959963984540054;  // two-sided 95 % normal quantile

// Wilson score interval for `successes` out of `n` trials (n = 0 gives [0, 1]).
Interval wilsonInterval(double successes, double n, double z = kZ95);

struct WinTieLoss {
    double wins = 0;
    double ties = 0;
    double losses = 0;
    double n() const { return wins + ties + losses; }
    // Ties as half a win; 0.5 when there are no judgments.
    double winRate() const { return n() > 0 ? (wins + 0.5 * ties) / n() : 0.5; }
    // Net preference in [-1, 1]: (wins - losses) / n.
    double netPreference() const { return n() > 0 ? (wins - losses) / n() : 0.0; }
    Interval wilson(double z = kZ95) const { return wilsonInterval(wins + 0.5 * ties, n(), z); }
    WinTieLoss& operator+=(const WinTieLoss& o) {
        wins += o.wins;
        ties += o.ties;
        losses += o.losses;
        return *this;
    }
};

struct BootstrapResult {
    double winRate = 0.5;        // on the original sample
    Interval winRateCi;          // percentile interval
    double netPreference = 0;    // wins - losses over n, on the original sample
    Interval netPreferenceCi;
    double probWinRateAboveHalf = 0;  // share of resamples with win rate > 0.5
    int resamples = 0;
};

// Paired bootstrap over prompts: `perPrompt[i]` holds all judgments of prompt i
// (X vs Y). Each resample draws prompts with replacement (mt19937_64 seeded with
// `seed`) and recomputes the win rate and net preference; the interval is the
// percentile interval at `level` (quantiles with linear interpolation).
BootstrapResult pairedBootstrap(const std::vector<WinTieLoss>& perPrompt, int resamples = 2000, uint64_t seed = 0, double level = 0.95);

// The q-quantile of sorted values, linear interpolation between order statistics.
double quantileSorted(const std::vector<double>& sorted, double q);

// One-sided exact McNemar test for paired binary outcomes: the probability of
// at least `worse` changes for the worse out of `worse + better` discordant
// pairs if both directions were equally likely (1 when there are none).
double mcnemarOneSided(int worse, int better);

}  // namespace ps::eval
