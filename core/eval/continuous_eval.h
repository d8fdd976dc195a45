// continuous_eval.h — the evaluation that follows a training run, attached to
// the run so runs compare as controlled experiments: the held-out prompts
// through base and tuned model (a before/after comparison), the KL estimate of
// the tuned model to its base on those prompts, and the red-team suite through
// both (safety runs). Everything is saved in the workspace with the run's id,
// and one run_evaluations row per part carries its headline numbers:
//   comparison: prompts, mean_chars_a/b, mean_latency_ms_a/b, identical, kl_to_base, kl_prompts
//   safety:     unsafe_rate, over_refusal_rate, base_unsafe_rate, base_over_refusal_rate, regression
// The trainer's own held-out implicit reward accuracy stays in run_metrics
// (split "eval", "rewards/accuracies") and is read from there by reports.
#pragma once

#include "eval/before_after.h"
#include "safety/safety_report.h"

namespace ps::eval {

struct ContinuousEvalOptions {
    store::Id trainingRunId = 0;
    QString baseDir;
    QString tunedDir;
    std::vector<EvalPrompt> heldOutPrompts;  // may be empty: safety only
    bool safety = true;
    QStringList safetyLanguages;            // empty: all
    int safetyLimitPerCategory = 0;         // 0: the whole suite
    TextSampling sampling;                  // for the held-out prompts
    uint64_t seed = 0;
    bool estimateKl = true;
    QString dtype;
};

struct ContinuousEvalResult {
    std::optional<store::Id> comparisonId;
    std::optional<store::Id> baseSafetyRunId;
    std::optional<store::Id> tunedSafetyRunId;
    std::optional<safety::SafetyComparison> safety;
    std::optional<double> klToBase;
};

// `ws` is this thread's connection; progress(stage, done, total).
Result<ContinuousEvalResult> runContinuousEvaluation(store::Workspace& ws, const ContinuousEvalOptions& options,
                                                     const std::function<void(const QString& stage, int done, int total)>& progress = {},
                                                     const std::atomic<bool>* cancel = nullptr);

// Held-out implicit reward accuracy of a run: the last eval-split
// "rewards/accuracies" (or "eval_rewards/accuracies") point in run_metrics.
Result<std::optional<double>> heldOutRewardAccuracy(store::Workspace& ws, store::Id trainingRunId);

}  // namespace ps::eval
