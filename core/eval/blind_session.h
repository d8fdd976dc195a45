// blind_session.h — building a blind evaluation session from answers already
// in the workspace, and computing its results.
//
// Building: for each prompt, each pair of the session's model versions and
// each answer index t < answersPerPrompt, the t-th answer (generations in id
// order) of one model is paired with the t-th answer of the other. Which model
// is "A" follows the session's model order; which side (left/right) A is shown
// on, and the order of the items, are drawn from mt19937_64(seed) and recorded
// in the workspace (eval_items.left_is_a, position).
//
// From a saved before/after comparison instead: one item per comparison item
// (its prompt and the two answers sampled there with the same seed), the
// comparison's model A as "A"; sides and order drawn the same way.
//
// Results: per pair of models the win/tie/loss counts of the second model
// against the first (ties and both-bad as ties), its win rate with the Wilson
// 95 % interval and a paired bootstrap over prompts; a Bradley–Terry
// leaderboard over all models with bootstrap intervals; and the share of
// judgments that picked the left side (position bias of the reviewers).
#pragma once

#include "eval/bradley_terry.h"
#include "eval/stats.h"
#include "store/eval_store.h"

#include <map>

namespace ps::eval {

struct SessionSpec {
    QString name;
    std::vector<store::Id> modelVersions;  // two or more, in the order "A, B, ..."
    std::vector<store::Id> prompts;
    std::vector<store::Id> reviewers;
    int answersPerPrompt = 1;
    uint64_t seed = 0;
};

// Prompts (by id) for which every model in `models` has at least
// `answersPerPrompt` generations: what a new session can use.
Result<std::vector<store::Id>> promptsAnsweredByAll(store::Workspace& ws, const std::vector<store::Id>& models, int answersPerPrompt = 1);

// Creates the session; an error names a (prompt, model) with too few answers.
Result<store::Id> createBlindSession(store::Workspace& ws, const SessionSpec& spec);

// Creates a session over the pairs of a saved before/after comparison (e.g.
// the one a training run's evaluation made), so each pair differs only in the
// model: same prompt, same sampling seed.
Result<store::Id> createBlindSessionFromComparison(store::Workspace& ws, store::Id comparisonId, const QString& name,
                                                   const std::vector<store::Id>& reviewers, uint64_t seed);

struct PairwiseResult {
    store::Id modelX = 0;  // the first model of the pair
    store::Id modelY = 0;  // compared against X: wins = Y preferred
    WinTieLoss counts;
    Interval wilson;
    BootstrapResult bootstrap;
    int prompts = 0;
};

struct LeaderboardRow {
    store::Id model = 0;
    double rating = kRatingBase;
    Interval ratingCi;
    double strength = 1;
    double wins = 0, ties = 0, losses = 0;  // over all its judgments
};

struct SessionResults {
    std::vector<PairwiseResult> pairwise;
    std::vector<LeaderboardRow> leaderboard;  // best first
    int judgments = 0;
    int items = 0;
    int leftChosen = 0;   // judgments for the left side (A or B)
    int decisive = 0;     // judgments that picked a side
    std::map<store::Id, int> perReviewer;
    int bootstrapResamples = 0;
    uint64_t seed = 0;
};

SessionResults computeSessionResults(const std::vector<store::Id>& models, const std::vector<store::JudgedPair>& judgments, int resamples = 2000,
                                     uint64_t seed = 0, const BtOptions& bt = {});

}  // namespace ps::eval
